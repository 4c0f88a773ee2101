package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * How one scenario ended for one agent of a benchmark job, as the job reports it. The API calls it
 * {@code ScenarioOutcome}; Benchgate names it after the job so that it is not taken for a scenario
 * run or for an outcome of {@code dev.benchgate.core.outcome}.
 *
 * <p>A scenario that failed in setup has no scenario run: {@link #scenarioRunId()} is then {@code
 * null}, and the outcome is known by its benchmark run and {@link #scenarioDefinitionId()} only
 * (JOBS.md, pitfall 5). The {@link #score()} is there only for {@link
 * JobScenarioOutcomeState#COMPLETED}; any other state has none, which is not a score of 0.
 *
 * <pre>{@code
 * for (JobScenarioOutcomeView scenario : agentOutcome.scenarioOutcomes()) {
 *   System.out.println(scenario.scenarioName() + ": " + scenario.stateValue()
 *       + scenario.failure().map(reason -> " (" + reason.describe() + ")").orElse(""));
 * }
 * }</pre>
 *
 * @param scenarioDefinitionId the scenario's id ({@code scn_…})
 * @param scenarioName the scenario's name
 * @param stateValue the state as the API spelled it (UPPERCASE); see {@link #state()}
 * @param score from 0 to 1, only for {@code COMPLETED}; may be {@code null}
 * @param scenarioRunId the scenario run ({@code scr_…}); {@code null} when the scenario failed
 *     before a run was created
 * @param durationMs how long it took, in milliseconds, may be {@code null}
 * @param failureReason why it failed, may be {@code null}
 */
public record JobScenarioOutcomeView(
    @Json(name = "scenario_definition_id") String scenarioDefinitionId,
    @Json(name = "scenario_name") String scenarioName,
    @Json(name = "state") String stateValue,
    Double score,
    @Json(name = "scenario_run_id") String scenarioRunId,
    @Json(name = "duration_ms") Long durationMs,
    @Json(name = "failure_reason") ScenarioFailureReason failureReason) {

  /**
   * Returns the state.
   *
   * @return the state, {@link JobScenarioOutcomeState#UNRECOGNIZED} for a value this version does
   *     not know
   */
  public JobScenarioOutcomeState state() {
    return JobScenarioOutcomeState.fromApiValue(stateValue);
  }

  /**
   * Tells whether a scenario run was created for this scenario.
   *
   * @return {@code false} when it failed in setup, before a run existed
   */
  public boolean hasScenarioRun() {
    return scenarioRunId != null && !scenarioRunId.isBlank();
  }

  /**
   * Returns why the scenario failed.
   *
   * @return the reason, or empty when the job gives none
   */
  public Optional<ScenarioFailureReason> failure() {
    return Optional.ofNullable(failureReason);
  }

  /**
   * Returns how long the scenario took.
   *
   * @return the duration, or empty when the job reports none
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(durationMs).map(Duration::ofMillis);
  }
}
