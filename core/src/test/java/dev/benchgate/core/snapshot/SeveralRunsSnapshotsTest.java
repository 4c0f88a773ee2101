package dev.benchgate.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchgate.core.ApiFixtures;
import dev.benchgate.core.model.AgentEnvironment;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.UnknownAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of several runs (format version 2): a benchmark job with every agent's run, and
 * repeated runs of one agent; how they read back, what they redact, and what they refuse.
 */
class SeveralRunsSnapshotsTest {
  @TempDir Path directory;

  @Test
  void a_job_reads_back_equal_with_its_setup_failure_and_its_reason() {
    BenchmarkJobOutcome job = SnapshotFixtures.job(false);

    BenchmarkJobOutcome read =
        BenchmarkSnapshots.jobFromJson(BenchmarkSnapshots.toJson(job), "job.json");

    assertThat(read).isEqualTo(job);
    assertThat(read.agentNames()).containsExactly("claude-code", "codex", "goose");
    BenchmarkOutcome codex = read.agent("codex");
    ScenarioRunView setupFailure = codex.scenarioRunsIn(ScenarioRunState.FAILED).get(0);
    assertThat(codex.isSynthesized(setupFailure)).isTrue();
    assertThat(codex.failureReason(setupFailure).map(ScenarioFailureReason::describe))
        .contains("EnvironmentSetupError: devbox failed to start");
    assertThat(read.agent("goose")).isEqualTo(job.agent("goose"));
    assertThat(read.jobAgent("goose").isFinished()).isFalse();
  }

  @Test
  void a_job_holds_the_benchmark_and_definitions_once_and_no_synthesized_run() {
    String json = BenchmarkSnapshots.toJson(SnapshotFixtures.job(false));

    assertThat(json)
        .startsWith("{\n  \"benchmark\": {\n")
        .contains("\n  \"benchmark_job\": {\n", "\n  \"runs\": [\n", "\n  \"version\": 2\n")
        .doesNotContain("no-run:", "\n  \"benchmark_run\": ");
    assertThat(count(json, "\"scenarioIds\"")).isOne();
    assertThat(count(json, "\"name\": \"parse-dates\"")).isOne();
    assertThat(count(json, "\"benchmark_run\": {")).isEqualTo(3);
  }

  @Test
  void a_file_is_written_atomically_reads_back_and_tells_its_kind() {
    Path file = directory.resolve("jobs/pr-1187.json");
    BenchmarkJobOutcome job = SnapshotFixtures.job(false);

    BenchmarkSnapshots.write(job, file);

    assertThat(BenchmarkSnapshots.readJob(file)).isEqualTo(job);
    assertThat(BenchmarkSnapshots.kind(file)).isEqualTo(SnapshotKind.JOB);
    assertThat(directory.resolve("jobs")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void the_same_job_is_the_same_bytes_in_both_layouts() {
    BenchmarkJobOutcome job = SnapshotFixtures.job(true);

    String pretty = BenchmarkSnapshots.toJson(job);
    String compact = BenchmarkSnapshots.toJson(job, SnapshotLayout.COMPACT);

    assertThat(BenchmarkSnapshots.toJson(SnapshotFixtures.job(true))).isEqualTo(pretty);
    assertThat(compact).doesNotContain("\n  ").hasSizeLessThan(pretty.length());
    assertThat(BenchmarkSnapshots.jobFromJson(compact, "compact.json"))
        .isEqualTo(BenchmarkSnapshots.jobFromJson(pretty, "pretty.json"));
  }

  @Test
  void a_job_redacts_the_values_of_its_agents_environments_and_its_runs_secrets() {
    BenchmarkJobOutcome job = SnapshotFixtures.job(true);

    String json = BenchmarkSnapshots.toJson(job);
    BenchmarkJobOutcome read = BenchmarkSnapshots.jobFromJson(json, "job.json");

    assertThat(json).doesNotContain("sk-not-a-real-value", "BMJ_GITHUB_TOKEN", "BMJ_ANTHROPIC");
    JobAgentConfig goose = read.job().jobSpec().jobAgentConfigs().get(2);
    assertThat(goose.agentEnvironment())
        .isEqualTo(
            new AgentEnvironment(
                Map.of("GOOSE_TOKEN", "<redacted>"), Map.of("GITHUB_TOKEN", "<redacted>")));
    assertThat(((UnknownAgentConfig) read.job().jobSpec().agentConfigs().get(3)).fields())
        .containsEntry("environment_variables", Map.of("K", "<redacted>"));
    assertThat(read.agent("codex").run().environmentVariables())
        .containsEntry("OPENAI_API_KEY", "<redacted>");
    assertThat(BenchmarkSnapshots.toJson(read))
        .as("written once, redacted for good")
        .isEqualTo(json);
  }

  @Test
  void a_job_whose_agents_have_different_definitions_is_refused_before_anything_is_written() {
    BenchmarkOutcome codex = SnapshotFixtures.codex(false);
    BenchmarkOutcome claude =
        BenchmarkOutcome.of(
            SnapshotFixtures.claude(false).run(),
            SnapshotFixtures.claude(false).scenarioRuns(),
            SnapshotFixtures.SCENARIOS.subList(0, 2),
            SnapshotFixtures.BENCHMARK);
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            ApiFixtures.parse(BenchmarkJobView.class, "benchmark_job_completed.json"),
            List.of(claude, codex));
    Path file = directory.resolve("job.json");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkSnapshots.write(job, file))
        .withMessage(
            "Cannot write a snapshot of benchmark job swe-smoke-0821 (bmj_3kQ8vLx2): it holds the"
                + " benchmark and its scenario definitions once, but run bmr_Bq72 is joined with"
                + " other scenario definitions than run bmr_Ak41. RunloopClient.jobOutcome joins"
                + " every run with the same ones.");
    assertThat(file).doesNotExist();
  }

