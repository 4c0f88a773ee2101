package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs and repeated runs in the report's model and in every format. */
class JobAndRepeatedReportTest {
  /** A name a server could send: markup, Markdown, a table pipe and terminal control. */
  static final String HOSTILE = "<script>alert(1)</script> | *x* \u001b[2J\r\nnext";

  @Test
  void a_job_shows_its_agents_side_by_side_with_setup_failures_and_their_reasons() {
    JobReport job = JobReport.of(JobFixtures.smoke(), 0.5);

    assertThat(job.jobId()).isEqualTo("bmj_3kQ8vLx2");
    assertThat(job.name()).isEqualTo("swe-smoke-0821");
    assertThat(job.state()).isEqualTo("completed");
    assertThat(job.agents())
        .extracting(
            JobAgentReport::name,
            JobAgentReport::model,
            JobAgentReport::runId,
            JobAgentReport::passed,
            JobAgentReport::failed,
            JobAgentReport::infrastructureFailures,
            JobAgentReport::setupFailures)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "claude-code", "claude-sonnet-4", "bmr_Ak41", 2, 1, 1, 0),
            org.assertj.core.groups.Tuple.tuple("codex", "gpt-5", "bmr_Bq72", 3, 0, 1, 1));
    assertThat(job.scenarios())
        .extracting(JobScenarioReport::name)
        .containsExactly("asyncio-port", "null-deref", "parse-dates", "retry-flag");
    JobScenarioReport retryFlag = job.scenarios().get(3);
    assertThat(retryFlag.agents())
        .extracting(AgentScenarioReport::agent)
        .containsExactly("claude-code", "codex");
    AgentScenarioReport claude = retryFlag.agents().get(0);
    assertThat(claude.score()).isEqualTo(0.0);
    assertThat(claude.setupFailure()).isFalse();
    assertThat(claude.failureReason()).isNull();
    AgentScenarioReport codex = retryFlag.agents().get(1);
    assertThat(codex.state()).isEqualTo("failed");
    assertThat(codex.score()).isNull();
    assertThat(codex.setupFailure()).isTrue();
    assertThat(codex.failureReason()).isEqualTo("EnvironmentSetupError: devbox failed to start");
  }

  @Test
  void a_scenario_run_the_job_names_but_the_list_lacks_ran_and_is_no_setup_failure() {
    BenchmarkOutcome run = JobFixtures.run("bmr_x", "scored:1", null);
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_x")
                .benchmark("bmd_1")
                .completed()
                .scenarioIds("scn_1", "scn_2")
                .agent(
                    Models.agentOutcome("agent", run)
                        .scenarios(
                            Models.scenarioOutcome("scn_2")
                                .named("scenario two")
                                .completed(0.9)
                                .run("scr_not_listed")
                                .build()))
                .build(),
            List.of(run));

    JobReport report = JobReport.of(job, 0.5);

    AgentScenarioReport cell =
        report.scenarios().stream()
            .filter(scenario -> scenario.scenarioId().equals("scn_2"))
            .findFirst()
            .orElseThrow()
            .agents()
            .get(0);
    assertThat(cell.score()).isEqualTo(0.9);
    assertThat(cell.setupFailure()).isFalse();
    assertThat(report.agents().get(0).setupFailures()).isZero();
  }

  @Test
  void repeated_runs_give_pass_at_k_pass_hat_k_the_clustered_mean_and_flaky_scenarios() {
    RepeatedReport repeated = RepeatedReport.of(JobFixtures.fiveRuns(), 0.5);

    assertThat(repeated.runIds()).containsExactly("bmr_1", "bmr_2", "bmr_3", "bmr_4", "bmr_5");
    assertThat(repeated.n()).isEqualTo(5);
    assertThat(repeated.scenarios()).isEqualTo(4);
    assertThat(repeated.passAtK()).hasSize(5);
    assertThat(repeated.passHatK()).hasSize(5);
    // parse-dates 5 of 5, retry-flag 2, asyncio-port 0, null-deref 3
    assertThat(repeated.passAt(1)).isCloseTo((1 + 0.4 + 0 + 0.6) / 4, within(1e-12));
    assertThat(repeated.passAt(5)).isCloseTo(0.75, within(1e-12));
    assertThat(repeated.passHat(5)).isCloseTo(0.25, within(1e-12));
    assertThat(repeated.passAt(6)).isNull();
    assertThat(repeated.passAt(1)).isCloseTo(JobFixtures.fiveRuns().passAtK(1, 0.5), within(1e-12));
    assertThat(repeated.passHat(3))
        .isCloseTo(JobFixtures.fiveRuns().passHatK(3, 0.5), within(1e-12));
    assertThat(repeated.meanScore())
        .isCloseTo(JobFixtures.fiveRuns().meanScore().mean(), within(1e-12));
    assertThat(repeated.meanScoreStandardError())
        .isCloseTo(JobFixtures.fiveRuns().meanScore().standardError(), within(1e-12));
    assertThat(repeated.flaky())
        .extracting(FlakyScenarioReport::name, FlakyScenarioReport::passed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("retry-flag", 2),
            org.assertj.core.groups.Tuple.tuple("null-deref", 3));
    assertThat(repeated.flaky().get(0).infrastructureFailures()).isEqualTo(1);
  }

  @Test
  void every_format_shows_a_row_per_agent_and_the_flaky_table() {
    BenchgateReport report = report(JobFixtures.smoke(), JobFixtures.fiveRuns());

    String console = report.toConsoleTable();
    assertThat(console)
        .contains("Job swe-smoke-0821 (bmj_3kQ8vLx2) — completed")
        .containsPattern("claude-code \\(claude-sonnet-4\\) +completed +– +2 +1 +1 +0  bmr_Ak41")
        .containsPattern("codex \\(gpt-5\\) +completed +– +3 +0 +1 +1  bmr_Bq72")
        .contains(
            "✗ codex: retry-flag failed in setup: EnvironmentSetupError: devbox failed to start")
        .contains("Repeated 5 runs: bmr_1, bmr_2, bmr_3, bmr_4, bmr_5: pass@1 0.50 · pass@5 0.75")
        .containsPattern("retry-flag +2 of 5 \\(1 infrastructure\\)")
        .containsPattern("null-deref +3 of 5");
    String markdown = report.toMarkdown();
    assertThat(markdown)
        .contains("### Job swe-smoke-0821 \\(bmj\\_3kQ8vLx2\\): completed")
        .contains(
            "| claude-code \\(claude-sonnet-4\\) | completed | – | 2 | 1 | 1 | 0 | bmr\\_Ak41 |")
        .contains("| codex \\(gpt-5\\) | completed | – | 3 | 0 | 1 | 1 | bmr\\_Bq72 |")
        .contains(
            "- codex: retry-flag failed in setup: EnvironmentSetupError: devbox failed to start")
        .contains("| k | pass@k | pass^k |")
        .contains("| 5 | 0.75 | 0.25 |")
        .contains("| retry-flag | 2 of 5 \\(1 infrastructure\\) |")
        .contains("| null-deref | 3 of 5 |");
    String html = report.toHtml();
    assertThat(html)
        .contains("<section class=\"job\" id=\"bmj_3kQ8vLx2\">")
        .contains("<th class=\"bar\">claude-code</th><th class=\"bar\">codex</th>")
        .contains("aria-label=\"codex on retry-flag: –\"")
        .contains("<span class=\"tag\">setup failure</span>")
        .contains("<div class=\"why\">EnvironmentSetupError: devbox failed to start</div>")
        .contains("<section class=\"repeated\">")
        .contains("<td class=\"name\" title=\"scn_2\">retry-flag</td>")
        .doesNotContain("src=", "href=\"http", "<script");
    // One row per scenario of the job, each with a bar per agent.
    String job =
        html.substring(
            html.indexOf("<section class=\"job\""), html.indexOf("<section class=\"repeated\""));
    assertThat(job.split("<tr><td class=\"name\" title=\"scn_", -1)).hasSize(5);
    assertThat(job.split("<svg class=\"score-bar\"", -1)).hasSize(9);
  }

  @Test
  void names_from_the_server_are_escaped_in_every_format() {
    BenchgateReport report = hostile(0.5, 0.1, 0.25);

    String console = report.toConsoleTable();
    String markdown = report.toMarkdown();
    String html = report.toHtml();
    for (String rendered : List.of(console, markdown, html)) {
      assertThat(rendered).doesNotContain("\u001b", "\r");
    }
    assertThat(markdown).doesNotContain("<script>");
    assertThat(html).doesNotContain("<script>");
    assertThat(console).contains("<script>alert(1)</script> | *x* \\u001B[2J\\r\\nnext");
    assertThat(markdown)
        .contains(
            "&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*x\\* \\\\u001B\\[2J\\\\r\\\\nnext")
        .doesNotContain("| *x*");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; | *x* \\u001B[2J\\r\\nnext")
        .doesNotContain("id=\"<", "title=\"<");
    // Each table row stays on one line.
    assertThat(markdown.lines().filter(line -> line.startsWith("| ")).toList())
        .allMatch(line -> line.endsWith("|"));
  }

  @Test
  void non_finite_figures_never_stop_a_report() {
    BenchgateReport report =
        hostile(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    assertThat(report.toConsoleTable()).contains("NaN");
    assertThat(report.toMarkdown()).contains("Infinity");
    assertThat(report.toHtml()).contains("NaN");
    String json = report.toJson();
    assertThat(json).doesNotContain("NaN", "Infinity");
    BenchgateReport read = BenchgateReport.fromJson(json, "report.json");
    assertThat(read.repeated().get(0).meanScore()).isNull();
    assertThat(read.jobs().get(0).agents().get(0).score()).isNull();
  }

  @Test
  void jobs_and_repeated_runs_read_back_through_the_public_reader(@TempDir Path temp)
      throws Exception {
    BenchgateReport report = report(JobFixtures.smoke(), JobFixtures.fiveRuns());
    Path file = temp.resolve("report.json");
    Files.writeString(file, report.toJson());

    BenchgateReport read = BenchgateReport.read(file);

    assertThat(read).isEqualTo(report);
    assertThat(read.jobs()).hasSize(1);
    assertThat(read.repeated()).hasSize(1);
    assertThat(Files.readString(file))
        .contains("\"jobs\": [", "\"repeated\": [", "\"setup_failure\": true")
        .contains("\"failure_reason\": \"EnvironmentSetupError: devbox failed to start\"")
        .contains("\"pass_at_k\": [", "\"pass_hat_k\": [", "\"mean_score_standard_error\"");
  }

  @Test
  void a_report_of_an_older_benchgate_without_jobs_reads_with_none() {
    String json = ReportFixtures.report().toJson().replaceAll("(?s),\\s*\"jobs\".*", "\n}\n");

    BenchgateReport read = BenchgateReport.fromJson(json, "old.json");

    assertThat(read.jobs()).isEmpty();
    assertThat(read.repeated()).isEmpty();
    assertThat(read.gates()).isEqualTo(ReportFixtures.report().gates());
  }

  @Test
  void jobs_and_repeated_runs_leave_the_verdict_to_the_gates() {
    BenchgateReport withoutGates =
        BenchgateReport.of(
            "2026-12-01T00:00:00Z",
            List.of(),
            List.of(JobReport.of(JobFixtures.smoke(), 0.5)),
            List.of(RepeatedReport.of(JobFixtures.fiveRuns(), 0.5)),
            List.of());

    assertThat(withoutGates.verdict()).isEqualTo(BenchgateReport.ERROR);
    assertThat(withoutGates.reasons()).anyMatch(reason -> reason.startsWith("No gate ran"));
  }

  static BenchgateReport report(
      dev.benchgate.core.outcome.BenchmarkJobOutcome job,
      dev.benchgate.core.repeated.RepeatedOutcome repeated) {
    return BenchgateReport.of(
        "2026-12-01T00:00:00Z",
        List.of(),
        List.of(JobReport.of(job, 0.5)),
        List.of(RepeatedReport.of(repeated, 0.5)),
        ReportFixtures.report().gates());
  }

  /** A report whose every text is hostile, with the given figures. */
  private static BenchgateReport hostile(double score, double mean, double error) {
    AgentScenarioReport cell = new AgentScenarioReport(HOSTILE, HOSTILE, score, true, HOSTILE);
    JobReport job =
        new JobReport(
            HOSTILE,
            HOSTILE,
            HOSTILE,
            HOSTILE,
            0.5,
            List.of(
                new JobAgentReport(HOSTILE, HOSTILE, HOSTILE, HOSTILE, score, 1, 0, 0, 1, 1, true)),
            List.of(new JobScenarioReport(HOSTILE, HOSTILE, List.of(cell))));
    RepeatedReport repeated =
        new RepeatedReport(
            List.of(HOSTILE, "bmr_2"),
            2,
            HOSTILE,
            0.5,
            1,
            List.of(score, mean),
            List.of(error, score),
            mean,
            error,
            List.of(new FlakyScenarioReport(HOSTILE, HOSTILE, 1, 2, 0)));
    return BenchgateReport.of(
        "2026-12-01T00:00:00Z", List.of(), List.of(job), List.of(repeated), List.of());
  }
}
