package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario run of a benchmark run ({@code ScenarioRunView}).
 *
 * <pre>{@code
 * for (ScenarioRunView scenarioRun : outcome.scenarioRuns()) {
 *   System.out.println(scenarioRun.scenarioId() + " " + scenarioRun.state() + " " + scenarioRun.score());
 * }
 * }</pre>
 *
 * @param id the scenario run's id ({@code scr_…})
 * @param scenarioId the scenario's id ({@code scn_…})
 * @param devboxId the devbox the agent ran in ({@code dbx_…})
 * @param benchmarkRunId the benchmark run it belongs to, may be {@code null}
 * @param name the run's name, may be {@code null}
 * @param metadata user-defined metadata, never {@code null}
 * @param stateValue the state as the API spelled it; see {@link #state()}
 * @param startTimeMs when it started, in Unix milliseconds, may be {@code null}
 * @param durationMs how long it took, in milliseconds, may be {@code null}
 * @param purpose why it was run, may be {@code null}
 * @param scoringContractResult the scored result; {@code null} until scored
 * @param environmentVariables environment variables of the run; values never print
 * @param secretsProvided secrets given to the run; values never print
 */
public record ScenarioRunView(
    String id,
    @Json(name = "scenario_id") String scenarioId,
    @Json(name = "devbox_id") String devboxId,
    @Json(name = "benchmark_run_id") String benchmarkRunId,
    String name,
    Map<String, String> metadata,
    @Json(name = "state") String stateValue,
    @Json(name = "start_time_ms") Long startTimeMs,
    @Json(name = "duration_ms") Long durationMs,
    String purpose,
    @Json(name = "scoring_contract_result") ScoringContractResult scoringContractResult,
    @Json(name = "environment_variables") Map<String, String> environmentVariables,
    @Json(name = "secrets_provided") Map<String, String> secretsProvided) {

  /**
   * Normalises absent collections to empty ones and keeps secret values out of {@code toString}.
   */
  public ScenarioRunView {
    metadata = ApiValues.map(metadata);
    environmentVariables = SensitiveValues.of(environmentVariables);
    secretsProvided = SensitiveValues.of(secretsProvided);
  }

  /**
   * Returns the scenario run's state.
   *
   * @return the state, {@link ScenarioRunState#UNRECOGNIZED} for a value this version does not know
   */
  public ScenarioRunState state() {
    return ScenarioRunState.fromApiValue(stateValue);
  }

  /**
   * Returns the total score of this scenario run.
   *
   * @return the score from 0 to 1, or {@code null} when it has not been scored
   */
  public Double score() {
    return scoringContractResult == null ? null : scoringContractResult.score();
  }

  /**
   * Returns the scored result.
   *
   * @return the result, or empty until scored
   */
  public Optional<ScoringContractResult> scoringResult() {
    return Optional.ofNullable(scoringContractResult);
  }

  /**
   * Finds the result of one scoring function by name.
   *
   * @param scoringFunctionName the function's name in the scenario's scoring contract
   * @return its result, or empty when unscored or unknown
   */
  public Optional<ScoringFunctionResult> scoringFunctionResult(String scoringFunctionName) {
    return scoringResult().flatMap(result -> result.scoringFunctionResult(scoringFunctionName));
  }

  /**
   * Tells whether one of the scenario run's scorers failed to run: an infrastructure problem of the
   * scoring, not a low score.
   *
   * @return {@code true} when a scoring function result is in state {@code error}; {@code false}
   *     while unscored
   */
  public boolean hasScoringErrors() {
    return scoringContractResult != null && scoringContractResult.hasScoringErrors();
  }

  /**
   * Returns how long the scenario run took.
   *
   * @return the duration, or empty when the API reports none
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(durationMs).map(Duration::ofMillis);
  }
}
