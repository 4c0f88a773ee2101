package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OutcomeComparisonTest {
  private static int nextRunId;

  private static synchronized String nextId() {
    return "scr_" + nextRunId++;
  }

  private static ScenarioRunView scored(String scenarioId, double score) {
    return new ScenarioRunView(
        nextId(),
        scenarioId,
        "dbx",
        null,
        null,
        null,
        "scored",
        null,
        null,
        null,
        new ScoringContractResult(score, List.of()),
        null,
        null);
  }

  private static ScenarioRunView unscored(String scenarioId, String state) {
    return new ScenarioRunView(
        nextId(), scenarioId, "dbx", null, null, null, state, null, null, null, null, null, null);
  }

  private static BenchmarkOutcome outcome(String runId, ScenarioRunView... scenarioRuns) {
    List<ScenarioView> scenarios = new ArrayList<>();
    for (ScenarioRunView run : scenarioRuns) {
      String name = "name-of-" + run.scenarioId();
      if (scenarios.stream().noneMatch(s -> s.id().equals(run.scenarioId()))) {
        scenarios.add(
            new ScenarioView(
                run.scenarioId(),
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
      }
    }
    BenchmarkRunView run =
        new BenchmarkRunView(
            runId, null, null, null, 0L, null, "completed", null, null, null, null, null, null);
    return BenchmarkOutcome.of(run, List.of(scenarioRuns), scenarios, null);
  }

  @Test
  void pairs_scenarios_by_id_not_by_position() {
    BenchmarkOutcome baseline = outcome("bmr_base", scored("scn_a", 0.9), scored("scn_b", 0.2));
    BenchmarkOutcome candidate = outcome("bmr_cand", scored("scn_b", 0.3), scored("scn_a", 0.5));

    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);

    assertThat(comparison.scenarios())
        .extracting(ScenarioComparison::scenarioId, ScenarioComparison::scenarioName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("scn_a", "name-of-scn_a"),
            org.assertj.core.groups.Tuple.tuple("scn_b", "name-of-scn_b"));
    assertThat(comparison.scenarios().get(0).delta()).isCloseTo(-0.4, within(1e-12));
    assertThat(comparison.scenarios().get(1).delta()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void aggregates_repeated_runs_of_a_scenario_and_says_so() {
    BenchmarkOutcome baseline = outcome("bmr_base", scored("scn_a", 0.8));
    BenchmarkOutcome candidate =
        outcome(
            "bmr_cand", scored("scn_a", 0.2), scored("scn_a", 0.4), unscored("scn_a", "timeout"));

    ScenarioComparison scenario = OutcomeComparison.of(baseline, candidate).scenarios().get(0);

    assertThat(scenario.candidate().isAggregated()).isTrue();
    assertThat(scenario.candidate().runCount()).isEqualTo(3);
    assertThat(scenario.candidate().meanScore()).isCloseTo(0.3, within(1e-12));
    assertThat(scenario.describe()).isEqualTo("0.80 → 0.30 (mean of 3 runs) (-0.50)");
  }

  @Test
  void lists_regressions_beyond_a_margin_worst_first() {
    BenchmarkOutcome baseline =
        outcome(
            "bmr_base",
            scored("scn_a", 0.9),
            scored("scn_b", 0.9),
            scored("scn_c", 0.9),
            scored("scn_d", 0.5));
    BenchmarkOutcome candidate =
        outcome(
            "bmr_cand",
            scored("scn_a", 0.6),
            scored("scn_b", 0.1),
            scored("scn_c", 0.8),
            scored("scn_d", 0.9));

    assertThat(OutcomeComparison.of(baseline, candidate).regressions(0.2))
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_b", "scn_a");
  }

  @Test
  void a_drop_exactly_at_the_margin_is_not_a_regression_despite_binary_rounding() {
    // 0.7 - 0.9 is -0.20000000000000007 in doubles
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", scored("scn_a", 0.9)), outcome("bmr_cand", scored("scn_a", 0.7)));

    assertThat(comparison.regressions(0.2)).isEmpty();
    assertThat(comparison.regressions(0.19)).hasSize(1);
  }

  @Test
  void keeps_infrastructure_outcomes_apart_from_low_scores() {
    BenchmarkOutcome baseline =
        outcome(
            "bmr_base", scored("scn_a", 0.9), scored("scn_b", 0.9), unscored("scn_c", "failed"));
    BenchmarkOutcome candidate =
        outcome(
            "bmr_cand",
            unscored("scn_a", "timeout"),
            scored("scn_b", 0.1),
            unscored("scn_c", "failed"));

    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);

    assertThat(comparison.regressions(0.0))
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_b");
    assertThat(comparison.newInfrastructureFailures())
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_a");
    assertThat(comparison.newInfrastructureFailures().get(0).describe())
        .isEqualTo("0.90 → no score (timeout)");
    assertThat(comparison.meanScoreDelta()).hasValueCloseTo(-0.8, within(1e-12));
    assertThat(comparison.pairedScenarios())
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_b");
    assertThatIllegalStateException()
        .isThrownBy(() -> comparison.scenarios().get(0).delta())
        .withMessage(
            "Scenario name-of-scn_a (scn_a) has no score on both sides: 0.90 → no score (timeout)");
  }

  @Test
  void finds_new_failures_and_new_passes_at_a_threshold() {
    BenchmarkOutcome baseline =
        outcome(
            "bmr_base",
            scored("scn_a", 0.7),
            scored("scn_b", 0.9),
            scored("scn_c", 0.3),
            scored("scn_d", 0.6));
    BenchmarkOutcome candidate =
        outcome(
            "bmr_cand",
            scored("scn_a", 0.4),
            unscored("scn_b", "canceled"),
            scored("scn_c", 0.5),
            scored("scn_d", 0.6));

    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);

    assertThat(comparison.newFailures(0.5))
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_b", "scn_a");
    assertThat(comparison.newPasses(0.5))
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_c");
    // 2 pass->fail, 1 fail->pass: P(X >= 2) for X ~ Binomial(3, 1/2) = 4/8
    SignificanceTest flips = comparison.flipRegressionTest(0.5);
    assertThat(flips.pValue()).isEqualTo(0.5);
    assertThat(flips.kind()).isEqualTo(SignificanceTest.Kind.MCNEMAR);
    assertThat(flips.scenarios()).isEqualTo(4);
    assertThat(flips.smallestReachablePValue()).isEqualTo(1.0 / 16);
  }

  @Test
  void reports_missing_and_new_scenarios() {
    BenchmarkOutcome baseline = outcome("bmr_base", scored("scn_a", 0.7), scored("scn_gone", 0.9));
    BenchmarkOutcome candidate = outcome("bmr_cand", scored("scn_a", 0.7), scored("scn_new", 0.1));

    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);

    assertThat(comparison.missingScenarios())
        .extracting(ScenarioResult::scenarioId)
        .containsExactly("scn_gone");
    assertThat(comparison.newScenarios())
        .extracting(ScenarioResult::scenarioId)
        .containsExactly("scn_new");
    assertThat(comparison.scenarios())
        .extracting(ScenarioComparison::scenarioId)
        .containsExactly("scn_a");
    assertThat(comparison)
        .hasToString(
            "OutcomeComparison{baseline=bmr_base, candidate=bmr_cand, scenarios=1, missing=1, new=1}");
  }

  @Test
  void tests_the_score_change_and_its_interval_on_paired_scenarios() {
    BenchmarkOutcome baseline =
        outcome(
            "bmr_base",
            scored("scn_a", 0.9),
            scored("scn_b", 0.8),
            scored("scn_c", 0.7),
            scored("scn_d", 0.6),
            scored("scn_e", 0.5));
    BenchmarkOutcome candidate =
        outcome(
            "bmr_cand",
            scored("scn_a", 0.4),
            scored("scn_b", 0.4),
            scored("scn_c", 0.4),
            scored("scn_d", 0.4),
            scored("scn_e", 0.4));

    OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);

    assertThat(comparison.meanScoreDelta()).hasValueCloseTo(-0.3, within(1e-12));
    // Five drops: the smallest of 32 sign assignments, one-sided p = 1/32, two-sided 2/32
    assertThat(comparison.scoreRegressionTest())
        .isEqualTo(
            new SignificanceTest(
                SignificanceTest.Kind.SIGN_FLIP,
                SignificanceTest.Method.EXACT,
                5,
                0.03125,
                0.03125));
    assertThat(comparison.scoreChangeTwoSidedPValue()).isEqualTo(0.0625);
    assertThat(comparison.meanScoreDeltaInterval())
        .hasValueSatisfying(ci -> assertThat(ci.isEntirelyBelow(0)).isTrue());
  }

  @Test
  void has_no_figures_without_paired_scores() {
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", unscored("scn_a", "failed")),
            outcome("bmr_cand", scored("scn_a", 1.0)));

    assertThat(comparison.meanScoreDelta()).isEmpty();
    assertThat(comparison.meanScoreDeltaInterval()).isEmpty();
    assertThat(comparison.scoreRegressionTest().pValue()).isEqualTo(1.0);
    assertThat(comparison.scoreRegressionTest().isUnderpoweredAt(0.05)).isTrue();
    assertThat(comparison.scoreChangeTwoSidedPValue()).isEqualTo(1.0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> comparison.meanScoreDeltaInterval(1.5))
        .withMessage("The confidence level must be between 0 and 1, was 1.5");
  }

  @Test
  void a_threshold_met_by_a_mean_that_prints_as_it_is_met() {
    // Three candidate runs of 0.7 average 0.6999999999999998: nothing changed.
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", scored("scn_a", 0.7)),
            outcome("bmr_cand", scored("scn_a", 0.7), scored("scn_a", 0.7), scored("scn_a", 0.7)));

    assertThat(comparison.scenarios().get(0).candidate().meanScore()).isLessThan(0.7);
    assertThat(comparison.newFailures(0.7)).isEmpty();
    assertThat(comparison.newPasses(0.7)).isEmpty();
    assertThat(comparison.flipRegressionTest(0.7).pValue()).isEqualTo(1.0);
    assertThat(comparison.scoreRegressionTest().pValue()).isEqualTo(1.0);
  }

  @Test
  void flips_nine_to_two_of_48_scenarios_are_a_regression_at_5_percent() {
    // scipy.stats.binomtest(9, 11, alternative='greater').pvalue = 0.03271484375; the two-sided
    // test (p = 0.0654) would have let this pass at 0.05.
    List<ScenarioRunView> before = new ArrayList<>();
    List<ScenarioRunView> after = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String id = "scn_" + i;
      before.add(scored(id, i < 9 ? 0.9 : i < 11 ? 0.1 : 0.8));
      after.add(scored(id, i < 9 ? 0.1 : i < 11 ? 0.9 : 0.8));
    }
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", before.toArray(ScenarioRunView[]::new)),
            outcome("bmr_cand", after.toArray(ScenarioRunView[]::new)));

    SignificanceTest flips = comparison.flipRegressionTest(0.5);

    assertThat(flips.pValue()).isEqualTo(0.03271484375);
    assertThat(flips.isSignificantAt(0.05)).isTrue();
    assertThat(flips.isUnderpoweredAt(0.05)).isFalse();
  }

  @Test
  void says_when_too_few_scenarios_could_ever_show_a_regression() {
    BenchmarkOutcome fourBefore =
        outcome(
            "bmr_base",
            scored("scn_a", 0.9),
            scored("scn_b", 0.9),
            scored("scn_c", 0.9),
            scored("scn_d", 0.9));
    BenchmarkOutcome fourAfter =
        outcome(
            "bmr_cand",
            scored("scn_a", 0.1),
            scored("scn_b", 0.1),
            scored("scn_c", 0.1),
            scored("scn_d", 0.1));

    OutcomeComparison comparison = OutcomeComparison.of(fourBefore, fourAfter);

    // Four drops of 0.8 are as extreme as four scenarios can be: p = 1/16 > 0.05.
    assertThat(comparison.scoreRegressionTest().pValue()).isEqualTo(0.0625);
    assertThat(comparison.scoreRegressionTest().isUnderpoweredAt(0.05)).isTrue();
    assertThat(comparison.flipRegressionTest(0.5).isUnderpoweredAt(0.05)).isTrue();
    assertThat(comparison.scoreRegressionTest().isUnderpoweredAt(0.1)).isFalse();
    assertThat(SignificanceTest.scenariosNeededAt(0.05)).isEqualTo(5);
  }

  @Test
  void an_interval_from_identical_changes_has_width() {
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", scored("scn_a", 0.9), scored("scn_b", 0.8), scored("scn_c", 0.7)),
            outcome("bmr_cand", scored("scn_a", 0.7), scored("scn_b", 0.6), scored("scn_c", 0.5)));

    ConfidenceInterval interval = comparison.meanScoreDeltaInterval().orElseThrow();

    assertThat(interval.method()).isEqualTo(ConfidenceInterval.Method.NO_SPREAD);
    assertThat(interval.isEntirelyBelow(0)).isFalse();
    assertThat(comparison.scoreRegressionTest().pValue()).isEqualTo(0.125);
  }

  @Test
  void finds_a_scenario_by_id_and_computes_each_statistic_once() throws Exception {
    List<ScenarioRunView> before = new ArrayList<>();
    List<ScenarioRunView> after = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      before.add(scored("scn_" + i, 0.5 + (i % 5) / 10.0));
      after.add(scored("scn_" + i, 0.4 + (i % 7) / 10.0));
    }
    OutcomeComparison comparison =
        OutcomeComparison.of(
            outcome("bmr_base", before.toArray(ScenarioRunView[]::new)),
            outcome("bmr_cand", after.toArray(ScenarioRunView[]::new)));

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object[]>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(
            threads.submit(
                () ->
                    new Object[] {
                      comparison.scoreRegressionTest(),
                      comparison.meanScoreDeltaInterval(),
                      comparison.flipRegressionTest(0.5)
                    }));
      }
      Object[] first = answers.get(0).get();
      for (Future<Object[]> answer : answers) {
        Object[] figures = answer.get();
        for (int i = 0; i < figures.length; i++) {
          assertThat(figures[i]).isSameAs(first[i]);
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(comparison.scenario("scn_42"))
        .hasValueSatisfying(s -> assertThat(s.scenarioName()).isEqualTo("name-of-scn_42"));
    assertThat(comparison.scenario("scn_nope")).isEmpty();
  }
}
