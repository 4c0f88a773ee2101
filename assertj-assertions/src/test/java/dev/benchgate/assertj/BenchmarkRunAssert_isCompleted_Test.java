package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_isCompleted_Test {

  @Test
  void passes_for_a_completed_run() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().build();
    // WHEN/THEN
    assertThat(run).isCompleted();
  }

  @Test
  void fails_for_a_running_run() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").running().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isCompleted());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to be in state completed",
                "but it was in state running (still in progress)."));
  }

  @Test
  void tells_a_failed_run_apart_from_a_low_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").failed().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isCompleted());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to be in state completed",
                "but it was in state failed (an infrastructure outcome, not a low score)."));
  }

  @Test
  void names_a_state_this_version_does_not_know() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").state("paused").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isCompleted());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to be in state completed",
                "but it was in state \"paused\" (unknown to this version of Benchgate)."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isCompleted());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
