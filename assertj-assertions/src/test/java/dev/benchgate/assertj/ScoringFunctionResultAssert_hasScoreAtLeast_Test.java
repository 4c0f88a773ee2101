package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScoringFunctionResult;
import org.junit.jupiter.api.Test;

class ScoringFunctionResultAssert_hasScoreAtLeast_Test {

  @Test
  void passes_when_the_score_reaches_the_threshold() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", 0.5, "", "complete");
    // WHEN/THEN
    assertThat(result).hasScoreAtLeast(0.5);
  }

  @Test
  void fails_when_the_score_is_below_the_threshold() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", 0.2, "", "complete");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to have a score of at least 0.5",
                "but it was 0.2."));
  }

  @Test
  void tells_a_scorer_in_error_apart_from_a_low_score() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", 0.0, "", "error");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to have a score of at least 0.5",
                "but it was 0, and the scorer itself ended in error (an infrastructure outcome,"
                    + " not a low score)."));
  }

  @Test
  void says_why_a_scorer_in_error_has_no_score() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", null, "", "error");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to have a score of at least 0.5",
                "but it has no score: the scorer itself failed (an infrastructure outcome, not a"
                    + " low score)."));
  }

  @Test
  void says_when_the_api_sent_no_score() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", null, "", "unknown");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to have a score of at least 0.5",
                "but it has no score: the API sent none (state unknown)."));
  }

  @Test
  void fails_for_a_null_result() {
    // GIVEN
    ScoringFunctionResult result = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).hasScoreAtLeast(0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
