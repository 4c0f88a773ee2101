package dev.benchgate.junit.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.LatestRuns;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.testing.Models;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
            new LatestRun(
                LatestRuns.of("bmd_1").withMetadata("os", "linux").withMetadata("branch", "main")))
        .isEqualTo(parse("latest:bmd_1?metadata.branch=main&metadata.os=linux"));
    assertThat(source.describe()).isEqualTo("latest:bmd_1?metadata.branch=main&metadata.os=linux");
    assertThat(parse("latest:bmd_1").describe()).isEqualTo("latest:bmd_1");
  }

  @Test
  void a_metadata_value_may_hold_equals_signs() {
    assertThat(((LatestRun) parse("latest:bmd_1?metadata.flags=a=b")).query().metadata())
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
  void a_latest_query_without_a_benchmark_is_refused_with_cores_reason(String text) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] is no usable latest: query. The query '"
                + text
                + "' names no benchmark: give its id after latest:, as in"
                + " latest:bmd_123?metadata.branch=main&count=5.")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "latest:bmd_1?branch=main",
        "latest:bmd_1?metadata.branch=main&metadata.branch=dev",
        "latest:bmd_1?count=0",
        "latest:bmd_1?count=2&count=3"
      })
  void a_latest_query_core_refuses_is_refused_naming_who_asked(String text) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> parse(text))
        .withMessageStartingWith(
            "The run source '"
                + text
                + "' from origin for parameter [run] is no usable latest: query. The query '");
  }

  @Test
  void a_latest_query_is_parsed_by_core_with_its_count() {
    LatestRun latest = (LatestRun) parse("latest:bmd_1?count=5&metadata.git_sha=abc");

    assertThat(latest.query())
        .isEqualTo(LatestRuns.of("bmd_1").withMetadata("git_sha", "abc").withCount(5));
    assertThat(latest.count()).isEqualTo(5);
    assertThat(latest.describe()).isEqualTo("latest:bmd_1?metadata.git_sha=abc&count=5");
    assertThat(latest.excluding("bmr_1").query().excludedRunIds()).containsExactly("bmr_1");
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

    assertThat(latest.picked(List.of(named)))
        .isEqualTo(
            "latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed"
                + " 2027-01-15T09:00Z)");
  }

  @Test
  void a_job_source_reads_like_a_run_source_but_refuses_latest() {
    ConfiguredValue id = new ConfiguredValue("bmj_1", "origin");
    assertThat(JobSource.parse(id, REQUESTER).describe()).isEqualTo("benchmark job bmj_1");
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> JobSource.parse(new ConfiguredValue("latest:bmd_1", "origin"), REQUESTER))
        .withMessageContaining("is a latest: query, which names benchmark runs, not a job");
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
