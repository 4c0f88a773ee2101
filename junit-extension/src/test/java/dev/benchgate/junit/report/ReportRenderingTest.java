package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;

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
  void console_is_a_compact_table_with_failed_gates_and_worst_scenarios() {
    String console = ConsoleReport.render(report);

    assertThat(console)
        .startsWith("Benchgate: 2 runs, 2 gates, 1 failed — FAILED\n")
        .contains("nightly (bmr_cand)", "completed", "0.60", "50.0 %")
        .contains(
            "Failed gates:\n  ✗ Gates > noRegression(): Expected no scenario of nightly (bmr_cand)")
        .contains("Worst scenarios of bmr_cand:")
        .contains("(baseline 0.80, -0.50)  scorer error")
        .contains("timeout")
        .contains(
            "vs bmr_base; underpowered at α 0.05 (one-sided p 0.250 sign-flip over 3 scored on both"
                + " sides, 0.250 McNemar over 4 in common; each test needs at least 5)");
    assertThat(console.lines().filter(line -> line.contains("Expected no scenario"))).hasSize(1);
  }

  @Test
  void console_strips_control_characters() {
    assertThat(Escaping.console("a\u001b[31mred\nb")).isEqualTo("a [31mred b");
  }

  @Test
  void markdown_has_a_summary_table_failed_gates_and_escaped_names() {
    String markdown = MarkdownReport.render(report);

    assertThat(markdown)
        .startsWith("## Benchgate: ❌ failed\n\n2 run(s), 2 gate(s), 1 failed.\n")
        .contains("| nightly \\(bmr\\_cand\\) | completed | 0.60 | 50.0 % | 4 | 1 | 1 |")
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
}
