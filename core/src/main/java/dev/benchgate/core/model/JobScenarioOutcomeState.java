package dev.benchgate.core.model;

/**
 * How one scenario ended for one agent of a benchmark job, as the job reports it ({@code
 * ScenarioOutcome.state}). The API spells these in UPPERCASE ({@code COMPLETED}, {@code FAILED},
 * {@code TIMEOUT}, {@code CANCELED}), unlike scenario-run states; they parse case-insensitively,
 * and {@code CANCELLED} with two L parses too.
 *
 * <pre>{@code
 * JobScenarioOutcomeState state = JobScenarioOutcomeState.fromApiValue("TIMEOUT");
 * }</pre>
 */
public enum JobScenarioOutcomeState implements ApiEnum {
  /** The API's {@code "COMPLETED"}: the scenario ran and was scored (the score may be 0). */
  COMPLETED("COMPLETED", ScenarioRunState.COMPLETED),
  /** The API's {@code "FAILED"}: the agent or its environment failed, e.g. in setup. */
  FAILED("FAILED", ScenarioRunState.FAILED),
  /** The API's {@code "TIMEOUT"}. */
  TIMEOUT("TIMEOUT", ScenarioRunState.TIMEOUT),
  /** The API's {@code "CANCELED"} (also read as {@code "CANCELLED"}). */
  CANCELED("CANCELED", ScenarioRunState.CANCELED),
  /** A value this version of Benchgate does not know; the raw string stays on the record. */
  UNRECOGNIZED(null, ScenarioRunState.UNRECOGNIZED);

  private final String apiValue;
  private final ScenarioRunState scenarioRunState;

  JobScenarioOutcomeState(String apiValue, ScenarioRunState scenarioRunState) {
    this.apiValue = apiValue;
    this.scenarioRunState = scenarioRunState;
  }

  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's string, case-insensitively and in either spelling of "canceled".
   *
   * @param value the raw value, may be {@code null}
   * @return the constant, or {@link #UNRECOGNIZED} for an unknown or missing value
   */
  public static JobScenarioOutcomeState fromApiValue(String value) {
    return ApiValues.lookup(JobScenarioOutcomeState.class, value, UNRECOGNIZED);
  }

  /**
   * Returns the scenario-run state that means the same, for a scenario outcome that has no scenario
   * run to read it from (see {@link JobScenarioOutcomeView#scenarioRunId()}).
   *
   * @return e.g. {@link ScenarioRunState#FAILED} for {@link #FAILED}; {@link
   *     ScenarioRunState#UNRECOGNIZED} for {@link #UNRECOGNIZED}
   */
  public ScenarioRunState scenarioRunState() {
    return scenarioRunState;
  }

  /**
   * Tells whether the scenario ended for a reason other than its score.
   *
   * @return {@code true} for {@link #FAILED}, {@link #TIMEOUT} and {@link #CANCELED}
   */
  public boolean isInfrastructureFailure() {
    return scenarioRunState.isInfrastructureFailure();
  }
}
