package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.core.snapshot.SnapshotKind;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * {@link BenchmarkJob}: a job, or one agent's run of it, injected once per test plan; awaited while
 * it runs and failing (or aborting) its tests when it does not finish; read from job snapshots,
 * recorded and replayed; and the scenario runs of one agent as {@link ScenarioRunSource}
 * invocations.
 */
class BenchmarkJobTest {
  private static final String JOB = "/v1/benchmark_jobs/bmj_1";

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @TempDir private Path directory;

  /** A finished job of two agents, candidate (bmr_c) and baseline (bmr_b). */
  static BenchmarkJobOutcome job(String state) {
    BenchmarkOutcome candidate = StandardRuns.outcome("bmr_c");
    BenchmarkOutcome baseline = StandardRuns.outcome("bmr_b");
    BenchmarkJobView view =
        Models.job("bmj_1")
            .named("pr-1187")
            .state(state)
            .benchmark("bmd_1")
            .agent(Models.agentOutcome("candidate", candidate))
            .agent(Models.agentOutcome("baseline", baseline))
            .build();
    return BenchmarkJobOutcome.of(view, List.of(candidate, baseline));
  }

  @Test
  void injects_the_job_its_view_and_an_agents_run_fetching_the_job_once_per_plan() {
    api.add(job("completed"));

    EngineExecutionResults results =
        GateKit.against(api).parallel().run(WholeJob.class, OneAgent.class);

    assertAllSucceeded(results, 5);
    assertThat(api.requestCount(JOB)).isEqualTo(1);
    assertThat(api.requestCount(StandardRuns.runPath("bmr_c"))).isEqualTo(1);
    assertThat(GateKit.reportEntries(results))
        .filteredOn(entry -> entry.containsKey(ReportEntries.BENCHMARK_JOB))
        .hasSize(5)
        .allSatisfy(
            entry ->
                assertThat(entry)
                    .containsEntry(ReportEntries.BENCHMARK_JOB, "bmj_1")
                    .containsEntry(ReportEntries.BENCHMARK_JOB + ".state", "completed")
                    .containsEntry(
                        ReportEntries.BENCHMARK_JOB + ".agents",
                        "baseline=bmr_b, candidate=bmr_c"));
  }

  @ExtendWith(FakeEnvironment.class)
  static class WholeJob {
    @Test
    void view(@BenchmarkJob("bmj_1") BenchmarkJobView job) {
      assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    }

    @Test
    void outcome(@BenchmarkJob("bmj_1") BenchmarkJobOutcome job) {
      assertThat(job.agentNames()).containsExactlyInAnyOrder("candidate", "baseline");
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class OneAgent {
    @Test
    void outcome(@BenchmarkJob(value = "bmj_1", agent = "candidate") BenchmarkOutcome candidate) {
      assertThat(candidate.runId()).isEqualTo("bmr_c");
    }

    @Test
    void run(@BenchmarkJob(value = "bmj_1", agent = "baseline") BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_b");
    }

    @Test
    void scenarioRuns(
        @BenchmarkJob(value = "bmj_1", agent = "candidate") List<ScenarioRunView> scenarioRuns) {
      assertThat(scenarioRuns).hasSize(3);
    }
  }

  @Test
  void takes_the_configured_job_when_the_annotation_names_none() {
    api.add(job("completed"));

    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.BENCHMARK_JOB_VARIABLE, "bmj_1")
            .run(DefaultJob.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultJob {
    @Test
    void job(@BenchmarkJob BenchmarkJobOutcome job) {
      assertThat(job.jobId()).isEqualTo("bmj_1");
    }
  }

  @Test
  void an_agent_the_job_does_not_have_fails_naming_the_agents_it_has() {
    api.add(job("completed"));

    Throwable failure = GateKit.onlyFailure(GateKit.against(api).run(WrongAgent.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Benchmark job pr-1187 (bmj_1) has no agent named candidat; its agents are baseline,"
                + " candidate. Fix the agent's name in what parameter [BenchmarkOutcome run] in"
                + " method [WrongAgent.run(BenchmarkOutcome)] asks for ('candidat').");
  }

  @ExtendWith(FakeEnvironment.class)
  static class WrongAgent {
    @Test
    void run(@BenchmarkJob(value = "bmj_1", agent = "candidat") BenchmarkOutcome run) {}
  }

  @Test
  void an_agents_run_needs_an_agent_and_a_job_a_job_type() {
    EngineExecutionResults results = GateKit.against(api).run(WrongTypes.class);

    assertThat(GateKit.failures(results))
        .hasSize(2)
        .allSatisfy(
            failure ->
                assertThat(failure).hasRootCauseInstanceOf(ExtensionConfigurationException.class))
        .extracting(Throwable::getMessage)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("declare it as BenchmarkJobView or BenchmarkJobOutcome, or name an"))
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("an agent's run is received as BenchmarkRunView, BenchmarkOutcome"));
    assertThat(api.requestCount(JOB)).isZero();
  }

  @ExtendWith(FakeEnvironment.class)
  static class WrongTypes {
    @Test
    void noAgent(@BenchmarkJob("bmj_1") BenchmarkOutcome run) {}

    @Test
    void agentForAJob(@BenchmarkJob(value = "bmj_1", agent = "candidate") BenchmarkJobView job) {}
  }

  @Test
  void awaits_a_running_job_and_reports_progress() {
    BenchmarkJobOutcome finished = job("completed");
    api.add(finished);
    api.add(
        Models.job("bmj_1").named("pr-1187").running().benchmark("bmd_1").build(), finished.job());

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "5m")
            .run(WholeJob.class);

    assertAllSucceeded(results, 2);
    // read running, polled once, completed
    assertThat(api.requestCount(JOB)).isEqualTo(2);
    assertThat(GateKit.reportEntries(results))
        .anySatisfy(
            entry -> assertThat(entry.get(ReportEntries.AWAIT)).isNotNull().contains("bmj_1"));
  }

