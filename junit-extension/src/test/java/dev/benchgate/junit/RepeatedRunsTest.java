package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.NotEnoughRunsException;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.testing.FakeRunloop;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
 * Repeated runs of one agent: a {@link RepeatedOutcome} parameter receives the runs {@link
 * BenchmarkRun} names one by one, or the newest of a {@code latest:…&count=n} query; too few
 * matching runs leave the test unjudged.
 */
class RepeatedRunsTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    for (int i = 0; i < 3; i++) {
      String id = "bmr_" + (char) ('a' + i);
      api.add(
          StandardRuns.outcome(
              StandardRuns.run(
                  id,
                  "completed",
                  0.65,
                  "bmd_1",
                  "nightly-" + i,
                  StandardRuns.START_TIME_MS + i * 1000L,
                  "main")));
    }
  }

  @Test
  void receives_runs_named_one_by_one_each_fetched_once_per_plan() {
    EngineExecutionResults results = GateKit.against(api).run(ByIds.class, SingleStillWorks.class);

    assertAllSucceeded(results, 3);
    for (String id : new String[] {"bmr_a", "bmr_b", "bmr_c"}) {
      assertThat(api.requestCount(StandardRuns.runPath(id))).as(id).isEqualTo(1);
      assertThat(api.requestCount(StandardRuns.scenarioRunsPath(id))).as(id).isEqualTo(1);
    }
    assertThat(GateKit.reportEntries(results))
        .contains(
            Map.of(
                ReportEntries.REPEATED_RUNS,
                "bmr_a,bmr_b,bmr_c",
                "benchgate.repeated-runs.count",
                "3"));
  }

  @Test
  void runs_named_one_by_one_are_fetched_together_with_their_benchmark_once() {
    EngineExecutionResults results = GateKit.against(api).run(ThreeTogether.class);

    assertAllSucceeded(results, 1);
    // One outcome() per run would fetch the benchmark and its definitions three times.
    assertThat(api.requestCount("/v1/benchmarks/bmd_1")).isEqualTo(1);
    assertThat(api.requests())
        .filteredOn(request -> request.path().startsWith("/v1/benchmarks/bmd_1/"))
        .hasSize(1);
  }

  @Test
  void a_run_of_repeated_runs_that_does_not_finish_fails_the_test() {
    api.add(
        StandardRuns.outcome(
            StandardRuns.run(
                "bmr_d",
                "running",
                null,
                "bmd_1",
                "nightly-3",
                StandardRuns.START_TIME_MS,
                "main")));

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "0s")
            .run(OneStillRunning.class);

    assertThat(GateKit.onlyFailure(results))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "Benchmark run nightly-3 (bmr_d) did not finish within 0s (benchgate.await.timeout):"
                + " last seen running")
        .hasMessageContaining("Raise benchgate.await.timeout to wait longer")
        .hasMessageContaining("The test fails rather than pass unjudged");
  }

  @ExtendWith(FakeEnvironment.class)
  static class OneStillRunning {
    @Test
    void repeated(@BenchmarkRun({"bmr_a", "bmr_d"}) RepeatedOutcome runs) {}
  }

  @ExtendWith(FakeEnvironment.class)
  static class ThreeTogether {
    @Test
    void repeated(@BenchmarkRun({"bmr_a", "bmr_b", "bmr_c"}) RepeatedOutcome runs) {
      assertThat(runs.runIds()).containsExactlyInAnyOrder("bmr_a", "bmr_b", "bmr_c");
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class ByIds {
    @Test
    void repeated(@BenchmarkRun({"bmr_a", "bmr_b", "bmr_c"}) RepeatedOutcome runs) {
      assertThat(runs.runCount()).isEqualTo(3);
      assertThat(runs.passAtK(1, RepeatedOutcome.DEFAULT_PASSING_SCORE)).isBetween(0.0, 1.0);
    }

    @Test
    void single(@BenchmarkRun("bmr_a") RepeatedOutcome runs) {
      assertThat(runs.runIds()).containsExactly("bmr_a");
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class SingleStillWorks {
    @Test
    void run(@BenchmarkRun("bmr_b") BenchmarkOutcome run) {
      assertThat(run.runId()).isEqualTo("bmr_b");
    }
  }

  @Test
  void receives_the_newest_runs_of_a_latest_query_with_a_count() {
    EngineExecutionResults results = GateKit.against(api).run(ByLatest.class);

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .anySatisfy(
            entry ->
                assertThat(entry.get("benchgate.benchmark-run.picked"))
                    .startsWith("latest:bmd_1?metadata.branch=main&count=2 picked bmr_c ("));
  }

  @ExtendWith(FakeEnvironment.class)
  static class ByLatest {
    @Test
    void repeated(@BenchmarkRun("latest:bmd_1?metadata.branch=main&count=2") RepeatedOutcome runs) {
      assertThat(runs.runIds()).containsExactlyInAnyOrder("bmr_b", "bmr_c");
    }
  }

  @Test
  void too_few_matching_runs_fail_the_test_as_unjudged() {
    EngineExecutionResults results = GateKit.against(api).run(NotEnough.class);

    Throwable failure = GateKit.onlyFailure(results);
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasCauseInstanceOf(NotEnoughRunsException.class)
        .hasMessageContaining(
            "Only 3 completed runs of benchmark bmd_1 with metadata.branch=main were found on the"
                + " API, but latest:bmd_1?metadata.branch=main&count=5 asks for 5")
        .hasMessageContaining("The test fails rather than pass unjudged");
    assertThat(GateKit.reportEntries(results))
        .filteredOn(entry -> entry.containsKey(ReportEntries.COULD_NOT_JUDGE))
        .hasSize(1);
  }

  @Test
  void too_few_matching_runs_abort_the_test_when_asked() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.UNAVAILABLE_VARIABLE, "abort")
            .run(NotEnough.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(GateKit.aborts(results)).singleElement().isInstanceOf(TestAbortedException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class NotEnough {
    @Test
    void repeated(
        @BenchmarkRun("latest:bmd_1?metadata.branch=main&count=5") RepeatedOutcome runs) {}
  }

  @Test
  void several_runs_or_a_count_for_a_single_run_are_refused() {
    EngineExecutionResults results = GateKit.against(api).run(SeveralForOne.class);

    assertThat(GateKit.failures(results))
        .hasSize(3)
        .allSatisfy(
            failure ->
                // A parameter's failure wraps it; the invocation of @ScenarioRunSource is it.
                assertThat(failure.getCause() == null ? failure : failure.getCause())
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageContaining("as RepeatedOutcome"));
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class SeveralForOne {
    @Test
    void ids(@BenchmarkRun({"bmr_a", "bmr_b"}) BenchmarkOutcome run) {}

    @Test
    void count(@BenchmarkRun("latest:bmd_1?count=2") BenchmarkOutcome run) {}

    /** One invocation per scenario run of one run: not the newest of two, saying nothing. */
    @ParameterizedTest
    @ScenarioRunSource("latest:bmd_1?count=2")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void reads_repeated_runs_from_a_snapshot_and_replays_recorded_runs(@TempDir Path directory) {
    BenchmarkSnapshots.write(
        RepeatedOutcome.of(
            StandardRuns.outcome(
                StandardRuns.run("bmr_x", "completed", 0.6, "bmd_1", "x", 1L, "main")),
            StandardRuns.outcome(
                StandardRuns.run("bmr_y", "completed", 0.6, "bmd_1", "y", 2L, "main"))),
        directory.resolve("repeated.json"));

    assertAllSucceeded(
        GateKit.unconfigured().parameter("dir", directory.toString()).run(FromSnapshot.class), 1);

    Path record = directory.resolve("recorded");
    assertAllSucceeded(
        GateKit.against(api)
            .parameter(ConfigurationKeys.RECORD, record.toString())
            .run(ByIds.class),
        2);
    assertThat(record.resolve("bmr_c.json")).exists();
    assertAllSucceeded(
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.SNAPSHOTS, record.toString())
            .run(ByIds.class),
        2);
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromSnapshot {
    @Test
    void repeated(@BenchmarkRun("file:${sys:dir}/repeated.json") RepeatedOutcome runs) {
      assertThat(runs.runIds()).containsExactly("bmr_x", "bmr_y");
    }
  }

  @Test
  void a_latest_query_replayed_from_a_directory_passes_over_job_snapshots(@TempDir Path directory) {
    BenchmarkSnapshots.write(BenchmarkJobTest.job("completed"), directory.resolve("bmj_1.json"));
    for (String id : new String[] {"bmr_a", "bmr_b", "bmr_c"}) {
      BenchmarkSnapshots.write(
          StandardRuns.outcome(
              StandardRuns.run(
                  id,
                  "completed",
                  0.65,
                  "bmd_1",
                  "nightly",
                  StandardRuns.START_TIME_MS + id.charAt(4) * 1000L,
                  "main")),
          directory.resolve(id + ".json"));
    }

    assertAllSucceeded(
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
            .run(ByLatest.class),
        1);
  }
}
