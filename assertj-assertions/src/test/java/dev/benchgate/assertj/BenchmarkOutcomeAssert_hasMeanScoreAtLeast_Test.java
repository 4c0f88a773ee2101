package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_hasMeanScoreAtLeast_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_the_mean_reaches_the_threshold_computed_in_decimal() {
    // GIVEN 0.7, 0.8 and 0.9, whose binary mean is 0.7999999999999999
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.7).build(),
                Models.scenarioRun("scr_2").scored(0.8).build(),
                Models.scenarioRun("scr_3").scored(0.9).build())
            .build();
    // WHEN/THEN
    assertThat(outcome).hasMeanScoreAtLeast(0.8);
  }

  @Test
  void counts_a_scenario_run_without_score_as_zero() {
    // GIVEN a high run score that leaves out the canceled scenario run
    BenchmarkRunView canceled = Models.run("bmr_1").named("nightly").canceled().score(0.9).build();
    BenchmarkOutcome outcome =
        Models.outcome(canceled)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").canceled().build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasMeanScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0.8"
                    + " (aggregate over all its scenario runs, those without a score counting as"
                    + " 0)",
                "but it was 0.45 over 2 scenario runs; those below 0.8, worst first:",
                "  - add-cache (scr_2): canceled, no score [infrastructure outcome]"));
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasMeanScoreAtLeast(0));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0"
                    + " (aggregate over all its scenario runs, those without a score counting as"
                    + " 0)",
                "but it has no scenario runs."));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasMeanScoreAtLeast(0.8));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
