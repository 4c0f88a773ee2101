package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkAssert_containsScenario_Test {

  @Test
  void passes_when_the_benchmark_has_the_scenario() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").scenarios("scn_1", "scn_2").build();
    // WHEN/THEN
    assertThat(benchmark).containsScenario("scn_2");
  }

  @Test
  void fails_listing_at_most_five_of_the_scenarios() {
    // GIVEN
    BenchmarkView benchmark =
        Models.benchmark("bmd_1")
            .named("swe-lite")
            .scenarios("scn_1", "scn_2", "scn_3", "scn_4", "scn_5", "scn_6", "scn_7")
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(benchmark).containsScenario("scn_9"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark swe-lite (bmd_1) to contain scenario scn_9",
                "but its 7 scenarios are:",
                "  - scn_1",
                "  - scn_2",
                "  - scn_3",
                "  - scn_4",
                "  - scn_5",
                "  - and 2 more"));
  }

  @Test
  void fails_without_scenarios() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(benchmark).containsScenario("scn_9"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark bmd_1 to contain scenario scn_9", "but it has no scenarios."));
  }

  @Test
  void fails_for_a_null_benchmark() {
    // GIVEN
    BenchmarkView benchmark = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(benchmark).containsScenario("scn_9"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
