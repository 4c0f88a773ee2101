package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioAssert_isActive_Test {

  @Test
  void passes_for_an_active_scenario() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").build();
    // WHEN/THEN
    assertThat(scenario).isActive();
  }

  @Test
  void fails_for_an_archived_scenario() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").named("fix-login-bug").archived().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenario).isActive());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario fix-login-bug (scn_1) to be active",
                "but its status was archived."));
  }

  @Test
  void fails_for_a_status_this_version_does_not_know() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").status("draft").build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenario).isActive());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario scn_1 to be active",
                "but its status was \"draft\" (unknown to this version of Benchgate)."));
  }

  @Test
  void fails_for_a_scenario_from_an_api_that_sends_no_status() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").status(null).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenario).isActive());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario scn_1 to be active",
                "but it has no status (older API versions send none)."));
  }

  @Test
  void fails_for_a_null_scenario() {
    // GIVEN
    ScenarioView scenario = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenario).isActive());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
