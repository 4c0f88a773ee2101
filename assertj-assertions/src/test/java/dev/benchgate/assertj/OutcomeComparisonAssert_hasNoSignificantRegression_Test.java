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
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

/**
 * The p-values below are those of scipy 1.17: {@code scipy.stats.permutation_test((d,), numpy.sum,
 * permutation_type='samples', alternative='less', n_resamples=numpy.inf).pvalue} for the score
 * changes {@code d}, and {@code scipy.stats.binomtest(b, b + c, alternative='greater').pvalue} for
 * b newly failing and c newly passing scenarios.
 */
class OutcomeComparisonAssert_hasNoSignificantRegression_Test {

  private static final String HEADING =
      "Expecting " + BOTH_RUNS + " to have no significant regression at alpha 0.05";
  private static final String REMINDER =
      "Significance says that a change is unlikely to be noise, not that it is large: bound its"
          + " size with hasMeanScoreDropAtMost or hasNoScenarioRegressedByMoreThan.";
  private static final String UNDERPOWERED_ADVICE =
      "A gate that could not judge does not pass: compare at least 5 scenarios, or call"
          + " hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT) to skip it instead.";

  /** Six drops from 0.9 of 0.3, 0.4, 0.2, 0.3, 0.5 and 0.25: p = 1/64 = 0.015625, no flip. */
  private final OutcomeComparison sixDrops =
      compare(
          baseline(scores(0.9, 0.9, 0.9, 0.9, 0.9, 0.9)),
          candidate(scores(0.6, 0.5, 0.7, 0.6, 0.4, 0.65)));

  /** Four scenarios that all broke: as extreme as four can be, p = 1/16. */
  private final OutcomeComparison fourBroken =
      compare(baseline(scores(0.9, 0.9, 0.9, 0.9)), candidate(scores(0.1, 0.1, 0.1, 0.1)));

  @Test
  void passes_on_changes_that_could_be_noise() {
    // GIVEN changes -0.1, -0.1, 0, +0.1, 0, +0.1 and one flip each way at 0.5
    OutcomeComparison comparison =
        compare(
            baseline(scores(0.9, 0.5, 0.7, 0.6, 0.8, 0.4)),
            candidate(scores(0.8, 0.4, 0.7, 0.7, 0.8, 0.5)));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression();
  }

