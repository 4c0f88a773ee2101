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

import dev.benchgate.core.compare.OutcomeComparison;
import org.junit.jupiter.api.Test;

class OutcomeComparisonAssert_hasNoMissingScenarios_Test {

  @Test
  void passes_when_the_candidate_ran_every_baseline_scenario_and_more() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(scenario(1, "fix-login-bug").scored(0.9)),
            candidate(
                scenario(1, "fix-login-bug").timeout(), scenario(2, "add-cache").scored(0.1)));
    // WHEN/THEN
    assertThat(comparison).hasNoMissingScenarios();
  }

  @Test
  void fails_listing_the_baseline_scenarios_the_candidate_did_not_run() {
    // GIVEN
    OutcomeComparison comparison =
        compare(
            baseline(
                scenario(1, "fix-login-bug").timeout(),
                scenario(2, "add-cache").scored(0.8),
                scenario(3, "bump-deps").scored(0.6)),
            candidate(scenario(3, "bump-deps").scored(0.6), scenario(4, "new-one").scored(1)));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoMissingScenarios());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting " + BOTH_RUNS + " to have run every scenario of the baseline",
                "but 2 of the baseline's 3 scenarios were not run at all:",
                "  - add-cache (scn_2): 0.80 in the baseline",
                "  - fix-login-bug (scn_1): no score (timeout) in the baseline"));
  }

  @Test
  void fails_for_a_null_comparison() {
    // GIVEN
    OutcomeComparison comparison = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(comparison).hasNoMissingScenarios());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
