package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.testing.fixtures.JobFixtures;
import org.junit.jupiter.api.Test;

class BenchmarkJobOutcomeAssert_agent_Test {
  private static final String CODEX =
      "[benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) > agent codex (gpt-5), benchmark run"
          + " bmr_Bq72] ";

  private final BenchmarkJobOutcome job = JobFixtures.smoke();

  @Test
  void navigates_to_the_agents_outcome() {
    // WHEN
    BenchmarkOutcomeAssert codex = assertThat(job).agent("codex");
    // THEN
    then(codex.actual()).isSameAs(job.agent("codex"));
  }

  @Test
  void gates_an_agent_as_any_run_printing_the_reason_of_its_setup_failure() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(job).agent("codex").hasPassRateAtLeast(0.9, atScore(0.5)));
    // THEN
    then(error)
        .hasMessage(
            CODEX
                + message(
                    "Expecting benchmark run bmr_Bq72 to have a pass rate of at least 90 % (the"
                        + " share of its scenario runs with a score of at least 0.5)",
                    "but it was 75 % (3 of 4 passed); those that did not, worst first:",
                    "  - retry-flag (no-run:scn_2): failed, no score [infrastructure outcome:"
                        + " EnvironmentSetupError: devbox failed to start]"));
  }

  @Test
  void counts_a_setup_failure_wherever_a_failed_scenario_run_counts() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(job).agent("codex").hasNoScenarioRunsIn(ScenarioRunState.FAILED));
    // THEN
    then(error)
        .hasMessageEndingWith(
            "  - retry-flag (no-run:scn_2): failed, no score [infrastructure outcome:"
                + " EnvironmentSetupError: devbox failed to start]");
  }

  @Test
  void a_scenario_run_navigated_to_says_what_the_job_reported() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(job).agent("codex").scenarioRun("retry-flag").isScored());
    // THEN
    then(error)
        .hasMessageStartingWith(
            "[benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) > agent codex (gpt-5), benchmark run"
                + " bmr_Bq72 > scenario run \"retry-flag\" (no scenario run; the job reports"
                + " EnvironmentSetupError: devbox failed to start)] ");
  }

  @Test
  void compares_two_agents_side_by_side_with_the_regression_gates() {
    // WHEN/THEN: codex does better on asyncio-port and loses retry-flag to its setup failure
    assertThat(job)
        .agent("codex")
        .comparedTo(job.agent("claude-code"))
        .hasNoNewFailures(0.5)
        .hasNoScenarioRegressedByMoreThan(0)
        .hasNoMissingScenarios();
  }

  @Test
  void a_comparison_prints_the_reason_of_a_setup_failure_that_lost_a_score() {
    // GIVEN a run in which retry-flag passed
    var baseline = JobFixtures.fiveRuns().runs().get(0);
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(job).agent("codex").comparedTo(baseline).hasNoNewFailures(0.5));
    // THEN
    then(error)
        .hasMessageStartingWith(
            "[benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) > agent codex (gpt-5), benchmark run"
                + " bmr_Bq72 > compared with baseline benchmark run bmr_1] ")
        .hasMessageEndingWith(
            "  - retry-flag (scn_2): 1.00 → no score (failed) [infrastructure outcome:"
                + " EnvironmentSetupError: devbox failed to start]");
  }

  @Test
  void an_unknown_agent_fails_the_assertions_after_it_naming_the_agents_there_are() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(job).agent("gemini").hasScenarioRunCount(4));
    // THEN
    then(error)
        .hasMessage(
            "[benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) > agent \"gemini\" (Benchmark job"
                + " swe-smoke-0821 (bmj_3kQ8vLx2) has no agent named gemini; its agents are"
                + " claude-code, codex)] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void soft_assertions_collect_the_failures_of_every_agent() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(job).agent("codex").hasNoScenarioRunsIn(ScenarioRunState.FAILED);
    softly.assertThat(job).agent("claude-code").hasNoScenarioRunsIn(ScenarioRunState.TIMEOUT);
    softly.assertThat(job).agent("gemini").hasScenarioRunCount(4);
    // THEN
    then(softly.errorsCollected())
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            codex -> then(codex).startsWith(CODEX).contains("EnvironmentSetupError"),
            claude -> then(claude).contains("asyncio-port (scr_Ak41_3): timeout"),
            gemini -> then(gemini).contains("has no agent named gemini"));
  }

  @Test
  void fails_for_a_null_job() {
    // GIVEN
    BenchmarkJobOutcome nullJob = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(nullJob).agent("codex"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
