package dev.benchgate.core.model;

import static dev.benchgate.core.ApiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parses benchmark jobs shaped like JOBS.md: every example of §5 and every pitfall of §6 that is
 * about reading JSON.
 */
class BenchmarkJobJsonTest {

  // JOBS.md §5, the completed job: 2 agents x 4 scenarios, a setup failure, a TIMEOUT.

  @Test
  void parses_the_completed_job_of_the_examples() {
    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_completed.json");

    assertThat(job.id()).isEqualTo("bmj_3kQ8vLx2");
    assertThat(job.name()).isEqualTo("swe-smoke-0821");
    assertThat(job.displayName()).isEqualTo("swe-smoke-0821 (bmj_3kQ8vLx2)");
    assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(job.state().isFinal()).isTrue();
    assertThat(job.createTimeMs()).isEqualTo(1787302800000L);
    assertThat(job.createTime()).isEqualTo(Instant.ofEpochMilli(1787302800000L));
    assertThat(job.failureReason()).isNull();
    assertThat(job.inProgressRuns()).isEmpty();
    assertThat(job.jobSource()).isEqualTo(new BenchmarkJobSource("bmd_9fT2", "swe-smoke"));
    assertThat(job.benchmarkId()).contains("bmd_9fT2");
    assertThat(job.scenarioIds()).containsExactly("scn_a1", "scn_b2", "scn_c3", "scn_d4");
  }

  @Test
  void parses_the_job_spec_with_its_agent_configs_and_orchestrator_config() {
    JobSpec spec = parse(BenchmarkJobView.class, "benchmark_job_completed.json").jobSpec();

    assertThat(spec.orchestratorConfig()).isEqualTo(new OrchestratorConfig(1, 10, false, 1.0));
    assertThat(spec.agentConfigs()).hasSize(2).allMatch(JobAgentConfig.class::isInstance);
    JobAgentConfig claude = spec.jobAgentConfigs().get(0);
    assertThat(claude.type()).isEqualTo("job_agent");
    assertThat(claude.name()).isEqualTo("claude-code");
    assertThat(claude.modelName()).isEqualTo("claude-sonnet-4");
    assertThat(claude.displayName()).isEqualTo("claude-code (claude-sonnet-4)");
    assertThat(claude.timeoutSeconds()).isEqualTo(7200.0);
    assertThat(claude.agentId()).isNull();
    assertThat(claude.kwargs()).isEmpty();
    assertThat(claude.agentEnvironment().secrets())
        .containsExactly(entry("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY"));
    assertThat(claude.agentEnvironment().environmentVariables()).isEmpty();
    assertThat(spec.jobAgentConfigs().get(1).agentEnvironment()).isNull();
  }

  @Test
  void parses_each_agents_outcome_with_its_scenario_outcomes() {
    List<JobAgentOutcomeView> agents =
        parse(BenchmarkJobView.class, "benchmark_job_completed.json").benchmarkOutcomes();

    assertThat(agents)
        .extracting(
            JobAgentOutcomeView::agentName,
            JobAgentOutcomeView::modelName,
            JobAgentOutcomeView::benchmarkRunId,
            JobAgentOutcomeView::nCompleted,
            JobAgentOutcomeView::nFailed,
            JobAgentOutcomeView::nTimeout,
            JobAgentOutcomeView::averageScore,
            JobAgentOutcomeView::durationMs)
        .containsExactly(
            tuple("claude-code", "claude-sonnet-4", "bmr_Ak41", 3, 0, 1, 0.6667, 7241000L),
            tuple("codex", "gpt-5", "bmr_Bq72", 3, 1, 0, 0.8333, 2704000L));
    assertThat(agents.get(1).displayName()).isEqualTo("codex (gpt-5)");
    assertThat(agents.get(0).duration()).contains(Duration.ofMillis(7241000));
    assertThat(agents.get(0).scenarioOutcomes())
        .extracting(
            JobScenarioOutcomeView::scenarioDefinitionId,
            JobScenarioOutcomeView::scenarioName,
            JobScenarioOutcomeView::state,
            JobScenarioOutcomeView::score,
            JobScenarioOutcomeView::scenarioRunId)
        .containsExactly(
            tuple("scn_a1", "parse-dates", JobScenarioOutcomeState.COMPLETED, 1.0, "scr_01"),
            tuple("scn_b2", "retry-flag", JobScenarioOutcomeState.COMPLETED, 0.0, "scr_02"),
            tuple("scn_c3", "asyncio-port", JobScenarioOutcomeState.TIMEOUT, null, "scr_03"),
            tuple("scn_d4", "null-deref", JobScenarioOutcomeState.COMPLETED, 1.0, "scr_04"));
    JobScenarioOutcomeView timeout = agents.get(0).scenarioOutcomes().get(2);
    assertThat(timeout.stateValue()).isEqualTo("TIMEOUT");
    assertThat(timeout.duration()).contains(Duration.ofHours(2));
    assertThat(timeout.failure())
        .contains(new ScenarioFailureReason("AgentTimeoutError", "agent exceeded 7200s"));
  }

