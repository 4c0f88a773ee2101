package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static dev.benchgate.assertj.BenchgateAssertions.percent;
import static dev.benchgate.assertj.BenchgateAssertions.withConfidence;
import static dev.benchgate.testing.fixtures.JobFixtures.agent;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkJobOutcomeAssert_allAgents_Test {
  private static final String PATH = "[benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) > every agent] ";

  private final BenchmarkJobOutcome job = JobFixtures.smoke();

  @Test
  void passes_when_every_agent_passes_each_gate() {
    // WHEN/THEN
    assertThat(job)
        .allAgents()
        .isCompleted()
        .hasPassRateAtLeast(0.5, atScore(0.5))
        .hasMeanScoreAtLeast(0.5)
        .hasInfrastructureFailuresAtMost(1)
        .hasInfrastructureFailuresAtMost(percent(25))
        .hasNoScoringErrors()
        .hasNoScenarioRunsIn(ScenarioRunState.CANCELED)
        .allScenarioRunsAreFinished()
        .coversAllScenariosOfItsBenchmark()
        .satisfy(agent -> agent.scenarioRun("parse-dates").hasScoreAtLeast(1));
  }

  @Test
  void fails_once_listing_every_agent_that_failed_with_its_own_message() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(job).allAgents().hasInfrastructureFailuresAtMost(0));
    // THEN
    then(error)
        .hasMessage(
            PATH
                + message(
                    "Expecting every agent of benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) to pass"
                        + " the gate",
                    "but 2 of 2 agents did not:",
                    "  - agent claude-code (claude-sonnet-4), benchmark run bmr_Ak41:",
                    "      Expecting benchmark run bmr_Ak41 to have no infrastructure failures"
                        + " (scenario runs that failed, timed out or were canceled)",
                    "      but 1 of its 4 scenario runs did, worst first:",
                    "        - asyncio-port (scr_Ak41_3): timeout, no score [infrastructure"
                        + " outcome]",
                    "  - agent codex (gpt-5), benchmark run bmr_Bq72:",
                    "      Expecting benchmark run bmr_Bq72 to have no infrastructure failures"
                        + " (scenario runs that failed, timed out or were canceled)",
                    "      but 1 of its 4 scenario runs did, worst first:",
                    "        - retry-flag (no-run:scn_2): failed, no score [infrastructure"
                        + " outcome: EnvironmentSetupError: devbox failed to start]"));
  }

  @Test
  void lists_only_the_agents_that_failed() {
    // GIVEN
    BenchmarkJobOutcome scored =
        JobFixtures.scored(agent("candidate", 0.9, 0.8, 1.0), agent("baseline", 0.2, 0.9, 0.4));
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(scored).allAgents().hasMeanScoreAtLeast(0.6, withConfidence(0.5)));
    // THEN
    then(error)
        .hasMessageContaining("but 1 of 2 agents did not:")
        .hasMessageContaining("  - agent baseline, benchmark run bmr_baseline:")
        .hasMessageNotContaining("agent candidate");
  }

  @Test
  void an_agent_without_a_run_could_not_be_judged_and_fails_the_gate() {
    // GIVEN
    BenchmarkOutcome goose = Models.outcome(Models.run("bmr_1").completed().build()).build();
    BenchmarkJobOutcome failed =
        BenchmarkJobOutcome.of(
            Models.job("bmj_1")
                .failed("quota exceeded")
                .agentConfigs(JobAgentConfig.named("goose"), JobAgentConfig.named("codex"))
                .agent(Models.agentOutcome("goose", goose))
                .build(),
            List.of(goose));
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(failed).allAgents().hasNoScoringErrors());
    // THEN
    then(error)
        .hasMessage(
            "[benchmark job bmj_1 > every agent] "
                + message(
                    "Expecting every agent of benchmark job bmj_1 to pass the gate",
                    "but 1 of 2 agents did not:",
                    "  - agent codex: no benchmark run to judge (the job is failed)"));
  }

  @Test
  void a_job_without_agents_fails_every_gate() {
    // GIVEN
    BenchmarkJobOutcome queued =
        BenchmarkJobOutcome.of(Models.job("bmj_1").queued().build(), List.of());
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(queued).allAgents().hasNoScoringErrors());
    // THEN
    then(error).hasMessageEndingWith("but it has no agent to judge (the job is queued).");
  }

  @Test
  void refuses_arguments_no_agent_could_pass_before_judging() {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(job).allAgents().hasPassRateAtLeast(90, atScore(0.5)))
        .withMessage("The pass rate must be between 0 and 1, but was 90.0");
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(job).allAgents().hasInfrastructureFailuresAtMost(-1));
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(job).allAgents().hasMeanScoreAtLeast(80));
  }

  @Test
  void soft_assertions_collect_each_gate_once() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly
        .assertThat(job)
        .allAgents()
        .hasInfrastructureFailuresAtMost(0)
        .hasPassRateAtLeast(1, atScore(0.5))
        .hasNoScoringErrors();
    // THEN
    then(softly.errorsCollected())
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            budget -> then(budget).startsWith(PATH).contains("no infrastructure failures"),
            rate -> then(rate).startsWith(PATH).contains("pass rate of at least 100 %"));
  }

  @Test
  void fails_for_a_null_job() {
    // GIVEN
    BenchmarkJobOutcome nullJob = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(nullJob).allAgents());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
