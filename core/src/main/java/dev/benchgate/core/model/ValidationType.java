package dev.benchgate.core.model;

/**
 * How a scenario validates an agent's work.
 *
 * <pre>{@code
 * ValidationType state = ValidationType.fromApiValue("UNSPECIFIED");
 * }</pre>
 */
public enum ValidationType implements ApiEnum {
  /** The API's {@code "UNSPECIFIED"}. */
  UNSPECIFIED("UNSPECIFIED"),
  /** The API's {@code "FORWARD"}. */
  FORWARD("FORWARD"),
  /** The API's {@code "REVERSE"}. */
  REVERSE("REVERSE"),
  /** The API's {@code "EVALUATION"}. */
  EVALUATION("EVALUATION"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  ValidationType(String apiValue) {
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
  public static ValidationType fromApiValue(String value) {
    return ApiValues.lookup(ValidationType.class, value, UNRECOGNIZED);
  }
}
