package dev.benchgate.core.snapshot;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/** The JSON shape of a snapshot file, version {@value BenchmarkSnapshots#VERSION}. */
record SnapshotFile(
    String format,
    int version,
    @Json(name = "benchmark_run") BenchmarkRunView benchmarkRun,
    @Json(name = "scenario_runs") List<ScenarioRunView> scenarioRuns,
    List<ScenarioView> scenarios,
    BenchmarkView benchmark) {

  static SnapshotFile of(BenchmarkOutcome outcome) {
    return new SnapshotFile(
        BenchmarkSnapshots.FORMAT,
        BenchmarkSnapshots.VERSION,
        outcome.run(),
        outcome.scenarioRuns(),
        List.copyOf(outcome.scenarios()),
        outcome.benchmark().orElse(null));
  }

  BenchmarkOutcome toOutcome() {
    return BenchmarkOutcome.of(
        benchmarkRun,
        scenarioRuns == null ? List.of() : scenarioRuns,
        scenarios == null ? List.of() : scenarios,
        benchmark);
  }
}
