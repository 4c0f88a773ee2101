package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
import dev.benchgate.junit.report.RunReport;
import dev.benchgate.testing.FakeRunloop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The end-of-run report, written by the launcher listener for fixture plans run end to end. */
class ReportListenerTest {
  private static final String HOSTILE_NAME = "<script>alert(1)</script>";

  @RegisterExtension final FakeRunloop runloop = GateKit.fakeRunloop();
  @TempDir private Path temp;
  private Path reportDirectory;

  @BeforeEach
  void serveCandidateAndBaseline() {
    reportDirectory = temp.resolve("benchgate");
    runloop.add(StandardRuns.outcome("bmr_cand"));
    runloop.add(
        StandardRuns.outcome(
            StandardRuns.run("bmr_base", "completed", 0.8, "bmd_1"),
            List.of(
                StandardRuns.scenarioRun(
                    "sbr_a", "scn_a", "bmr_base", "scored", 0.9, "unit-tests", 0.9),
                StandardRuns.scenarioRun(
                    "sbr_b", "scn_b", "bmr_base", "scored", 0.8, "unit-tests", 0.8),
                StandardRuns.scenarioRun(
                    "sbr_c", "scn_c", "bmr_base", "scored", 0.7, "unit-tests", 0.7))));
  }

  @Test
  void writes_json_markdown_html_and_the_console_table_for_a_failing_plan() throws IOException {
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    TestExecutionSummary summary = kit.runAndClose(RegressionGate.class);

    assertThat(summary.getTestsFoundCount()).isEqualTo(5);
    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    BenchgateReport report = readJson();
    assertThat(report.schema()).isEqualTo("benchgate-report");
    assertThat(report.version()).isEqualTo(1);
    assertThat(report.verdict()).isEqualTo("failed");
    Map<String, RunReport> runs = byKey(report.runs().stream(), RunReport::runId);
    assertThat(runs).containsOnlyKeys("bmr_cand", "bmr_base");
    RunReport candidate = runs.get("bmr_cand");
    assertThat(candidate.score()).isEqualTo(0.65);
    assertThat(candidate.passThreshold()).isEqualTo(0.5);
    assertThat(candidate.passRate())
        .isEqualTo(1.0 / 3); // add-retry 0.9; 0.4 and failed do not pass
    assertThat(candidate.infrastructureFailures()).isEqualTo(1);
    assertThat(candidate.baseline().runId()).isEqualTo("bmr_base");
    assertThat(candidate.baseline().regressedScenarios()).isEqualTo(1); // fix-flaky-test 0.8 → 0.4
    assertThat(runs.get("bmr_base").baseline()).isNull();

    Map<String, GateReport> gates = byKey(report.gates().stream(), GateReport::name);
    String fixture = "ReportListenerTest$RegressionGate > ";
    assertThat(gates)
        .containsOnlyKeys(
            fixture + "overallScore(BenchmarkRunView)",
            fixture + "noRegression(BenchmarkOutcome, BenchmarkOutcome)",
            fixture + "eachScenario(ScenarioRunView) > add-retry",
            fixture + "eachScenario(ScenarioRunView) > fix-flaky-test",
            fixture + "eachScenario(ScenarioRunView) > rename-module");
    GateReport passed = gates.get(fixture + "overallScore(BenchmarkRunView)");
    assertThat(passed.status()).isEqualTo("passed");
    assertThat(passed.message()).isNull();
    assertThat(passed.runIds()).containsExactly("bmr_cand");
    GateReport regression = gates.get(fixture + "noRegression(BenchmarkOutcome, BenchmarkOutcome)");
    assertThat(regression.status()).isEqualTo("failed");
    assertThat(regression.message()).isEqualTo("fix-flaky-test regressed by 0.40");
    assertThat(regression.runIds()).containsExactly("bmr_cand", "bmr_base");
    GateReport lowScore = gates.get(fixture + "eachScenario(ScenarioRunView) > fix-flaky-test");
    assertThat(lowScore.status()).isEqualTo("failed");
    assertThat(lowScore.runIds()).containsExactly("bmr_cand");

    assertThat(read("report.md"))
        .startsWith("## Benchgate: ❌ failed\n\n2 run(s), 5 gate(s), 3 failed.\n")
        .contains("| nightly \\(bmr\\_cand\\) | completed | 0.65 | 33.3 % | 3 | 1 | 0 |")
        .contains("- **ReportListenerTest$RegressionGate &gt; noRegression\\(BenchmarkOutcome,");
    String html = read("report.html");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("class=\"verdict failed\"");
    assertThat(html.split("<svg class=\"score-bar\"", -1)).hasSize(1 + 3 + 3);
    assertThat(kit.console())
        .startsWith("Benchgate: 2 runs, 5 gates, 3 failed — FAILED\n")
        .contains("nightly (bmr_cand)", "fix-flaky-test regressed by 0.40");
  }

