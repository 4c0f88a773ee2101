package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code latest:} sources: the newest completed run of a benchmark, filtered by metadata on the
 * client, never the run under test of the baseline's own method, picked once per test plan and told
 * to the test and the log. Benchmark {@code bmd_1} has, newest first: {@code bmr_1} (main, the run
 * under test), {@code bmr_feature} (feature branch), {@code bmr_9} and {@code bmr_old} (main). Its
 * tests run one at a time because they log the same lines.
 */
@Execution(ExecutionMode.SAME_THREAD)
class LatestRunTest {
  private static final String RUNS = "/v1/benchmark_runs";
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final String PICKED_BMR_9 =
      "latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed 2026-09-02T01:30Z)";

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();
  @TempDir private Path directory;

  @BeforeEach
  void serve() {
    // listed in the order added, which is not the order of their start times
    api.add(StandardRuns.outcome(run("bmr_old", "nightly-40", 0, "main")))
        .add(StandardRuns.outcome(run("bmr_1", "nightly-42", 3, "main")))
        .add(StandardRuns.outcome(run("bmr_9", "nightly-41", 1, "main")))
        .add(StandardRuns.outcome(run("bmr_feature", "feature-7", 2.5, "feature")));
  }

  private static BenchmarkRunView run(
      String id, String name, double daysAfterStart, String branch) {
    long start = StandardRuns.START_TIME_MS + (long) (daysAfterStart * DAY);
    return StandardRuns.run(id, "completed", 0.65, "bmd_1", name, start, branch);
  }

  @Test
  void a_baseline_gets_the_newest_completed_run_with_the_metadata_other_than_the_run_under_test() {
    GateKit kit = GateKit.against(api);
    EngineExecutionResults results = kit.run(MainBaseline.class);

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .contains(Map.of("benchgate.baseline.picked", PICKED_BMR_9));
    assertThat(kit.consoleLines()).containsExactly("[benchgate] " + PICKED_BMR_9);
    RecordedRequest listing = onlyListing();
    assertThat(listing.query()).containsEntry("benchmark_id", "bmd_1");
    assertThat(listing.query()).containsEntry("state", "completed");
  }

  @ExtendWith(FakeEnvironment.class)
  static class MainBaseline {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkOutcome current,
        @Baseline("latest:bmd_1?metadata.branch=main") BenchmarkOutcome baseline) {
      assertThat(baseline.runId()).isEqualTo("bmr_9");
      assertThat(baseline.scenarioRuns()).hasSize(3);
    }
  }

  @Test
  void without_filters_any_branch_counts_and_only_a_run_under_test_is_passed_over() {
    EngineExecutionResults results = GateKit.against(api).run(AnyBranch.class);

    assertAllSucceeded(results, 2);
    assertThat(GateKit.reportEntries(results))
        .extracting(entry -> entry.get("benchgate.baseline.picked"))
        .filteredOn(Objects::nonNull)
        .containsExactlyInAnyOrder(
            "latest:bmd_1 picked bmr_1 (nightly-42, completed 2026-09-04T01:30Z)",
            "latest:bmd_1 picked bmr_feature (feature-7, completed 2026-09-03T13:30Z)");
    onlyListing();
  }

  @ExtendWith(FakeEnvironment.class)
  static class AnyBranch {
    @Test
    void alone(@Baseline("latest:bmd_1") BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_1");
    }

    @Test
    void compared(
        @BenchmarkRun("bmr_1") BenchmarkRunView current,
        @Baseline("latest:bmd_1") BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_feature");
    }
  }

  @Test
  void a_query_is_resolved_once_per_test_plan_however_many_tests_ask() {
    GateKit kit =
        GateKit.against(api).parallel().parameter("run", "bmr_1").parameter("branch", "main");

    EngineExecutionResults results =
        kit.run(MainBaseline.class, SameQuery.class, SameQueryThroughPlaceholders.class);

    assertAllSucceeded(results, 3);
    assertThat(kit.consoleLines()).containsExactly("[benchgate] " + PICKED_BMR_9);
    onlyListing();
    assertThat(StandardRuns.paths(api)).containsOnlyOnce(StandardRuns.runPath("bmr_9"));
  }

  @ExtendWith(FakeEnvironment.class)
  static class SameQuery {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkRunView current,
        @Baseline("latest:bmd_1?metadata.branch=main") BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_9");
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class SameQueryThroughPlaceholders {
    @Test
    void compare(
        @BenchmarkRun("${sys:run}") BenchmarkRunView current,
        @Baseline("latest:bmd_1?metadata.branch=${sys:branch}") BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_9");
    }
  }

  @Test
  void a_recorded_pick_replays_offline_to_the_same_run() {
    EngineExecutionResults recording =
        GateKit.against(api)
            .parameter(ConfigurationKeys.RECORD, directory.toString())
            .run(MainBaseline.class);
    assertAllSucceeded(recording, 1);
    int requests = api.requests().size();

    EngineExecutionResults replay =
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
            .run(MainBaseline.class);

    assertAllSucceeded(replay, 1);
    assertThat(GateKit.reportEntries(replay))
        .contains(Map.of("benchgate.baseline.picked", PICKED_BMR_9));
    assertThat(directory).isDirectoryContaining(file -> file.endsWith("bmr_9.json"));
    assertThat(api.requests()).hasSize(requests);
  }

  private RecordedRequest onlyListing() {
    assertThat(StandardRuns.paths(api)).containsOnlyOnce(RUNS);
    return api.requests().stream()
        .filter(request -> request.path().equals(RUNS))
        .findFirst()
        .orElseThrow();
  }
}
