package dev.benchgate.core.outcome;

import static dev.benchgate.core.ApiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.benchgate.core.internal.BenchmarkJobListView;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContractResult;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Joining a benchmark job with its runs' outcomes: the completed job of JOBS.md §5, its setup
 * failure (no scenario run) and its timeout, agents looked up by name, and the running job.
 */
class BenchmarkJobOutcomeTest {
  private static final BenchmarkJobView COMPLETED =
      parse(BenchmarkJobView.class, "benchmark_job_completed.json");
  private static final BenchmarkJobView RUNNING =
      parse(BenchmarkJobView.class, "benchmark_job_running.json");

  private static final BenchmarkView BENCHMARK =
      new BenchmarkView(
          "bmd_9fT2",
          "swe-smoke",
          null,
          List.of("scn_a1", "scn_b2", "scn_c3", "scn_d4"),
          "active",
          null,
          null,
          null,
          null,
          null);
  private static final List<ScenarioView> SCENARIOS =
      List.of(
          scenario("scn_a1", "parse-dates"),
          scenario("scn_b2", "retry-flag"),
          scenario("scn_c3", "asyncio-port"),
          scenario("scn_d4", "null-deref"));

  /** The runs of the completed job as the API lists them: codex has no scenario run of scn_b2. */
  private static final BenchmarkOutcome CLAUDE =
      outcome(
          "bmr_Ak41",
          scenarioRun("scr_01", "scn_a1", "bmr_Ak41", "scored", 1.0),
          scenarioRun("scr_02", "scn_b2", "bmr_Ak41", "scored", 0.0),
          scenarioRun("scr_03", "scn_c3", "bmr_Ak41", "timeout", null),
          scenarioRun("scr_04", "scn_d4", "bmr_Ak41", "scored", 1.0));

  private static final BenchmarkOutcome CODEX =
      outcome(
          "bmr_Bq72",
          scenarioRun("scr_11", "scn_a1", "bmr_Bq72", "scored", 1.0),
          scenarioRun("scr_13", "scn_c3", "bmr_Bq72", "scored", 0.5),
          scenarioRun("scr_14", "scn_d4", "bmr_Bq72", "scored", 1.0));

  private static ScenarioView scenario(String id, String name) {
    return new ScenarioView(
        id, name, null, null, null, "active", null, null, null, null, null, null, null);
  }

  private static ScenarioRunView scenarioRun(
      String id, String scenarioId, String runId, String state, Double score) {
    return new ScenarioRunView(
        id,
        scenarioId,
        "dbx_" + id,
        runId,
        null,
        null,
        state,
        null,
        null,
        null,
        score == null ? null : new ScoringContractResult(score, List.of()),
        null,
        null);
  }

  private static BenchmarkRunView run(String id, String state) {
    return new BenchmarkRunView(
        id, null, null, null, 0L, null, state, null, null, null, null, null, null);
  }

  private static BenchmarkOutcome outcome(String runId, ScenarioRunView... scenarioRuns) {
    return BenchmarkOutcome.of(
        run(runId, "completed"), List.of(scenarioRuns), SCENARIOS, BENCHMARK);
  }

  private static BenchmarkJobOutcome completed() {
    return BenchmarkJobOutcome.of(COMPLETED, List.of(CODEX, CLAUDE));
  }

  @Test
  void lists_the_agents_by_name_each_with_its_run_and_model() {
    BenchmarkJobOutcome job = completed();

    assertThat(job.jobId()).isEqualTo("bmj_3kQ8vLx2");
    assertThat(job.agentNames()).containsExactly("claude-code", "codex");
    assertThat(job.agents())
        .extracting(
            JobAgent::name, JobAgent::modelName, JobAgent::benchmarkRunId, JobAgent::isFinished)
        .containsExactly(
            tuple("claude-code", "claude-sonnet-4", "bmr_Ak41", true),
            tuple("codex", "gpt-5", "bmr_Bq72", true));
    assertThat(job.jobAgent("codex").displayName()).isEqualTo("codex (gpt-5)");
    assertThat(job.jobAgent("codex").reportedOutcome().map(JobAgentOutcomeView::averageScore))
        .contains(0.8333);
    assertThat(job.agentsWithoutRun()).isEmpty();
    assertThat(job.agentOutcomes()).containsOnlyKeys("claude-code", "codex");
  }

