package dev.benchgate.core.model;

/**
 * The state of a benchmark run. {@code running} is the only state that is not final.
 *
 * <pre>{@code
 * BenchmarkRunState state = BenchmarkRunState.fromApiValue("running");
 * }</pre>
 */
public enum BenchmarkRunState implements ApiEnum {
  /** The API's {@code "running"}. */
  RUNNING("running"),
  /** The API's {@code "canceled"}. */
  CANCELED("canceled"),
  /** The API's {@code "completed"}. */
  COMPLETED("completed"),
  /** The API's {@code "failed"}. */
  FAILED("failed"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  BenchmarkRunState(String apiValue) {
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
  public static BenchmarkRunState fromApiValue(String value) {
    return ApiValues.lookup(BenchmarkRunState.class, value, UNRECOGNIZED);
  }

  /**
   * Tells whether the run can still change. Only {@code running} can; a state added by the API
   * later is taken as final, so that waiting for a run never hangs on a value this version cannot
   * read.
   *
   * @return {@code true} for every state but {@link #RUNNING}
   */
  public boolean isFinal() {
    return this != RUNNING;
  }
}
