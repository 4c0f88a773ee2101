package dev.benchgate.core;

import dev.benchgate.core.AwaitProgress.ScenarioRunCount;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Counts the finished scenario runs of a run for the progress that {@link
 * RunloopClient#awaitCompletion} reports: its scenario runs on every poll, its benchmark (for the
 * total) once. Progress is a courtesy, so a failure while counting is no reason to stop waiting:
 * that poll's progress goes without a count, and the next poll counts again. An interrupt still
 * stops the wait.
 */
final class ProgressCounter {
  private final Function<String, Optional<BenchmarkView>> benchmarkIfExists;
  private final Function<BenchmarkRunView, List<ScenarioRunView>> scenarioRunsOf;
  private Optional<BenchmarkView> benchmark;

  /**
   * Creates a counter for one wait.
   *
   * @param benchmarkIfExists fetches a benchmark, empty when it no longer exists
   * @param scenarioRunsOf fetches the scenario runs of a run
   */
  ProgressCounter(
      Function<String, Optional<BenchmarkView>> benchmarkIfExists,
      Function<BenchmarkRunView, List<ScenarioRunView>> scenarioRunsOf) {
    this.benchmarkIfExists = benchmarkIfExists;
    this.scenarioRunsOf = scenarioRunsOf;
  }

  /** Counts, or says nothing when counting failed. */
  Optional<ScenarioRunCount> count(BenchmarkRunView run) {
    try {
      if (benchmark == null) {
        benchmark =
            run.benchmarkId() == null
                ? Optional.empty()
                : benchmarkIfExists.apply(run.benchmarkId());
      }
      List<ScenarioRunView> scenarioRuns = scenarioRunsOf.apply(run);
      int finished = (int) scenarioRuns.stream().filter(r -> r.state().isFinished()).count();
      int total = benchmark.map(b -> b.scenarioIds().size()).orElse(scenarioRuns.size());
      return Optional.of(new ScenarioRunCount(finished, total));
    } catch (RunloopInterruptedException interrupted) {
      throw interrupted;
    } catch (RunloopException countingFailed) {
      return Optional.empty();
    }
  }
}
