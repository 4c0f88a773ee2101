package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A benchmark job ({@code BenchmarkJobView}): one benchmark, or a list of scenarios, run for
 * several agent configurations at once, one benchmark run per agent. Finished agents are in {@link
 * #benchmarkOutcomes()}, the others in {@link #inProgressRuns()}; {@code RunloopClient.jobOutcome}
 * joins each agent's run with its scenario runs for gates.
 *
 * <p>As everywhere in the model, enum-valued fields keep the API's raw string ({@link
 * #stateValue()}) beside the derived enum ({@link #state()}), unknown fields are ignored, and
 * absent lists are empty. Absent objects ({@link #jobSource()}, {@link #jobSpec()}) are {@code
 * null}.
 *
 * <pre>{@code
 * BenchmarkJobView job = client.benchmarkJob("bmj_3kQ8vLx2");
 * if (job.state() == BenchmarkJobState.COMPLETED) {
 *   job.benchmarkOutcomes().forEach(agent -> System.out.println(agent.displayName()));
 * }
 * }</pre>
 *
 * @param id the job's id ({@code bmj_…})
 * @param name the job's unique name
 * @param stateValue the state as the API spelled it; see {@link #state()}
 * @param createTimeMs when it was created, in Unix milliseconds
 * @param failureReason why it failed, may be {@code null}
 * @param jobSource what it was made from, may be {@code null}
 * @param jobSpec the agents and scenarios it runs, may be {@code null}
 * @param benchmarkOutcomes one per finished agent, never {@code null}
 * @param inProgressRuns the runs not finished when the job was read, never {@code null}; may repeat
 *     a run that has an outcome already (see {@link #unfinishedRuns()})
 */
public record BenchmarkJobView(
    String id,
    String name,
    @Json(name = "state") String stateValue,
    @Json(name = "create_time_ms") long createTimeMs,
    @Json(name = "failure_reason") String failureReason,
    @Json(name = "job_source") JobSource jobSource,
    @Json(name = "job_spec") JobSpec jobSpec,
    @Json(name = "benchmark_outcomes") List<JobAgentOutcomeView> benchmarkOutcomes,
    @Json(name = "in_progress_runs") List<InProgressRunView> inProgressRuns) {

  /** Normalises absent lists to empty ones. */
  public BenchmarkJobView {
    benchmarkOutcomes = ApiValues.list(benchmarkOutcomes);
    inProgressRuns = ApiValues.list(inProgressRuns);
  }

  /**
   * Returns the job's state.
   *
   * @return the state, {@link BenchmarkJobState#UNRECOGNIZED} for a value this version does not
   *     know
   */
  public BenchmarkJobState state() {
    return BenchmarkJobState.fromApiValue(stateValue);
  }

  /**
   * Returns when the job was created.
   *
   * @return the instant
   */
  public Instant createTime() {
    return Instant.ofEpochMilli(createTimeMs);
  }

  /**
   * Returns a name for messages: the job's name with its id, or the id alone when the job has no
   * other name.
   *
   * @return e.g. {@code "swe-smoke-0821 (bmj_3kQ8vLx2)"} or {@code "bmj_3kQ8vLx2"}
   */
  public String displayName() {
    return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
  }

  /**
   * Returns the benchmark the job runs, when it was made from one.
   *
   * @return the benchmark's id, or empty for a job made from scenarios or a Harbor configuration
   */
  public Optional<String> benchmarkId() {
    return jobSource instanceof BenchmarkJobSource source
        ? Optional.ofNullable(source.benchmarkId())
        : Optional.empty();
  }

  /**
   * Returns the scenarios each agent runs: the job spec's resolved list, else the list the job was
   * made from.
   *
   * @return the scenario ids, empty when the job says neither
   */
  public List<String> scenarioIds() {
    if (jobSpec != null && !jobSpec.scenarioIds().isEmpty()) {
      return jobSpec.scenarioIds();
    }
    return jobSource instanceof ScenariosJobSource source ? source.scenarioIds() : List.of();
  }

  /**
   * Returns the agent configurations the job runs.
   *
   * @return the job spec's configurations, empty without one
   */
  public List<AgentConfig> agentConfigs() {
    return jobSpec == null ? List.of() : jobSpec.agentConfigs();
  }

  /**
   * Returns the in-progress runs that have no outcome yet, each once. The API may list a run both
   * as an outcome and in progress, when the latter is stale: the outcome wins (JOBS.md, pitfall 7,
   * as rl-cli does).
   *
   * @return the runs still without an outcome, in the API's order
   */
  public List<InProgressRunView> unfinishedRuns() {
    Set<String> seen = new HashSet<>();
    benchmarkOutcomes.forEach(outcome -> seen.add(outcome.benchmarkRunId()));
    List<InProgressRunView> unfinished = new ArrayList<>();
    for (InProgressRunView run : inProgressRuns) {
      if (seen.add(run.benchmarkRunId())) {
        unfinished.add(run);
      }
    }
    return Collections.unmodifiableList(unfinished);
  }
}
