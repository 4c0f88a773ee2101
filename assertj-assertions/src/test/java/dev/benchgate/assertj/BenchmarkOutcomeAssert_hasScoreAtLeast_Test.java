package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_hasScoreAtLeast_Test {

  private final BenchmarkRunView nightly =
      Models.run("bmr_1").named("nightly").completed().score(0.72).build();

  @Test
  void passes_when_the_run_score_reaches_the_threshold_whatever_its_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.1).build())
            .build();
    // WHEN/THEN
    assertThat(outcome).hasScoreAtLeast(0.7);
  }

  @Test
  void lists_the_scenario_runs_below_the_threshold_worst_first() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").scored(0.3).build(),
                Models.scenarioRun("scr_3").named("refactor-db").timeout().build(),
                Models.scenarioRun("scr_4").named("bump-deps").scored(0.1).build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs) of at least 0.8",
                "but it was 0.72.",
                "Scenario runs without a score of at least 0.8, worst first (3 of 4):",
                "  - refactor-db (scr_3): timeout, no score [infrastructure outcome]",
                "  - bump-deps (scr_4): scored, score 0.1",
                "  - add-cache (scr_2): scored, score 0.3"));
  }

  @Test
  void lists_at_most_five_scenario_runs_and_counts_the_rest() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("a").scored(0.1).build(),
                Models.scenarioRun("scr_2").named("b").scored(0.2).build(),
                Models.scenarioRun("scr_3").named("c").scored(0.3).build(),
                Models.scenarioRun("scr_4").named("d").scored(0.4).build(),
                Models.scenarioRun("scr_5").named("e").scored(0.5).build(),
                Models.scenarioRun("scr_6").named("f").scored(0.6).build(),
                Models.scenarioRun("scr_7").named("g").scored(0.7).build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessageEndingWith(
            message(
                "Scenario runs without a score of at least 0.8, worst first (7 of 7):",
                "  - a (scr_1): scored, score 0.1",
                "  - b (scr_2): scored, score 0.2",
                "  - c (scr_3): scored, score 0.3",
                "  - d (scr_4): scored, score 0.4",
                "  - e (scr_5): scored, score 0.5",
                "  - and 2 more"));
  }

  @Test
  void tells_scorer_errors_and_unknown_states_apart_from_low_scores() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1")
                    .named("fix-login-bug")
                    .scored(0.5)
                    .scoringFunction("unit-tests", null, "error", "pytest: command not found")
                    .build(),
                Models.scenarioRun("scr_2").named("add-cache").state("paused").build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScoreAtLeast(0.8));
    // THEN
    then(error)
        .hasMessageEndingWith(
            message(
                "Scenario runs without a score of at least 0.8, worst first (2 of 2):",
                "  - add-cache (scr_2): \"paused\" (unknown state), no score",
                "  - fix-login-bug (scr_1): scored, score 0.5 [infrastructure outcome: scorer"
                    + " \"unit-tests\" ended in error]"));
  }

  @Test
  void names_scenario_runs_by_their_scenario_definition() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(Models.scenarioRun("scr_1").scenario("scn_9").scored(0.1).build())
            .scenarios(Models.scenario("scn_9").named("fix-login-bug").build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScoreAtLeast(0.8));
    // THEN
    then(error).hasMessageEndingWith(message("  - fix-login-bug (scr_1): scored, score 0.1"));
  }

  @Test
  void lists_the_unscored_scenario_runs_when_the_run_has_no_score() {
    // GIVEN
    BenchmarkRunView running = Models.run("bmr_1").named("nightly").running().build();
    BenchmarkOutcome outcome =
        Models.outcome(running)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").running().build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScore());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have an aggregate score (mean over its"
                    + " finished scenario runs)",
                "but it has no score: it is still running.",
                "Scenario runs without a score, worst first (1 of 2):",
                "  - add-cache (scr_2): running, no score"));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasScoreAtLeast(0.8));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
