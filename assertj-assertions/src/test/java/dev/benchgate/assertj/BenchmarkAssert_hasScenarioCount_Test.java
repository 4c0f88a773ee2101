package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkAssert_hasScenarioCount_Test {

  @Test
  void passes_with_that_many_scenarios() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").scenarios("scn_1", "scn_2").build();
    // WHEN/THEN
    assertThat(benchmark).hasScenarioCount(2);
  }

  @Test
  void fails_with_another_number() {
    // GIVEN
    BenchmarkView benchmark =
        Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1", "scn_2").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(benchmark).hasScenarioCount(50));
    // THEN
    then(error)
        .hasMessage(
            message("Expecting benchmark swe-lite (bmd_1) to have 50 scenarios", "but it has 2."));
  }

  @Test
  void fails_without_scenarios() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(benchmark).hasScenarioCount(1));
    // THEN
    then(error)
        .hasMessage(message("Expecting benchmark bmd_1 to have 1 scenario", "but it has none."));
  }

  @Test
  void rejects_a_negative_count() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(benchmark).hasScenarioCount(-2))
        .withMessage("The expected number of scenarios must not be negative, but was -2");
  }

  @Test
  void fails_for_a_null_benchmark() {
    // GIVEN
    BenchmarkView benchmark = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(benchmark).hasScenarioCount(1));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
