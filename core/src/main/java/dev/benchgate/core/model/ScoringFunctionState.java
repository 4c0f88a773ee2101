package dev.benchgate.core.model;

/**
 * The state of one scoring function's result.
 *
 * <pre>{@code
 * ScoringFunctionState state = ScoringFunctionState.fromApiValue("unknown");
 * }</pre>
 */
public enum ScoringFunctionState implements ApiEnum {
  /** The API's {@code "unknown"}. */
  UNKNOWN("unknown"),
  /** The API's {@code "complete"}. */
  COMPLETE("complete"),
  /** The API's {@code "error"}. */
  ERROR("error"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  ScoringFunctionState(String apiValue) {
    this.apiValue = apiValue;
  }

  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's string, case-insensitively.
   *
   * @param value the raw value, may be {@code null}
   * @return the constant, or {@link #UNRECOGNIZED} for an unknown or missing value
   */
  public static ScoringFunctionState fromApiValue(String value) {
    return ApiValues.lookup(ScoringFunctionState.class, value, UNRECOGNIZED);
  }
}
