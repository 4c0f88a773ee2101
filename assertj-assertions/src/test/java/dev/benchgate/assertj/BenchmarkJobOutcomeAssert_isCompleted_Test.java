package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkJobOutcomeAssert_isCompleted_Test {

  @Test
  void passes_for_a_completed_job_whose_agents_all_finished() {
    // WHEN/THEN
    assertThat(JobFixtures.smoke()).isCompleted();
  }

  @Test
  void fails_for_a_job_that_failed_and_says_why() {
    // GIVEN
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_1").named("harbor").failed("invalid harbor configuration").build(),
            List.of());
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(job).isCompleted());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark job harbor (bmj_1) to be completed, every agent with a"
                    + " finished run",
                "but it was in state failed (an infrastructure outcome, not a low score):"
                    + " invalid harbor configuration."));
  }

  @Test
  void fails_for_a_running_job_and_names_the_agents_without_a_finished_run() {
    // GIVEN
    BenchmarkOutcome goose = Models.outcome(Models.run("bmr_Cz90").completed().build()).build();
    BenchmarkOutcome codex = Models.outcome(Models.run("bmr_Dm33").running().build()).build();
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_7Rw2pZc5")
                .named("scenarios-0821-b")
                .running()
                .agentConfigs(
                    JobAgentConfig.named("goose"),
                    JobAgentConfig.named("codex"),
                    JobAgentConfig.named("gemini-cli").withModelName("gemini-2.5-pro"))
                .agent(Models.agentOutcome("goose", goose))
                .running("codex", "bmr_Dm33")
                .build(),
            List.of(goose, codex));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(job).isCompleted());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark job scenarios-0821-b (bmj_7Rw2pZc5) to be completed, every"
                    + " agent with a finished run",
                "but it was in state running (still in progress); agents without a finished run:",
                "  - codex: benchmark run bmr_Dm33 is running",
                "  - gemini-cli (gemini-2.5-pro): no benchmark run"));
  }

  @Test
  void fails_for_a_null_job() {
    // GIVEN
    BenchmarkJobOutcome job = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(job).isCompleted());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
