package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenNullPointerException;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_hasState_Test {

  @Test
  void passes_when_the_run_is_in_the_state() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").canceled().build();
    // WHEN/THEN
    assertThat(run).hasState(BenchmarkRunState.CANCELED);
  }

  @Test
  void matches_an_unknown_state_as_unrecognized() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").state("paused").build();
    // WHEN/THEN
    assertThat(run).hasState(BenchmarkRunState.UNRECOGNIZED);
  }

  @Test
  void fails_when_the_run_is_in_another_state() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").canceled().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasState(BenchmarkRunState.RUNNING));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to be in state running",
                "but it was in state canceled (an infrastructure outcome, not a low score)."));
  }

  @Test
  void names_an_expected_unrecognized_state() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasState(BenchmarkRunState.UNRECOGNIZED));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to be in state unrecognized (unknown to this version"
                    + " of Benchgate)",
                "but it was in state completed."));
  }

  @Test
  void says_when_the_api_sent_no_state() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").state(null).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasState(BenchmarkRunState.COMPLETED));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to be in state completed",
                "but it was in state none (the API sent no state)."));
  }

  @Test
  void rejects_a_null_state() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").build();
    // WHEN/THEN
    thenNullPointerException()
        .isThrownBy(() -> assertThat(run).hasState(null))
        .withMessage("The expected state must not be null");
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasState(BenchmarkRunState.COMPLETED));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