  @Test
  void a_scenario_that_failed_in_setup_is_a_synthesized_failed_scenario_run_of_its_agent() {
    BenchmarkOutcome codex = completed().agent("codex");

    assertThat(codex.scenarioRuns())
        .extracting(ScenarioRunView::id, codex::scenarioName, ScenarioRunView::state)
        .containsExactly(
            tuple("scr_13", "asyncio-port", ScenarioRunState.SCORED),
            tuple("scr_14", "null-deref", ScenarioRunState.SCORED),
            tuple("scr_11", "parse-dates", ScenarioRunState.SCORED),
            tuple("no-run:scn_b2", "retry-flag", ScenarioRunState.FAILED));
    ScenarioRunView setupFailure = codex.scenarioRuns().get(3);
    assertThat(codex.isSynthesized(setupFailure)).isTrue();
    assertThat(codex.scenarioRuns().subList(0, 3)).noneMatch(codex::isSynthesized);
    assertThat(setupFailure.scenarioId()).isEqualTo("scn_b2");
    assertThat(setupFailure.benchmarkRunId()).isEqualTo("bmr_Bq72");
    assertThat(setupFailure.name()).isEqualTo("retry-flag");
    assertThat(setupFailure.score()).as("a failure has no score, not 0.0").isNull();
    assertThat(setupFailure.durationMs()).isEqualTo(38000L);
    assertThat(setupFailure.devboxId()).isNull();
    assertThat(codex.failureReason(setupFailure).map(ScenarioFailureReason::describe))
        .contains("EnvironmentSetupError: devbox failed to start");
    assertThat(codex.jobScenarioOutcome(setupFailure).map(JobScenarioOutcomeView::stateValue))
        .contains("FAILED");
  }

  @Test
  void every_gate_over_the_agent_counts_the_setup_failure() {
    BenchmarkOutcome codex = completed().agent("codex");

    // hasNoScenarioRunsIn(FAILED) reads these, the pass rate divides by all scenario runs, and the
    // coverage of the benchmark asks for a finished scenario run of every scenario.
    assertThat(codex.scenarioRunsIn(ScenarioRunState.FAILED))
        .extracting(ScenarioRunView::id)
        .containsExactly("no-run:scn_b2");
    assertThat(codex.scenarioRuns()).hasSize(4);
    assertThat(codex.scenarioIdsWithoutFinishedRun()).isEmpty();
    assertThat(codex.benchmark()).contains(BENCHMARK);
    // Scores come from the scenario runs: the failure counts, as average_score (0.8333) does not.
    assertThat(codex.scenarioRuns())
        .extracting(ScenarioRunView::score)
        .containsExactly(0.5, 1.0, 1.0, null);
  }

  @Test
  void the_failure_reason_of_a_scenario_run_that_exists_comes_from_the_job_too() {
    BenchmarkOutcome claude = completed().agent("claude-code");
    ScenarioRunView timeout = claude.scenarioRunsIn(ScenarioRunState.TIMEOUT).get(0);

    assertThat(timeout.id()).isEqualTo("scr_03");
    assertThat(claude.isSynthesized(timeout)).isFalse();
    assertThat(claude.failureReason(timeout).map(ScenarioFailureReason::describe))
        .contains("AgentTimeoutError: agent exceeded 7200s");
    assertThat(claude.failureReason(claude.scenarioRuns().get(1))).isEmpty(); // null-deref
    assertThat(claude.scenarioRuns()).noneMatch(claude::isSynthesized);
  }

  @Test
  void an_unknown_agent_name_is_an_error_that_names_the_agents_there_are() {
    BenchmarkJobOutcome job = completed();

    assertThatExceptionOfType(NoSuchElementException.class)
        .isThrownBy(() -> job.agent("gemini-cli"))
        .withMessage(
            "Benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) has no agent named gemini-cli; its agents"
                + " are claude-code, codex");
  }

  @Test
  void agents_that_share_a_name_are_told_apart_by_their_model() {
    BenchmarkJobView twoClaudes =
        withOutcomes(
            COMPLETED,
            agentOutcome("claude-code", "claude-sonnet-4", "bmr_Ak41"),
            agentOutcome("claude-code", "claude-opus-4", "bmr_Bq72"));

    BenchmarkJobOutcome job = BenchmarkJobOutcome.of(twoClaudes, List.of(CLAUDE, CODEX));

    assertThat(job.agentNames())
        .containsExactly("claude-code:claude-opus-4", "claude-code:claude-sonnet-4");
    assertThat(job.agent("claude-code:claude-opus-4").runId()).isEqualTo("bmr_Bq72");
    assertThat(job.jobAgent("claude-code:claude-opus-4").displayName())
        .isEqualTo("claude-code:claude-opus-4");
    assertThatExceptionOfType(NoSuchElementException.class)
        .isThrownBy(() -> job.agent("claude-code"))
        .withMessage(
            "Benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) has 2 agents named claude-code: ask for"
                + " one of claude-code:claude-opus-4, claude-code:claude-sonnet-4");
  }

