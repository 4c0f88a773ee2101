package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkJobOutcomeAssert_hasAgents_Test {

  @Test
  void passes_when_the_job_has_every_agent_named() {
    // WHEN/THEN
    assertThat(JobFixtures.smoke()).hasAgents("codex").hasAgents("claude-code", "codex");
  }

  @Test
  void fails_naming_the_agents_missing_and_those_there_are() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(JobFixtures.smoke()).hasAgents("candidate", "codex", "baseline"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) to have the agents"
                    + " \"candidate\", \"codex\" and \"baseline\", each with a benchmark run",
                "but it has no agents \"candidate\" and \"baseline\"; its agents are"
                    + " \"claude-code\" and \"codex\""));
  }

  @Test
  void says_when_an_agent_has_no_run_yet() {
    // GIVEN
    BenchmarkJobOutcome queued =
        BenchmarkJobOutcome.of(
            Models.job("bmj_1").queued().agentConfigs(JobAgentConfig.named("candidate")).build(),
            List.of());
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(queued).hasAgents("candidate"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark job bmj_1 to have the agent \"candidate\", with a benchmark"
                    + " run",
                "but it has no agent \"candidate\"; it has no agent with a benchmark run, and"
                    + " without a benchmark run (yet) \"candidate\" (the job is queued)"));
  }

  @Test
  void refuses_to_check_no_agent() {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(JobFixtures.smoke()).hasAgents())
        .withMessage("Give at least one agent's name");
  }
}
