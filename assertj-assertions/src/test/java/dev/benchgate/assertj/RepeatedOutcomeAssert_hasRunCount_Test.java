package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

class RepeatedOutcomeAssert_hasRunCount_Test {
  private final RepeatedOutcome runs = JobFixtures.fiveRuns();

  @Test
  void passes_for_the_number_of_runs() {
    // WHEN/THEN
    assertThat(runs).hasRunCount(5);
  }

  @Test
  void fails_for_another_number() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasRunCount(10));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3, bmr_4, bmr_5)"
                    + " to be 10 runs",
                "but they were 5."));
  }

  @Test
  void refuses_fewer_than_one() {
    // WHEN/THEN
    thenIllegalArgumentException().isThrownBy(() -> assertThat(runs).hasRunCount(0));
  }
}
