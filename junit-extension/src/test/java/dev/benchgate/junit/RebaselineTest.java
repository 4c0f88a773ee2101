package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.testing.FakeRunloop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * The baseline workflow of a {@code @Baseline("file:…")} snapshot: rewritten from the run under
 * test on request, written once and committed when missing locally, and, when missing on CI, a test
 * that cannot be judged: it fails, or is aborted on request. The run under test is {@code bmr_1},
 * whose snapshot is {@link SnapshotSourcesTest#STANDARD_SNAPSHOT}; {@code bmr_0} is an older run.
 */
class RebaselineTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();
  @TempDir private Path directory;
  private Path baseline;

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1")).add(StandardRuns.outcome("bmr_0"));
    baseline = directory.resolve("baselines/main.json");
  }

  private GateKit gate() {
    return GateKit.against(api).parameter("dir", directory.toString());
  }

  @Test
  void the_update_switch_rewrites_a_stale_baseline_from_the_run_under_test() throws IOException {
    EngineExecutionResults recorded =
        gate().parameter(ConfigurationKeys.RECORD, directory.toString()).run(OldRun.class);
    assertAllSucceeded(recorded, 1);
    Files.createDirectories(baseline.getParent());
    Files.move(directory.resolve("bmr_0.json"), baseline);

    GateKit updating = gate().parameter(ConfigurationKeys.UPDATE_BASELINE, "true");
    EngineExecutionResults results = updating.run(Compared.class);

    assertAllSucceeded(results, 1);
    assertThat(baseline).hasSameTextualContentAs(SnapshotSourcesTest.STANDARD_SNAPSHOT);
    String rewrote =
        "Rewrote the baseline snapshot "
            + baseline
            + " from benchmark run bmr_1 (benchgate.update-baseline=true)";
    assertThat(GateKit.reportEntries(results))
        .contains(Map.of(ReportEntries.BASELINE_UPDATE, rewrote));
    assertThat(updating.consoleLines()).containsExactly("[benchgate] " + rewrote);
  }

  @ExtendWith(FakeEnvironment.class)
  static class OldRun {
    @Test
    void run(@BenchmarkRun("bmr_0") BenchmarkOutcome run) {}
  }

  @ExtendWith(FakeEnvironment.class)
  static class Compared {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkOutcome current,
        @Baseline("file:${sys:dir}/baselines/main.json") BenchmarkOutcome baseline) {
      assertThat(baseline.runId()).isEqualTo(current.runId());
    }
  }

  @Test
  void the_update_switch_in_the_environment_writes_a_missing_baseline_and_leaves_a_current_one() {
    GateKit updating = gate().environment(ConfigurationKeys.UPDATE_BASELINE_VARIABLE, "TRUE");

    EngineExecutionResults first = updating.run(Compared.class);
    EngineExecutionResults second = updating.run(Compared.class);

    assertAllSucceeded(first, 1);
    assertAllSucceeded(second, 1);
    assertThat(baseline).hasSameTextualContentAs(SnapshotSourcesTest.STANDARD_SNAPSHOT);
    assertThat(GateKit.reportEntries(second))
        .contains(
            Map.of(ReportEntries.BASELINE_UPDATE, baseline + " already holds benchmark run bmr_1"));
  }

  @Test
  void a_missing_baseline_is_written_locally_and_fails_once_asking_to_commit_it() {
    EngineExecutionResults first = gate().run(Compared.class, AlsoCompared.class);

    assertThat(GateKit.failures(first))
        .hasSize(2)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessageStartingWith("The baseline snapshot " + baseline + " for parameter")
                    .hasMessageEndingWith(
                        " did not exist, so Benchgate wrote it from the run under test, benchmark"
                            + " run bmr_1. Review it, commit it (git add "
                            + baseline
                            + ") and run the tests again. On CI (CI=true) a missing baseline"
                            + " is not written, and fails the test;"
                            + " -Dbenchgate.update-baseline=true rewrites baselines on purpose."));
    assertThat(baseline).hasSameTextualContentAs(SnapshotSourcesTest.STANDARD_SNAPSHOT);

    EngineExecutionResults second = gate().run(Compared.class, AlsoCompared.class);

    assertAllSucceeded(second, 2);
  }

  @ExtendWith(FakeEnvironment.class)
  static class AlsoCompared {
    @Test
    void compare(
        @Baseline("file:${sys:dir}/baselines/../baselines/main.json") BenchmarkOutcome baseline,
        @BenchmarkRun("bmr_1") BenchmarkOutcome current) {}
  }

  @Test
  void a_missing_baseline_on_ci_fails_the_test_and_writes_nothing() {
    EngineExecutionResults results =
        gate().environment(ConfigurationKeys.CI_VARIABLE, "true").run(Compared.class);

    assertThat(GateKit.onlyFailure(results))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "No baseline: the baseline snapshot "
                + baseline
                + " for parameter [BenchmarkOutcome baseline] in method"
                + " [Compared.compare(BenchmarkOutcome, BenchmarkOutcome)] does not exist, and on"
                + " CI (CI=true) Benchgate does not write it, as the workspace is thrown away: the"
                + " run under test cannot be compared with a baseline. Run the tests once locally"
                + " to write the baseline, review it and commit it (git add "
                + baseline
                + "). The test fails rather than pass unjudged; to abort such tests instead while"
                + " working locally, set -Dbenchgate.unavailable=abort (or"
                + " BENCHGATE_UNAVAILABLE=abort).");
    assertThat(GateKit.reportEntries(results))
        .anySatisfy(entry -> assertThat(entry).containsKey(ReportEntries.COULD_NOT_JUDGE))
        .noneSatisfy(entry -> assertThat(entry).containsKey("benchgate.baseline"));
    assertThat(baseline).doesNotExist();
  }

  @Test
  void a_missing_baseline_on_ci_aborts_the_test_when_the_user_opts_in() {
    EngineExecutionResults results =
        gate()
            .environment(ConfigurationKeys.CI_VARIABLE, "true")
            .parameter(ConfigurationKeys.UNAVAILABLE, "abort")
            .run(Compared.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(GateKit.aborts(results))
        .singleElement()
        .satisfies(
            abort ->
                assertThat(abort)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("No baseline: the baseline snapshot " + baseline)
                    .hasMessageEndingWith(
                        " The test is aborted, as benchgate.unavailable=abort asks."));
    assertThat(baseline).doesNotExist();
  }

  @Test
  void an_existing_baseline_is_read_as_it_is_without_the_update_switch() throws IOException {
    Files.createDirectories(baseline.getParent());
    Files.copy(SnapshotSourcesTest.STANDARD_SNAPSHOT, baseline);

    EngineExecutionResults results =
        gate().environment(ConfigurationKeys.CI_VARIABLE, "true").run(Compared.class);

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .noneSatisfy(entry -> assertThat(entry).containsKey(ReportEntries.COULD_NOT_JUDGE))
        .noneSatisfy(entry -> assertThat(entry).containsKey(ReportEntries.BASELINE_UPDATE));
  }
}
