package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * A benchmark run of a job that had not finished when the job was read ({@code InProgressRun}). The
 * list can be stale: a run listed here may already have an outcome in {@link
 * BenchmarkJobView#benchmarkOutcomes()}, which then wins (see {@link
 * BenchmarkJobView#unfinishedRuns()}).
 *
 * <pre>{@code
 * for (InProgressRunView run : job.unfinishedRuns()) {
 *   System.out.println(run.benchmarkRunId() + " " + run.stateValue());
 * }
 * }</pre>
 *
 * @param benchmarkRunId the run ({@code bmr_…})
 * @param startTimeMs when it started, in Unix milliseconds
 * @param stateValue the state as the API spelled it; see {@link #state()}
 * @param agentConfig the agent configuration it runs, may be {@code null}
 * @param durationMs how long it has run so far, in milliseconds, may be {@code null}
 */
public record InProgressRunView(
    @Json(name = "benchmark_run_id") String benchmarkRunId,
    @Json(name = "start_time_ms") long startTimeMs,
    @Json(name = "state") String stateValue,
    @Json(name = "agent_config") AgentConfig agentConfig,
    @Json(name = "duration_ms") Long durationMs) {

  /**
   * Returns the run's state: the states of a benchmark run, lowercase, {@code canceled} with one L
   * (two parse too).
   *
   * @return the state, {@link BenchmarkRunState#UNRECOGNIZED} for a value this version does not
   *     know
   */
  public BenchmarkRunState state() {
    return BenchmarkRunState.fromApiValue(stateValue);
  }

  /**
   * Returns the agent configuration when it is a {@code job_agent}, the kind that has a name.
   *
   * @return the configuration, or empty for an {@code external_api} agent, an unknown kind or none
   */
  public Optional<JobAgentConfig> jobAgentConfig() {
    return agentConfig instanceof JobAgentConfig config ? Optional.of(config) : Optional.empty();
  }

  /**
   * Returns how long the run has taken so far.
   *
   * @return the duration, or empty when the job reports none
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(durationMs).map(Duration::ofMillis);
  }
}
