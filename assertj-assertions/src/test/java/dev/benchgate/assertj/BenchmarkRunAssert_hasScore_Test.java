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
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkRunAssert_hasScore_Test {

  @Test
  void passes_for_any_score_even_zero() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().score(0.0).build();
    // WHEN/THEN
    assertThat(run).hasScore();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          running   | it is still running
          completed | it completed without one
          canceled  | it was canceled (an infrastructure outcome, not a low score)
          failed    | it failed (an infrastructure outcome, not a low score)
          paused    | it is in state "paused" (unknown to this version of Benchgate)
          """)
  void says_why_a_run_has_no_score(String state, String why) {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").state(state).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScore());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs)",
                "but it has no score: " + why + "."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(run).hasScore());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
