package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each format's content for a known report, and that hostile text stays text. */
class ReportRenderingTest {
  private final BenchgateReport report = ReportFixtures.report();

  @Test
  void json_holds_the_versioned_verdict_and_every_figure() {
    String json = JsonReport.render(report);

    assertThat(json)
        .contains("\"schema\": \"benchgate-report\"", "\"version\": 1", "\"verdict\": \"failed\"")
        .contains(
            "\"run_id\": \"bmr_cand\"", "\"pass_rate\": 0.5", "\"infrastructure_failures\": 1")
        .contains("\"baseline_score\": 0.8", "\"mean_score_delta\": ", "\"status\": \"failed\"")
        .contains("\"baseline\": null") // the baseline run itself has none: nulls are explicit
        .contains(
            "\"alpha\": 0.05",
            "\"score_regression_p_value\": 0.25",
            "\"score_regression_method\": \"exact\"",
            "\"flip_regression_p_value\": 0.25",
            "\"scenarios_needed\": 5",
            "\"interval_method\": \"skewness_adjusted_student_t\"",
            "\"regression_verdict\": \"underpowered\"")
        // JSON is data: names stay verbatim, and the HTML and Markdown renderers escape them.
        .contains("<script>alert(1)</script> | *bold* [link](x)");
  }

  @Test
  void streamed_json_and_html_are_byte_for_byte_the_rendered_text() throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ByteArrayOutputStream html = new ByteArrayOutputStream();

    report.writeJson(json);
    report.writeHtml(html);

    assertThat(json.toString(StandardCharsets.UTF_8)).isEqualTo(report.toJson());
    assertThat(html.toString(StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
  }

  @Test
  void a_stream_that_fails_is_an_io_exception_of_the_writer() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatIOException().isThrownBy(() -> report.writeHtml(broken)).withMessage("disk full");
    assertThatIOException().isThrownBy(() -> report.writeJson(broken)).withMessage("disk full");
  }

  @Test
  void console_is_a_compact_table_with_failed_gates_and_worst_scenarios() {
    String console = ConsoleReport.render(report);

    assertThat(console)
        .startsWith("Benchgate: 2 runs, 2 gates, 1 failed — FAILED\n")
        .contains("nightly (bmr_cand)", "completed", "0.60", "50 % (2 of 4 passed)")
        .contains(
            "Failed gates:\n"
                + "  ✗ Gates > noRegression()\n"
                + "      Expected no scenario of nightly (bmr_cand) to regress by more than 0.20\n"
                + "      but 1 did: <script>alert(1)</script> | *bold* [link](x)\n")
        .contains("Worst scenarios of bmr_cand:")
        .contains("(baseline 0.80, -0.50)  scorer error")
        .contains("timeout")
        .contains(
            "vs bmr_base; underpowered at α 0.05 (one-sided p 0.250 sign-flip over 3 scored on both"
                + " sides, 0.250 McNemar over 4 in common; each test needs at least 5)");
    assertThat(console.lines().filter(line -> line.contains("Expected no scenario"))).hasSize(1);
  }

  @Test
  void the_console_bounds_each_collected_failure_so_that_every_one_shows() {
    String first =
        IntStream.range(0, 30).mapToObj(i -> "   offender " + i).collect(Collectors.joining("\n"));
    BenchgateReport report =
        BenchgateReport.of(
            "2026-11-23T10:00:00Z",
            List.of(),
            List.of(
                new GateReport(
                    "id",
                    "Gates > soft()",
                    GateReport.FAILED,
                    "Multiple Failures (2 failures)\n1) first\n" + first + "\n2) second",
                    List.of())));

    String console = ConsoleReport.render(report);

    assertThat(console)
        .contains("      1) first\n")
        .contains("         offender 18\n")
        .doesNotContain("offender 19")
        .contains("         … 11 more lines in report.html and report.md\n")
        .contains("      2) second\n");
  }

  @Test
  void wrapped_lines_hang_past_their_list_marker() {
    assertThat(ConsoleReport.wrap("  - aaaa bbbb cccc dddd", 14))
        .containsExactly("  - aaaa bbbb", "    cccc dddd");
    assertThat(ConsoleReport.wrap("1) aaaa bbbb cccc", 12))
        .containsExactly("1) aaaa bbbb", "   cccc");
    assertThat(ConsoleReport.wrap("x".repeat(25), 10))
        .containsExactly("x".repeat(10), "  " + "x".repeat(8), "  " + "x".repeat(7));
  }

  @Test
  void every_format_shows_control_characters_as_visible_escapes() {
    String hostile = "bmr_base\u001b[2J\u001b]8;;https://x\u0007link\u001b]8;;\u0007\nnext";

    assertThat(Escaping.console(hostile))
        .isEqualTo("bmr_base\\u001B[2J\\u001B]8;;https://x\\u0007link\\u001B]8;;\\u0007\\nnext");
    assertThat(Escaping.markdown(hostile))
        .isEqualTo(
            "bmr\\_base\\\\u001B\\[2J\\\\u001B\\]8;;https://x\\\\u0007link\\\\u001B\\]8;;\\\\u0007\\\\nnext");
    assertThat(Escaping.html(hostile))
        .isEqualTo("bmr_base\\u001B[2J\\u001B]8;;https://x\\u0007link\\u001B]8;;\\u0007\\nnext");
    assertThat(Escaping.htmlLines("a\u001b[31m\n<b>")).isEqualTo("a\\u001B[31m\n&lt;b&gt;");
  }

