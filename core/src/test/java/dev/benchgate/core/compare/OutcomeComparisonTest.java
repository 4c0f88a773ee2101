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
    // 2 pass->fail, 1 fail->pass: 2 * (C(3,0) + C(3,1)) / 8 = 1
    assertThat(comparison.passFailFlipPValue(0.5)).isEqualTo(1.0);
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
    assertThat(comparison.scoreChangePValue()).isEqualTo(0.0625);
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
    assertThat(comparison.scoreChangePValue()).isEqualTo(1.0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> comparison.meanScoreDeltaInterval(1.5))
        .withMessage("The confidence level must be between 0 and 1, was 1.5");
  }
}
