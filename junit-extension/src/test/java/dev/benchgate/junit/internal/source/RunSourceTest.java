package dev.benchgate.junit.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.testing.Models;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunSourceTest {
  private static final Requester REQUESTER = new Requester("parameter [run]");
  private static final long NOON = 1_800_000_000_000L; // 2027-01-15T08:00Z

  private static RunSource parse(String text) {
    return RunSource.parse(new ConfiguredValue(text, "origin"), REQUESTER);
  }

  @Test
  void a_run_id_names_a_run_on_the_api() {
    RunSource source = parse("bmr_123");

    assertThat(source).isEqualTo(new RunSource.RunId("bmr_123"));
    assertThat(source.describe()).isEqualTo("benchmark run bmr_123");
  }

  @Test
  void a_file_path_is_taken_relative_to_the_working_directory_and_normalised() {
    RunSource source = parse("file:baselines/./old/../main.json");

    Path expected = Path.of("").toAbsolutePath().resolve("baselines/main.json");
    assertThat(source).isEqualTo(new RunSource.SnapshotFile(expected));
    assertThat(parse("file:" + expected)).isEqualTo(source);
    assertThat(source.describe()).isEqualTo("snapshot file " + expected);
  }

  @Test
  void a_classpath_name_loses_its_leading_slash() {
    RunSource source = parse("classpath:/runs/nightly.json");

    assertThat(source).isEqualTo(new RunSource.ClasspathSnapshot("runs/nightly.json"));
    assertThat(parse("classpath:runs/nightly.json")).isEqualTo(source);
    assertThat(source.describe()).isEqualTo("classpath snapshot runs/nightly.json");
  }

  @Test
  void a_latest_query_keeps_its_benchmark_and_metadata_filters_sorted_by_key() {
    RunSource source = parse("latest:bmd_1?metadata.os=linux&metadata.branch=main");

    assertThat(source)
        .isEqualTo(
            new LatestRun("bmd_1", new TreeMap<>(Map.of("branch", "main", "os", "linux")), null))
        .isEqualTo(parse("latest:bmd_1?metadata.branch=main&metadata.os=linux"));
    assertThat(source.describe()).isEqualTo("latest:bmd_1?metadata.branch=main&metadata.os=linux");
    assertThat(parse("latest:bmd_1").describe()).isEqualTo("latest:bmd_1");
  }

  @Test
  void a_metadata_value_may_hold_equals_signs() {
    assertThat(((LatestRun) parse("latest:bmd_1?metadata.flags=a=b")).metadata())
        .containsExactly(Map.entry("flags", "a=b"));
  }

  @ParameterizedTest
  @CsvSource({
    "s3://bucket/run.json, s3:",
    "https://api.runloop.ai/v1/benchmark_runs/bmr_1, https:"
  })
  void prefixes_this_version_does_not_know_are_refused(String text, String prefix) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] starts with '"
                + prefix
                + "', which this version of Benchgate does not support: give a benchmark run id"
                + " such as bmr_123, file:path/to/snapshot.json, classpath:path/to/snapshot.json"
                + " or latest:bmd_…, optionally through ${env:NAME} or ${sys:name}.");
  }

  @ParameterizedTest
  @CsvSource({"'file:', a path", "'file:  ', a path", "'classpath:', a resource name"})
  void a_snapshot_source_without_a_name_is_refused(String text, String what) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] names no snapshot: give "
                + what
                + " after the prefix, as in "
                + text
                + "baselines/main.json.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"latest:", "latest:?metadata.branch=main", "latest:bmd 1"})
  void a_latest_query_without_a_benchmark_is_refused(String text) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] names no benchmark: give its id after"
                + " latest:, as in latest:bmd_123?metadata.branch=main.");
  }

  @ParameterizedTest
  @CsvSource({
    "latest:bmd_1?branch=main, branch=main",
    "latest:bmd_1?metadata.branch=, metadata.branch=",
    "latest:bmd_1?metadata.branch=main&, ''",
    "latest:bmd_1?state=completed, state=completed"
  })
  void a_latest_query_filters_by_metadata_only(String text, String filter) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] has the filter '"
                + filter
                + "': filter by metadata only, each as metadata.<key>=<value>, joined with &, as"
                + " in latest:bmd_123?metadata.branch=main.");
  }

  @Test
  void a_latest_query_filters_a_key_once() {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse("latest:bmd_1?metadata.branch=main&metadata.branch=dev"))
        .withMessageContaining("filters metadata.branch twice: keep one value per key");
  }

  @Test
  void latest_picks_the_newest_completed_run_of_its_benchmark_with_its_metadata() {
    LatestRun latest = (LatestRun) parse("latest:bmd_1?metadata.branch=main");

    assertThat(
            latest.pick(
                Stream.of(
                    run("bmr_old", "completed", "bmd_1", NOON, "main"),
                    run("bmr_new", "completed", "bmd_1", NOON + 2, "main"),
                    run("bmr_mid", "completed", "bmd_1", NOON + 1, "main"),
                    run("bmr_running", "running", "bmd_1", NOON + 3, "main"),
                    run("bmr_failed", "failed", "bmd_1", NOON + 3, "main"),
                    run("bmr_feature", "completed", "bmd_1", NOON + 3, "feature"),
                    run("bmr_other", "completed", "bmd_2", NOON + 3, "main"))))
        .map(BenchmarkRunView::id)
        .hasValue("bmr_new");
  }

  @Test
  void latest_passes_over_the_excluded_run() {
    LatestRun latest = ((LatestRun) parse("latest:bmd_1")).excluding("bmr_new");

    assertThat(
            latest.pick(
                Stream.of(
                    run("bmr_old", "completed", "bmd_1", NOON, "main"),
                    run("bmr_new", "completed", "bmd_1", NOON + 1, "main"))))
        .map(BenchmarkRunView::id)
        .hasValue("bmr_old");
    assertThat(latest.describe()).isEqualTo("latest:bmd_1");
  }

  @Test
  void latest_tells_runs_started_at_once_apart_by_id_whatever_their_order() {
    LatestRun latest = (LatestRun) parse("latest:bmd_1");
    BenchmarkRunView a = run("bmr_a", "completed", "bmd_1", NOON, "main");
    BenchmarkRunView b = run("bmr_b", "completed", "bmd_1", NOON, "main");

    assertThat(latest.pick(Stream.of(a, b))).containsSame(b);
    assertThat(latest.pick(Stream.of(b, a))).containsSame(b);
  }

  @Test
  void latest_finds_nothing_among_no_match() {
    LatestRun latest = (LatestRun) parse("latest:bmd_1?metadata.branch=main");

    assertThat(latest.pick(Stream.of(run("bmr_1", "completed", "bmd_1", NOON, "dev")))).isEmpty();
    assertThat(latest.excluding("bmr_1").nothingMatched("on the API"))
        .hasMessage(
            "No completed run of benchmark bmd_1 with metadata.branch=main other than the run"
                + " under test bmr_1 was found on the API. Check the benchmark id and the metadata"
                + " filters, or name the baseline by run id or snapshot file.");
  }

  @Test
  void the_pick_is_told_with_the_runs_name_and_when_it_completed_to_the_minute() {
    LatestRun latest = (LatestRun) parse("latest:bmd_1?metadata.branch=main");
    BenchmarkRunView named =
        Models.run("bmr_9")
            .named("nightly-41")
            .startTimeMs(NOON)
            .duration(Duration.ofMinutes(60).plusSeconds(59))
            .build();
    BenchmarkRunView unnamed = Models.run("bmr_8").startTimeMs(NOON).duration(null).build();

    assertThat(latest.picked(named))
        .isEqualTo(
            "latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed"
                + " 2027-01-15T09:00Z)");
    assertThat(latest.picked(unnamed))
        .isEqualTo("latest:bmd_1?metadata.branch=main picked bmr_8 (started 2027-01-15T08:00Z)");
  }

  private static BenchmarkRunView run(
      String id, String state, String benchmarkId, long startTimeMs, String branch) {
    return Models.run(id)
        .state(state)
        .benchmark(benchmarkId)
        .startTimeMs(startTimeMs)
        .metadata("branch", branch)
        .build();
  }
}
