package dev.benchgate.core.snapshot;

import static dev.benchgate.core.ApiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkSnapshotsTest {
  @TempDir Path directory;

  /** An outcome with an unknown scenario-run state, an unknown scorer type, and no secrets. */
  private static BenchmarkOutcome outcomeWithoutSecrets() {
    BenchmarkRunView run = parse(BenchmarkRunView.class, "benchmark_run_legacy.json");
    return BenchmarkOutcome.of(
        run,
        List.of(
            parse(ScenarioRunView.class, "scenario_run_scoring_states.json"),
            parse(ScenarioRunView.class, "scenario_run_nulls.json")),
        List.of(parse(ScenarioView.class, "scenario_every_scorer.json")),
        parse(BenchmarkView.class, "benchmark.json"));
  }

  @Test
  void round_trips_an_outcome_exactly() {
    BenchmarkOutcome outcome = outcomeWithoutSecrets();
    Path file = directory.resolve("nested/dir/run.json");

    BenchmarkSnapshots.write(outcome, file);

    assertThat(BenchmarkSnapshots.read(file)).isEqualTo(outcome);
    assertThat(directory.resolve("nested/dir")).isDirectoryContaining("glob:**run.json");
    try (var files = Files.list(directory.resolve("nested/dir"))) {
      assertThat(files).hasSize(1); // no temporary file left behind
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void round_trips_an_outcome_without_benchmark() {
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            parse(BenchmarkRunView.class, "benchmark_run_every_field.json"),
            List.of(),
            List.of(),
            null);

    BenchmarkOutcome read = BenchmarkSnapshots.fromJson(BenchmarkSnapshots.toJson(outcome), "test");

    assertThat(read.benchmark()).isEmpty();
    assertThat(read.scenarioRuns()).isEmpty();
  }

  @Test
  void output_is_stable_sorted_and_pretty() {
    String first = BenchmarkSnapshots.toJson(outcomeWithoutSecrets());
    String second = BenchmarkSnapshots.toJson(BenchmarkSnapshots.fromJson(first, "first snapshot"));

    assertThat(second).isEqualTo(first);
    assertThat(first)
        .startsWith("{\n  \"benchmark\": {")
        .contains("\n  \"format\": \"benchgate-snapshot\",\n")
        .contains("\n  \"version\": 1\n")
        .endsWith("}\n");
    assertThat(first)
        .containsSubsequence(
            "\n  \"benchmark\": ",
            "\n  \"benchmark_run\": ",
            "\n  \"format\": ",
            "\n  \"scenario_runs\": ",
            "\n  \"scenarios\": ",
            "\n  \"version\": ");
  }

  @Test
  void keeps_unknown_states_and_scorer_types_verbatim() {
    String json = BenchmarkSnapshots.toJson(outcomeWithoutSecrets());

    assertThat(json)
        .contains("\"state\": \"teleported\"")
        .contains("\"type\": \"llm_judge_scorer\"")
        .contains("\"model\": \"judge-1\"");
  }

  @Test
  void never_writes_secret_values() {
    BenchmarkRunView run = parse(BenchmarkRunView.class, "benchmark_run_every_field.json");
    ScenarioRunView scenarioRun = parse(ScenarioRunView.class, "scenario_run_scoring_states.json");
    ScenarioRunView withSecrets =
        new ScenarioRunView(
            scenarioRun.id(),
            scenarioRun.scenarioId(),
            scenarioRun.devboxId(),
            scenarioRun.benchmarkRunId(),
            scenarioRun.name(),
            scenarioRun.metadata(),
            scenarioRun.stateValue(),
            scenarioRun.startTimeMs(),
            scenarioRun.durationMs(),
            scenarioRun.purpose(),
            scenarioRun.scoringContractResult(),
            Map.of("DATABASE_PASSWORD", "hunter2-not-real"),
            Map.of("NPM_TOKEN", "npm_not_real"));
    BenchmarkOutcome outcome = BenchmarkOutcome.of(run, List.of(withSecrets), List.of(), null);

    String json = BenchmarkSnapshots.toJson(outcome);

    assertThat(json)
        .doesNotContain(
            "sk-not-a-real-value", "sec_not_a_real_value", "hunter2-not-real", "npm_not_real")
        .contains("\"OPENAI_API_KEY\": \"<redacted>\"", "\"DATABASE_PASSWORD\": \"<redacted>\"");
    BenchmarkOutcome read = BenchmarkSnapshots.fromJson(json, "test");
    assertThat(read.run().environmentVariables()).containsEntry("AGENT_MODEL", "<redacted>");
    assertThat(read.run().metadata()).isEqualTo(run.metadata());
  }

  @Test
  void refuses_a_newer_format_version_and_says_what_to_do() {
    String json =
        BenchmarkSnapshots.toJson(outcomeWithoutSecrets())
            .replace("\"version\": 1", "\"version\": 7");

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(json, "baselines/main.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "baselines/main.json has snapshot format version 7, newer than the versions 1 to 2"
                + " this Benchgate reads: upgrade Benchgate");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|b.json has snapshot format version 0, which no Benchgate writes; this Benchgate reads"
            + " versions 1 to 2",
        "-7|b.json has snapshot format version -7, which no Benchgate writes; this Benchgate reads"
            + " versions 1 to 2",
        "\"1\"|b.json has a snapshot format \"version\" that is not a number; this Benchgate"
            + " reads versions 1 to 2",
        "true|b.json has a snapshot format \"version\" that is not a number; this Benchgate"
            + " reads versions 1 to 2",
        "1.0|b.json has snapshot format version 1.0, not a whole number; this Benchgate reads"
            + " versions 1 to 2",
        "1e400|b.json has snapshot format version 1e400, not a whole number; this Benchgate"
            + " reads versions 1 to 2",
        "99999999999999999999|b.json has snapshot format version 99999999999999999999, newer"
            + " than the versions 1 to 2 this Benchgate reads: upgrade Benchgate",
      })
  void refuses_versions_it_does_not_read_and_names_those_it_does(String version, String message) {
    String json =
        BenchmarkSnapshots.toJson(outcomeWithoutSecrets())
            .replace("\"version\": 1", "\"version\": " + version);

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(json, "b.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(message);
  }

  @Test
  void refuses_a_snapshot_without_a_version() {
    String json =
        BenchmarkSnapshots.toJson(outcomeWithoutSecrets()).replace(",\n  \"version\": 1", "");

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(json, "b.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("b.json has no snapshot format \"version\"");
  }

  @Test
  void a_newer_version_of_another_shape_says_its_version_not_its_shape() {
    String json =
        "{\"runs\": {\"a new\": \"shape\"}, \"format\": \"benchgate-snapshot\","
            + " \"version\": 3}";

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(json, "b.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("has snapshot format version 3, newer than the versions 1 to 2");
  }

  @Test
  void names_the_record_and_field_a_file_lacks() {
    String json =
        BenchmarkSnapshots.toJson(outcomeWithoutSecrets())
            .replace("\"scenario_id\": \"scn_9\",", "");

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(json, "b.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "b.json is not a valid Benchgate snapshot: scenario run scr_9 at $.scenario_runs[1]:"
                + " \"scenario_id\" is missing");
  }

  @Test
  void never_writes_what_it_could_not_read_back() {
    ScenarioRunView valid = parse(ScenarioRunView.class, "scenario_run_nulls.json");
    ScenarioRunView stateless =
        new ScenarioRunView(
            "scr_x", "scn_x", null, null, null, null, null, null, null, null, null, null, null);
    BenchmarkOutcome outcome =
        BenchmarkOutcome.of(
            parse(BenchmarkRunView.class, "benchmark_run_every_field.json"),
            List.of(valid, stateless),
            List.of(),
            null);
    Path file = directory.resolve("never.json");

    assertThatThrownBy(() -> BenchmarkSnapshots.write(outcome, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write a snapshot of benchmark run bmr_31f2a9, as it could not be read back:"
                + " scenario run scr_x at $.scenario_runs[1]: \"state\" is missing");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void a_compact_snapshot_holds_the_same_json_and_reads_the_same() {
    BenchmarkOutcome outcome = outcomeWithoutSecrets();
    Path file = directory.resolve("compact.json");

    BenchmarkSnapshots.write(outcome, file, SnapshotLayout.COMPACT);

    String compact = BenchmarkSnapshots.toJson(outcome, SnapshotLayout.COMPACT);
    assertThat(file).content().isEqualTo(compact);
    assertThat(compact).startsWith("{\"benchmark\":{\"attribution\":").endsWith("\"version\":1}\n");
    assertThat(compact.length()).isLessThan(BenchmarkSnapshots.toJson(outcome).length() * 2 / 3);
    assertThat(BenchmarkSnapshots.read(file)).isEqualTo(outcome);
  }

  @Test
  void refuses_json_that_is_not_a_snapshot() {
    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson("{\"id\": \"bmr_1\"}", "run.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "run.json is not a Benchgate snapshot: expected \"format\": \"benchgate-snapshot\"");
  }

  @Test
  void refuses_a_snapshot_without_a_run() {
    assertThatThrownBy(
            () ->
                BenchmarkSnapshots.fromJson(
                    "{\"format\": \"benchgate-snapshot\", \"version\": 1}", "empty.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("empty.json has no \"benchmark_run\"");
  }

  @Test
  void refuses_a_document_that_is_not_an_object_or_goes_on_after_it() {
    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson("[1]", "array.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("array.json is not a valid Benchgate snapshot: $ is an array, not an object");
    String twice = BenchmarkSnapshots.toJson(outcomeWithoutSecrets());
    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(twice + twice, "twice.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "twice.json is not a valid Benchgate snapshot: the document goes on after its object"
                + " ends");
  }

  @Test
  void reports_malformed_json_with_its_origin() {
    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson("{\"format\": ", "broken.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageStartingWith("broken.json is not a valid Benchgate snapshot: ");
  }

  @Test
  void reports_a_missing_file_with_its_path() {
    Path missing = directory.resolve("missing.json");

    assertThatThrownBy(() -> BenchmarkSnapshots.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot read snapshot " + missing);
  }
}
