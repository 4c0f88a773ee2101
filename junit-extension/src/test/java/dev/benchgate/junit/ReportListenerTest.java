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
import dev.benchgate.testing.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
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
    assertThat(report.reasons()).containsExactly("3 of 5 gates failed.");
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
        .contains(
            "| nightly \\(bmr\\_cand\\) | completed | 0.65 | 33.3 % \\(1 of 3 passed\\) | 3 | 1 | 0 |")
        .contains("- **ReportListenerTest$RegressionGate &gt; noRegression\\(BenchmarkOutcome,");
    String html = read("report.html");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("class=\"verdict failed\"");
    assertThat(html.split("<svg class=\"score-bar\"", -1)).hasSize(1 + 3 + 3);
    assertThat(kit.console())
        .startsWith("Benchgate: 2 runs, 5 gates, 3 failed — FAILED\n  - 3 of 5 gates failed.\n")
        .contains("nightly (bmr_cand)", "33.3 % (1 of 3 passed)")
        .contains(
            "  ✗ ReportListenerTest$RegressionGate > noRegression(BenchmarkOutcome,"
                + " BenchmarkOutcome)\n"
                + "      fix-flaky-test regressed by 0.40\n");
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
  void writes_and_prints_nothing_when_disabled_and_leaves_no_old_report_behind()
      throws IOException {
    Path jobSummary = temp.resolve("step_summary.md");
    Files.writeString(jobSummary, "untouched\n", StandardCharsets.UTF_8);
    Path otherFile = writeOldReport().resolveSibling("notes.txt");
    Files.writeString(otherFile, "not Benchgate's", StandardCharsets.UTF_8);
    // What a JVM killed while writing its report leaves behind.
    Files.writeString(
        reportDirectory.resolve("report.html.partial"), "<!DOCTYPE", StandardCharsets.UTF_8);
    ReportKit kit =
        ReportKit.against(runloop, reportDirectory)
            .parameter(ConfigurationKeys.REPORT_ENABLED, "false")
            .environment("GITHUB_STEP_SUMMARY", jobSummary.toString());

    TestExecutionSummary summary = kit.runAndClose(RegressionGate.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    try (var files = Files.list(reportDirectory)) {
      assertThat(files).containsExactly(otherFile);
    }
    assertThat(kit.console()).isEmpty();
    assertThat(jobSummary).hasContent("untouched");
  }

  @Test
  void a_plan_in_which_no_gate_ran_reports_an_error_never_a_pass() throws IOException {
    writeOldReport();
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    TestExecutionSummary summary = kit.runAndClose(NoRunGate.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    BenchgateReport report = readJson();
    assertThat(report.verdict()).isEqualTo("error");
    assertThat(report.reasons())
        .containsExactly("No gate ran: no test received a benchmark run, so nothing was judged.");
    assertThat(read("report.md")).startsWith("## Benchgate: ⚠️ error\n");
    assertThat(read("report.html")).contains("class=\"verdict error\"");
    assertThat(kit.console())
        .isEqualTo(
            "Benchgate: 0 runs, 0 gates, 0 failed — ERROR\n"
                + "  - No gate ran: no test received a benchmark run, so nothing was judged.\n");
  }

  @Test
  void a_server_that_is_down_replaces_an_old_passed_report_by_a_failed_one() throws IOException {
    writeOldReport();
    runloop.inject(StandardRuns.runPath("bmr_cand"), Fault.status(503).message("overloaded"));
    ReportKit kit =
        ReportKit.against(runloop, reportDirectory).parameter(ConfigurationKeys.MAX_RETRIES, "0");

    TestExecutionSummary summary = kit.runAndClose(RegressionGate.class);

    // two tests, and the one invocation that stands for the scenario runs it could not have
    assertThat(summary.getTestsFoundCount()).isEqualTo(3);
    assertThat(summary.getTestsFailedCount()).isEqualTo(3);
    BenchgateReport report = readJson();
    assertThat(report.verdict()).isEqualTo("failed");
    assertThat(report.runs()).isEmpty();
    assertThat(report.gates())
        .hasSize(3)
        .allSatisfy(
            gate -> {
              assertThat(gate.status()).isEqualTo("failed");
              assertThat(gate.judged()).isFalse();
              assertThat(gate.couldNotJudge()).contains("503", "overloaded");
            });
    assertThat(report.reasons()).hasSize(2);
    assertThat(report.reasons().get(0)).isEqualTo("3 of 3 gates failed.");
    assertThat(report.reasons().get(1)).startsWith("3 gates could not judge: GET");
    assertThat(kit.console())
        .startsWith("Benchgate: 0 runs, 3 gates, 3 failed — FAILED\n")
        .contains("3 gates could not judge: GET", "Failed gates:");
  }

  @Test
  void the_console_shows_each_failure_that_soft_assertions_collected_and_wraps_long_lines() {
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    kit.runAndClose(SoftGate.class);

    String console = kit.console();
    assertThat(console)
        .contains("  ✗ ReportListenerTest$SoftGate > soft(BenchmarkRunView)\n")
        .contains("      Multiple Failures (2 failures)\n")
        .contains("      1) [score of bmr_cand] \n")
        .contains("      2) [state of bmr_cand] \n")
        .contains("Expecting actual:")
        .doesNotContain("…");
    assertThat(console)
        .contains(
            "  ✗ ReportListenerTest$SoftGate > compared(BenchmarkOutcome, BenchmarkOutcome)\n")
        .contains("      [benchmark run bmr_cand > compared with baseline bmr_base] \n")
        .contains("expected: \"bmr_base\"")
        .contains("but was: \"bmr_cand\"");
    assertThat(console.lines().filter(line -> line.startsWith("      ")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110))
        .anySatisfy(line -> assertThat(line).contains("words-that-wrap-49"));
    assertThat(console).contains("words-that-wrap-0 ").contains("words-that-wrap-59");
  }

  static class SoftGate {
    @Test
    void soft(@BenchmarkRun("bmr_cand") BenchmarkRunView run) {
      SoftAssertions softly = new SoftAssertions();
      softly.assertThat(run.score()).as("score of %s", run.id()).isGreaterThan(0.9);
      softly.assertThat(run.stateValue()).as("state of %s", run.id()).isEqualTo("failed");
      softly.assertAll();
    }

    @Test
    void compared(
        @BenchmarkRun("bmr_cand") BenchmarkOutcome candidate,
        @Baseline("bmr_base") BenchmarkOutcome baseline) {
      assertThat(candidate.runId())
          .as("benchmark run %s > compared with baseline %s", candidate.runId(), baseline.runId())
          .isEqualTo(baseline.runId());
    }

    @Test
    void longMessage(@BenchmarkRun("bmr_cand") BenchmarkRunView run) {
      fail(
          IntStream.range(0, 60)
              .mapToObj(i -> "words-that-wrap-" + i)
              .collect(Collectors.joining(" ")));
    }
  }

  private Path writeOldReport() throws IOException {
    Files.createDirectories(reportDirectory);
    Path old = reportDirectory.resolve("report.json");
    Files.writeString(
        old,
        "{\"schema\": \"benchgate-report\", \"version\": 1, \"verdict\": \"passed\"}",
        StandardCharsets.UTF_8);
    Files.writeString(reportDirectory.resolve("report.md"), "## Benchgate: ✅ passed");
    Files.writeString(reportDirectory.resolve("report.html"), "<p>passed</p>");
    return old;
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
    assertThat(kit.console())
        .startsWith(
            "[benchgate] WARNING: Benchgate could not write its report to "
                + notAFolder.resolve("report.json")
                + ": java.nio.file.FileAlreadyExistsException: ")
        .contains("\nBenchgate: 2 runs, 5 gates, 3 failed");
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
