package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_coversAllScenariosOfItsBenchmark_Test {

  private final BenchmarkRunView nightly =
      Models.run("bmr_1").named("nightly").benchmark("bmd_1").canceled().build();
  private final BenchmarkView sweLite =
      Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1", "scn_2", "scn_3").build();

  @Test
  void passes_when_every_scenario_has_a_finished_scenario_run_whatever_its_score() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scenario("scn_1").scored(0.0).build(),
                Models.scenarioRun("scr_2").scenario("scn_2").timeout().build(),
                Models.scenarioRun("scr_3").scenario("scn_3").failed().build())
            .benchmark(sweLite)
            .build();
    // WHEN/THEN
    assertThat(outcome).coversAllScenariosOfItsBenchmark();
  }

  @Test
  void fails_listing_the_scenarios_without_a_finished_scenario_run() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scenario("scn_1").scored(0.9).build(),
                Models.scenarioRun("scr_2").scenario("scn_2").running().build())
            .scenarios(
                Models.scenario("scn_2").named("add-cache").build(),
                Models.scenario("scn_3").named("refactor-db").build())
            .benchmark(sweLite)
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).coversAllScenariosOfItsBenchmark());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have a finished scenario run for each"
                    + " of the 3 scenarios of benchmark swe-lite (bmd_1)",
                "but 2 have none:",
                "  - add-cache (scn_2): only unfinished scenario runs (running)",
                "  - refactor-db (scn_3): no scenario run"));
  }

  @Test
  void fails_with_a_clear_message_for_a_run_without_benchmark() {
    // GIVEN
    BenchmarkRunView jobRun = Models.run("bmr_1").named("nightly").completed().build();
    BenchmarkOutcome outcome = Models.outcome(jobRun).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).coversAllScenariosOfItsBenchmark());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to cover all scenarios of its benchmark",
                "but the run has no benchmark (its benchmark_id is null, as for runs made by a"
                    + " benchmark job), so there is nothing to compare it with."));
  }

  @Test
  void fails_with_a_clear_message_when_the_benchmark_was_not_fetched() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).coversAllScenariosOfItsBenchmark());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to cover all scenarios of its benchmark",
                "but its benchmark bmd_1 is not part of the outcome, so there is nothing to"
                    + " compare it with."));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).coversAllScenariosOfItsBenchmark());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
