package dev.benchgate.samples.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed sample snapshots are exactly what the generator makes, and cover what they claim.
 */
class SampleSnapshotsAreUpToDateTest {
  private static final Map<String, BenchmarkOutcome> GENERATED = SampleSnapshotGenerator.generate();

  private static String committed(String file) throws IOException {
    try (InputStream in =
        SampleSnapshotsAreUpToDateTest.class.getResourceAsStream("/snapshots/" + file)) {
      assertThat(in).as("snapshots/%s on the test classpath", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void committed_snapshots_match_the_generator() throws IOException {
    for (Map.Entry<String, String> file : SampleSnapshotGenerator.FILES.entrySet()) {
      assertThat(committed(file.getValue()))
          .as(
              "snapshots/%s is out of date: rerun SampleSnapshotGenerator (see its Javadoc)",
              file.getValue())
          .isEqualTo(BenchmarkSnapshots.toJson(GENERATED.get(file.getKey())));
    }
  }

  @Test
  void committed_job_and_repeated_runs_match_the_generator() throws IOException {
    assertThat(committed(SampleSnapshotGenerator.JOB_FILE))
        .as(
            "snapshots/%s is out of date: rerun SampleSnapshotGenerator",
            SampleSnapshotGenerator.JOB_FILE)
        .isEqualTo(BenchmarkSnapshots.toJson(SampleSnapshotGenerator.generateJob()));
    assertThat(committed(SampleSnapshotGenerator.REPEATED_FILE))
        .as(
            "snapshots/%s is out of date: rerun SampleSnapshotGenerator",
            SampleSnapshotGenerator.REPEATED_FILE)
        .isEqualTo(BenchmarkSnapshots.toJson(SampleSnapshotGenerator.generateRepeated()));
  }

  @Test
  void the_job_has_three_agents_on_48_scenarios_one_with_setup_failures_and_a_timeout() {
    BenchmarkJobOutcome job = SampleSnapshotGenerator.generateJob();

    assertThat(job.agentNames()).containsExactlyInAnyOrder("baseline", "candidate", "experimental");
    job.agents().forEach(agent -> assertThat(agent.outcome().scenarioRuns()).hasSize(48));
    BenchmarkOutcome experimental = job.agent("experimental");
    assertThat(experimental.scenarioRuns().stream().filter(experimental::isSynthesized))
        .hasSize(SampleSnapshotGenerator.SETUP_FAILURES.size());
    assertThat(experimental.scenarioRuns())
        .extracting(ScenarioRunView::state)
        .contains(ScenarioRunState.TIMEOUT);
  }

  @Test
  void the_repeated_runs_are_five_runs_of_one_commit_with_flaky_scenarios() {
    RepeatedOutcome runs = SampleSnapshotGenerator.generateRepeated();

    assertThat(runs.runCount()).isEqualTo(SampleSnapshotGenerator.REPEATED_RUNS);
    assertThat(runs.runs())
        .allSatisfy(
            run ->
                assertThat(run.run().metadata())
                    .containsEntry("git_sha", SampleSnapshotGenerator.GIT_SHA));
    assertThat(runs.flakyScenarios(RepeatedOutcome.DEFAULT_PASSING_SCORE)).isNotEmpty();
  }

  @Test
  void the_benchmark_has_at_least_40_scenarios_and_all_six_scorer_types() {
    BenchmarkOutcome baseline = GENERATED.get(SampleSnapshotGenerator.BASELINE_RUN_ID);

    assertThat(baseline.benchmark().orElseThrow().scenarioIds()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> scorerTypes =
        baseline.scenarios().stream()
            .map(ScenarioView::scoringContract)
            .flatMap(contract -> contract.scoringFunctionParameters().stream())
            .map(ScoringFunction::scorer)
            .map(scorer -> scorer.type())
            .collect(Collectors.toSet());
    assertThat(scorerTypes)
        .containsExactlyInAnyOrder(
            "ast_grep_scorer",
            "bash_script_scorer",
            "command_scorer",
            "custom_scorer",
            "python_script_scorer",
            "test_based_scorer");
  }

  @Test
  void the_candidate_shows_every_final_state_and_a_scorer_error() {
    BenchmarkOutcome candidate = GENERATED.get(SampleSnapshotGenerator.CANDIDATE_RUN_ID);

    assertThat(candidate.scenarioRuns())
        .extracting(ScenarioRunView::state)
        .contains(
            ScenarioRunState.SCORED,
            ScenarioRunState.COMPLETED,
            ScenarioRunState.FAILED,
            ScenarioRunState.TIMEOUT,
            ScenarioRunState.CANCELED);
    assertThat(candidate.scenarioRuns()).anyMatch(ScenarioRunView::hasScoringErrors);
  }

  @Test
  void the_legacy_run_has_the_legacy_shape() {
    BenchmarkRunView legacy = GENERATED.get(SampleSnapshotGenerator.LEGACY_RUN_ID).run();

    assertThat(legacy.legacyScenarioRuns()).isNotEmpty();
    assertThat(legacy.legacyPendingScenarios()).isNotEmpty();
  }
}
