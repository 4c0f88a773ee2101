package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.withConfidence;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

/**
 * The mean-score gates of repeated runs: 20 scenario runs of {@link JobFixtures#fiveRuns()}, the
 * setup failure and the timeout counting as 0, mean 10.45 / 20 = 0.5225.
 */
class RepeatedOutcomeAssert_hasMeanScoreAtLeast_Test {
  private final RepeatedOutcome runs = JobFixtures.fiveRuns();

  @Test
  void passes_at_or_below_the_mean() {
    // WHEN/THEN
    assertThat(runs).hasMeanScoreAtLeast(0.5225).hasMeanScoreAtLeast(0.1, withConfidence(0.95));
  }

  @Test
  void fails_above_the_mean_listing_the_scenarios_below_the_threshold() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasMeanScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3, bmr_4, bmr_5)"
                    + " to have a mean score of at least 0.8 (aggregate over all scenario runs of"
                    + " its runs, those without a score counting as 0)",
                "but it was 0.5225 over 20 scenario runs; the scenarios below 0.8, worst first:",
                "  - asyncio-port (scn_3): mean 0.15 over 5 scenario runs",
                "  - retry-flag (scn_2): mean 0.44 over 5 scenario runs",
                "  - null-deref (scn_4): mean 0.5 over 5 scenario runs"));
  }

  @Test
  void fails_when_the_lower_bound_clustered_by_scenario_misses_the_threshold() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(runs).hasMeanScoreAtLeast(0.5, withConfidence(0.95)));
    // THEN: four scenarios, three degrees of freedom, however many runs
    then(error)
        .hasMessageContaining(
            "with 95 % confidence (the one-sided 95 % lower confidence bound of the mean over all"
                + " scenario runs of its runs")
        .hasMessageContaining("3 degrees of freedom")
        .hasMessageContaining("for a mean of 0.5225 over 20 scenario runs of 4 scenarios");
  }

  @Test
  void fails_for_runs_without_scenario_runs() {
    // GIVEN
    RepeatedOutcome empty =
        RepeatedOutcome.of(Models.outcome(Models.run("bmr_1").completed().build()).build());
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(empty).hasMeanScoreAtLeast(0));
    // THEN
    then(error).hasMessageEndingWith("but it has no scenario runs.");
  }
}
