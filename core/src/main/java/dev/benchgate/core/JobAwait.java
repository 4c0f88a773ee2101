package dev.benchgate.core;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link RunloopClient#awaitJobCompletion(String, JobAwait)} waits for a benchmark job: how
 * long at most, how often it polls, whom it tells how far the job has got, and whether it cancels
 * the job's unfinished runs when the deadline passes. Immutable: each {@code with…} method returns
 * a new value.
 *
 * <pre>{@code
 * BenchmarkJobView job = client.awaitJobCompletion("bmj_3kQ8vLx2",
 *     JobAwait.atMost(Duration.ofHours(2))
 *         .withPollInterval(Duration.ofSeconds(30))
 *         .withProgress(progress -> log.info(progress.describe()))
 *         .cancellingUnfinishedRunsAtDeadline());
 * }</pre>
 *
 * @param timeout how long to wait at most
 * @param pollInterval how long to wait between polls
 * @param progress told after each poll; {@code null} to poll without counting scenarios
 * @param cancelUnfinishedRunsAtDeadline whether to cancel the job's unfinished runs when the
 *     deadline passes (a write; off unless asked for)
 */
public record JobAwait(
    Duration timeout,
    Duration pollInterval,
    Consumer<JobAwaitProgress> progress,
    boolean cancelUnfinishedRunsAtDeadline) {

  /** Rejects a negative timeout and a poll interval that is not positive. */
  public JobAwait {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive but was " + pollInterval);
    }
  }

  /**
   * Waits at most this long, polling every {@link RunloopClient#DEFAULT_POLL_INTERVAL}, without
   * progress and without canceling anything.
   *
   * <pre>{@code
   * JobAwait await = JobAwait.atMost(Duration.ofHours(2));
   * }</pre>
   *
   * @param timeout how long to wait at most
   * @return the settings
   */
  public static JobAwait atMost(Duration timeout) {
    return new JobAwait(timeout, RunloopClient.DEFAULT_POLL_INTERVAL, null, false);
  }

  /**
   * Returns these settings with another poll interval.
   *
   * @param pollInterval how long to wait between polls, positive
   * @return new settings
   */
  public JobAwait withPollInterval(Duration pollInterval) {
    return new JobAwait(timeout, pollInterval, progress, cancelUnfinishedRunsAtDeadline);
  }

  /**
   * Returns these settings telling progress after each poll. Counting the scenarios costs requests
   * of its own: the scenario runs of each run in progress, on every poll.
   *
   * @param progress told after each poll, e.g. {@code p -> log.info(p.describe())}
   * @return new settings
   */
  public JobAwait withProgress(Consumer<JobAwaitProgress> progress) {
    return new JobAwait(timeout, pollInterval, progress, cancelUnfinishedRunsAtDeadline);
  }

  /**
   * Returns these settings canceling the job's unfinished runs when the deadline passes. A job has
   * no cancel endpoint of its own (JOBS.md, pitfall 8): each run the job lists in progress and that
   * is not in a final state gets {@code POST /v1/benchmark_runs/{id}/cancel}, which stops its
   * scenarios and devboxes. What becomes of the job itself is up to the server. Agents the job has
   * not started a run for cannot be canceled.
   *
   * @return new settings
   */
  public JobAwait cancellingUnfinishedRunsAtDeadline() {
    return new JobAwait(timeout, pollInterval, progress, true);
  }
}