  @Test
  void passes_on_a_significant_improvement() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(scores(0.3, 0.3, 0.3, 0.3, 0.3, 0.3)),
            candidate(scores(0.9, 0.9, 0.9, 0.9, 0.9, 0.9)));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression();
  }

  @Test
  void passes_at_a_stricter_level_than_the_p_value() {
    // GIVEN changes -0.3, -0.2, -0.4, -0.1, -0.3, -0.2, -0.5, +0.1, +0.2, -0.1: p = 0.021484375;
    // four new failures at 0.5, p = 1/16
    OutcomeComparison comparison =
        compare(
            baseline(scores(0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7)),
            candidate(scores(0.4, 0.5, 0.3, 0.6, 0.4, 0.5, 0.2, 0.8, 0.9, 0.6)));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression(0.01);
    expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression(0.05));
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
                "  - score change over 6 scenarios scored on both sides: mean -0.325, 95 % interval"
                    + " [-0.465, -0.211] (skewness-adjusted Student-t), p = 0.0156 (one-sided paired"
                    + " sign-flip test, exact): significant regression",
                "  - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 1 newly"
                    + " failing, 0 newly passing, p = 0.5 (one-sided exact McNemar test): not a"
                    + " significant regression",
                REMINDER));
  }

  @Test
  void fails_when_the_pass_fail_flip_test_fires() {
    // GIVEN six scenarios fall below 0.5 by 0.1 while six others rise by 0.2: the mean rises
    // (p = 0.8974609375), but 6 newly failing against 0 newly passing has p = 1/64
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
                    + " [-0.0495, +0.15] (skewness-adjusted Student-t), p = 0.897 (one-sided paired"
                    + " sign-flip test, exact): not a significant regression",
                "  - pass/fail flips at a score of at least 0.5 over 12 scenarios in common: 6"
                    + " newly failing, 0 newly passing, p = 0.0156 (one-sided exact McNemar test):"
                    + " significant regression",
                REMINDER));
  }

  @Test
  void fails_on_nine_new_failures_against_two_new_passes_in_48_scenarios() {
    // GIVEN binomtest(9, 11, alternative='greater') = 0.03271484375; the two-sided test (0.0654)
    // compared with 0.05 let this pass
    OutcomeComparison comparison =
        compare(
            baseline(fortyEight(i -> i < 9 ? 0.9 : i < 11 ? 0.1 : 0.8)),
            candidate(fortyEight(i -> i < 9 ? 0.1 : i < 11 ? 0.9 : 0.8)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression());
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but both tests found one:",
                "  - score change over 48 scenarios scored on both sides: mean -0.117, 95 % interval"
                    + " [-0.23, -0.00963] (skewness-adjusted Student-t), p = 0.0327 (one-sided paired"
                    + " sign-flip test, exact): significant regression",
                "  - pass/fail flips at a score of at least 0.5 over 48 scenarios in common: 9"
                    + " newly failing, 2 newly passing, p = 0.0327 (one-sided exact McNemar test):"
                    + " significant regression",
                REMINDER));
  }

  @Test
  void fails_when_too_few_scenarios_could_ever_show_a_regression() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(fourBroken).hasNoSignificantRegression());
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but the tests cannot tell: with this few scenarios no regression, however large,"
                    + " could reach p ≤ 0.05 (underpowered):",
                "  - score change over 4 scenarios scored on both sides: mean -0.8, 95 % interval"
                    + " [-0.92, +0.284] (no spread: bound from the range of a score), p = 0.0625"
                    + " (one-sided paired sign-flip test, exact): underpowered, the smallest p it"
                    + " can reach is 0.0625, it needs at least 5 scenarios scored on both sides",
                "  - pass/fail flips at a score of at least 0.5 over 4 scenarios in common: 4"
                    + " newly failing, 0 newly passing, p = 0.0625 (one-sided exact McNemar test):"
                    + " underpowered, the smallest p it can reach is 0.0625, it needs at least 5"
                    + " scenarios in common",
                UNDERPOWERED_ADVICE));
  }

  @Test
  void passes_with_four_scenarios_at_a_level_they_can_reach() {
    // GIVEN four unchanged scenarios: 1/16 = 0.0625 is reachable at 0.1
    OutcomeComparison comparison =
        compare(baseline(scores(0.9, 0.8, 0.7, 0.6)), candidate(scores(0.9, 0.8, 0.7, 0.6)));
    // WHEN/THEN
    assertThat(comparison).hasNoSignificantRegression(0.1);
    expectAssertionError(() -> assertThat(comparison).hasNoSignificantRegression(0.05));
  }

  @Test
  void aborts_instead_of_failing_when_told_to() {
    // WHEN
    Throwable thrown =
        catchThrowable(
            () -> assertThat(fourBroken).hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT));
    // THEN
    then(thrown)
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(HEADING)
        .hasMessageContaining("could reach p ≤ 0.05 (underpowered)")
        .hasMessageContaining("it needs at least 5 scenarios scored on both sides");
  }

  @Test
  void fails_on_a_regression_found_although_one_test_is_underpowered() {
    // GIVEN every scenario lost its score to a timeout: no score change to test, six new failures
    OutcomeComparison comparison =
        compare(
            baseline(scores(0.9, 0.9, 0.9, 0.9, 0.9, 0.9)),
            candidate(
                IntStream.range(0, 6)
                    .mapToObj(i -> scenario(i, "s" + i).timeout())
                    .toArray(ScenarioRunBuilder[]::new)));
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(comparison).hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT));
    // THEN
    then(error)
        .hasMessage(
            message(
                HEADING,
                "but the pass/fail flip test found one:",
                "  - score change: not tested, no scenario has a score on both sides; underpowered,"
                    + " the smallest p it can reach is 1, it needs at least 5 scenarios scored on"
                    + " both sides",
                "  - pass/fail flips at a score of at least 0.5 over 6 scenarios in common: 6 newly"
                    + " failing, 0 newly passing, p = 0.0156 (one-sided exact McNemar test):"
                    + " significant regression",
                REMINDER));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.00005, 0.51, 1, -0.05, Double.NaN})
  void rejects_a_level_it_cannot_judge(double alpha) {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(sixDrops).hasNoSignificantRegression(alpha))
        .withMessage("The significance level alpha must be from 0.0001 to 0.5, but was " + alpha);
  }

  @Test
  void needs_to_know_what_to_do_when_underpowered() {
    // WHEN/THEN
    thenNullPointerException()
        .isThrownBy(() -> assertThat(sixDrops).hasNoSignificantRegression(0.05, null))
        .withMessage("whenUnderpowered must not be null");
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

  private static ScenarioRunBuilder[] scores(double... scores) {
    return IntStream.range(0, scores.length)
        .mapToObj(i -> scenario(i, "s" + i).scored(scores[i]))
        .toArray(ScenarioRunBuilder[]::new);
  }

  private static ScenarioRunBuilder[] twelve(IntToDoubleFunction score) {
    return IntStream.range(0, 12)
        .mapToObj(i -> scenario(i, "s" + i).scored(score.applyAsDouble(i)))
        .toArray(ScenarioRunBuilder[]::new);
  }

  private static ScenarioRunBuilder[] fortyEight(IntToDoubleFunction score) {
    return IntStream.range(0, 48)
        .mapToObj(i -> scenario(i, "s" + i).scored(score.applyAsDouble(i)))
        .toArray(ScenarioRunBuilder[]::new);
  }
}