  @Test
  void agents_that_share_name_and_model_are_told_apart_by_their_run() {
    BenchmarkJobView twins =
        withOutcomes(
            COMPLETED,
            agentOutcome("codex", "gpt-5", "bmr_Ak41"),
            agentOutcome("codex", "gpt-5", "bmr_Bq72"));

    BenchmarkJobOutcome job = BenchmarkJobOutcome.of(twins, List.of(CLAUDE, CODEX));

    assertThat(job.agentNames()).containsExactly("codex:bmr_Ak41", "codex:bmr_Bq72");
  }

  @Test
  void an_agent_still_running_has_the_outcome_of_its_run_so_far() {
    BenchmarkOutcome goose =
        BenchmarkOutcome.of(
            run("bmr_Cz90", "completed"),
            List.of(
                scenarioRun("scr_21", "scn_a1", "bmr_Cz90", "scored", 1.0),
                scenarioRun("scr_22", "scn_d4", "bmr_Cz90", "scored", 1.0)),
            SCENARIOS,
            null);
    BenchmarkOutcome codex =
        BenchmarkOutcome.of(
            run("bmr_Dm33", "running"),
            List.of(scenarioRun("scr_31", "scn_a1", "bmr_Dm33", "running", null)),
            SCENARIOS,
            null);

    BenchmarkJobOutcome job = BenchmarkJobOutcome.of(RUNNING, List.of(goose, codex));

    assertThat(job.agents())
        .extracting(JobAgent::name, JobAgent::modelName, JobAgent::isFinished)
        .containsExactly(tuple("codex", "gpt-5", false), tuple("goose", null, true));
    JobAgent running = job.jobAgent("codex");
    assertThat(running.inProgressRun().benchmarkRunId()).isEqualTo("bmr_Dm33");
    assertThat(running.reportedOutcome()).isEmpty();
    assertThat(running.outcome()).isEqualTo(codex);
    assertThat(job.agent("codex").run().stateValue()).isEqualTo("running");
    assertThat(job.agentsWithoutRun()).isEmpty();
  }

  @Test
  void an_agent_of_the_spec_without_a_run_yet_says_so_and_what_the_job_is_doing() {
    BenchmarkJobView queued = // gemini-cli, queued, no runs
        parse(BenchmarkJobListView.class, "benchmark_jobs.json").jobs().get(0);

    BenchmarkJobOutcome job = BenchmarkJobOutcome.of(queued, List.of());

    assertThat(job.agents()).isEmpty();
    assertThat(job.agentsWithoutRun())
        .extracting(JobAgentConfig::name)
        .containsExactly("gemini-cli");
    assertThatExceptionOfType(NoSuchElementException.class)
        .isThrownBy(() -> job.agent("gemini-cli"))
        .withMessage(
            "Benchmark job swe-smoke-0821-c (bmj_9Lm4tQe8) has no benchmark run of agent"
                + " gemini-cli (yet): the job is queued");
    assertThatExceptionOfType(NoSuchElementException.class)
        .isThrownBy(() -> job.agent("codex"))
        .withMessage(
            "Benchmark job swe-smoke-0821-c (bmj_9Lm4tQe8) has no agent named codex; its agents are"
                + " none with a benchmark run, and without a benchmark run yet gemini-cli");
  }

