package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_hasName_Test {

  @Test
  void passes_when_the_run_has_the_name() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").build();
    // WHEN/THEN
    assertThat(run).hasName("nightly");
  }

  @Test
  void fails_when_the_run_has_another_name() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("weekly").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasName("nightly"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run weekly (bmr_1) to be named \"nightly\"",
                "but it was named \"weekly\"."));
  }

  @Test
  void fails_when_the_run_has_no_name() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasName("nightly"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to be named \"nightly\"", "but it has no name."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasName("nightly"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