  @Test
  void writes_report_json_when_the_plan_ends_and_prints_when_the_session_closes() {
    ReportKit kit = ReportKit.against(runloop, reportDirectory);
    kit.run(RegressionGate.class);

    // Surefire fails the build after the session: the files must be there before.
    assertThat(reportDirectory.resolve("report.json")).isRegularFile();
    assertThat(reportDirectory.resolve("report.md")).isRegularFile();
    assertThat(reportDirectory.resolve("report.html")).isRegularFile();
    assertThat(kit.console()).isEmpty();

    kit.close();

    assertThat(kit.console()).startsWith("Benchgate: 2 runs, 5 gates, 3 failed");
  }

  @Test
  void covers_every_plan_of_a_session_a_rerun_replacing_earlier_results() throws IOException {
    runloop.add(StandardRuns.outcome("bmr_other"));
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    kit.run(RegressionGate.class);
    kit.run(RegressionGate.class); // as Surefire reruns failed tests in the same session
    kit.run(OtherRunGate.class); // as Surefire runs one plan per class for forks fed lazily
    kit.close();

    BenchgateReport report = readJson();
    assertThat(report.runs()).extracting(RunReport::runId).contains("bmr_other").hasSize(3);
    assertThat(report.gates()).hasSize(5 + 1);
    assertThat(kit.console().split("Benchgate: ", -1)).hasSize(2);
  }

  @Test
  void appends_the_markdown_report_to_the_github_job_summary() throws IOException {
    Path jobSummary = temp.resolve("step_summary.md");
    Files.writeString(jobSummary, "## Earlier step\n\n", StandardCharsets.UTF_8);

    ReportKit.against(runloop, reportDirectory)
        .environment("GITHUB_STEP_SUMMARY", jobSummary.toString())
        .runAndClose(RegressionGate.class);

    String markdown = read("report.md");
    assertThat(markdown).startsWith("## Benchgate: ❌ failed");
    assertThat(Files.readString(jobSummary, StandardCharsets.UTF_8))
        .isEqualTo("## Earlier step\n\n" + markdown);
  }

  @Test
  void reads_the_pass_threshold_from_configuration() throws IOException {
    ReportKit.against(runloop, reportDirectory)
        .parameter(ConfigurationKeys.REPORT_PASS_THRESHOLD, "0.95")
        .runAndClose(RegressionGate.class);

    RunReport candidate =
        readJson().runs().stream().filter(r -> r.runId().equals("bmr_cand")).findFirst().get();
    assertThat(candidate.passThreshold()).isEqualTo(0.95);
    assertThat(candidate.passRate()).isZero();
  }

  @Test
  void reads_the_significance_level_from_configuration() throws IOException {
    ReportKit.against(runloop, reportDirectory)
        .parameter(ConfigurationKeys.REPORT_ALPHA, "0.25")
        .runAndClose(RegressionGate.class);

    RunReport candidate =
        readJson().runs().stream().filter(r -> r.runId().equals("bmr_cand")).findFirst().get();
    assertThat(candidate.baseline().alpha()).isEqualTo(0.25);
    assertThat(candidate.baseline().scenariosNeeded()).isEqualTo(2);
  }

  @Test
  void unusable_report_settings_fall_back_to_their_defaults() throws IOException {
    ReportKit.against(runloop, reportDirectory)
        .parameter(ConfigurationKeys.REPORT_ENABLED, "off") // not false: the report stays on
        .parameter(ConfigurationKeys.REPORT_PASS_THRESHOLD, "1.5")
        .parameter(ConfigurationKeys.REPORT_ALPHA, "0.7") // would call an improvement a regression
        .runAndClose(RegressionGate.class);

    assertThat(readJson().runs()).allSatisfy(run -> assertThat(run.passThreshold()).isEqualTo(0.5));
    assertThat(readJson().runs())
        .filteredOn(run -> run.baseline() != null)
        .allSatisfy(run -> assertThat(run.baseline().alpha()).isEqualTo(0.05));
  }

