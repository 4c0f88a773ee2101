package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScoringFunctionResult;
import org.junit.jupiter.api.Test;

class ScoringFunctionResultAssert_isComplete_Test {

  @Test
  void passes_for_a_complete_result_however_low_it_scored() {
    // GIVEN
    ScoringFunctionResult result =
        new ScoringFunctionResult("unit-tests", 0.0, "0 passed", "complete");
    // WHEN/THEN
    assertThat(result).isComplete();
  }

  @Test
  void tells_a_scorer_in_error_apart_from_a_low_score_and_shows_its_output_line_by_line() {
    // GIVEN
    ScoringFunctionResult result =
        new ScoringFunctionResult(
            "unit-tests", null, "collecting tests\r\npytest: command not found\n", "error");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).isComplete());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to be complete",
                "but it was in state error (the scorer itself failed: an infrastructure outcome,"
                    + " not a low score).",
                "Its output:",
                "  collecting tests",
                "  pytest: command not found"));
  }

  @Test
  void shows_only_the_end_of_a_long_output() {
    // GIVEN
    String output = "x".repeat(1500) + "\n" + "y".repeat(999);
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", null, output, "unknown");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).isComplete());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to be complete",
                "but it was in state unknown.",
                "The last 1000 of its 2500 output characters:",
                "  " + "y".repeat(999)));
  }

  @Test
  void says_when_there_is_no_output() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", null, null, "sleeping");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).isComplete());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scoring function \"unit-tests\" to be complete",
                "but it was in state \"sleeping\" (unknown to this version of Benchgate).",
                "It has no output."));
  }

  @Test
  void fails_for_a_null_result() {
    // GIVEN
    ScoringFunctionResult result = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).isComplete());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
