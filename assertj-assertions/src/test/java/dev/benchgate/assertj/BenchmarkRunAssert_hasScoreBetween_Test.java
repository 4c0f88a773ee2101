package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkRunAssert_hasScoreBetween_Test {

  @ParameterizedTest
  @ValueSource(doubles = {0.6, 0.75, 0.9})
  void passes_when_the_score_is_in_the_range_ends_included(double score) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(score).build();
    // WHEN/THEN
    assertThat(run).hasScoreBetween(0.6, 0.9);
  }

  @Test
  void fails_when_the_score_is_outside_the_range() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.95).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreBetween(0.6, 0.9));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs) between 0.6 and 0.9",
                "but it was 0.95."));
  }

  @Test
  void says_why_a_run_has_no_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").failed().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreBetween(0.6, 0.9));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) between 0.6 and 0.9",
                "but it has no score: it failed (an infrastructure outcome, not a low score)."));
  }

  @Test
  void rejects_a_range_whose_ends_are_swapped() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(0.7).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(run).hasScoreBetween(0.9, 0.6))
        .withMessage("min must not be greater than max, but was 0.9 > 0.6");
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreBetween(0.6, 0.9));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
