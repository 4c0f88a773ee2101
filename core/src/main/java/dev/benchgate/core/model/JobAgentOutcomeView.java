package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one agent configuration of a benchmark job achieved: its benchmark run and how each scenario
 * ended. The API calls it {@code BenchmarkOutcome}; Benchgate has a {@link
 * dev.benchgate.core.outcome.BenchmarkOutcome} already (a run joined with its scenario runs and
 * definitions, what gates judge), so this record is named after what it is in the job: one agent's
 * outcome. {@code RunloopClient.jobOutcome} turns it into such a {@code BenchmarkOutcome}.
 *
 * <p>The counts are the API's: {@code n_completed + n_failed + n_timeout} need not equal the number
 * of scenario outcomes (there is no {@code n_canceled}), so count {@link #scenarioOutcomes()}
 * instead. Likewise {@link #averageScore()} covers completed scenarios only and leaves failures
 * out: gates compute scores from the scenario outcomes (JOBS.md, pitfalls 4 and 6).
 *
 * <pre>{@code
 * for (JobAgentOutcomeView agent : job.benchmarkOutcomes()) {
 *   System.out.println(agent.displayName() + ": " + agent.scenarioOutcomes().size() + " scenarios");
 * }
 * }</pre>
 *
 * @param agentName the agent configuration's name, e.g. {@code claude-code}
 * @param benchmarkRunId the agent's benchmark run ({@code bmr_…})
 * @param nCompleted scenarios that completed, as the API counts them
 * @param nFailed scenarios that failed, as the API counts them
 * @param nTimeout scenarios that timed out, as the API counts them
 * @param scenarioOutcomes how each scenario ended, never {@code null}
 * @param averageScore the mean score of the completed scenarios only, may be {@code null}
 * @param durationMs how long the whole run took, in milliseconds, may be {@code null}
 * @param modelName the model the agent used, may be {@code null}
 */
public record JobAgentOutcomeView(
    @Json(name = "agent_name") String agentName,
    @Json(name = "benchmark_run_id") String benchmarkRunId,
    @Json(name = "n_completed") int nCompleted,
    @Json(name = "n_failed") int nFailed,
    @Json(name = "n_timeout") int nTimeout,
    @Json(name = "scenario_outcomes") List<JobScenarioOutcomeView> scenarioOutcomes,
    @Json(name = "average_score") Double averageScore,
    @Json(name = "duration_ms") Long durationMs,
    @Json(name = "model_name") String modelName) {

  /** Normalises an absent list to an empty one. */
  public JobAgentOutcomeView {
    scenarioOutcomes = ApiValues.list(scenarioOutcomes);
  }

  /**
   * Returns a name for messages, as rl-cli's results table shows it.
   *
   * @return e.g. {@code "claude-code (claude-sonnet-4)"}, or the agent's name alone without model
   */
  public String displayName() {
    return modelName == null || modelName.isBlank()
        ? agentName
        : agentName + " (" + modelName + ")";
  }

  /**
   * Returns how long the agent's run took.
   *
   * @return the duration, or empty when the job reports none
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(durationMs).map(Duration::ofMillis);
  }
}
