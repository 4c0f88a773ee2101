package dev.benchgate.benchmarks.floor;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/**
 * A snapshot's content with a snapshot's top-level names, as Moshi maps it directly: the floor's
 * document.
 *
 * @param format the format marker
 * @param version the format version
 * @param benchmarkRun the run
 * @param scenarioRuns its scenario runs
 * @param scenarios the scenario definitions
 * @param benchmark the benchmark, or {@code null}
 */
public record FloorDocument(
    String format,
    Integer version,
    @Json(name = "benchmark_run") BenchmarkRunView benchmarkRun,
    @Json(name = "scenario_runs") List<ScenarioRunView> scenarioRuns,
    List<ScenarioView> scenarios,
    BenchmarkView benchmark) {

  /**
   * Captures an outcome.
   *
   * @param outcome the outcome
   * @return its document
   */
  public static FloorDocument of(BenchmarkOutcome outcome) {
    return new FloorDocument(
        "benchgate-snapshot",
        1,
        outcome.run(),
        outcome.scenarioRuns(),
        List.copyOf(outcome.scenarios()),
        outcome.benchmark().orElse(null));
  }
}
