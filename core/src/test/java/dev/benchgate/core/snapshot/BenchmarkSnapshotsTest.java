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
            "baselines/main.json has snapshot format version 7, newer than the version 1 this"
                + " Benchgate reads: upgrade Benchgate");
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
