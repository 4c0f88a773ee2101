package dev.benchgate.core.model;

/**
 * Whether a scenario or benchmark definition is in use.
 *
 * <pre>{@code
 * ScenarioStatus state = ScenarioStatus.fromApiValue("active");
 * }</pre>
 */
public enum ScenarioStatus implements ApiEnum {
  /** The API's {@code "active"}. */
  ACTIVE("active"),
  /** The API's {@code "archived"}. */
  ARCHIVED("archived"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  ScenarioStatus(String apiValue) {
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
  public static ScenarioStatus fromApiValue(String value) {
    return ApiValues.lookup(ScenarioStatus.class, value, UNRECOGNIZED);
  }
}
