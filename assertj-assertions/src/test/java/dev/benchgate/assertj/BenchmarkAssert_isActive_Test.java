package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkAssert_isActive_Test {

  @Test
  void passes_for_an_active_benchmark() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").build();
    // WHEN/THEN
    assertThat(benchmark).isActive();
  }

  @Test
  void fails_for_an_archived_benchmark() {
    // GIVEN
    BenchmarkView benchmark = Models.benchmark("bmd_1").named("swe-lite").archived().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(benchmark).isActive());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark swe-lite (bmd_1) to be active",
                "but its status was archived."));
  }

  @Test
  void fails_for_a_null_benchmark() {
    // GIVEN
    BenchmarkView benchmark = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(benchmark).isActive());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
