package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
