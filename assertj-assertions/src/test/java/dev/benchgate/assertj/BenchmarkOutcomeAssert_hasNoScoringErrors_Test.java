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

class BenchmarkOutcomeAssert_hasNoScoringErrors_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_every_scorer_completed_however_low_it_scored() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1")
                    .scored(0.0)
                    .scoringFunction("unit-tests", 0.0, "complete", "0 passed")
                    .build(),
                Models.scenarioRun("scr_2").timeout().build())
            .build();
    // WHEN/THEN
    assertThat(outcome).hasNoScoringErrors();
  }

  @Test
  void fails_listing_the_scenario_runs_with_a_scorer_in_error() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1")
                    .named("fix-login-bug")
                    .scored(0.5)
                    .scoringFunction("unit-tests", null, "error", "pytest: command not found")
                    .scoringFunction("lint", 1.0, "complete", "clean")
                    .build(),
                Models.scenarioRun("scr_2")
                    .named("add-cache")
                    .completed()
                    .score(null)
                    .scoringFunction("unit-tests", null, "error", "")
                    .scoringFunction("lint", null, "error", "")
                    .build(),
                Models.scenarioRun("scr_3").named("refactor-db").scored(0.9).build())
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasNoScoringErrors());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting no scorer of benchmark run nightly (bmr_1) to end in error",
                "but scorers ended in error in 2 of its 3 scenario runs (an infrastructure"
                    + " outcome, not a low score), worst first:",
                "  - add-cache (scr_2): completed, no score [infrastructure outcome: scorers"
                    + " \"unit-tests\" and \"lint\" ended in error]",
                "  - fix-login-bug (scr_1): scored, score 0.5 [infrastructure outcome: scorer"
                    + " \"unit-tests\" ended in error]"));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(outcome).hasNoScoringErrors());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
