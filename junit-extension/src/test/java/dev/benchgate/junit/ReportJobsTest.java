package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.junit.internal.config.Redactor;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.junit.report.BenchgateReport;
import dev.benchgate.junit.report.GateReport;
import dev.benchgate.junit.report.JobAgentReport;
import dev.benchgate.junit.report.JobReport;
import dev.benchgate.junit.report.RunReport;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A plan whose tests were given a benchmark job and repeated runs, as the extension announces them
 * (report entries, outcomes in the session's store), writes them into every report file.
 */
class ReportJobsTest {
  @RegisterExtension final FakeRunloop runloop = GateKit.fakeRunloop();
  @TempDir private Path temp;

  /** The key the fixture names an agent after; the report must redact it. */
  private static volatile String apiKey;

  @Test
  void jobs_and_repeated_runs_reach_report_json_md_and_html() throws IOException {
    apiKey = runloop.apiKey();
    Path directory = temp.resolve("benchgate");

    TestExecutionSummary summary =
        ReportKit.against(runloop, directory).runAndClose(JobAndRepeatedGates.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    BenchgateReport report = BenchgateReport.read(directory.resolve("report.json"));
    assertThat(report.verdict()).isEqualTo(BenchgateReport.FAILED);
    assertThat(report.jobs()).hasSize(2);
    assertThat(job(report, "bmj_3kQ8vLx2").agents())
        .extracting(JobAgentReport::name)
        .containsExactly("claude-code", "codex");
    assertThat(job(report, "bmj_1").agents())
        .extracting(JobAgentReport::name)
        .containsExactly("leak-" + Redactor.REDACTED);
    assertThat(report.repeated()).hasSize(1);
    assertThat(report.repeated().get(0).n()).isEqualTo(5);
    assertThat(report.repeated().get(0).flaky()).hasSize(2);
    // Each agent's run and each repeated run is reported, and is a run its gate received.
    assertThat(report.runs())
        .extracting(RunReport::runId)
        .contains("bmr_Ak41", "bmr_Bq72", "bmr_1", "bmr_5");
    assertThat(report.gates())
        .extracting(GateReport::status)
        .containsExactlyInAnyOrder("passed", "passed", "failed");
    assertThat(report.gates().stream().filter(g -> g.name().contains("job()")).findFirst())
        .hasValueSatisfying(
            gate -> assertThat(gate.runIds()).containsExactly("bmr_Ak41", "bmr_Bq72"));
    String json = Files.readString(directory.resolve("report.json"), StandardCharsets.UTF_8);
    String markdown = Files.readString(directory.resolve("report.md"), StandardCharsets.UTF_8);
    String html = Files.readString(directory.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(markdown)
        .contains("### Job swe-smoke-0821 \\(bmj\\_3kQ8vLx2\\): completed")
        .contains("| flaky scenario | runs passed |");
    assertThat(html).contains("<section class=\"job\" id=\"bmj_3kQ8vLx2\">", "class=\"repeated\"");
    for (String file : new String[] {json, markdown, html}) {
      assertThat(file).doesNotContain(apiKey);
    }
  }

  @Test
  void a_test_given_a_job_that_ran_no_agent_is_still_a_gate_of_the_verdict() throws IOException {
    Path directory = temp.resolve("benchgate");

    ReportKit.against(runloop, directory).runAndClose(NoAgentRan.class);

    BenchgateReport report = BenchgateReport.read(directory.resolve("report.json"));
    assertThat(report.verdict()).isEqualTo(BenchgateReport.FAILED);
    assertThat(report.gates())
        .singleElement()
        .satisfies(
            gate -> {
              assertThat(gate.status()).isEqualTo("failed");
              assertThat(gate.runIds()).isEmpty();
            });
  }

  /** Gives its test a job that failed before it ran any agent. */
  static final class GiveAJobWithoutRuns implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      BenchmarkJobView failed =
          Models.job("bmj_0")
              .failed("quota exceeded")
              .agentConfigs(JobAgentConfig.named("candidate"))
              .build();
      new ReportEntries(context, Redactor.NONE, line -> {})
          .job(BenchmarkJobOutcome.of(failed, List.of()));
    }
  }

  @ExtendWith(GiveAJobWithoutRuns.class)
  static class NoAgentRan {
    @Test
    void completed() {
      fail("the job did not complete");
    }
  }

  private static JobReport job(BenchgateReport report, String jobId) {
    return report.jobs().stream()
        .filter(job -> job.jobId().equals(jobId))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Gives each test what the extension would: a job, repeated runs, or a job that fails its gate.
   */
  static final class GiveJobsAndRepeatedRuns implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      ReportEntries entries = new ReportEntries(context, Redactor.NONE, line -> {});
      switch (context.getRequiredTestMethod().getName()) {
        case "job" -> entries.job(JobFixtures.smoke());
        case "repeated" -> entries.repeated(JobFixtures.fiveRuns());
        default -> entries.job(JobFixtures.scored(JobFixtures.agent("leak-" + apiKey, 0.2, 0.9)));
      }
    }
  }

  @ExtendWith(GiveJobsAndRepeatedRuns.class)
  static class JobAndRepeatedGates {
    @Test
    void job() {}

    @Test
    void repeated() {}

    @Test
    void secretAgent() {
      fail("below the bar");
    }
  }
}
