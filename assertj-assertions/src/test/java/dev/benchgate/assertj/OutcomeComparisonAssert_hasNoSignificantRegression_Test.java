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
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeComparisonAssert_hasNoSignificantRegression_Test {

  private static final String HEADING =
      "Expecting " + BOTH_RUNS + " to have no significant regression at alpha 0.05";
  private static final String REMINDER =
      "Significance says that a change is unlikely to be noise, not that it is large: bound its"
          + " size with hasMeanScoreDropAtMost or hasNoScenarioRegressedByMoreThan.";

  /**
   * Six scenarios all dropping from 0.9 to 0.6: p = 2/64 for the sign-flip test, no flip at 0.5.
   */
  private final OutcomeComparison sixDrops =
      compare(
          baseline(six(i -> scenario(i, "s" + i).scored(0.9))),
          candidate(six(i -> scenario(i, "s" + i).scored(0.6))));

  @Test
  void passes_on_changes_that_could_be_noise() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9),
                scenario(2, "add-cache").scored(0.5),
                scenario(3, "bump-deps").scored(0.7)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.8),
                scenario(2, "add-cache").scored(0.4),
                scenario(3, "bump-deps").scored(0.7)));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression();
  }

  @Test
  void passes_on_a_significant_improvement() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(six(i -> scenario(i, "s" + i).scored(0.3))),
            candidate(six(i -> scenario(i, "s" + i).scored(0.9))));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression();
  }

  @Test
  void passes_at_a_stricter_level_than_the_p_value() {
    // WHEN/THEN
    assertThat(sixDrops).hasNoSignificantRegression(0.01);
  }

  @Test
  void fails_when_the_score_change_test_fires() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(sixDrops).hasNoSignificantRegression());
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but the score change test found one:",
                "  - score change over 6 scenarios scored on both sides: mean -0.3, 95 % interval"
                    + " [-0.3, -0.3], p = 0.0312 (paired sign-flip test): significant regression",
                "  - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 0 newly"
                    + " failing, 0 newly passing, p = 1 (exact McNemar test): not a significant"
                    + " regression",
                REMINDER));
  }

  @Test
  void fails_when_the_pass_fail_flip_test_fires() {
    // GIVEN six scenarios fall below 0.5 by 0.1 while six others rise by 0.2: the mean rises
    OutcomeComparison comparison =
        compare(
            baseline(twelve(i -> i < 6 ? 0.55 : 0.6)), candidate(twelve(i -> i < 6 ? 0.45 : 0.8)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression());
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but the pass/fail flip test found one:",
                "  - score change over 12 scenarios scored on both sides: mean +0.05, 95 % interval"
                    + " [-0.025, +0.125], p = 0.369 (paired sign-flip test): not a significant"
                    + " regression",
                "  - pass/fail flips at a score of at least 0.5 over 12 scenarios in common: 6"
                    + " newly failing, 0 newly passing, p = 0.0312 (exact McNemar test):"
                    + " significant regression",
                REMINDER));
  }

  @Test
  void fails_naming_both_tests_when_both_fire() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(six(i -> scenario(i, "s" + i).scored(0.9))),
            candidate(six(i -> scenario(i, "s" + i).scored(0.1))));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression());
    // THEN
    then(error).hasMessageContaining("but both tests found one:");
  }

  @Test
  void tests_only_the_flips_when_no_scenario_is_scored_on_both_sides() {
    // GIVEN every scenario lost its score to a timeout: six new failures, no score change
    OutcomeComparison comparison =
        compare(
            baseline(six(i -> scenario(i, "s" + i).scored(0.9))),
            candidate(six(i -> scenario(i, "s" + i).timeout())));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression());
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but the pass/fail flip test found one:",
                "  - score change: not tested, no scenario has a score on both sides",
                "  - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 6 newly"
                    + " failing, 0 newly passing, p = 0.0312 (exact McNemar test): significant"
                    + " regression",
                REMINDER));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.05, 5, Double.NaN})
  void rejects_a_level_that_is_not_strictly_between_0_and_1(double alpha) {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(sixDrops).hasNoSignificantRegression(alpha))
        .withMessage(
            "The significance level alpha must be between 0 and 1, both excluded, but was "
                + alpha);
  }

  @Test
  void fails_for_a_null_comparison() {
    // GIVEN
    OutcomeComparison comparison = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  private static ScenarioRunBuilder[] six(IntFunction<ScenarioRunBuilder> scenarioRun) {
    return IntStream.range(0, 6).mapToObj(scenarioRun).toArray(ScenarioRunBuilder[]::new);
  }

  private static ScenarioRunBuilder[] twelve(IntToDoubleFunction score) {
    return IntStream.range(0, 12)
        .mapToObj(i -> scenario(i, "s" + i).scored(score.applyAsDouble(i)))
        .toArray(ScenarioRunBuilder[]::new);
  }
}
