package dev.benchgate.core;

import dev.benchgate.core.JobAwaitProgress.ScenarioCount;
import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.ScenarioRunView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Waits for a benchmark job as {@link RunloopClient#awaitJobCompletion(String, JobAwait)} describes
 * it: polls the job, tells progress, and at the deadline gives up, first canceling its unfinished
 * runs when asked to.
 */
final class JobAwaiter {
  private final Function<String, BenchmarkJobView> fetchJob;
  private final Function<String, List<ScenarioRunView>> scenarioRunsOf;
  private final Function<String, ?> cancelRun;
  private final Sleeper sleeper;
  private final Ticker ticker;

  /**
   * Creates the waiter of one client.
   *
   * @param fetchJob fetches a job by id
   * @param scenarioRunsOf fetches the scenario runs of a run, for progress
   * @param cancelRun cancels a run by id (a write, made only when the wait asks for it)
   */
  JobAwaiter(
      Function<String, BenchmarkJobView> fetchJob,
      Function<String, List<ScenarioRunView>> scenarioRunsOf,
      Function<String, ?> cancelRun,
      Sleeper sleeper,
      Ticker ticker) {
    this.fetchJob = fetchJob;
    this.scenarioRunsOf = scenarioRunsOf;
    this.cancelRun = cancelRun;
    this.sleeper = sleeper;
    this.ticker = ticker;
  }

  BenchmarkJobView await(String jobId, JobAwait await) {
    AwaitTimer timer = new AwaitTimer(sleeper, ticker);
    while (true) {
      BenchmarkJobView job = fetchJob.apply(jobId);
      if (await.progress() != null) {
        await.progress().accept(progress(job, timer.elapsed()));
      }
      if (job.state().isFinal()) {
        return job;
      }
      Duration elapsed = timer.elapsed();
      if (elapsed.compareTo(await.timeout()) >= 0) {
        throw timedOut(job, elapsed, await.cancelUnfinishedRunsAtDeadline());
      }
      Duration left = await.timeout().minus(elapsed);
      pause(jobId, timer, left.compareTo(await.pollInterval()) < 0 ? left : await.pollInterval());
    }
  }

  private JobAwaitProgress progress(BenchmarkJobView job, Duration elapsed) {
    List<InProgressRunView> unfinished = job.unfinishedRuns();
    int runs = job.benchmarkOutcomes().size() + unfinished.size();
    int finishedAgents =
        job.benchmarkOutcomes().size()
            + (int) unfinished.stream().filter(run -> run.state().isFinal()).count();
    int agents = Math.max(job.agentConfigs().size(), runs);
    return new JobAwaitProgress(
        job, finishedAgents, agents, countScenarios(job, unfinished, agents - runs), elapsed);
  }

  /**
   * Counts the finished scenarios: an agent's scenario outcomes once the job reports them, its
   * finished scenario runs while its run is in progress. Progress is a courtesy, so a failure while
   * counting is no reason to stop waiting; an interrupt still stops it.
   */
  private Optional<ScenarioCount> countScenarios(
      BenchmarkJobView job, List<InProgressRunView> unfinished, int agentsWithoutRun) {
    int expected = job.scenarioIds().size();
    int finished = 0;
    int total = expected * agentsWithoutRun;
    for (JobAgentOutcomeView agent : job.benchmarkOutcomes()) {
      finished += agent.scenarioOutcomes().size();
      total += Math.max(expected, agent.scenarioOutcomes().size());
    }
    try {
      for (InProgressRunView run : unfinished) {
        List<ScenarioRunView> scenarioRuns = scenarioRunsOf.apply(run.benchmarkRunId());
        finished += (int) scenarioRuns.stream().filter(r -> r.state().isFinished()).count();
        total += Math.max(expected, scenarioRuns.size());
      }
    } catch (RunloopInterruptedException interrupted) {
      throw interrupted;
    } catch (RunloopException countingFailed) {
      return Optional.empty();
    }
    return Optional.of(new ScenarioCount(finished, total));
  }

  /**
   * The timeout, after canceling the unfinished runs when asked to: each one, whatever happens to
   * the others; a run that could not be canceled is attached to the timeout as its failure.
   */
  private BenchmarkJobTimeoutException timedOut(
      BenchmarkJobView job, Duration elapsed, boolean cancel) {
    List<String> canceled = new ArrayList<>();
    List<String> uncanceled = new ArrayList<>();
    List<RunloopException> failures = new ArrayList<>();
    if (cancel) {
      for (InProgressRunView run : job.unfinishedRuns()) {
        if (run.state().isFinal()) {
          continue;
        }
        try {
          cancelRun.apply(run.benchmarkRunId());
          canceled.add(run.benchmarkRunId());
        } catch (RunloopInterruptedException interrupted) {
          throw interrupted;
        } catch (RunloopException failed) {
          uncanceled.add(run.benchmarkRunId());
          failures.add(failed);
        }
      }
    }
    BenchmarkJobTimeoutException timeout =
        new BenchmarkJobTimeoutException(job, elapsed, canceled, uncanceled);
    failures.forEach(timeout::addSuppressed);
    return timeout;
  }

  private static void pause(String jobId, AwaitTimer timer, Duration wait) {
    try {
      timer.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunloopInterruptedException(
          "Interrupted while waiting for benchmark job " + jobId, e);
    }
  }
}
