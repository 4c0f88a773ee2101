package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.ComparisonFixtures.BOTH_RUNS;
import static dev.benchgate.assertj.ComparisonFixtures.scenario;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_comparedTo_Test {

  private static final String PATH =
      "[benchmark run nightly (bmr_2) > compared with baseline benchmark run release-1.4 (bmr_1)] ";
  private static final String NO_BASELINE =
      "[benchmark run nightly (bmr_2) > compared with baseline null (no baseline was given, so"
          + " there is nothing to compare with)] ";

  private final BenchmarkOutcome baseline =
      ComparisonFixtures.baseline(
          scenario(1, "fix-login-bug").scored(0.9), scenario(2, "add-cache").scored(0.8));
  private final BenchmarkOutcome current =
      ComparisonFixtures.candidate(
          scenario(1, "fix-login-bug").scored(0.4), scenario(2, "add-cache").scored(0.8));

  @Test
  void navigates_to_the_comparison_of_the_outcome_with_the_baseline() {
    // WHEN
    OutcomeComparisonAssert comparisonAssert = assertThat(current).comparedTo(baseline);
    // THEN
    then(comparisonAssert.actual().baseline()).isSameAs(baseline);
    then(comparisonAssert.actual().candidate()).isSameAs(current);
  }

  @Test
  void reads_as_the_user_writes_it() {
    // WHEN/THEN
    assertThat(current)
        .comparedTo(baseline)
        .hasNoMissingScenarios()
        .hasNoScenarioRegressedByMoreThan(0.5)
        .hasMeanScoreDropAtMost(0.25)
        // two scenarios cannot reach p below 1/4, so only a level of 0.25 can judge them
        .hasNoSignificantRegression(0.25);
  }

  @Test
  void failures_of_the_comparison_say_where_it_was_navigated_from() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(current).comparedTo(baseline).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessage(
            PATH
                + message(
                    "Expecting "
                        + BOTH_RUNS
                        + " to have no scenario whose score dropped by more than 0.2",
                    "but 1 of the 2 scenarios scored on both sides did, worst first:",
                    "  - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)"));
  }

  @Test
  void keeps_the_description_given_to_the_outcome() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () ->
                assertThat(current)
                    .as("nightly gate")
                    .comparedTo(baseline)
                    .hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error)
        .hasMessageStartingWith(
            "[nightly gate > compared with baseline benchmark run release-1.4 (bmr_1)] ");
  }

  @Test
  void says_that_a_null_baseline_leaves_nothing_to_compare_with() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(current).comparedTo(null).hasNoScenarioRegressedByMoreThan(0.2));
    // THEN
    then(error).hasMessage(NO_BASELINE + ACTUAL_IS_NULL);
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome nullOutcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(nullOutcome).comparedTo(baseline));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  @Test
  void soft_assertions_collect_the_failures_after_navigation_instead_of_throwing() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly
        .assertThat(current)
        .comparedTo(baseline)
        .hasNoScenarioRegressedByMoreThan(0.2)
        .hasMeanScoreDropAtMost(0.1)
        .hasNoMissingScenarios();
    softly.assertThat(current).comparedTo(null).hasNoNewFailures(0.5);
    // THEN
    then(softly.errorsCollected())
        .satisfiesExactly(
            first ->
                then(first)
                    .hasMessageStartingWith(
                        PATH
                            + message(
                                "Expecting "
                                    + BOTH_RUNS
                                    + " to have no scenario whose score dropped by more than"
                                    + " 0.2")),
            second ->
                then(second)
                    .hasMessageStartingWith(
                        PATH
                            + message(
                                "Expecting "
                                    + BOTH_RUNS
                                    + " to have a mean score drop of at most 0.1")),
            third -> then(third).hasMessageStartingWith(NO_BASELINE + ACTUAL_IS_NULL));
  }

  @Test
  void bdd_soft_assertions_collect_the_failures_after_navigation_too() {
    // GIVEN
    BenchgateBddSoftAssertions softly = new BenchgateBddSoftAssertions();
    // WHEN
    softly.then(current).comparedTo(baseline).hasNoNewFailures(0.5).hasNoSignificantRegression();
    // THEN
    then(softly.errorsCollected())
        .satisfiesExactly(
            first ->
                then(first)
                    .hasMessageStartingWith(
                        PATH + message("Expecting " + BOTH_RUNS + " to have no new failures")),
            second ->
                then(second)
                    .hasMessageContaining("to have no significant regression at alpha 0.05")
                    .hasMessageContaining("(underpowered)"));
  }
}