  @Test
  void a_scenario_that_failed_in_setup_has_no_scenario_run_and_keeps_its_reason() {
    JobScenarioOutcomeView setupFailure =
        parse(BenchmarkJobView.class, "benchmark_job_completed.json")
            .benchmarkOutcomes()
            .get(1)
            .scenarioOutcomes()
            .get(1);

    assertThat(setupFailure.scenarioRunId()).isNull();
    assertThat(setupFailure.hasScenarioRun()).isFalse();
    assertThat(setupFailure.state()).isEqualTo(JobScenarioOutcomeState.FAILED);
    assertThat(setupFailure.state().isInfrastructureFailure()).isTrue();
    assertThat(setupFailure.state().scenarioRunState()).isEqualTo(ScenarioRunState.FAILED);
    assertThat(setupFailure.score()).as("FAILED has no score, which is not 0.0").isNull();
    assertThat(setupFailure.failure().orElseThrow().describe())
        .isEqualTo("EnvironmentSetupError: devbox failed to start");
  }

  // JOBS.md §5, the running job: one agent finished, one in progress.

  @Test
  void parses_the_running_job_of_the_examples() {
    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_running.json");

    assertThat(job.state()).isEqualTo(BenchmarkJobState.RUNNING);
    assertThat(job.state().isFinal()).isFalse();
    assertThat(job.jobSource()).isEqualTo(new ScenariosJobSource(List.of("scn_a1", "scn_d4")));
    assertThat(job.benchmarkId()).isEmpty();
    assertThat(job.jobSpec().orchestratorConfig())
        .isEqualTo(OrchestratorConfig.DEFAULTS.withConcurrentTrials(1));
    assertThat(job.jobSpec().jobAgentConfigs())
        .extracting(JobAgentConfig::name, JobAgentConfig::agentId, JobAgentConfig::modelName)
        .containsExactly(tuple("goose", "agt_5Gh1", null), tuple("codex", null, "gpt-5"));
    JobAgentOutcomeView goose = job.benchmarkOutcomes().get(0);
    assertThat(goose.modelName()).isNull();
    assertThat(goose.displayName()).isEqualTo("goose");
    InProgressRunView codex = job.inProgressRuns().get(0);
    assertThat(codex.benchmarkRunId()).isEqualTo("bmr_Dm33");
    assertThat(codex.state()).isEqualTo(BenchmarkRunState.RUNNING);
    assertThat(codex.startTimeMs()).isEqualTo(1787317541000L);
    assertThat(codex.duration()).contains(Duration.ofMillis(1496000));
    assertThat(codex.jobAgentConfig())
        .contains(
            JobAgentConfig.named("codex").withModelName("gpt-5").withTimeout(Duration.ofHours(2)));
    assertThat(job.unfinishedRuns()).containsExactly(codex);
  }

  // JOBS.md §6

  @Test
  void pitfall_1_every_spelling_of_canceled_parses_whatever_its_case() {
    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_spellings.json");

    assertThat(job.state()).isEqualTo(BenchmarkJobState.CANCELLED);
    assertThat(job.stateValue()).isEqualTo("CANCELLED");
    assertThat(BenchmarkJobState.fromApiValue("canceled")).isEqualTo(BenchmarkJobState.CANCELLED);
    assertThat(job.benchmarkOutcomes().get(0).scenarioOutcomes())
        .extracting(JobScenarioOutcomeView::state)
        .containsExactly(
            JobScenarioOutcomeState.CANCELED,
            JobScenarioOutcomeState.CANCELED,
            JobScenarioOutcomeState.TIMEOUT,
            JobScenarioOutcomeState.COMPLETED);
    assertThat(job.inProgressRuns())
        .extracting(InProgressRunView::state)
        .containsOnly(BenchmarkRunState.CANCELED);
    assertThat(ScenarioRunState.fromApiValue("cancelled")).isEqualTo(ScenarioRunState.CANCELED);
  }