  @Test
  void a_job_that_does_not_finish_fails_its_tests_naming_job_wait_state_and_settings() {
    api.add(Models.job("bmj_1").named("pr-1187").running().benchmark("bmd_1").build());

    EngineExecutionResults results = stuck().run(WholeJob.class, EachScenarioOfTheCandidate.class);

    assertThat(GateKit.aborts(results)).isEmpty();
    assertThat(results.containerEvents().failed().count()).isZero();
    assertThat(GateKit.testDisplayNames(results))
        .contains("no scenario run to test: see the failure");
    assertThat(GateKit.failures(results))
        .hasSize(3)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessageStartingWith(
                        "Gave up waiting for benchmark job pr-1187 (bmj_1) after ")
                    .hasMessageContaining(
                        " s: it is still running (the limit is benchgate.await.timeout=0s), so ")
                    .hasMessageContaining(
                        "Raise benchgate.await.timeout to wait longer, or run the tests once the"
                            + " job has finished. The test fails rather than pass unjudged; to"
                            + " abort such tests instead while working locally, set"
                            + " -Dbenchgate.unavailable=abort"));
    assertThat(GateKit.reportEntries(results))
        .filteredOn(entry -> entry.containsKey(ReportEntries.COULD_NOT_JUDGE))
        .hasSize(3);
  }

  @Test
  void a_job_that_does_not_finish_aborts_its_tests_when_asked() {
    api.add(Models.job("bmj_1").named("pr-1187").running().benchmark("bmd_1").build());

    EngineExecutionResults results =
        stuck()
            .environment(ConfigurationKeys.UNAVAILABLE_VARIABLE, "abort")
            .run(WholeJob.class, EachScenarioOfTheCandidate.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(GateKit.aborts(results))
        .hasSize(3)
        .allSatisfy(
            abort ->
                assertThat(abort)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("Gave up waiting for benchmark job pr-1187 (bmj_1)")
                    .hasMessageEndingWith(
                        " The test is aborted, as benchgate.unavailable=abort asks."));
  }

  @Test
  void a_job_that_ended_with_an_agents_run_unfinished_is_not_judged_on_half_a_run() {
    BenchmarkOutcome candidate = StandardRuns.outcome("bmr_c");
    api.add(candidate);
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_b", "running", null, "bmd_1")));
    api.add(
        Models.job("bmj_1")
            .named("pr-1187")
            .failed("quota exceeded")
            .benchmark("bmd_1")
            .agent(Models.agentOutcome("candidate", candidate))
            .running("baseline", "bmr_b")
            .build());

    EngineExecutionResults results = GateKit.against(api).run(WholeJob.class, OneAgent.class);

    assertThat(GateKit.failures(results))
        .hasSize(5)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessageStartingWith(
                        "Benchmark job pr-1187 (bmj_1) is failed, but the run bmr_b of its agent"
                            + " baseline is running, so ")
                    .hasMessageContaining(
                        " could not be given a finished job. Run the tests again once that run"
                            + " has finished, or start the job again. The test fails rather than"
                            + " pass unjudged"));
  }

  @Test
  void an_agent_the_job_never_ran_is_not_judged_and_aborts_when_asked() {
    BenchmarkOutcome candidate = StandardRuns.outcome("bmr_c");
    api.add(candidate);
    api.add(
        Models.job("bmj_1")
            .named("pr-1187")
            .failed("quota exceeded")
            .benchmark("bmd_1")
            .agentConfigs(JobAgentConfig.named("candidate"), JobAgentConfig.named("baseline"))
            .agent(Models.agentOutcome("candidate", candidate))
            .build());

    Throwable failure = GateKit.onlyFailure(GateKit.against(api).run(NeverRanAgent.class));
    EngineExecutionResults aborted =
        GateKit.against(api)
            .environment(ConfigurationKeys.UNAVAILABLE_VARIABLE, "abort")
            .run(NeverRanAgent.class);

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "Benchmark job pr-1187 (bmj_1) has no benchmark run of agent baseline (yet): the job"
                + " is failed (quota exceeded), so ")
        .hasMessageContaining(
            "Run the tests again once the job has run the agent, or start the job again.");
    assertThat(GateKit.failures(aborted)).isEmpty();
    assertThat(GateKit.aborts(aborted)).singleElement().isInstanceOf(TestAbortedException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class NeverRanAgent {
    @Test
    void run(@BenchmarkJob(value = "bmj_1", agent = "baseline") BenchmarkOutcome baseline) {}
  }

  private GateKit stuck() {
    return GateKit.against(api)
        .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
        .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "0s");
  }

