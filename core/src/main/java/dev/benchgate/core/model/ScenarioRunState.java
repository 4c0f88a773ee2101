package dev.benchgate.core.model;

/**
 * The state of one scenario run. {@code running} and {@code scoring} are in progress; the rest are
 * final.
 *
 * <pre>{@code
 * ScenarioRunState state = ScenarioRunState.fromApiValue("running");
 * }</pre>
 */
public enum ScenarioRunState implements ApiEnum {
  /** The API's {@code "running"}. */
  RUNNING("running"),
  /** The API's {@code "scoring"}. */
  SCORING("scoring"),
  /** The API's {@code "scored"}. */
  SCORED("scored"),
  /** The API's {@code "completed"}. */
  COMPLETED("completed"),
  /** The API's {@code "canceled"}. */
  CANCELED("canceled"),
  /** The API's {@code "timeout"}. */
  TIMEOUT("timeout"),
  /** The API's {@code "failed"}. */
  FAILED("failed"),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null);

  private final String apiValue;

  ScenarioRunState(String apiValue) {
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
  public static ScenarioRunState fromApiValue(String value) {
    return ApiValues.lookup(ScenarioRunState.class, value, UNRECOGNIZED);
  }

  /**
   * Tells whether the scenario run is still being worked on or scored.
   *
   * @return {@code true} for {@link #RUNNING} and {@link #SCORING}
   */
  public boolean isInProgress() {
    return this == RUNNING || this == SCORING;
  }

  /**
   * Tells whether the scenario run has reached a final state the API documents.
   *
   * @return {@code true} for scored, completed, canceled, timeout and failed
   */
  public boolean isFinished() {
    return !isInProgress() && this != UNRECOGNIZED;
  }

  /**
   * Tells whether the run ended for a reason other than its score: the agent or its environment
   * failed, timed out or was canceled. Such runs are reported apart from low scores.
   *
   * @return {@code true} for {@link #FAILED}, {@link #TIMEOUT} and {@link #CANCELED}
   */
  public boolean isInfrastructureFailure() {
    return this == FAILED || this == TIMEOUT || this == CANCELED;
  }
}
