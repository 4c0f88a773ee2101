package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

/**
 * pass^k of {@link JobFixtures#fiveRuns()}, c = 5, 2, 0, 3 of n = 5: pass^1 = 0.5, pass^2 = 0.35,
 * pass^5 = 0.25 (scipy 1.17.1, exact: {@code sum(Fraction(comb(c, k), comb(5, k)) for c in (5, 2,
 * 0, 3)) / 4}).
 */
class RepeatedOutcomeAssert_hasPassHatKAtLeast_Test {
  private final RepeatedOutcome runs = JobFixtures.fiveRuns();

  @Test
  void passes_at_or_above_the_expected_value() {
    // WHEN/THEN
    assertThat(runs)
        .hasPassHatKAtLeast(1, 0.5)
        .hasPassHatKAtLeast(2, 0.35)
        .hasPassHatKAtLeast(5, 0.25);
  }

  @Test
  void fails_below_it_listing_the_scenarios_that_pull_it_down_worst_first() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasPassHatKAtLeast(2, 0.7));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3, bmr_4, bmr_5)"
                    + " to have pass^2 of at least 0.7 (the chance that all of 2 tries pass a"
                    + " scenario, at a score of at least 0.5, averaged over its 4 scenarios; the"
                    + " estimator C(c, k)/C(n, k) of Yao et al. 2024)",
                "but it was 0.35; the scenarios below 1, worst first:",
                "  - asyncio-port: 0 of 5 runs passed (scenario scn_3), pass^2 0",
                "  - retry-flag: 2 of 5 runs passed (scenario scn_2), pass^2 0.1",
                "  - null-deref: 3 of 5 runs passed (scenario scn_4), pass^2 0.3"));
  }

  @Test
  void fails_when_k_is_beyond_the_runs_it_has() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasPassHatKAtLeast(7, 0));
    // THEN
    then(error).hasMessageContaining("but pass^7 needs at least 7 runs of each scenario");
  }
}
