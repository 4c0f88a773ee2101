package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScoringFunctionResult;
import org.junit.jupiter.api.Test;

class ScoringFunctionResultAssert_outputContains_Test {

  @Test
  void passes_when_the_output_contains_the_text() {
    // GIVEN
    ScoringFunctionResult result =
        new ScoringFunctionResult("unit-tests", 1.0, "===== 10 passed in 2.1s =====", "complete");
    // WHEN/THEN
    assertThat(result).outputContains("10 passed");
  }

  @Test
  void fails_showing_the_output_when_it_lacks_the_text() {
    // GIVEN
    ScoringFunctionResult result =
        new ScoringFunctionResult("unit-tests", 0.8, "8 passed, 2 failed", "complete");
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(result).outputContains("10 passed"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting the output of scoring function \"unit-tests\" to contain \"10 passed\"",
                "but it does not.",
                "Its output:",
                "  8 passed, 2 failed"));
  }

  @Test
  void fails_when_there_is_no_output() {
    // GIVEN
    ScoringFunctionResult result = new ScoringFunctionResult("unit-tests", 0.8, null, "complete");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).outputContains("passed"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting the output of scoring function \"unit-tests\" to contain \"passed\"",
                "but it does not.",
                "It has no output."));
  }

  @Test
  void fails_for_a_null_result() {
    // GIVEN
    ScoringFunctionResult result = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(result).outputContains("passed"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
