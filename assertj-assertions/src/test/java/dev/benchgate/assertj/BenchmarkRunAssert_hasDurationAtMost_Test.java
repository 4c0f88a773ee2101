package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_hasDurationAtMost_Test {

  @Test
  void passes_when_the_run_took_exactly_the_maximum() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().duration(Duration.ofMinutes(30)).build();
    // WHEN/THEN
    assertThat(run).hasDurationAtMost(Duration.ofMinutes(30));
  }

  @Test
  void fails_when_the_run_took_longer() {
    // GIVEN
    BenchmarkRunView run =
        Models.run("bmr_1")
            .named("nightly")
            .completed()
            .duration(Duration.ofMinutes(45).plusSeconds(12))
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasDurationAtMost(Duration.ofMinutes(30)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have taken at most 30m",
                "but it took 45m 12s."));
  }

  @Test
  void says_a_running_run_has_no_duration_yet() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").running().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasDurationAtMost(Duration.ofHours(1)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have taken at most 1h",
                "but it reports no duration: it is still running."));
  }

  @Test
  void names_an_unknown_state_instead_of_calling_the_run_running() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").state("paused_for_review").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasDurationAtMost(Duration.ofHours(1)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have taken at most 1h",
                "but it reports no duration: it is in state \"paused_for_review\" (unknown to this"
                    + " version of Benchgate)."));
  }

  @Test
  void says_when_a_finished_run_reports_no_duration() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").completed().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasDurationAtMost(Duration.ofHours(1)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have taken at most 1h",
                "but it reports no duration: the API sent none."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasDurationAtMost(Duration.ofHours(1)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
