package dev.benchgate.benchmarks.jmh;

import dev.benchgate.benchmarks.floor.NameSort;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Joining a run's parts into a {@link BenchmarkOutcome} against the floor of sorting the scenario
 * runs on names computed once ({@link NameSort}). The scenario runs come in the API's order (by
 * id), which their names do not follow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JoinBenchmark {
  /** Scenario runs to join. */
  @Param("20000")
  public int scenarioRuns;

  private BenchmarkRunView run;
  private List<ScenarioRunView> listed;
  private List<ScenarioView> scenarios;
  private BenchmarkView benchmark;

  /** Fetches the parts. */
  @Setup(Level.Trial)
  public void fetch() {
    BenchmarkOutcome outcome = FetchedOutcome.of(scenarioRuns);
    run = outcome.run();
    listed =
        outcome.scenarioRuns().stream().sorted(Comparator.comparing(ScenarioRunView::id)).toList();
    scenarios = List.copyOf(outcome.scenarios());
    benchmark = outcome.benchmark().orElse(null);
    if (!NameSort.sort(listed, scenarios).equals(outcome.scenarioRuns())) {
      throw new IllegalStateException("The floor orders scenario runs unlike BenchmarkOutcome");
    }
  }

  /**
   * Joins.
   *
   * @return the outcome
   */
  @Benchmark
  public BenchmarkOutcome join() {
    return BenchmarkOutcome.of(run, listed, scenarios, benchmark);
  }

  /**
   * Sorts on names computed once.
   *
   * @return the scenario runs in order
   */
  @Benchmark
  public List<ScenarioRunView> sortOnNamesComputedOnce() {
    return NameSort.sort(listed, scenarios);
  }
}