  @Test
  void pitfall_2_the_final_job_states_and_unknown_values_that_are_kept_raw() {
    assertThat(BenchmarkJobState.values())
        .filteredOn(BenchmarkJobState::isFinal)
        .containsExactlyInAnyOrder(
            BenchmarkJobState.COMPLETED,
            BenchmarkJobState.FAILED,
            BenchmarkJobState.CANCELLED,
            BenchmarkJobState.TIMEOUT);

    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_unknowns.json");

    assertThat(job.state()).isEqualTo(BenchmarkJobState.UNRECOGNIZED);
    assertThat(job.stateValue()).isEqualTo("paused");
    assertThat(job.state().isFinal()).as("an unknown state is not final").isFalse();
    JobScenarioOutcomeView skipped = job.benchmarkOutcomes().get(0).scenarioOutcomes().get(0);
    assertThat(skipped.state()).isEqualTo(JobScenarioOutcomeState.UNRECOGNIZED);
    assertThat(skipped.stateValue()).isEqualTo("SKIPPED");
    assertThat(job.inProgressRuns().get(0).state()).isEqualTo(BenchmarkRunState.UNRECOGNIZED);
    assertThat(job.inProgressRuns().get(0).stateValue()).isEqualTo("paused");
  }

  @Test
  void pitfall_2_unknown_source_and_agent_types_keep_their_fields_and_unknown_keys_are_ignored() {
    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_unknowns.json");

    assertThat(job.jobSource())
        .isEqualTo(new UnknownJobSource("dataset", Map.of("dataset_id", "ds_1", "split", "test")));
    assertThat(job.benchmarkId()).isEmpty();
    assertThat(job.jobSpec().agentConfigs())
        .containsExactly(
            new UnknownAgentConfig(
                "mcp_agent", Map.of("endpoint", "https://agent.example", "name", "remote")),
            JobAgentConfig.named("codex"));
    assertThat(job.jobSpec().jobAgentConfigs()).containsExactly(JobAgentConfig.named("codex"));
    assertThat(job.jobSpec().orchestratorConfig())
        .isEqualTo(OrchestratorConfig.DEFAULTS.withAttempts(2));
    assertThat(job.inProgressRuns())
        .extracting(InProgressRunView::agentConfig)
        .containsExactly(
            new ExternalApiAgentConfig("vendor agent"),
            new UnknownAgentConfig("webhook_agent", Map.of("endpoint", "https://hooks.example")));
    assertThat(job.inProgressRuns().get(0).jobAgentConfig()).isEmpty();
  }

  @Test
  void pitfall_3_absent_or_null_optionals_become_empty_lists_and_nulls() {
    BenchmarkJobView job = parse(BenchmarkJobView.class, "benchmark_job_nulls.json");

    assertThat(job.benchmarkOutcomes()).isEmpty();
    assertThat(job.inProgressRuns()).isEmpty();
    assertThat(job.unfinishedRuns()).isEmpty();
    assertThat(job.jobSource()).isNull();
    assertThat(job.jobSpec()).isNull();
    assertThat(job.failureReason()).isNull();
    assertThat(job.scenarioIds()).isEmpty();
    assertThat(job.agentConfigs()).isEmpty();
    assertThat(job.benchmarkId()).isEmpty();

    BenchmarkJobView minimal = parse(BenchmarkJobView.class, "benchmark_job_minimal.json");
    JobAgentOutcomeView agent = minimal.benchmarkOutcomes().get(0);
    assertThat(agent.averageScore()).isNull();
    assertThat(agent.modelName()).isNull();
    assertThat(agent.duration()).isEmpty();
    JobScenarioOutcomeView scenario = agent.scenarioOutcomes().get(0);
    assertThat(scenario.score()).isNull();
    assertThat(scenario.hasScenarioRun()).isFalse();
    assertThat(scenario.duration()).isEmpty();
    assertThat(scenario.failure()).isEmpty();
    InProgressRunView run = minimal.inProgressRuns().get(0);
    assertThat(run.agentConfig()).isNull();
    assertThat(run.jobAgentConfig()).isEmpty();
    assertThat(run.duration()).isEmpty();
  }