  @Test
  void a_run_listed_both_as_outcome_and_in_progress_is_finished() {
    BenchmarkJobView stale =
        new BenchmarkJobView(
            RUNNING.id(),
            RUNNING.name(),
            RUNNING.stateValue(),
            RUNNING.createTimeMs(),
            null,
            RUNNING.jobSource(),
            RUNNING.jobSpec(),
            RUNNING.benchmarkOutcomes(),
            List.of(
                new dev.benchgate.core.model.InProgressRunView(
                    "bmr_Cz90", 1L, "running", JobAgentConfig.named("goose"), null)));
    BenchmarkOutcome goose =
        BenchmarkOutcome.of(run("bmr_Cz90", "completed"), List.of(), SCENARIOS, null);

    BenchmarkJobOutcome job = BenchmarkJobOutcome.of(stale, List.of(goose));

    assertThat(job.agents())
        .singleElement()
        .satisfies(agent -> assertThat(agent.isFinished()).isTrue());
    assertThat(job.agentsWithoutRun()).extracting(JobAgentConfig::name).containsExactly("codex");
  }

  @Test
  void a_scenario_outcome_whose_run_is_not_listed_and_unknown_states_are_synthesized_too() {
    JobAgentOutcomeView reported =
        new JobAgentOutcomeView(
            "codex",
            "bmr_Bq72",
            1,
            0,
            0,
            List.of(
                new JobScenarioOutcomeView(
                    "scn_a1", "parse-dates", "COMPLETED", 0.75, "scr_gone", 5L, null),
                new JobScenarioOutcomeView(
                    "scn_c3", "asyncio-port", "SKIPPED", null, null, null, null),
                new JobScenarioOutcomeView(
                    "scn_c3", "asyncio-port", "CANCELED", null, null, null, null)),
            null,
            null,
            "gpt-5");
    BenchmarkOutcome empty =
        BenchmarkOutcome.of(run("bmr_Bq72", "completed"), List.of(), SCENARIOS, BENCHMARK);

    BenchmarkOutcome codex = empty.withJobScenarioOutcomes(reported.scenarioOutcomes());

    assertThat(codex.scenarioRuns())
        .extracting(ScenarioRunView::id, ScenarioRunView::stateValue, ScenarioRunView::score)
        .containsExactly(
            tuple("no-run:scn_c3", "skipped", null),
            tuple("no-run:scn_c3#2", "canceled", null),
            tuple("no-run:scn_a1", "completed", 0.75));
    assertThat(codex.scenarioRuns().get(0).state().isFinished())
        .as("an unknown state is not finished")
        .isFalse();
    assertThat(codex.jobScenarioOutcome(codex.scenarioRuns().get(2)).orElseThrow().scenarioRunId())
        .isEqualTo("scr_gone");
  }

  @Test
  void the_job_and_its_agents_outcomes_rebuild_an_equal_job_outcome_as_a_snapshot_would() {
    BenchmarkJobOutcome job = completed();

    BenchmarkJobOutcome again = BenchmarkJobOutcome.of(job.job(), job.agentOutcomes().values());

    assertThat(again).isEqualTo(job).hasSameHashCodeAs(job);
    assertThat(again.agent("codex").scenarioRuns()).hasSize(4);
    assertThat(job.agent("codex").withJobScenarioOutcomes(List.of()))
        .as("joined without a report, the synthesized runs go")
        .isEqualTo(CODEX);
  }

  @Test
  void every_run_of_the_job_needs_its_outcome_and_no_other_run_may_come_along() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkJobOutcome.of(COMPLETED, List.of(CLAUDE)))
        .withMessage(
            "No outcome given for benchmark run bmr_Bq72 of benchmark job swe-smoke-0821"
                + " (bmj_3kQ8vLx2)");
    BenchmarkOutcome stranger = outcome("bmr_other");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkJobOutcome.of(COMPLETED, List.of(CLAUDE, CODEX, stranger)))
        .withMessage(
            "Benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) has no benchmark run bmr_other: it has"
                + " bmr_Ak41, bmr_Bq72");
  }

  @Test
  void prints_the_job_and_its_agents() {
    assertThat(completed())
        .hasToString(
            "BenchmarkJobOutcome{job=swe-smoke-0821 (bmj_3kQ8vLx2), state=completed,"
                + " agents=[claude-code, codex]}");
  }

  private static JobAgentOutcomeView agentOutcome(String name, String model, String runId) {
    return new JobAgentOutcomeView(name, runId, 0, 0, 0, List.of(), null, null, model);
  }

  private static BenchmarkJobView withOutcomes(
      BenchmarkJobView job, JobAgentOutcomeView... outcomes) {
    return new BenchmarkJobView(
        job.id(),
        job.name(),
        job.stateValue(),
        job.createTimeMs(),
        job.failureReason(),
        job.jobSource(),
        job.jobSpec(),
        List.of(outcomes),
        job.inProgressRuns());
  }
}
