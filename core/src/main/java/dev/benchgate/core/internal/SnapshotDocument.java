package dev.benchgate.core.internal;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/**
 * The JSON shape of a snapshot file, as {@code dev.benchgate.core.snapshot.BenchmarkSnapshots}
 * reads and writes it. Public only because Moshi maps public records; not API.
 *
 * @param format the marker {@code benchgate-snapshot}
 * @param version the format version
 * @param benchmarkRun the run
 * @param scenarioRuns its scenario runs
 * @param scenarios the scenario definitions
 * @param benchmark the benchmark, or {@code null}
 */
public record SnapshotDocument(
    String format,
    Integer version,
    @Json(name = "benchmark_run") BenchmarkRunView benchmarkRun,
    @Json(name = "scenario_runs") List<ScenarioRunView> scenarioRuns,
    List<ScenarioView> scenarios,
    BenchmarkView benchmark) {

  /**
   * Captures an outcome.
   *
   * @param format the format marker to write
   * @param version the format version to write
   * @param outcome the outcome
   * @return the document
   */
  public static SnapshotDocument of(String format, Integer version, BenchmarkOutcome outcome) {
    return new SnapshotDocument(
        format,
        version,
        outcome.run(),
        outcome.scenarioRuns(),
        List.copyOf(outcome.scenarios()),
        outcome.benchmark().orElse(null));
  }

  /**
   * Rebuilds the outcome.
   *
   * @return the outcome this document holds
   */
  public BenchmarkOutcome toOutcome() {
    return BenchmarkOutcome.of(
        benchmarkRun,
        scenarioRuns == null ? List.of() : scenarioRuns,
        scenarios == null ? List.of() : scenarios,
        benchmark);
  }
}
