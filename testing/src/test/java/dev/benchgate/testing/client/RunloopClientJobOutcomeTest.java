package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.JobAwait;
import dev.benchgate.core.JobAwaitProgress;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests {@link RunloopClient#jobOutcome(String)} makes, concurrently, and the join it
 * returns, against a whole fake Runloop serving the completed job of JOBS.md §5 (two agents, a
 * setup failure, a timeout); and awaiting a job, canceling its runs at the deadline.
 */
class RunloopClientJobOutcomeTest {
  private static final String JOB = "/v1/benchmark_jobs/bmj_3kQ8vLx2";
  private static final String BENCHMARK = "/v1/benchmarks/bmd_9fT2";
  private static final String CLAUDE_RUN = "/v1/benchmark_runs/bmr_Ak41";
  private static final String CODEX_RUN = "/v1/benchmark_runs/bmr_Bq72";

  private static final List<ScenarioView> SCENARIOS =
      List.of(
          Models.scenario("scn_a1").named("parse-dates").build(),
          Models.scenario("scn_b2").named("retry-flag").build(),
          Models.scenario("scn_c3").named("asyncio-port").build(),
          Models.scenario("scn_d4").named("null-deref").build());
  private static final BenchmarkView SWE_SMOKE =
      Models.benchmark("bmd_9fT2")
          .named("swe-smoke")
          .scenarios("scn_a1", "scn_b2", "scn_c3", "scn_d4")
          .build();

  /** A run of a job, which names no benchmark, joined as the client joins it: with the job's. */
  private static BenchmarkOutcome run(String runId, String state, ScenarioRunView... scenarioRuns) {
    return Models.outcome(Models.run(runId).state(state).build())
        .scenarioRuns(scenarioRuns)
        .scenarios(SCENARIOS.toArray(ScenarioView[]::new))
        .benchmark(SWE_SMOKE)
        .build();
  }

  private static final BenchmarkOutcome CLAUDE =
      run(
          "bmr_Ak41",
          "completed",
          Models.scenarioRun("scr_01")
              .scenario("scn_a1")
              .benchmarkRun("bmr_Ak41")
              .scored(1.0)
              .build(),
          Models.scenarioRun("scr_02")
              .scenario("scn_b2")
              .benchmarkRun("bmr_Ak41")
              .scored(0.0)
              .build(),
          Models.scenarioRun("scr_03")
              .scenario("scn_c3")
              .benchmarkRun("bmr_Ak41")
              .timeout()
              .build(),
          Models.scenarioRun("scr_04")
              .scenario("scn_d4")
              .benchmarkRun("bmr_Ak41")
              .scored(1.0)
              .build());
  private static final BenchmarkOutcome CODEX =
      run(
          "bmr_Bq72",
          "completed",
          Models.scenarioRun("scr_11")
              .scenario("scn_a1")
              .benchmarkRun("bmr_Bq72")
              .scored(1.0)
              .build(),
          Models.scenarioRun("scr_13")
              .scenario("scn_c3")
              .benchmarkRun("bmr_Bq72")
              .scored(0.5)
              .build(),
          Models.scenarioRun("scr_14")
              .scenario("scn_d4")
              .benchmarkRun("bmr_Bq72")
              .scored(1.0)
              .build());

  private static BenchmarkJobView completedJob() {
    return Models.job("bmj_3kQ8vLx2")
        .named("swe-smoke-0821")
        .benchmark("bmd_9fT2")
        .completed()
        .agent(Models.agentOutcome("claude-code", CLAUDE).model("claude-sonnet-4"))
        .agent(
            Models.agentOutcome("codex", CODEX)
                .model("gpt-5")
                .setupFailure(
                    "scn_b2", "retry-flag", "EnvironmentSetupError", "devbox failed to start"))
        .build();
  }

  private static final BenchmarkJobOutcome EXPECTED =
      BenchmarkJobOutcome.of(completedJob(), List.of(CLAUDE, CODEX));

  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client =
        runloop
            .clientBuilder()
            .apiGeneration(ApiGeneration.CURRENT)
            .maxRetries(0)
            .sleeper(waits::add)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void fetches_the_benchmark_and_its_definitions_once_for_all_agents() {
    runloop.add(EXPECTED);

    BenchmarkJobOutcome job = client.jobOutcome("bmj_3kQ8vLx2");

    assertThat(job).isEqualTo(EXPECTED);
    assertThat(runloop.requestCounts())
        .containsOnly(
            entry(BENCHMARK, 1),
            entry(BENCHMARK + "/definitions", 1),
            entry(JOB, 1),
            entry(CLAUDE_RUN, 1),
            entry(CLAUDE_RUN + "/scenario_runs", 1),
            entry(CODEX_RUN, 1),
            entry(CODEX_RUN + "/scenario_runs", 1));
  }

  @Test
  void each_agents_outcome_counts_its_setup_failure_with_the_reason() {
    runloop.add(EXPECTED);

    BenchmarkOutcome codex = client.jobOutcome("bmj_3kQ8vLx2").agent("codex");

    assertThat(codex.benchmark()).contains(SWE_SMOKE);
    assertThat(codex.scenarioIdsWithoutFinishedRun()).isEmpty();
    ScenarioRunView setupFailure = codex.scenarioRunsIn(ScenarioRunState.FAILED).get(0);
    assertThat(codex.isSynthesized(setupFailure)).isTrue();
    assertThat(codex.scenarioName(setupFailure)).isEqualTo("retry-flag");
    assertThat(codex.failureReason(setupFailure).map(ScenarioFailureReason::describe))
        .contains("EnvironmentSetupError: devbox failed to start");
    assertThat(runloop.requests())
        .extracting(RecordedRequest::path)
        .as("the fake never serves a synthesized scenario run")
        .noneMatch(path -> path.contains("no-run"));
  }

  @Test
  void fetches_the_runs_at_the_same_time_and_the_benchmark_while_it_fetches_them() {
    runloop
        .add(EXPECTED)
        // answered only once the other run and the benchmark were asked for too: fetched one after
        // the other, the holds would never end and fail the requests
        .injectNext(CLAUDE_RUN, Fault.holdUntil(() -> runloop.requestCount(CODEX_RUN) > 0))
        .injectNext(BENCHMARK, Fault.holdUntil(() -> runloop.requestCount(CLAUDE_RUN) > 0));

    assertThat(client.jobOutcome("bmj_3kQ8vLx2").agentNames())
        .containsExactly("claude-code", "codex");
  }

  @Test
  void a_job_of_scenarios_fetches_each_definition_once_for_all_agents() {
    BenchmarkOutcome goose =
        Models.outcome(Models.run("bmr_Cz90").completed().build())
            .scenarioRuns(
                Models.scenarioRun("scr_21")
                    .scenario("scn_a1")
                    .benchmarkRun("bmr_Cz90")
                    .scored(1.0)
                    .build(),
                Models.scenarioRun("scr_22")
                    .scenario("scn_d4")
                    .benchmarkRun("bmr_Cz90")
                    .scored(1.0)
                    .build())
            .build();
    BenchmarkOutcome codex =
        Models.outcome(Models.run("bmr_Dm33").completed().build())
            .scenarioRuns(
                Models.scenarioRun("scr_31")
                    .scenario("scn_a1")
                    .benchmarkRun("bmr_Dm33")
                    .scored(0.0)
                    .build())
            .build();
    runloop
        .add(
            BenchmarkJobOutcome.of(
                Models.job("bmj_7Rw2pZc5")
                    .scenarios("scn_a1", "scn_d4")
                    .completed()
                    .agent(Models.agentOutcome("goose", goose))
                    .agent(Models.agentOutcome("codex", codex))
                    .build(),
                List.of(goose, codex)))
        .add(SCENARIOS.get(0), SCENARIOS.get(3));

    BenchmarkJobOutcome job = client.jobOutcome("bmj_7Rw2pZc5");

    assertThat(runloop.requestCount("/v1/scenarios/scn_a1")).isEqualTo(1);
    assertThat(runloop.requestCount("/v1/scenarios/scn_d4")).isEqualTo(1);
    assertThat(runloop.requests())
        .extracting(RecordedRequest::path)
        .noneMatch(path -> path.startsWith("/v1/benchmarks"));
    assertThat(job.agent("codex").benchmark()).isEmpty();
    assertThat(job.agent("codex").scenarios())
        .extracting(ScenarioView::name)
        .containsExactly("parse-dates", "null-deref");
  }

  @Test
  void a_run_that_cannot_be_fetched_fails_the_whole() {
    runloop.add(EXPECTED).inject(CODEX_RUN, Fault.status(500));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.jobOutcome("bmj_3kQ8vLx2"))
        .withMessageStartingWith("GET /v1/benchmark_runs/bmr_Bq72 failed: 500");
  }

  @Test
  void an_agent_in_progress_has_its_run_so_far_and_finishes_as_the_job_moves_on() {
    BenchmarkOutcome codexRunning =
        run(
            "bmr_Bq72",
            "running",
            Models.scenarioRun("scr_11")
                .scenario("scn_a1")
                .benchmarkRun("bmr_Bq72")
                .scored(1.0)
                .build());
    BenchmarkJobOutcome running =
        BenchmarkJobOutcome.of(
            Models.job("bmj_3kQ8vLx2")
                .named("swe-smoke-0821")
                .benchmark("bmd_9fT2")
                .running()
                .agent(Models.agentOutcome("claude-code", CLAUDE).model("claude-sonnet-4"))
                .running("codex", "bmr_Bq72")
                .build(),
            List.of(CLAUDE, codexRunning));
    runloop.add(running, EXPECTED);

    BenchmarkJobOutcome first = client.jobOutcome("bmj_3kQ8vLx2");
    BenchmarkJobOutcome second = client.jobOutcome("bmj_3kQ8vLx2");

    assertThat(first.agents())
        .extracting(JobAgent::name, JobAgent::isFinished)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("claude-code", true),
            org.assertj.core.groups.Tuple.tuple("codex", false));
    assertThat(first.agent("codex").run().state()).isEqualTo(BenchmarkRunState.RUNNING);
    assertThat(first.agent("codex").scenarioRuns()).hasSize(1);
    assertThat(second).isEqualTo(EXPECTED);
  }

  @Test
  void awaits_a_job_and_joins_it_without_fetching_it_again() {
    BenchmarkJobView queued = Models.job("bmj_3kQ8vLx2").queued().build();
    runloop.add(EXPECTED).add(queued, queued, completedJob());
    List<JobAwaitProgress> progress = new CopyOnWriteArrayList<>();

    BenchmarkJobView finished =
        client.awaitJobCompletion(
            "bmj_3kQ8vLx2", Duration.ofMinutes(5), Duration.ofSeconds(10), progress::add);
    BenchmarkJobOutcome job = client.jobOutcome(finished);

    assertThat(finished.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(progress)
        .extracting(JobAwaitProgress::describe)
        .containsExactly(
            "bmj_3kQ8vLx2: 0/0 agents, 0/0 scenarios finished",
            "bmj_3kQ8vLx2: 0/0 agents, 0/0 scenarios finished",
            "bmj_3kQ8vLx2: 2/2 agents, 8/8 scenarios finished");
    assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(job).isEqualTo(EXPECTED);
    assertThat(runloop.requestCount(JOB)).isEqualTo(3);
  }

  @Test
  void cancels_the_runs_still_going_at_the_deadline_when_asked_to() {
    BenchmarkOutcome codexRunning =
        run(
            "bmr_Bq72",
            "running",
            Models.scenarioRun("scr_11")
                .scenario("scn_a1")
                .benchmarkRun("bmr_Bq72")
                .running()
                .build());
    runloop.add(
        BenchmarkJobOutcome.of(
            Models.job("bmj_3kQ8vLx2")
                .benchmark("bmd_9fT2")
                .running()
                .agent(Models.agentOutcome("claude-code", CLAUDE))
                .running("codex", "bmr_Bq72")
                .build(),
            List.of(CLAUDE, codexRunning)));

    assertThatExceptionOfType(BenchmarkJobTimeoutException.class)
        .isThrownBy(
            () ->
                client.awaitJobCompletion(
                    "bmj_3kQ8vLx2",
                    JobAwait.atMost(Duration.ofSeconds(20)).cancellingUnfinishedRunsAtDeadline()))
        .satisfies(timeout -> assertThat(timeout.canceledRunIds()).containsExactly("bmr_Bq72"));

    List<RecordedRequest> cancels = runloop.requests("POST", CODEX_RUN + "/cancel");
    assertThat(cancels).hasSize(1);
    assertThat(cancels.get(0).header("x-request-id"))
        .hasValueSatisfying(key -> assertThat(key).startsWith("benchgate-java-retry-"));
    assertThat(runloop.requests("POST", CLAUDE_RUN + "/cancel")).isEmpty();
    assertThat(client.benchmarkRun("bmr_Bq72").state()).isEqualTo(BenchmarkRunState.CANCELED);
    assertThat(client.scenarioRuns("bmr_Bq72").toList())
        .extracting(ScenarioRunView::state)
        .containsOnly(ScenarioRunState.CANCELED);
    // The sleeper returns at once, but the deadline counts the time the polls took too.
    assertThat(waits).hasSize(2).first().isEqualTo(Duration.ofSeconds(10));
    assertThat(runloop.requestCount(JOB)).isEqualTo(3);
  }
}
