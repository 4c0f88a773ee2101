package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_hasScenarioRunCount_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_with_that_many_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(Models.scenarioRun("scr_1").build(), Models.scenarioRun("scr_2").build())
            .build();
    // WHEN/THEN
    assertThat(outcome).hasScenarioRunCount(2);
  }

  @Test
  void fails_with_another_number_and_sums_up_their_states() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.9).build(),
                Models.scenarioRun("scr_2").failed().build(),
                Models.scenarioRun("scr_3").running().build(),
                Models.scenarioRun("scr_4").scored(0.5).build(),
                Models.scenarioRun("scr_5").state("paused").build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScenarioRunCount(10));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have 10 scenario runs",
                "but it has 5 (1 running, 2 scored, 1 failed, 1 paused)."));
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScenarioRunCount(1));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have 1 scenario run",
                "but it has none."));
  }

  @Test
  void rejects_a_negative_count() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasScenarioRunCount(-1))
        .withMessage("The expected number of scenario runs must not be negative, but was -1");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScenarioRunCount(1));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
