package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioRunAssert_hasDurationAtMost_Test {

  @Test
  void passes_when_the_scenario_run_took_at_most_the_maximum() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").scored(0.9).duration(Duration.ofSeconds(90)).build();
    // WHEN/THEN
    assertThat(scenarioRun).hasDurationAtMost(Duration.ofMinutes(2));
  }

  @Test
  void fails_when_the_scenario_run_took_longer() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .named("fix-login-bug")
            .timeout()
            .duration(Duration.ofMinutes(10).plusMillis(250))
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(scenarioRun).hasDurationAtMost(Duration.ofMinutes(5)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario run fix-login-bug (scr_1) to have taken at most 5m",
                "but it took 10m 0.25s."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          running | it is still running
          scoring | it is still being scored
          scored  | the API sent none
          """)
  void says_why_a_scenario_run_reports_no_duration(String state, String why) {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").state(state).build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(scenarioRun).hasDurationAtMost(Duration.ofMinutes(5)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario run fix-login-bug (scr_1) to have taken at most 5m",
                "but it reports no duration: " + why + "."));
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(scenarioRun).hasDurationAtMost(Duration.ofMinutes(5)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