  @Test
  void a_scenario_source_gives_one_invocation_per_scenario_run_of_the_agent() {
    api.add(job("completed"));

    EngineExecutionResults results = GateKit.against(api).run(EachScenarioOfTheCandidate.class);

    assertAllSucceeded(results, 3);
    assertThat(GateKit.testDisplayNames(results))
        .containsExactlyInAnyOrder("rename-module", "fix-flaky-test", "add-retry");
    assertThat(api.requestCount(JOB)).isEqualTo(1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenarioOfTheCandidate {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource(job = "bmj_1", agent = "candidate")
    void eachScenario(ScenarioRunView scenarioRun) {
      assertThat(scenarioRun.benchmarkRunId()).isEqualTo("bmr_c");
    }
  }

  @Test
  void a_scenario_source_with_a_job_but_no_agent_is_refused_as_one_failing_invocation() {
    EngineExecutionResults results = GateKit.against(api).run(JobWithoutAgent.class);

    assertThat(results.testEvents().failed().count()).isEqualTo(1);
    assertThat(GateKit.onlyFailure(results))
        .hasMessageContaining("names a job but no agent: give the agent whose scenario runs");
  }

  @ExtendWith(FakeEnvironment.class)
  static class JobWithoutAgent {
    @ParameterizedTest
    @ScenarioRunSource(job = "bmj_1")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void reads_a_job_snapshot_without_the_api() {
    BenchmarkSnapshots.write(job("completed"), directory.resolve("job.json"));

    EngineExecutionResults results =
        GateKit.unconfigured().parameter("dir", directory.toString()).run(FromSnapshot.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromSnapshot {
    @Test
    void candidate(
        @BenchmarkJob(value = "file:${sys:dir}/job.json", agent = "candidate")
            BenchmarkOutcome candidate) {
      assertThat(candidate.runId()).isEqualTo("bmr_c");
    }
  }

  @Test
  void records_a_fetched_job_and_replays_it_without_the_api() throws Exception {
    api.add(job("completed"));
    Path recorded = directory.resolve("bmj_1.json");

    EngineExecutionResults recording =
        GateKit.against(api)
            .parameter(ConfigurationKeys.RECORD, directory.toString())
            .run(WholeJob.class);

    assertAllSucceeded(recording, 2);
    assertThat(recorded).exists();
    assertThat(BenchmarkSnapshots.kind(recorded)).isEqualTo(SnapshotKind.JOB);
    assertThat(Files.list(directory)).containsExactly(recorded);

    EngineExecutionResults replaying =
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
            .run(WholeJob.class, OneAgent.class);

    assertAllSucceeded(replaying, 5);
  }

  @Test
  void a_replayed_job_without_a_snapshot_says_how_to_record_it() {
    Throwable failure =
        GateKit.onlyFailure(
            GateKit.unconfigured()
                .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
                .run(DefaultJobById.class));

    assertThat(failure)
        .hasMessageContaining(
            directory.resolve("bmj_1.json")
                + " does not exist: benchgate.snapshots replays jobs from "
                + directory
                + ". Record the job first");
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultJobById {
    @Test
    void job(@BenchmarkJob("bmj_1") BenchmarkJobView job) {}
  }

  @Test
  void a_latest_query_names_runs_not_a_job() {
    Throwable failure =
        GateKit.onlyFailure(
            GateKit.unconfigured()
                .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
                .environment(ConfigurationKeys.BENCHMARK_JOB_VARIABLE, "latest:bmd_1")
                .run(DefaultJob.class));

    assertThat(failure)
        .hasRootCauseInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("is a latest: query, which names benchmark runs, not a job");
  }

  @Test
  void a_scenario_source_of_an_agent_the_job_lacks_runs_one_failing_invocation() {
    api.add(job("completed"));

    EngineExecutionResults results = GateKit.against(api).run(EachScenarioOfNobody.class);

    assertThat(GateKit.testDisplayNames(results))
        .containsExactly("no scenario run to test: see the failure");
    assertThat(GateKit.onlyFailure(results))
        .hasMessageContaining("has no agent named nobody; its agents are baseline, candidate.")
        .hasMessageContaining("Fix the agent's name");
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenarioOfNobody {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource(job = "bmj_1", agent = "nobody")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }
}
