package dev.benchgate.core.repeated;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs of one benchmark for core's tests, which cannot use benchgate-testing's {@code Models}:
 * {@code run("bmr_1", 3, "scn_a=1", "scn_b=timeout")} is a completed run of benchmark {@code bmd_1}
 * started at minute 3, with a scenario run of {@code scn_a} scored 1 and one of {@code scn_b} that
 * timed out, its scenarios named {@code a} and {@code b}.
 */
public final class RunFixtures {
  /** The benchmark every fixture run ran, of the scenarios a, b, c and d. */
  public static final BenchmarkView BENCHMARK =
      new BenchmarkView(
          "bmd_1",
          "smoke",
          null,
          List.of("scn_a", "scn_b", "scn_c", "scn_d"),
          "active",
          null,
          null,
          null,
          null,
          null);

  /** The definitions of the benchmark's scenarios, named a to d. */
  public static final List<ScenarioView> SCENARIOS =
      List.of(scenario("scn_a"), scenario("scn_b"), scenario("scn_c"), scenario("scn_d"));

  private RunFixtures() {}

  /**
   * A completed run of {@link #BENCHMARK} with its definitions.
   *
   * @param runId the run's id
   * @param minute when it started, in minutes after the epoch
   * @param scenarioRuns each {@code scn_x=score} or {@code scn_x=state}
   * @return its outcome
   */
  public static BenchmarkOutcome run(String runId, int minute, String... scenarioRuns) {
    return run(runId, "bmd_1", minute, scenarioRuns);
  }

  /**
   * A completed run of a benchmark, joined with {@link #BENCHMARK} and its definitions when it ran
   * that one.
   *
   * @param runId the run's id
   * @param benchmarkId the run's benchmark, or {@code null} for none
   * @param minute when it started, in minutes after the epoch
   * @param scenarioRuns each {@code scn_x=score} or {@code scn_x=state}
   * @return its outcome
   */
  public static BenchmarkOutcome run(
      String runId, String benchmarkId, int minute, String... scenarioRuns) {
    BenchmarkRunView run =
        new BenchmarkRunView(
            runId,
            benchmarkId,
            "nightly-" + runId,
            Map.of("agent", "v2"),
            minute * 60_000L,
            60_000L,
            "completed",
            null,
            null,
            null,
            null,
            null,
            null);
    List<ScenarioRunView> runs = new ArrayList<>();
    int index = 0;
    for (String spec : scenarioRuns) {
      String[] parts = spec.split("=");
      runs.add(scenarioRun(runId + "_scr_" + index++, parts[0], runId, parts[1]));
    }
    boolean ofTheBenchmark = BENCHMARK.id().equals(benchmarkId);
    return BenchmarkOutcome.of(
        run, runs, ofTheBenchmark ? SCENARIOS : List.of(), ofTheBenchmark ? BENCHMARK : null);
  }

  /** A scenario run scored by a number, or in the state its text names. */
  static ScenarioRunView scenarioRun(String id, String scenarioId, String runId, String result) {
    boolean scored = Character.isDigit(result.charAt(0));
    return new ScenarioRunView(
        id,
        scenarioId,
        "dbx_" + id,
        runId,
        null,
        Map.of(),
        scored ? "scored" : result,
        0L,
        1_000L,
        null,
        scored ? new ScoringContractResult(Double.valueOf(result), List.of()) : null,
        Map.of(),
        Map.of());
  }

  private static ScenarioView scenario(String id) {
    return new ScenarioView(
        id,
        id.substring("scn_".length()),
        null,
        null,
        null,
        "active",
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