  @Test
  void pitfall_6_the_apis_counts_are_kept_as_sent_though_they_miss_canceled_scenarios() {
    JobAgentOutcomeView agent =
        parse(BenchmarkJobView.class, "benchmark_job_spellings.json").benchmarkOutcomes().get(0);

    assertThat(agent.nCompleted() + agent.nFailed() + agent.nTimeout()).isZero();
    assertThat(agent.scenarioOutcomes()).hasSize(4);
  }

  @Test
  void pitfall_7_a_run_listed_as_outcome_and_in_progress_counts_as_finished() {
    String json =
        """
        {"id": "bmj_stale", "name": "stale", "state": "running", "create_time_ms": 1,
         "benchmark_outcomes": [{"agent_name": "goose", "benchmark_run_id": "bmr_1",
            "n_completed": 0, "n_failed": 0, "n_timeout": 0, "scenario_outcomes": []}],
         "in_progress_runs": [
            {"benchmark_run_id": "bmr_1", "state": "running", "start_time_ms": 1},
            {"benchmark_run_id": "bmr_2", "state": "running", "start_time_ms": 2},
            {"benchmark_run_id": "bmr_2", "state": "running", "start_time_ms": 2}]}
        """;

    BenchmarkJobView job = fromJson(json);

    assertThat(job.unfinishedRuns())
        .extracting(InProgressRunView::benchmarkRunId)
        .containsExactly("bmr_2");
  }

  @Test
  void pitfall_13_floats_and_64_bit_integers_keep_their_precision() {
    String json =
        """
        {"id": "bmj_big", "name": "big", "state": "running", "create_time_ms": 9007199254740993,
         "job_spec": {"scenario_ids": [], "agent_configs": [{"type": "job_agent", "name": "a", "timeout_seconds": 90.5}],
           "orchestrator_config": {"timeout_multiplier": 1.5}},
         "in_progress_runs": [{"benchmark_run_id": "bmr_1", "state": "running",
            "start_time_ms": 9007199254740993, "duration_ms": 9007199254740993}]}
        """;

    BenchmarkJobView job = fromJson(json);

    assertThat(job.createTimeMs()).isEqualTo(9007199254740993L);
    assertThat(job.inProgressRuns().get(0).durationMs()).isEqualTo(9007199254740993L);
    assertThat(job.jobSpec().jobAgentConfigs().get(0).timeoutSeconds()).isEqualTo(90.5);
    assertThat(job.jobSpec().orchestratorConfig().timeoutMultiplier()).isEqualTo(1.5);
  }

  @Test
  void every_example_and_pitfall_writes_back_to_what_it_parsed_from() throws IOException {
    JsonAdapter<BenchmarkJobView> adapter = RunloopJson.moshi().adapter(BenchmarkJobView.class);
    for (String fixture :
        List.of(
            "benchmark_job_completed.json",
            "benchmark_job_running.json",
            "benchmark_job_spellings.json",
            "benchmark_job_nulls.json",
            "benchmark_job_minimal.json",
            "benchmark_job_unknowns.json")) {
      BenchmarkJobView job = parse(BenchmarkJobView.class, fixture);

      assertThat(adapter.fromJson(adapter.toJson(job))).as(fixture).isEqualTo(job);
    }
  }

  @Test
  void writes_each_variant_with_its_type_among_its_fields_in_sorted_order() {
    String json =
        RunloopJson.moshi()
            .adapter(AgentConfig.class)
            .toJson(JobAgentConfig.named("codex").withModelName("gpt-5"));

    assertThat(json)
        .isEqualTo(
            "{\"kwargs\":{},\"model_name\":\"gpt-5\",\"name\":\"codex\",\"type\":\"job_agent\"}");
  }

  @Test
  void agent_environments_never_print_their_values() {
    JobAgentConfig config =
        JobAgentConfig.named("codex")
            .withEnvironmentVariable("OPENAI_API_KEY", "sk-not-a-real-value")
            .withSecret("GITHUB_TOKEN", "BMJ_GITHUB_TOKEN");

    assertThat(config.agentEnvironment().environmentVariables())
        .containsEntry("OPENAI_API_KEY", "sk-not-a-real-value");
    assertThat(config.toString())
        .contains("OPENAI_API_KEY=<redacted>", "GITHUB_TOKEN=<redacted>")
        .doesNotContain("sk-not-a-real-value", "BMJ_GITHUB_TOKEN");
  }

  private static BenchmarkJobView fromJson(String json) {
    try {
      return RunloopJson.moshi().adapter(BenchmarkJobView.class).fromJson(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
