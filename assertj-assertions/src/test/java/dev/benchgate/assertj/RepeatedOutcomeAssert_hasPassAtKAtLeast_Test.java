package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

/**
 * pass@k of {@link JobFixtures#fiveRuns()}, whose four scenarios passed c = 5, 2, 0 and 3 of 5 runs
 * at 0.5: pass@1 = 0.5, pass@2 = 0.65, pass@3 = 0.725 (scipy 1.17.1, exact: {@code sum(1 -
 * Fraction(comb(5 - c, k), comb(5, k)) for c in (5, 2, 0, 3)) / 4}).
 */
class RepeatedOutcomeAssert_hasPassAtKAtLeast_Test {
  private static final String RUNS =
      "5 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3, bmr_4, bmr_5)";

  private final RepeatedOutcome runs = JobFixtures.fiveRuns();

  @Test
  void passes_at_or_above_the_expected_value() {
    // WHEN/THEN
    assertThat(runs)
        .hasPassAtKAtLeast(1, 0.5)
        .hasPassAtKAtLeast(2, 0.65)
        .hasPassAtKAtLeast(3, 0.725)
        .hasPassAtKAtLeast(5, 0.75);
  }

  @Test
  void fails_below_it_listing_the_scenarios_that_pull_it_down_worst_first() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasPassAtKAtLeast(1, 0.7));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting "
                    + RUNS
                    + " to have pass@1 of at least 0.7 (the chance that one try passes a scenario,"
                    + " at a score of at least 0.5, averaged over its 4 scenarios; the unbiased"
                    + " estimator 1 - C(n-c, k)/C(n, k) of Chen et al. 2021)",
                "but it was 0.5; the scenarios below 1, worst first:",
                "  - asyncio-port: 0 of 5 runs passed (scenario scn_3), pass@1 0",
                "  - retry-flag: 2 of 5 runs passed (scenario scn_2), pass@1 0.4",
                "  - null-deref: 3 of 5 runs passed (scenario scn_4), pass@1 0.6"));
  }

  @Test
  void judges_at_the_passing_score_it_is_given() {
    // GIVEN at 1.0 only perfect scores pass: c = 5, 1, 0, 1
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(runs).hasPassAtKAtLeast(2, 0.6, atScore(1.0)));
    // THEN: (1 + 0.4 + 0 + 0.4) / 4, 0.44999999999999996 in binary
    then(error)
        .hasMessageContaining("pass@2 of at least 0.6 (the chance that at least one of 2 tries")
        .hasMessageContaining("at a score of at least 1,")
        .hasMessageContaining("but it was 0.45;");
  }

  @Test
  void fails_when_k_is_beyond_the_runs_it_has() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasPassAtKAtLeast(6, 0.1));
    // THEN
    then(error)
        .hasMessageEndingWith(
            "but pass@6 needs at least 6 runs of each scenario, and there are 5: estimate k from"
                + " 1 to 5, or repeat the benchmark more often.");
  }

  @Test
  void fails_for_runs_without_scenario_runs() {
    // GIVEN
    RepeatedOutcome empty =
        RepeatedOutcome.of(Models.outcome(Models.run("bmr_1").completed().build()).build());
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(empty).hasPassAtKAtLeast(1, 0));
    // THEN
    then(error).hasMessageEndingWith("but its runs have no scenario runs.");
  }

  @Test
  void refuses_a_k_below_one_and_a_value_that_is_no_rate() {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(runs).hasPassAtKAtLeast(0, 0.5))
        .withMessage("k must be at least 1, but was 0");
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(runs).hasPassAtKAtLeast(1, 70))
        .withMessage("The lowest acceptable estimate must be between 0 and 1, but was 70.0");
  }

  @Test
  void fails_for_null_runs() {
    // GIVEN
    RepeatedOutcome nullRuns = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(nullRuns).hasPassAtKAtLeast(1, 0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