  @Test
  void writes_and_prints_nothing_when_disabled() throws IOException {
    Path jobSummary = temp.resolve("step_summary.md");
    Files.writeString(jobSummary, "untouched\n", StandardCharsets.UTF_8);
    ReportKit kit =
        ReportKit.against(runloop, reportDirectory)
            .parameter(ConfigurationKeys.REPORT_ENABLED, "false")
            .environment("GITHUB_STEP_SUMMARY", jobSummary.toString());

    TestExecutionSummary summary = kit.runAndClose(RegressionGate.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    assertThat(reportDirectory).doesNotExist();
    assertThat(kit.console()).isEmpty();
    assertThat(jobSummary).hasContent("untouched");
  }

  @Test
  void writes_nothing_for_a_plan_that_used_no_run() {
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    TestExecutionSummary summary = kit.runAndClose(NoRunGate.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(reportDirectory).doesNotExist();
    assertThat(kit.console()).isEmpty();
  }

  @Test
  void a_report_folder_that_cannot_be_written_leaves_the_results_alone() throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("occupied"), "a file", StandardCharsets.UTF_8);
    ReportKit kit = ReportKit.against(runloop, notAFolder);

    TestExecutionSummary summary = kit.runAndClose(RegressionGate.class);

    assertThat(summary.getTestsFoundCount()).isEqualTo(5);
    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    assertThat(ReportKit.failureMessages(summary))
        .containsExactlyInAnyOrder(
            "fix-flaky-test regressed by 0.40", "scn_b: low score", "scn_c: low score");
    assertThat(notAFolder).hasContent("a file");
    assertThat(kit.console()).startsWith("Benchgate: 2 runs, 5 gates, 3 failed");
  }

  @Test
  void a_hostile_scenario_name_shows_as_text_in_html_and_markdown() throws IOException {
    runloop.add(StandardRuns.scenario("scn_b", HOSTILE_NAME));

    ReportKit.against(runloop, reportDirectory).runAndClose(RegressionGate.class);

    assertThat(read("report.html"))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script");
    assertThat(read("report.md"))
        .contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;")
        .doesNotContain("<script");
    assertThat(readJson().runs().get(0).scenarios())
        .anySatisfy(scenario -> assertThat(scenario.name()).isEqualTo(HOSTILE_NAME));
  }

  @Test
  void the_launcher_finds_the_listener_through_the_service_loader() {
    assertThat(ServiceLoader.load(LauncherSessionListener.class).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(BenchgateReportListener.class);
  }

  private BenchgateReport readJson() {
    return BenchgateReport.read(reportDirectory.resolve("report.json"));
  }

  private String read(String file) throws IOException {
    return Files.readString(reportDirectory.resolve(file), StandardCharsets.UTF_8);
  }

  private static <T> Map<String, T> byKey(
      java.util.stream.Stream<T> items, Function<T, String> key) {
    return items.collect(Collectors.toMap(key, item -> item));
  }

  static class RegressionGate {
    @Test
    void overallScore(@BenchmarkRun("bmr_cand") BenchmarkRunView run) {
      assertTrue(run.score() >= 0.6);
    }

    @Test
    void noRegression(
        @BenchmarkRun("bmr_cand") BenchmarkOutcome candidate,
        @Baseline("bmr_base") BenchmarkOutcome baseline) {
      fail("fix-flaky-test regressed by 0.40");
    }

    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_cand")
    void eachScenario(ScenarioRunView scenarioRun) {
      if (scenarioRun.score() == null || scenarioRun.score() < 0.5) {
        fail(scenarioRun.scenarioId() + ": low score");
      }
    }
  }

  static class OtherRunGate {
    @Test
    void overallScore(@BenchmarkRun("bmr_other") BenchmarkRunView run) {}
  }

  static class NoRunGate {
    @Test
    void plain() {}
  }
}
