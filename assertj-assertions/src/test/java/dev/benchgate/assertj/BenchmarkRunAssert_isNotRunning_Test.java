package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkRunAssert_isNotRunning_Test {

  @ParameterizedTest
  @ValueSource(strings = {"completed", "canceled", "failed", "paused"})
  void passes_for_a_run_in_any_other_state(String state) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").state(state).build();
    // WHEN/THEN
    assertThat(run).isNotRunning();
  }

  @Test
  void fails_for_a_running_run() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").running().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isNotRunning());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) not to be running",
                "but it is still running."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).isNotRunning());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
