package dev.benchgate.junit.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.report.AgentScenarioReport;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.FlakyScenarioReport;
import dev.benchgate.junit.report.JobAgentReport;
import dev.benchgate.junit.report.JobReport;
import dev.benchgate.junit.report.JobScenarioReport;
import dev.benchgate.junit.report.RepeatedReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API key is gone from every text of a job and of repeated runs before any format renders. */
class ReportRedactionTest {
  private static final String KEY = "ak_0123456789abcdef";
  private static final String TEXT = "x-" + KEY + "-y";

  @Test
  void removes_the_key_from_every_text_of_jobs_and_repeated_runs() {
    AgentScenarioReport cell = new AgentScenarioReport(TEXT, TEXT, 0.5, true, TEXT);
    JobReport job =
        new JobReport(
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            0.5,
            List.of(new JobAgentReport(TEXT, TEXT, TEXT, TEXT, 0.5, 1, 0, 0, 1, 1, true)),
            List.of(new JobScenarioReport(TEXT, TEXT, List.of(cell))));
    RepeatedReport repeated =
        new RepeatedReport(
            List.of(TEXT, "bmr_2"),
            2,
            TEXT,
            0.5,
            1,
            List.of(0.5, 1.0),
            List.of(0.5, 0.0),
            0.5,
            0.1,
            List.of(new FlakyScenarioReport(TEXT, TEXT, 1, 2, 0)));
    BenchgateReport report =
        BenchgateReport.of(
            "2026-12-01T00:00:00Z", List.of(), List.of(job), List.of(repeated), List.of());

    BenchgateReport redacted = ReportRedaction.apply(report, Redactor.of(Optional.of(KEY)));

    assertThat(report.toJson()).contains(KEY);
    for (String rendered :
        List.of(
            redacted.toJson(),
            redacted.toMarkdown(),
            redacted.toHtml(),
            redacted.toConsoleTable(),
            redacted.toString())) {
      assertThat(rendered).doesNotContain(KEY);
    }
    assertThat(redacted.jobs().get(0).scenarios().get(0).agents().get(0).failureReason())
        .isEqualTo("x-" + Redactor.REDACTED + "-y");
    assertThat(redacted.repeated().get(0).runIds())
        .containsExactly("x-" + Redactor.REDACTED + "-y", "bmr_2");
    assertThat(redacted.repeated().get(0).passAtK()).containsExactly(0.5, 1.0);
  }
}
