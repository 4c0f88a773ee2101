package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkJobView;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a benchmark job has got, told after each poll while {@link
 * RunloopClient#awaitJobCompletion(String, JobAwait)} waits.
 *
 * <pre>{@code
 * client.awaitJobCompletion("bmj_3kQ8vLx2", Duration.ofHours(2), Duration.ofSeconds(30),
 *     progress -> System.out.println(progress.describe()));   // bmj_3kQ8vLx2: 2/3 agents, 95/120 scenarios finished
 * }</pre>
 *
 * @param job the job as this poll returned it
 * @param finishedAgents how many agents' runs have finished: those the job reports an outcome for,
 *     and in-progress runs in a final state
 * @param agents how many agents the job runs: its spec's agent configurations, or its runs when
 *     there are more
 * @param scenarioCount how many scenarios of all agents have finished; empty when counting them
 *     failed this time (the wait goes on, and the next poll counts again)
 * @param elapsed time since waiting began
 */
public record JobAwaitProgress(
    BenchmarkJobView job,
    int finishedAgents,
    int agents,
    Optional<ScenarioCount> scenarioCount,
    Duration elapsed) {

  /** Rejects missing parts. */
  public JobAwaitProgress {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(scenarioCount, "scenarioCount");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * How many scenarios of a job's agents have finished, over all agents.
   *
   * <pre>{@code
   * progress.scenarioCount().ifPresent(count -> bar.update(count.finished(), count.total()));
   * }</pre>
   *
   * @param finished scenarios with an outcome in the job, or a finished scenario run in a run still
   *     in progress
   * @param total how many there will be: per agent the job spec's scenarios, or as many as the
   *     agent has when that is more
   */
  public record ScenarioCount(int finished, int total) {}

  /**
   * Describes the progress in one line for a log.
   *
   * @return e.g. {@code "bmj_1: 2/3 agents, 95/120 scenarios finished"}, or {@code "bmj_1: running,
   *     2/3 agents finished, scenarios not counted this time"}
   */
  public String describe() {
    String agentCount = finishedAgents + "/" + agents + " agents";
    return job.id()
        + ": "
        + scenarioCount
            .map(
                count ->
                    agentCount
                        + ", "
                        + count.finished()
                        + "/"
                        + count.total()
                        + " scenarios finished")
            .orElseGet(
                () ->
                    job.stateValue()
                        + ", "
                        + agentCount
                        + " finished, scenarios not counted this time");
  }
}
