package dev.benchgate.core.model;

/**
 * The state of a benchmark run. {@code running} is in progress; {@code canceled}, {@code completed}
 * and {@code failed} are final; a state this version does not know is neither known to be final nor
 * known to be running.
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
   * Tells whether the run has reached a final state the API documents, like {@link
   * ScenarioRunState#isFinished()} for scenario runs. A state added by the API later is not taken
   * as final, as it may well be a new kind of "in progress" (paused, queued); waiting for a run in
   * such a state goes on until its deadline and then says that the state was unknown.
   *
   * @return {@code true} for {@link #CANCELED}, {@link #COMPLETED} and {@link #FAILED}
   */
  public boolean isFinal() {
    return this == CANCELED || this == COMPLETED || this == FAILED;
  }
}
