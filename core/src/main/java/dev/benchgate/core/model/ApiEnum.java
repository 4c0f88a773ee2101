package dev.benchgate.core.model;

/**
 * An enum of the Runloop API. Every such enum has an {@code UNRECOGNIZED} constant for values added
 * to the API after this version of Benchgate; the model records keep the raw string beside it.
 */
public interface ApiEnum {
  /**
   * Returns the string the API uses for this constant.
   *
   * @return the API's spelling, e.g. {@code "completed"}; {@code null} for {@code UNRECOGNIZED}
   */
  String apiValue();
}
