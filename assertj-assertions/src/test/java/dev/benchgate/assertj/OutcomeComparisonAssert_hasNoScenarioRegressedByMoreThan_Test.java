package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.ComparisonFixtures.BOTH_RUNS;
import static dev.benchgate.assertj.ComparisonFixtures.baseline;
import static dev.benchgate.assertj.ComparisonFixtures.candidate;
import static dev.benchgate.assertj.ComparisonFixtures.compare;
import static dev.benchgate.assertj.ComparisonFixtures.scenario;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeComparisonAssert_hasNoScenarioRegressedByMoreThan_Test {

  @Test
  void passes_when_no_drop_exceeds_the_margin_even_by_binary_rounding() {
    // GIVEN 0.7 - 0.9 is -0.20000000000000007 in binary, a drop of exactly 0.2 in decimal
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9), scenario(2, "add-cache").scored(0.3)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.7), scenario(2, "add-cache").scored(0.9)));
    // WHEN/THEN
    assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2);
  }

  @Test
  void passes_when_scenarios_only_lost_their_score_to_infrastructure() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(scenario(1, "fix-login-bug").scored(0.9)),
            candidate(scenario(1, "fix-login-bug").timeout()));
    // WHEN/THEN
    assertThat(comparison).hasNoScenarioRegressedByMoreThan(0);
  }

  @Test
  void fails_listing_the_regressed_scenarios_worst_first() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "bump-deps").scored(0.6)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.4),
                scenario(2, "add-cache").scored(0.55),
                scenario(3, "bump-deps").scored(0.5)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have no scenario whose score dropped by more than 0.2",
                "but 2 of the 3 scenarios scored on both sides did, worst first:",
                "  - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)",
                "  - add-cache (scn_2): 0.80 → 0.55 (-0.25)"));
  }

  @Test
  void notes_apart_the_scenarios_that_lost_their_score_to_infrastructure() {
    // GIVEN bump-deps had no score to lose
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "refactor-db").scored(0.7),
                scenario(4, "bump-deps").completed()),
            candidate(
                scenario(1, "fix-login-bug").scored(0.4),
                scenario(2, "add-cache").canceled(),
                scenario(3, "refactor-db").timeout(),
                scenario(4, "bump-deps").timeout()));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have no scenario whose score dropped by more than 0.2",
                "but 1 of the 1 scenario scored on both sides did, worst first:",
                "  - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)",
                "Not counted as score regressions: 2 scenarios lost their score to an"
                    + " infrastructure outcome, not a low score:",
                "  - add-cache (scn_2): 0.80 → no score (canceled) [infrastructure outcome]",
                "  - refactor-db (scn_3): 0.70 → no score (timeout) [infrastructure outcome]"));
  }

  @Test
  void tags_a_regression_whose_scorer_ended_in_error() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(scenario(1, "fix-login-bug").scored(0.9)),
            candidate(
                scenario(1, "fix-login-bug")
                    .scored(0)
                    .scoringFunction("unit-tests", null, "error", "pytest: command not found")));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessageEndingWith(
            message(
                "  - fix-login-bug (scn_1): 0.90 → 0.00 (-0.90) [infrastructure outcome: scorer"
                    + " \"unit-tests\" ended in error]"));
  }

  @Test
  void lists_at_most_five_regressions() {
    // GIVEN seven scenarios dropping by 0.3, 0.31, ... 0.36
    OutcomeComparison comparison =
        compare(baseline(scenarios(i -> 0.9)), candidate(scenarios(i -> 0.6 - i / 100.0)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have no scenario whose score dropped by more than 0.2",
                "but 7 of the 7 scenarios scored on both sides did, worst first:",
                "  - s6 (scn_6): 0.90 → 0.54 (-0.36)",
                "  - s5 (scn_5): 0.90 → 0.55 (-0.35)",
                "  - s4 (scn_4): 0.90 → 0.56 (-0.34)",
                "  - s3 (scn_3): 0.90 → 0.57 (-0.33)",
                "  - s2 (scn_2): 0.90 → 0.58 (-0.32)",
                "  - and 2 more"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, 20, Double.NaN})
  void rejects_a_margin_that_is_not_a_score_change(double margin) {
    // GIVEN
    OutcomeComparison comparison = compare(baseline(), candidate());
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(margin))
        .withMessage("The margin must be a score change between 0 and 1, but was " + margin);
  }

  @Test
  void fails_for_a_null_comparison() {
    // GIVEN
    OutcomeComparison comparison = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  private static ScenarioRunBuilder[] scenarios(IntToDoubleFunction score) {
    return IntStream.range(0, 7)
        .mapToObj(i -> scenario(i, "s" + i).scored(score.applyAsDouble(i)))
        .toArray(ScenarioRunBuilder[]::new);
  }
}
