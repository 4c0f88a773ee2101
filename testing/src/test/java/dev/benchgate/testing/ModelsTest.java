package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelsTest {

  @Test
  void a_run_starts_running_without_score_or_name() {
    var run = Models.run("bmr_1").build();

    assertThat(run.state()).isEqualTo(BenchmarkRunState.RUNNING);
    assertThat(run.score()).isNull();
    assertThat(run.name()).isNull();
    assertThat(run.startTimeMs()).isEqualTo(Models.START_TIME_MS);
  }

  @Test
  void a_run_takes_what_the_test_states() {
    var run =
        Models.run("bmr_1")
            .named("nightly")
            .benchmark("bmd_1")
            .completed()
            .score(0.8)
            .duration(Duration.ofMinutes(3))
            .metadata("branch", "main")
            .build();

    assertThat(run.displayName()).isEqualTo("nightly (bmr_1)");
    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(run.score()).isEqualTo(0.8);
    assertThat(run.duration()).contains(Duration.ofMinutes(3));
    assertThat(run.metadata()).containsEntry("branch", "main");
    assertThat(run.benchmarkId()).isEqualTo("bmd_1");
  }

  @Test
  void a_scenario_run_defaults_its_scenario_and_devbox_from_its_id_and_stays_unscored() {
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_7").build();

    assertThat(scenarioRun.scenarioId()).isEqualTo("scn_7");
    assertThat(scenarioRun.devboxId()).isEqualTo("dbx_7");
    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.RUNNING);
    assertThat(scenarioRun.scoringResult()).isEmpty();
  }

  @Test
  void a_scored_scenario_run_has_a_scoring_result_with_its_functions() {
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .scored(0.4)
            .scoringFunction("unit-tests", null, "error", "boom")
            .build();

    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.SCORED);
    assertThat(scenarioRun.score()).isEqualTo(0.4);
    assertThat(scenarioRun.scoringFunctionResult("unit-tests"))
        .hasValueSatisfying(result -> assertThat(result.isError()).isTrue());
  }

  @Test
  void an_explicit_null_score_still_makes_a_scoring_result() {
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").completed().score(null).build();

    assertThat(scenarioRun.scoringResult()).isPresent();
    assertThat(scenarioRun.score()).isNull();
  }

  @Test
  void an_outcome_joins_its_parts() {
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(Models.scenarioRun("scr_1").build())
            .scenarios(Models.scenario("scn_1").named("fix-login-bug").archived().build())
            .benchmark(Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1").build())
            .build();

    assertThat(outcome.scenarioName(outcome.scenarioRuns().get(0))).isEqualTo("fix-login-bug");
    assertThat(outcome.scenario("scn_1").orElseThrow().status()).isEqualTo(ScenarioStatus.ARCHIVED);
    assertThat(outcome.benchmark().orElseThrow().scenarioIds()).containsExactly("scn_1");
  }

  @Test
  void an_agents_outcome_reports_each_scenario_run_as_a_job_would() {
    BenchmarkOutcome run =
        Models.outcome(Models.run("bmr_1").completed().duration(Duration.ofMinutes(9)).build())
            .scenarioRuns(
                Models.scenarioRun("scr_1").benchmarkRun("bmr_1").scored(1.0).build(),
                Models.scenarioRun("scr_2").benchmarkRun("bmr_1").scored(0.5).build(),
                Models.scenarioRun("scr_3").benchmarkRun("bmr_1").timeout().build(),
                Models.scenarioRun("scr_4").benchmarkRun("bmr_1").canceled().build())
            .scenarios(Models.scenario("scn_1").named("fix-login").build())
            .build();

    JobAgentOutcomeView agent =
        Models.agentOutcome("candidate", run)
            .model("gpt-5")
            .setupFailure("scn_9", "add-cache", "EnvironmentSetupError", "devbox failed to start")
            .build();

    assertThat(agent.benchmarkRunId()).isEqualTo("bmr_1");
    assertThat(agent.displayName()).isEqualTo("candidate (gpt-5)");
    assertThat(agent.duration()).contains(Duration.ofMinutes(9));
    assertThat(agent.scenarioOutcomes())
        .extracting(
            JobScenarioOutcomeView::scenarioDefinitionId,
            JobScenarioOutcomeView::scenarioName,
            JobScenarioOutcomeView::stateValue,
            JobScenarioOutcomeView::score,
            JobScenarioOutcomeView::scenarioRunId)
        .containsExactly(
            tuple("scn_1", "fix-login", "COMPLETED", 1.0, "scr_1"),
            tuple("scn_2", "scn_2", "COMPLETED", 0.5, "scr_2"),
            tuple("scn_3", "scn_3", "TIMEOUT", null, "scr_3"),
            tuple("scn_4", "scn_4", "CANCELED", null, "scr_4"),
            tuple("scn_9", "add-cache", "FAILED", null, null));
    assertThat(agent.nCompleted()).isEqualTo(2);
    assertThat(agent.nFailed()).isEqualTo(1);
    assertThat(agent.nTimeout()).isEqualTo(1);
    assertThat(agent.averageScore()).as("over completed scenarios only").isEqualTo(0.75);
  }

  @Test
  void a_job_names_its_agents_in_its_spec_and_the_scenarios_they_report() {
    BenchmarkJobView job =
        Models.job("bmj_1")
            .benchmark("bmd_1")
            .completed()
            .agent(
                Models.agentOutcome("candidate", "bmr_1")
                    .model("gpt-5")
                    .scenarios(
                        Models.scenarioOutcome("scn_1").completed(1.0).run("scr_1").build(),
                        Models.scenarioOutcome("scn_2")
                            .timeout("AgentTimeoutError", "agent exceeded 7200s")
                            .run("scr_2")
                            .build()))
            .running("baseline", "bmr_2")
            .agentConfigs(JobAgentConfig.named("pending"))
            .build();

    assertThat(job.id()).isEqualTo("bmj_1");
    assertThat(job.name()).isEqualTo("bmj_1");
    assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(job.benchmarkId()).contains("bmd_1");
    assertThat(job.scenarioIds()).containsExactly("scn_1", "scn_2");
    assertThat(job.jobSpec().jobAgentConfigs())
        .extracting(JobAgentConfig::name, JobAgentConfig::modelName)
        .containsExactly(
            tuple("candidate", "gpt-5"), tuple("baseline", null), tuple("pending", null));
    assertThat(job.unfinishedRuns())
        .extracting(InProgressRunView::benchmarkRunId)
        .containsExactly("bmr_2");
    assertThat(job.benchmarkOutcomes().get(0).scenarioOutcomes().get(1).failure())
        .map(ScenarioFailureReason::describe)
        .contains("AgentTimeoutError: agent exceeded 7200s");
  }

  @Test
  void a_job_keeps_a_state_the_model_does_not_know_and_a_failure_reason() {
    assertThat(Models.job("bmj_1").state("paused").build().state())
        .isEqualTo(BenchmarkJobState.UNRECOGNIZED);
    BenchmarkJobView failed = Models.job("bmj_1").failed("invalid harbor configuration").build();
    assertThat(failed.failureReason()).isEqualTo("invalid harbor configuration");
    assertThat(Models.job("bmj_1").cancelled().build().state())
        .isEqualTo(BenchmarkJobState.CANCELLED);
  }
}
