package dev.benchgate.junit.report;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/** A small known report: a candidate compared with a baseline, and two gates, one failed. */
final class ReportFixtures {
  static final String HOSTILE_NAME = "<script>alert(1)</script> | *bold* [link](x)";

  private ReportFixtures() {}

  static ScenarioRunView run(
      String runId, String scenarioId, String state, Double score, boolean scorerError) {
    ScoringContractResult result =
        score == null
            ? null
            : new ScoringContractResult(
                score,
                List.of(
                    new ScoringFunctionResult("tests", score, "ok", "complete"),
                    new ScoringFunctionResult(
                        "lint", 0.0, "crash", scorerError ? "error" : "complete")));
    return new ScenarioRunView(
        runId + "_" + scenarioId,
        scenarioId,
        "dbx",
        runId,
        null,
        null,
        state,
        null,
        null,
        null,
        result,
        null,
        null);
  }

  static ScenarioView scenario(String id, String name) {
    return new ScenarioView(
        id, name, null, null, null, "active", null, null, null, null, null, null, null);
  }

  static BenchmarkOutcome outcome(
      String runId, String name, Double score, ScenarioRunView... runs) {
    BenchmarkRunView run =
        new BenchmarkRunView(
            runId,
            "bmd_1",
            name,
            null,
            0L,
            1000L,
            "completed",
            score,
            null,
            null,
            null,
            null,
            null);
    BenchmarkView benchmark =
        new BenchmarkView(
            "bmd_1",
            "suite",
            null,
            List.of("scn_a", "scn_b", "scn_c", "scn_d"),
            "active",
            null,
            null,
            null,
            null,
            null);
    return BenchmarkOutcome.of(
        run,
        List.of(runs),
        List.of(
            scenario("scn_a", "alpha"),
            scenario("scn_b", HOSTILE_NAME),
            scenario("scn_c", "gamma"),
            scenario("scn_d", "delta")),
        benchmark);
  }

  static BenchmarkOutcome baseline() {
    return outcome(
        "bmr_base",
        "release",
        0.8,
        run("bmr_base", "scn_a", "scored", 0.9, false),
        run("bmr_base", "scn_b", "scored", 0.8, false),
        run("bmr_base", "scn_c", "scored", 0.7, false),
        run("bmr_base", "scn_d", "scored", 0.8, false));
  }

  static BenchmarkOutcome candidate() {
    return outcome(
        "bmr_cand",
        "nightly",
        0.6,
        run("bmr_cand", "scn_a", "scored", 1.0, false),
        run("bmr_cand", "scn_b", "scored", 0.3, true),
        run("bmr_cand", "scn_c", "timeout", null, false),
        run("bmr_cand", "scn_d", "completed", 0.5, false));
  }

  static BenchgateReport report() {
    RunReport candidate =
        RunReport.of(candidate(), OutcomeComparison.of(baseline(), candidate()), 0.5, 0.05);
    RunReport baseline = RunReport.of(baseline(), null, 0.5, 0.05);
    return BenchgateReport.of(
        "2026-11-23T10:00:00Z",
        List.of(candidate, baseline),
        List.of(
            new GateReport(
                "[engine:junit-jupiter]/[class:Gates]/[method:overall()]",
                "Gates > overall()",
                "passed",
                null,
                List.of("bmr_cand")),
            new GateReport(
                "[engine:junit-jupiter]/[class:Gates]/[method:noRegression()]",
                "Gates > noRegression()",
                GateReport.FAILED,
                "Expected no scenario of nightly (bmr_cand) to regress by more than 0.20\nbut 1 did: "
                    + HOSTILE_NAME,
                List.of("bmr_cand", "bmr_base"))));
  }
}
