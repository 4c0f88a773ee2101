package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_hasScoreGreaterThan_Test {

  @Test
  void passes_when_the_score_is_above_the_threshold() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(0.81).build();
    // WHEN/THEN
    assertThat(run).hasScoreGreaterThan(0.8);
  }

  @Test
  void fails_when_the_score_equals_the_threshold() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.8).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreGreaterThan(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs) greater than 0.8",
                "but it was 0.8."));
  }

  @Test
  void says_why_a_run_has_no_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreGreaterThan(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) greater than 0.8",
                "but it has no score: it completed without one."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreGreaterThan(0.8));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
