package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.within;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkRunAssert_hasScoreCloseTo_Test {

  @ParameterizedTest
  @ValueSource(doubles = {0.75, 0.8, 0.85})
  void passes_within_the_offset_bounds_included_in_decimal(double score) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(score).build();
    // WHEN/THEN
    assertThat(run).hasScoreCloseTo(0.8, within(0.05));
  }

  @Test
  void fails_outside_the_offset() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").completed().score(0.7).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs) close to 0.8 (within 0.05)",
                "but it was 0.7."));
  }

  @Test
  void fails_on_the_bound_of_a_strict_offset() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(0.75).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasScoreCloseTo(0.8, Offset.strictOffset(0.05)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) close to 0.8 (strictly within 0.05)",
                "but it was 0.75."));
  }

  @Test
  void says_why_a_run_has_no_score() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").running().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have an aggregate score (mean over its finished"
                    + " scenario runs) close to 0.8 (within 0.05)",
                "but it has no score: it is still running."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
