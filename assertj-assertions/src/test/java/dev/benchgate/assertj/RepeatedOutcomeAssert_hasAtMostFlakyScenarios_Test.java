package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

class RepeatedOutcomeAssert_hasAtMostFlakyScenarios_Test {
  private final RepeatedOutcome runs = JobFixtures.fiveRuns();

  @Test
  void passes_with_as_many_flaky_scenarios_as_allowed() {
    // WHEN/THEN
    assertThat(runs).hasAtMostFlakyScenarios(2).hasAtMostFlakyScenarios(5);
  }

  @Test
  void fails_listing_each_flaky_scenario_with_its_pass_count_and_the_tries_that_did_not_pass() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(runs).hasAtMostFlakyScenarios(1));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, bmr_2, bmr_3, bmr_4, bmr_5)"
                    + " to have at most 1 flaky scenario (scenarios that pass a score of at least"
                    + " 0.5 in some runs and not in others; a try without a score, an"
                    + " infrastructure outcome or a missing scenario run, does not pass)",
                "but 2 of its 4 scenarios were, worst first:",
                "  - retry-flag: 2 of 5 runs passed (scenario scn_2); not in bmr_2: score 0.2,"
                    + " bmr_4: score 0.1, bmr_5: failed, no score [infrastructure outcome:"
                    + " EnvironmentSetupError: devbox failed to start]",
                "  - null-deref: 3 of 5 runs passed (scenario scn_4); not in bmr_4: score 0.25,"
                    + " bmr_5: score 0"));
  }

  @Test
  void judges_at_the_passing_score_it_is_given() {
    // GIVEN at 0.25 asyncio-port passes but in the run where it timed out, and retry-flag in four
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(runs).hasAtMostFlakyScenarios(0, atScore(0.25)));
    // THEN
    then(error)
        .hasMessageContaining("but 3 of its 4 scenarios were, worst first:")
        .hasMessageContaining(
            "  - asyncio-port: 3 of 5 runs passed (scenario scn_3); not in bmr_2: score 0, bmr_5:"
                + " timeout, no score [infrastructure outcome]");
  }

  @Test
  void a_run_without_the_scenario_is_a_try_that_did_not_pass() {
    // GIVEN
    RepeatedOutcome missing =
        RepeatedOutcome.of(
            Models.outcome(Models.run("bmr_1").completed().build())
                .scenarioRuns(Models.scenarioRun("scr_1").scenario("scn_1").scored(1).build())
                .build(),
            Models.outcome(Models.run("bmr_2").completed().build()).build());
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(missing).hasAtMostFlakyScenarios(0));
    // THEN
    then(error)
        .hasMessageEndingWith("  - scn_1: 1 of 2 runs passed; not in bmr_2: no scenario run");
  }

  @Test
  void fails_for_runs_without_scenario_runs() {
    // GIVEN
    RepeatedOutcome empty =
        RepeatedOutcome.of(Models.outcome(Models.run("bmr_1").completed().build()).build());
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(empty).hasAtMostFlakyScenarios(3));
    // THEN
    then(error).hasMessageEndingWith("but its runs have no scenario runs.");
  }

  @Test
  void refuses_a_negative_number() {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(runs).hasAtMostFlakyScenarios(-1))
        .withMessage("The most flaky scenarios allowed must not be negative, but was -1");
  }

  @Test
  void soft_assertions_collect_every_gate() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(runs).hasAtMostFlakyScenarios(0).hasPassAtKAtLeast(1, 0.9).hasRunCount(5);
    // THEN
    then(softly.errorsCollected())
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            flaky -> then(flaky).contains("retry-flag: 2 of 5 runs passed"),
            passAtK -> then(passAtK).contains("pass@1 of at least 0.9"));
  }

  @Test
  void fails_for_null_runs() {
    // GIVEN
    RepeatedOutcome nullRuns = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(nullRuns).hasAtMostFlakyScenarios(1));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
