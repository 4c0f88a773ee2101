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

class OutcomeComparisonAssert_hasNoNewFailures_Test {

  @Test
  void passes_when_every_scenario_that_passed_still_passes() {
    // GIVEN a drop that stays at the threshold, and a scenario that failed on both sides
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.9), scenario(2, "add-cache").scored(0.2)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.5), scenario(2, "add-cache").timeout()));
    // WHEN/THEN
    assertThat(comparison).hasNoNewFailures(0.5);
  }

  @Test
  void fails_listing_new_failures_by_highest_baseline_score_tagging_infrastructure() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").scored(0.7),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "refactor-db").scored(0.9),
                scenario(4, "bump-deps").scored(0.6)),
            candidate(
                scenario(1, "fix-login-bug").scored(0.4),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "refactor-db").timeout(),
                scenario(4, "bump-deps").scored(0.6)));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(comparison).hasNoNewFailures(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + BOTH_RUNS
                    + " to have no new failures: no scenario with a score of at least 0.5 in the"
                    + " baseline and not in the candidate",
                "but 2 of the 4 scenarios in common have, the highest baseline score first:",
                "  - refactor-db (scn_3): 0.90 → no score (timeout) [infrastructure outcome]",
                "  - fix-login-bug (scn_1): 0.70 → 0.40 (-0.30)"));
  }

  @Test
  void rejects_a_threshold_that_is_not_a_score() {
    // GIVEN
    OutcomeComparison comparison = compare(baseline(), candidate());
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(comparison).hasNoNewFailures(50))
        .withMessage("The threshold must be a score between 0 and 1, but was 50.0");
  }

  @Test
  void fails_for_a_null_comparison() {
    // GIVEN
    OutcomeComparison comparison = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(comparison).hasNoNewFailures(0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
