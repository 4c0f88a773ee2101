package dev.benchgate.junit.internal.source;

import dev.benchgate.core.AwaitProgress;
import dev.benchgate.core.JobAwait;
import dev.benchgate.core.JobAwaitProgress;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Fetches the outcome of a run, waiting first when the run is still running.
 *
 * <pre>{@code
 * BenchmarkOutcome outcome =
 *     new RunFetcher(client, Duration.ofMinutes(30), Duration.ofSeconds(10), progress -> {})
 *         .finishedOutcome("bmr_123");
 * }</pre>
 *
 * @param client the client
 * @param timeout how long to wait at most for a running run
 * @param pollInterval how long to pause between polls
 * @param progress told after each poll
 */
public record RunFetcher(
    RunloopClient client,
    Duration timeout,
    Duration pollInterval,
    Consumer<AwaitProgress> progress) {

  /**
   * Fetches the outcome of a finished run. The outcome is fetched first because most runs a gate
   * reads have finished: they then cost one fetch, and only a running one is polled and fetched
   * again.
   *
   * @param runId the run's id
   * @return the outcome, its run in a final state
   * @throws RunNotFinishedException when the run is still running after the timeout
   */
  BenchmarkOutcome finishedOutcome(String runId) {
    BenchmarkOutcome outcome = client.outcome(runId);
    if (outcome.run().state().isFinal()) {
      return outcome;
    }
    awaitFinished(runId);
    return client.outcome(runId);
  }

  /**
   * Fetches the outcomes of finished runs of one benchmark together ({@link
   * RunloopClient#repeatedOutcome(List)}: the benchmark and its definitions once for all), awaiting
   * those still running first, as {@link #finishedOutcome} does one.
   *
   * @param runIds the runs' ids, two or more, of one benchmark
   * @return their outcomes, every run in a final state
   * @throws RunNotFinishedException when a run is still running after the timeout
   */
  List<BenchmarkOutcome> finishedOutcomes(List<String> runIds) {
    List<BenchmarkOutcome> outcomes = client.repeatedOutcome(runIds).runs();
    List<String> running =
        outcomes.stream()
            .filter(outcome -> !outcome.run().state().isFinal())
            .map(BenchmarkOutcome::runId)
            .toList();
    if (running.isEmpty()) {
      return outcomes;
    }
    running.forEach(this::awaitFinished);
    return client.repeatedOutcome(runIds).runs();
  }

  private void awaitFinished(String runId) {
    AtomicReference<AwaitProgress> last = new AtomicReference<>();
    try {
      client.awaitCompletion(
          runId,
          timeout,
          pollInterval,
          poll -> {
            last.set(poll);
            progress.accept(poll);
          });
    } catch (BenchmarkRunTimeoutException timedOut) {
      throw new RunNotFinishedException(timedOut, timeout, Optional.ofNullable(last.get()));
    }
  }

  /**
   * Fetches a finished benchmark job with every agent's outcome. The job is read first, and only
   * one that is not finished is polled, with the same timeout and interval as a run; the outcomes
   * are fetched once, after it finished.
   *
   * @param jobId the job's id
   * @param jobProgress told after each poll
   * @return the job, in a final state
   * @throws RunNotFinishedException when the job is still not finished after the timeout
   */
  BenchmarkJobOutcome finishedJob(String jobId, Consumer<JobAwaitProgress> jobProgress) {
    BenchmarkJobView job = client.benchmarkJob(jobId);
    if (!job.state().isFinal()) {
      try {
        job =
            client.awaitJobCompletion(
                jobId,
                JobAwait.atMost(timeout).withPollInterval(pollInterval).withProgress(jobProgress));
      } catch (BenchmarkJobTimeoutException timedOut) {
        throw new RunNotFinishedException(timedOut, timeout);
      }
    }
    return client.jobOutcome(job);
  }
}