  @Test
  void repeated_runs_read_back_equal_with_the_report_of_a_jobs_run() {
    RepeatedOutcome runs = SnapshotFixtures.repeatedRuns(false);

    String json = BenchmarkSnapshots.toJson(runs);
    RepeatedOutcome read = BenchmarkSnapshots.repeatedFromJson(json, "runs.json");

    assertThat(read).isEqualTo(runs);
    assertThat(json).doesNotContain("benchmark_job", "no-run:").contains("\"scenario_outcomes\"");
    BenchmarkOutcome ofTheJob = read.runs().get(0);
    ScenarioRunView setupFailure = ofTheJob.scenarioRunsIn(ScenarioRunState.FAILED).get(0);
    assertThat(ofTheJob.failureReason(setupFailure).map(ScenarioFailureReason::describe))
        .contains("EnvironmentSetupError: devbox failed to start");
    assertThat(read.flakyScenarios(0.5)).isEqualTo(runs.flakyScenarios(0.5));
    assertThat(BenchmarkSnapshots.kindFromJson(json, "runs.json"))
        .isEqualTo(SnapshotKind.REPEATED_RUNS);
  }

  @Test
  void repeated_runs_are_written_to_a_file_and_read_from_it() {
    Path file = directory.resolve("runs.json");
    RepeatedOutcome runs = SnapshotFixtures.repeatedRuns(false);

    BenchmarkSnapshots.write(runs, file, SnapshotLayout.COMPACT);

    assertThat(BenchmarkSnapshots.readRepeated(file)).isEqualTo(runs);
  }

  @Test
  void a_snapshot_of_one_run_reads_as_repeated_runs_of_one() {
    BenchmarkOutcome codex = SnapshotFixtures.codex(false);
    String json = BenchmarkSnapshots.toJson(codex);

    assertThat(BenchmarkSnapshots.repeatedFromJson(json, "one.json"))
        .isEqualTo(RepeatedOutcome.of(codex));
    assertThat(BenchmarkSnapshots.kindFromJson(json, "one.json")).isEqualTo(SnapshotKind.RUN);
  }

  @Test
  void each_reader_names_the_reader_of_another_kind() {
    String job = BenchmarkSnapshots.toJson(SnapshotFixtures.job(false));
    String runs = BenchmarkSnapshots.toJson(SnapshotFixtures.repeatedRuns(false));
    String one = BenchmarkSnapshots.toJson(SnapshotFixtures.codex(false));

    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(job, "job.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "job.json holds benchmark job bmj_3kQ8vLx2 (read it with readJob, and take an agent's"
                + " run with agent(name)), not one benchmark run as BenchmarkSnapshots.read"
                + " reads");
    assertThatThrownBy(() -> BenchmarkSnapshots.repeatedFromJson(job, "job.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageEndingWith(
            "not repeated runs of one agent as BenchmarkSnapshots.readRepeated reads");
    assertThatThrownBy(() -> BenchmarkSnapshots.fromJson(runs, "runs.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "runs.json holds 3 repeated runs (read them with readRepeated), not one benchmark run"
                + " as BenchmarkSnapshots.read reads");
    assertThatThrownBy(() -> BenchmarkSnapshots.jobFromJson(one, "one.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "one.json holds one benchmark run, bmr_Bq72 (read it with read), not a benchmark job"
                + " as BenchmarkSnapshots.readJob reads");
  }

  @Test
  void a_file_whose_runs_do_not_fit_its_job_is_no_snapshot() {
    String json =
        BenchmarkSnapshots.toJson(SnapshotFixtures.job(false))
            .replace("\"id\": \"bmr_Cz90\"", "\"id\": \"bmr_stranger\"");

    assertThatThrownBy(() -> BenchmarkSnapshots.jobFromJson(json, "job.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageStartingWith("job.json is not a valid Benchgate snapshot: ");
  }

  @Test
  void a_file_without_runs_or_with_a_run_without_its_run_is_refused() {
    assertThatThrownBy(
            () ->
                BenchmarkSnapshots.repeatedFromJson(
                    "{\"format\": \"benchgate-snapshot\", \"version\": 2}", "empty.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("empty.json has no \"runs\"");
    assertThatThrownBy(
            () ->
                BenchmarkSnapshots.repeatedFromJson(
                    "{\"format\": \"benchgate-snapshot\", \"runs\": [{\"scenario_runs\": []}],"
                        + " \"version\": 2}",
                    "bare.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "bare.json is not a valid Benchgate snapshot: $.runs[0]: \"benchmark_run\" is"
                + " missing");
  }

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  @Test
  void reading_a_missing_file_says_which() throws IOException {
    Path missing = directory.resolve("missing.json");
    assertThat(Files.exists(missing)).isFalse();

    assertThatThrownBy(() -> BenchmarkSnapshots.readJob(missing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageStartingWith("Cannot read snapshot " + missing);
  }
}