  @Test
  void no_control_character_from_a_run_reaches_any_output() {
    BenchgateReport hostile =
        BenchgateReport.of(
            "2026-11-23T10:00:00Z",
            List.of(
                RunReport.of(
                    ReportFixtures.candidate(),
                    OutcomeComparison.of(
                        ReportFixtures.outcome(
                            "bmr_base\u001b[2J\u001b[31m",
                            "release\u0007",
                            0.8,
                            ReportFixtures.run("bmr_base", "scn_a", "scored\u001b[0m", 0.9, false)),
                        ReportFixtures.candidate()),
                    0.5,
                    0.05)),
            List.of(
                new GateReport(
                    "[engine:junit-jupiter]/[class:Gates]/[method:g()]",
                    "Gates > g() > \u001b]8;;https://evil\u0007x",
                    GateReport.FAILED,
                    "Expected\u001b[2K\nbut \u009b31m",
                    List.of("bmr_cand"))));

    for (String output :
        List.of(hostile.toConsoleTable(), hostile.toMarkdown(), hostile.toHtml())) {
      assertThat(output.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
      assertThat(output).doesNotContain("\u001b", "\u0007", "\u009b");
    }
    assertThat(hostile.toConsoleTable()).contains("vs bmr_base\\u001B[2J\\u001B[31m");
  }

  @Test
  void numbers_json_cannot_hold_never_stop_a_report_from_being_written() {
    double infinity = Double.POSITIVE_INFINITY; // the mean of two scores of 1e308
    RunReport run =
        new RunReport(
            "bmr_big",
            "overflow",
            "completed",
            infinity,
            "bmd_1",
            "suite",
            2,
            0.5,
            1.0,
            Map.of("scored", 2),
            0,
            0,
            0,
            new BaselineReport(
                "bmr_base",
                null,
                0.5,
                infinity,
                Double.NaN,
                infinity,
                Double.NaN,
                0,
                0,
                0,
                0,
                2,
                2,
                0,
                0.95,
                "student_t",
                0.05,
                Double.NaN,
                "exact",
                1.0,
                5,
                BaselineReport.UNDERPOWERED),
            List.of(
                new ScenarioReport(
                    "scn_a", "alpha", "scored", infinity, 2, false, false, 0.5, infinity)));
    BenchgateReport report =
        BenchgateReport.of(
            "2026-11-23T10:00:00Z",
            List.of(run),
            List.of(new GateReport("id", "Gates > g()", "passed", null, List.of("bmr_big"))));

    String json = report.toJson();

    assertThat(json)
        .contains("\"score\": null", "\"mean_score_delta\": null", "\"score_change_p_value\": null")
        .doesNotContain("Infinity", "NaN");
    BenchgateReport readBack = BenchgateReport.fromJson(json, "report.json");
    assertThat(readBack.runs().get(0).score()).isNull();
    assertThat(readBack.runs().get(0).baseline().scoreChangePValue()).isNaN();
    assertThat(report.toMarkdown()).contains("Infinity");
    assertThat(report.toHtml()).contains("Infinity");
    assertThat(report.toConsoleTable()).contains("Infinity");
  }

  @Test
  void markdown_has_a_summary_table_failed_gates_and_escaped_names() {
    String markdown = MarkdownReport.render(report);

    assertThat(markdown)
        .startsWith("## Benchgate: ❌ failed\n\n2 run(s), 2 gate(s), 1 failed.\n")
        .contains(
            "| nightly \\(bmr\\_cand\\) | completed | 0.60 | 50 % \\(2 of 4 passed\\) | 4 | 1 | 1 |")
        .contains("vs bmr\\_base; underpowered at α 0.05 \\(one-sided p 0.250 sign-flip")
        .contains("### Failed gates")
        .contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*bold\\* \\[link\\]\\(x\\)")
        .doesNotContain("<script>");
  }

  @Test
  void html_is_self_contained_with_a_bar_per_scenario_and_escaped_names() {
    String html = HtmlReport.render(report);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "class=\"verdict failed\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script", "http://", "https://", "src=");
    assertThat(html.split("class=\"score-bar\"", -1))
        .hasSize(1 + 8); // 4 scenarios in each of 2 runs
    assertThat(html)
        .contains("class=\"baseline\"", "no score", "class=\"fill pass\"", "class=\"fill low\"");
    assertThat(html.indexOf("scn_b")).isLessThan(html.indexOf("scn_a")); // regressions first
    assertThat(html)
        .contains(
            "<div class=\"label\">regression at α 0.05</div><div class=\"value\">underpowered</div>")
        .contains("95 % interval [")
        .contains("(skewness adjusted student t)");
  }

  @Test
  void html_never_paints_a_scenario_without_a_score_as_passing() {
    BenchmarkOutcome unscored =
        ReportFixtures.outcome(
            "bmr_u",
            "unscored",
            null,
            ReportFixtures.run("bmr_u", "scn_a", "completed", null, false),
            ReportFixtures.run("bmr_u", "scn_b", "completed", 0.9, false));
    BenchgateReport report =
        BenchgateReport.of(
            "2026-11-23T10:00:00Z",
            List.of(RunReport.of(unscored, null, 0.5, 0.05)),
            ReportFixtures.report().gates());

    String html = report.toHtml();

    // The scenarios' chips: the unscored one low, the scored one passing.
    assertThat(html.split("<span class=\"chip low\">completed</span>", -1)).hasSize(2);
    assertThat(html.split("<span class=\"chip pass\">completed</span>", -1)).hasSize(2);
  }
}
