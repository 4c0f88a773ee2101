package dev.benchgate.junit;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.BenchmarkRunBuilder;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.RecordedRequest;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.time.Duration;
import java.util.List;

/**
 * The runs the extension's tests serve from a {@link FakeRunloop}, made with {@link Models}.
 *
 * <p>{@link #outcome(String)} is the standard run: completed, score 0.65, of benchmark {@code
 * bmd_1} ("swe-lite") with three scenario runs, in name order {@code add-retry} (scored 0.9),
 * {@code fix-flaky-test} (scored 0.4) and {@code rename-module} (failed, unscored).
 */
final class StandardRuns {
  static final String BENCHMARK = "/v1/benchmarks/bmd_1";
  static final String DEFINITIONS = BENCHMARK + "/definitions";

  /** When the runs of {@link #run(String, String, Double, String)} start: 2026-09-01T00:00Z. */
  static final long START_TIME_MS = 1788220800000L;

  private StandardRuns() {}

  static String runPath(String runId) {
    return "/v1/benchmark_runs/" + runId;
  }

  static String scenarioRunsPath(String runId) {
    return runPath(runId) + "/scenario_runs";
  }

  /** The standard run, completed. */
  static BenchmarkOutcome outcome(String runId) {
    return outcome(run(runId, "completed", 0.65, "bmd_1"));
  }

  /** A run with the standard scenario runs, benchmark and definitions. */
  static BenchmarkOutcome outcome(BenchmarkRunView run) {
    return outcome(run, scenarioRuns(run.id()));
  }

  /** A run with these scenario runs and the standard benchmark and definitions. */
  static BenchmarkOutcome outcome(BenchmarkRunView run, List<ScenarioRunView> scenarioRuns) {
    return Models.outcome(run)
        .scenarioRuns(scenarioRuns.toArray(ScenarioRunView[]::new))
        .scenarios(
            scenario("scn_a", "add-retry"),
            scenario("scn_b", "fix-flaky-test"),
            scenario("scn_c", "rename-module"))
        .benchmark(benchmark("bmd_1", "scn_a", "scn_b", "scn_c"))
        .build();
  }

  /** The standard three scenario runs of a run. */
  static List<ScenarioRunView> scenarioRuns(String runId) {
    return List.of(
        scenarioRun("scr_c", "scn_c", runId, "failed", null),
        scenarioRun("scr_b", "scn_b", runId, "scored", 0.4, "unit-tests", 0.4),
        scenarioRun("scr_a", "scn_a", runId, "scored", 0.9, "unit-tests", 1.0, "lint", 0.5));
  }

  /** A run named "nightly" on branch main. */
  static BenchmarkRunView run(String id, String state, Double score, String benchmarkId) {
    return run(id, state, score, benchmarkId, "nightly", START_TIME_MS, "main");
  }

  /**
   * A run with its own name, start time and {@code branch} metadata; a finished one took 90 min.
   */
  static BenchmarkRunView run(
      String id,
      String state,
      Double score,
      String benchmarkId,
      String name,
      long startTimeMs,
      String branch) {
    BenchmarkRunBuilder run =
        Models.run(id)
            .benchmark(benchmarkId)
            .named(name)
            .metadata("branch", branch)
            .startTimeMs(startTimeMs)
            .state(state)
            .score(score)
            .purpose("gate test");
    if (!state.equals("running")) {
      run.duration(Duration.ofMinutes(90));
    }
    return run.build();
  }

  /** A scenario run with one scoring function result per name and score pair. */
  static ScenarioRunView scenarioRun(
      String id,
      String scenarioId,
      String benchmarkRunId,
      String state,
      Double score,
      Object... functionNamesAndScores) {
    ScenarioRunBuilder scenarioRun =
        Models.scenarioRun(id)
            .scenario(scenarioId)
            .devbox("dbx_" + id)
            .benchmarkRun(benchmarkRunId)
            .state(state)
            .startTimeMs(START_TIME_MS + 1000)
            .duration(Duration.ofMinutes(1));
    if (score != null) {
      scenarioRun.score(score);
      for (int i = 0; i < functionNamesAndScores.length; i += 2) {
        scenarioRun.scoringFunction(
            (String) functionNamesAndScores[i],
            (Double) functionNamesAndScores[i + 1],
            "complete",
            "ok");
      }
    }
    return scenarioRun.build();
  }

  /** A scenario scored by one test-based scorer. */
  static ScenarioView scenario(String id, String name) {
    return Models.scenario(id)
        .named(name)
        .problemStatement("Do " + name + ".")
        .scoringFunction("unit-tests", 1.0, new TestBasedScorer("pytest -q", List.of()))
        .validationType("FORWARD")
        .build();
  }

  /** The benchmark "swe-lite". */
  static BenchmarkView benchmark(String id, String... scenarioIds) {
    return Models.benchmark(id).named("swe-lite").scenarios(scenarioIds).build();
  }

  /** The paths a fake was asked for, in arrival order. */
  static List<String> paths(FakeRunloop runloop) {
    return runloop.requests().stream().map(RecordedRequest::path).toList();
  }
}
