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

class BenchmarkRunAssert_hasScoreAtLeast_Test {

  @ParameterizedTest
  @ValueSource(doubles = {0.8, 0.95, 1.0})
  void passes_when_the_score_reaches_the_threshold(double score) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(score).build();
    // WHEN/THEN
    assertThat(run).hasScoreAtLeast(0.8);
  }

  @Test
  void fails_when_the_score_is_below_the_threshold() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.72).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs) of at least 0.8",
                "but it was 0.72."));
  }

  @Test
  void says_why_a_run_has_no_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").running().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) of at least 0.8",
                "but it has no score: it is still running."));
  }

  @Test
  void warns_that_a_canceled_run_scores_only_what_finished() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").canceled().score(0.5).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) of at least 0.8",
                "but it was 0.5, and the run was canceled, so its score covers only the scenario"
                    + " runs that finished."));
  }

  @Test
  void tells_a_failed_run_apart_from_a_low_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").failed().score(0.5).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) of at least 0.8",
                "but it was 0.5, and the run failed (an infrastructure outcome, not a low"
                    + " score)."));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.01, 80, Double.NaN})
  void rejects_a_threshold_that_is_not_a_score(double threshold) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(0.9).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(run).hasScoreAtLeast(threshold))
        .withMessage("The threshold must be a score between 0 and 1, but was " + threshold);
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScoreAtLeast(0.8));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
