package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Runs from snapshots: {@code file:} and {@code classpath:} sources, replaying a directory of
 * snapshots in place of the API, and recording into one what the API gave. {@code
 * snapshots/bmr_1.json} on the test classpath is the standard run of {@link FakeRunloop} as a
 * snapshot; the record test keeps it so.
 */
class SnapshotSourcesTest {
  static final Path STANDARD_SNAPSHOT = Path.of("src/test/resources/snapshots/bmr_1.json");

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();
  @TempDir private Path directory;

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
  }

  @Test
  void file_and_classpath_snapshots_need_neither_api_key_nor_network() throws IOException {
    Files.copy(STANDARD_SNAPSHOT, directory.resolve("main.json"));

    EngineExecutionResults results =
        GateKit.unconfigured().parameter("dir", directory.toString()).run(FromSnapshots.class);

    assertAllSucceeded(results, 3);
    assertThat(GateKit.reportEntries(results))
        .extracting(entry -> entry.get("benchgate.benchmark-run"))
        .containsOnly("bmr_1");
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromSnapshots {
    @Test
    void absoluteFile(@BenchmarkRun("file:${sys:dir}/main.json") BenchmarkOutcome outcome) {
      assertIsTheStandardRun(outcome);
    }

    @Test
    void fileRelativeToTheWorkingDirectory(
        @BenchmarkRun("file:src/test/resources/snapshots/bmr_1.json") BenchmarkOutcome outcome) {
      assertIsTheStandardRun(outcome);
    }

    @Test
    void classpath(@BenchmarkRun("classpath:snapshots/bmr_1.json") BenchmarkOutcome outcome) {
      assertIsTheStandardRun(outcome);
    }
  }

  static void assertIsTheStandardRun(BenchmarkOutcome outcome) {
    assertThat(outcome.runId()).isEqualTo("bmr_1");
    assertThat(outcome.run().score()).isEqualTo(0.65);
    assertThat(outcome.scenarioRuns())
        .extracting(outcome::scenarioName)
        .containsExactly("add-retry", "fix-flaky-test", "rename-module");
  }

  @Test
  void a_snapshot_is_parsed_once_per_launcher_session_until_its_bytes_change() throws IOException {
    Path file = directory.resolve("main.json");
    Files.copy(STANDARD_SNAPSHOT, file);
    CapturesTheOutcome.captured.clear();

    try (ReportKit kit =
        ReportKit.against(api, directory.resolve("report"))
            .parameter("dir", directory.toString())) {
      kit.run(CapturesTheOutcome.class); // two plans of one session, as Surefire may run them
      kit.run(CapturesTheOutcome.class);
      // The same length, another score: the bytes, not a time stamp, tell versions apart.
      long size = Files.size(file);
      Files.writeString(file, Files.readString(file).replace("0.65", "0.75"));
      assertThat(Files.size(file)).isEqualTo(size);
      kit.run(CapturesTheOutcome.class);
    }

    List<BenchmarkOutcome> captured = CapturesTheOutcome.captured;
    assertThat(captured).hasSize(3);
    assertThat(captured.get(1)).isSameAs(captured.get(0));
    assertThat(captured.get(2)).isNotSameAs(captured.get(0));
    assertThat(captured.get(2).run().score()).isEqualTo(0.75);
  }

  @ExtendWith(FakeEnvironment.class)
  static class CapturesTheOutcome {
    static final List<BenchmarkOutcome> captured =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void captures(@BenchmarkRun("file:${sys:dir}/main.json") BenchmarkOutcome outcome) {
      captured.add(outcome);
    }
  }

  @Test
  void a_snapshot_file_is_read_once_per_test_plan_however_it_is_spelled() throws IOException {
    Files.copy(STANDARD_SNAPSHOT, directory.resolve("main.json"));

    EngineExecutionResults results =
        GateKit.unconfigured().parameter("dir", directory.toString()).run(ReadsAndDeletes.class);

    assertAllSucceeded(results, 2);
  }

  /** Deletes the file once read, so that only a remembered read can serve the second test. */
  @ExtendWith(FakeEnvironment.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ReadsAndDeletes {
    @Test
    @Order(1)
    @ExtendWith(DeleteSnapshot.class)
    void reads(@BenchmarkRun("file:${sys:dir}/main.json") BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }

    @Test
    @Order(2)
    void readsAgain(@BenchmarkRun("file:${sys:dir}/./sub/../main.json") BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }
  }

  static class DeleteSnapshot implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws IOException {
      Files.delete(Path.of(context.getConfigurationParameter("dir").orElseThrow(), "main.json"));
    }
  }

  @Test
  void recording_writes_each_run_fetched_from_the_api_as_a_snapshot() throws IOException {
    Path recorded = directory.resolve("recorded");

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.RECORD, recorded.toString())
            .run(FromTheApi.class);

    assertAllSucceeded(results, 2);
    assertThat(recorded).isDirectoryContaining(file -> file.endsWith("bmr_1.json"));
    try (var files = Files.list(recorded)) {
      assertThat(files).hasSize(1);
    }
    assertThat(recorded.resolve("bmr_1.json")).hasSameTextualContentAs(STANDARD_SNAPSHOT);
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromTheApi {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}

    @Test
    void outcome(@BenchmarkRun("bmr_1") BenchmarkOutcome outcome) {}
  }

  @Test
  void replaying_reads_every_run_id_from_the_directory_without_network() throws IOException {
    Files.copy(STANDARD_SNAPSHOT, directory.resolve("bmr_1.json"));

    EngineExecutionResults results =
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
            .run(ReplayedRun.class);

    assertAllSucceeded(results, 2);
  }

  @Test
  void the_environment_can_name_the_replay_directory() throws IOException {
    Files.copy(STANDARD_SNAPSHOT, directory.resolve("bmr_1.json"));

    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.SNAPSHOTS_VARIABLE, directory.toString())
            .run(ReplayedRun.class);

    assertAllSucceeded(results, 2);
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class ReplayedRun {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkOutcome outcome) {
      assertIsTheStandardRun(outcome);
    }

    @Test
    void baseline(@Baseline("bmr_1") BenchmarkRunView baseline) {
      assertThat(baseline.score()).isEqualTo(0.65);
    }
  }
}
