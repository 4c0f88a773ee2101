package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {

  @Test
  void summarises_a_run_against_its_baseline() {
    RunReport run = ReportFixtures.report().runs().get(0);

    assertThat(run.runId()).isEqualTo("bmr_cand");
    assertThat(run.displayName()).isEqualTo("nightly (bmr_cand)");
    assertThat(run.scenarioRunCount()).isEqualTo(4);
    assertThat(run.passRate())
        .isEqualTo(0.5); // alpha 1.0 and delta 0.5 pass; 0.3 and timeout do not
    assertThat(run.stateCounts()).isEqualTo(Map.of("completed", 1, "scored", 2, "timeout", 1));
    assertThat(run.infrastructureFailures()).isEqualTo(1);
    assertThat(run.scoringErrors()).isEqualTo(1);
    assertThat(run.missingScenarios()).isZero();
    assertThat(run.benchmarkName()).isEqualTo("suite");
  }

  @Test
  void lists_regressions_first_then_unscored_then_the_lowest_scores() {
    RunReport run = ReportFixtures.report().runs().get(0);

    assertThat(run.scenarios())
        .extracting(ScenarioReport::scenarioId)
        .containsExactly("scn_b", "scn_d", "scn_c", "scn_a");
    ScenarioReport worst = run.scenarios().get(0);
    assertThat(worst.baselineScore()).isEqualTo(0.8);
    assertThat(worst.delta()).isCloseTo(-0.5, within(1e-12));
    assertThat(worst.scoringError()).isTrue();
    assertThat(run.scenarios().get(2).infrastructureFailure()).isTrue();
    assertThat(run.scenarios().get(2).delta()).isNull();
  }

  @Test
  void carries_the_baseline_figures() {
    BaselineReport baseline = ReportFixtures.report().runs().get(0).baseline();

    assertThat(baseline.runId()).isEqualTo("bmr_base");
    assertThat(baseline.meanScoreDelta()).isCloseTo((0.1 - 0.5 - 0.3) / 3, within(1e-12));
    assertThat(baseline.meanScoreDeltaLower()).isLessThanOrEqualTo(baseline.meanScoreDelta());
    assertThat(baseline.meanScoreDeltaUpper()).isGreaterThanOrEqualTo(baseline.meanScoreDelta());
    assertThat(baseline.regressedScenarios()).isEqualTo(2);
    assertThat(baseline.newFailures()).isEqualTo(2);
    assertThat(baseline.newInfrastructureFailures()).isEqualTo(1);
    assertThat(baseline.missingScenarios()).isZero();
  }

  @Test
  void says_the_regression_tests_are_underpowered_with_three_paired_scenarios() {
    // Changes +0.1, -0.5, -0.3: 2 of the 8 sign assignments sum to at most -0.7 (one-sided
    // p = 0.25), 4 reach |0.7| (two-sided 0.5); 2 new failures and no new pass: P(X >= 2) for
    // X ~ Binomial(2, 1/2) = 0.25. Three scenarios cannot reach p <= 0.05: 2^-3 = 0.125.
    BaselineReport baseline = ReportFixtures.report().runs().get(0).baseline();

    assertThat(baseline.scenariosInCommon()).isEqualTo(4);
    assertThat(baseline.pairedScenarios()).isEqualTo(3);
    assertThat(baseline.newPasses()).isZero();
    assertThat(baseline.alpha()).isEqualTo(0.05);
    assertThat(baseline.scoreRegressionPValue()).isEqualTo(0.25);
    assertThat(baseline.scoreChangePValue()).isEqualTo(0.5);
    assertThat(baseline.scoreRegressionMethod()).isEqualTo("exact");
    assertThat(baseline.flipRegressionPValue()).isEqualTo(0.25);
    assertThat(baseline.scenariosNeeded()).isEqualTo(5);
    assertThat(baseline.confidenceLevel()).isEqualTo(0.95);
    assertThat(baseline.intervalMethod()).isEqualTo("skewness_adjusted_student_t");
    assertThat(baseline.regressionVerdict()).isEqualTo(BaselineReport.UNDERPOWERED);
  }

  @Test
  void finds_a_significant_regression_or_none_when_the_tests_can_tell() {
    ScenarioRunView[] before = new ScenarioRunView[6];
    ScenarioRunView[] dropped = new ScenarioRunView[6];
    for (int i = 0; i < 6; i++) {
      before[i] = ReportFixtures.run("bmr_base", "scn_" + i, "scored", 0.9, false);
      dropped[i] = ReportFixtures.run("bmr_cand", "scn_" + i, "scored", 0.7 - i / 100.0, false);
    }
    BenchmarkOutcome baseline = ReportFixtures.outcome("bmr_base", "release", 0.9, before);
    BenchmarkOutcome candidate = ReportFixtures.outcome("bmr_cand", "nightly", 0.7, dropped);

    BaselineReport regressed =
        RunReport.of(candidate, OutcomeComparison.of(baseline, candidate), 0.5, 0.05).baseline();
    BaselineReport unchanged =
        RunReport.of(baseline, OutcomeComparison.of(baseline, baseline), 0.5, 0.05).baseline();

    // six drops: 1/64 one-sided
    assertThat(regressed.scoreRegressionPValue()).isEqualTo(1.0 / 64);
    assertThat(regressed.regressionVerdict()).isEqualTo(BaselineReport.SIGNIFICANT_REGRESSION);
    assertThat(unchanged.scoreRegressionPValue()).isEqualTo(1.0);
    assertThat(unchanged.intervalMethod()).isEqualTo("no_spread");
    assertThat(unchanged.regressionVerdict()).isEqualTo(BaselineReport.NO_SIGNIFICANT_REGRESSION);
  }

  @Test
  void counts_a_scenario_at_the_pass_threshold_give_or_take_the_tolerance() {
    BenchmarkOutcome threeRunsOf07 =
        ReportFixtures.outcome(
            "bmr_cand",
            "nightly",
            0.7,
            ReportFixtures.run("bmr_cand_1", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_cand_2", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_cand_3", "scn_a", "scored", 0.7, false));

    RunReport run = RunReport.of(threeRunsOf07, null, 0.7, 0.05);

    assertThat(run.scenarios().get(0).score()).isLessThan(0.7); // 0.6999999999999998
    assertThat(run.passRate()).isEqualTo(1.0);
  }

  @Test
  void the_verdict_passes_only_when_gates_ran_were_judged_and_none_failed() {
    GateReport passed = gate("a", GateReport.PASSED, null);
    GateReport skipped = gate("b", "skipped", null);
    GateReport failed = gate("c", GateReport.FAILED, null);
    GateReport unjudged = gate("d", "aborted", "bmr_1 did not finish within 30m");
    GateReport unjudgedToo = gate("e", "aborted", "bmr_1 did not finish within 30m");

    assertThat(verdict(passed, skipped)).isEqualTo(BenchgateReport.PASSED);
    assertThat(BenchgateReport.of("t", List.of(), List.of(passed)).reasons()).isEmpty();
    assertThat(verdict()).isEqualTo(BenchgateReport.ERROR);
    assertThat(verdict(skipped)).isEqualTo(BenchgateReport.ERROR);
    assertThat(verdict(passed, unjudged)).isEqualTo(BenchgateReport.ERROR);
    assertThat(verdict(passed, unjudged, failed)).isEqualTo(BenchgateReport.FAILED);
    assertThat(BenchgateReport.of("t", List.of(), List.of(passed, unjudged, unjudgedToo)).reasons())
        .containsExactly("2 gates could not judge: bmr_1 did not finish within 30m");
    assertThat(BenchgateReport.of("t", List.of(), List.of(skipped)).reasons())
        .containsExactly("No gate passed: all 1 were skipped or aborted.");
  }

  private static GateReport gate(String name, String status, String couldNotJudge) {
    return new GateReport(name, name, status, null, List.of(), couldNotJudge);
  }

  private static String verdict(GateReport... gates) {
    return BenchgateReport.of("t", List.of(), List.of(gates)).verdict();
  }

  @Test
  void a_report_fails_when_any_gate_failed() {
    BenchgateReport report = ReportFixtures.report();

    assertThat(report.verdict()).isEqualTo("failed");
    assertThat(report.failedGates())
        .extracting(GateReport::name)
        .containsExactly("Gates > noRegression()");
    assertThat(BenchgateReport.of("t", report.runs(), report.gates().subList(0, 1)).verdict())
        .isEqualTo("passed");
  }

  @Test
  void a_change_within_the_tolerance_is_no_regression_in_any_format() {
    // scn_a's three runs of 0.7 average 0.6999999999999998 against 0.7: unchanged, so the
    // unscored scn_c comes first, and no cell is marked as a drop.
    BenchmarkOutcome baseline =
        ReportFixtures.outcome(
            "bmr_base",
            "release",
            0.7,
            ReportFixtures.run("bmr_base", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_base", "scn_c", "scored", 0.7, false));
    BenchmarkOutcome candidate =
        ReportFixtures.outcome(
            "bmr_cand",
            "nightly",
            0.7,
            ReportFixtures.run("bmr_cand_1", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_cand_2", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_cand_3", "scn_a", "scored", 0.7, false),
            ReportFixtures.run("bmr_cand", "scn_c", "timeout", null, false));

    RunReport run = RunReport.of(candidate, OutcomeComparison.of(baseline, candidate), 0.5, 0.05);

    assertThat(run.scenarios().get(1).delta()).isNegative();
    assertThat(run.scenarios())
        .extracting(ScenarioReport::scenarioId)
        .containsExactly("scn_c", "scn_a");
    assertThat(run.baseline().regressedScenarios()).isZero();
    assertThat(HtmlReport.render(BenchgateReport.of("t", List.of(run), List.of())))
        .doesNotContain("class=\"num down\"");
  }
}
