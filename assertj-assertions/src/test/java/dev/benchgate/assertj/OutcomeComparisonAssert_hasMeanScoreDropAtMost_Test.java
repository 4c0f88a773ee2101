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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeComparisonAssert_hasMeanScoreDropAtMost_Test {

  @Test
  void passes_when_the_mean_drops_by_exactly_the_limit_despite_binary_rounding() {
    // GIVEN 0.88 - 0.9 is -0.020000000000000018 in binary, a drop of exactly 0.02 in decimal
    OutcomeComparison comparison =
        compare(
            baseline(scenario(1, "fix-login-bug").scored(0.9)),
            candidate(scenario(1, "fix-login-bug").scored(0.88)));
    // WHEN/THEN
    assertThat(comparison).hasMeanScoreDropAtMost(0.02);
  }

  @Test
  void leaves_out_scenarios_without_a_score_on_both_sides() {
    // GIVEN the only drop is to an infrastructure outcome, which is no score change
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9), scenario(2, "add-cache").scored(0.5)),
            candidate(
                scenario(1, "fix-login-bug").timeout(), scenario(2, "add-cache").scored(0.5)));
    // WHEN/THEN
    assertThat(comparison).hasMeanScoreDropAtMost(0);
  }

  @Test
  void fails_with_the_mean_change_its_interval_and_the_biggest_drops() {
    // GIVEN changes of -0.5, -0.25, -0.1 and +0.05: a mean of -0.2
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "bump-deps").scored(0.6),
                scenario(4, "refactor-db").scored(0.5)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.4),
                scenario(2, "add-cache").scored(0.55),
                scenario(3, "bump-deps").scored(0.5),
                scenario(4, "refactor-db").scored(0.55)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasMeanScoreDropAtMost(0.02));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have a mean score drop of at most 0.02 (a mean change of at least -0.02"
                    + " over the scenarios scored on both sides)",
                "but it was -0.2 over 4 scenarios scored on both sides, 95 % interval [-0.625, +0.173]"
                    + " (skewness-adjusted Student-t); the biggest drops:",
                "  - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)",
                "  - add-cache (scn_2): 0.80 → 0.55 (-0.25)",
                "  - bump-deps (scn_3): 0.60 → 0.50 (-0.10)"));
  }

  @Test
  void fails_when_no_scenario_is_scored_on_both_sides() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(scenario(1, "fix-login-bug").scored(0.9), scenario(2, "add-cache").failed()),
            candidate(
                scenario(1, "fix-login-bug").timeout(), scenario(2, "add-cache").scored(0.8)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasMeanScoreDropAtMost(0.02));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have a mean score drop of at most 0.02 (a mean change of at least -0.02"
                    + " over the scenarios scored on both sides)",
                "but no scenario has a score on both sides (2 scenarios in common), so there is"
                    + " nothing to compare."));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, 2, Double.NaN})
  void rejects_a_drop_that_is_not_a_score_change(double maxDrop) {
    // GIVEN
    OutcomeComparison comparison = compare(baseline(), candidate());
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(comparison).hasMeanScoreDropAtMost(maxDrop))
        .withMessage(
            "The largest tolerated drop must be a score change between 0 and 1, but was "
                + maxDrop);
  }

  @Test
  void fails_for_a_null_comparison() {
    // GIVEN
    OutcomeComparison comparison = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasMeanScoreDropAtMost(0.02));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
