package dev.benchgate.core.model;

import java.util.Map;

/**
 * A job source of a type this version of Benchgate does not know. Its fields are kept as parsed
 * JSON, so that writing it back keeps them unchanged.
 *
 * @param type the API's name of the type; JSON without one is refused, as nothing could say what it
 *     is
 * @param fields every other field, as parsed JSON: unmodifiable, keys sorted, no {@code null}
 *     values
 */
public record UnknownJobSource(String type, Map<String, Object> fields) implements JobSource {

  /**
   * Normalises absent fields to an empty map, and copies them into unmodifiable JSON values.
   *
   * @throws IllegalArgumentException when a field holds something JSON cannot
   */
  public UnknownJobSource {
    fields = FreeFormJson.object(fields);
  }
}
