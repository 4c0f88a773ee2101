package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.benchgate.testing.fixtures.JobFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in a real headless Chromium (Debian's {@code chromium}; {@code
 * .ci/install-chromium} installs it) and checks what the browser made of it. The report runs no
 * script of its own, so a harness page loads it in a frame and writes its findings into its own
 * DOM, which Chromium prints. Skipped where Chromium is not installed.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final String HARNESS =
      """
      <!DOCTYPE html>
      <html><body><iframe id="report" src="report.html" width="1280" height="900"></iframe>
      <pre id="findings">not loaded</pre>
      <script>
      window.addEventListener('load', () => { // after the frame's own load
        const page = document.getElementById('report').contentDocument;
        const bars = [...page.querySelectorAll('svg.score-bar')];
        document.getElementById('findings').textContent = JSON.stringify({
          bars: bars.length,
          drawn: bars.filter(bar => bar.getBoundingClientRect().width > 0).length,
          scripts: page.scripts.length,
          jobs: page.querySelectorAll('section.job').length,
          repeated: page.querySelectorAll('section.repeated').length,
          hostileNameAsText: page.body.textContent.includes('<script>alert(1)<' + '/script>') // a literal would end this script
        });
      });
      </script></body></html>
      """;

  @TempDir private Path folder;

  @Test
  void chromium_draws_a_bar_per_scenario_without_script_errors() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    BenchgateReport report = ReportFixtures.report();

    Chromium chromium = open(report);

    int scenarios = report.runs().stream().mapToInt(run -> run.scenarios().size()).sum();
    assertThat(chromium.dom()).contains(findings(scenarios, 0, 0));
    // Chromium logs every console message, uncaught errors among them, as a CONSOLE line.
    assertThat(chromium.log().lines().filter(line -> line.contains("CONSOLE"))).isEmpty();
  }

  @Test
  void chromium_draws_a_jobs_agents_side_by_side_and_repeated_runs() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    BenchgateReport plain = ReportFixtures.report();
    BenchgateReport report =
        BenchgateReport.of(
            plain.generatedAt(),
            plain.runs(),
            List.of(JobReport.of(JobFixtures.smoke(), 0.5)),
            List.of(RepeatedReport.of(JobFixtures.fiveRuns(), 0.5)),
            plain.gates());

    Chromium chromium = open(report);

    // A bar per scenario of each run, and per agent of each of the job's scenarios.
    int runBars = report.runs().stream().mapToInt(run -> run.scenarios().size()).sum();
    int agentBars =
        report.jobs().stream()
            .flatMap(job -> job.scenarios().stream())
            .mapToInt(scenario -> scenario.agents().size())
            .sum();
    assertThat(agentBars).isPositive();
    int bars = report.toHtml().split("<svg class=\"score-bar\"", -1).length - 1;
    assertThat(bars).isGreaterThanOrEqualTo(runBars + agentBars);
    assertThat(chromium.dom()).contains(findings(bars, 1, 1));
    assertThat(chromium.log().lines().filter(line -> line.contains("CONSOLE"))).isEmpty();
  }

  private Chromium open(BenchgateReport report) throws IOException, InterruptedException {
    Files.writeString(folder.resolve("report.html"), report.toHtml(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("harness.html"), HARNESS, StandardCharsets.UTF_8);
    return Chromium.dumpDom(folder, folder.resolve("harness.html"));
  }

  /** What the harness finds: every bar drawn, no script, the sections, hostile text as text. */
  private static String findings(int bars, int jobs, int repeated) {
    return ("<pre id=\"findings\">{\"bars\":%d,\"drawn\":%d,\"scripts\":0,\"jobs\":%d,"
            + "\"repeated\":%d,\"hostileNameAsText\":true}</pre>")
        .formatted(bars, bars, jobs, repeated);
  }

  /** One run of headless Chromium: the DOM it printed and what it logged. */
  private record Chromium(String dom, String log) {
    static Chromium dumpDom(Path folder, Path page) throws IOException, InterruptedException {
      Path dom = folder.resolve("dom.html");
      Path log = folder.resolve("chromium.log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      CHROMIUM.toString(),
                      "--headless",
                      "--no-sandbox",
                      "--disable-gpu",
                      "--disable-quic",
                      "--no-first-run",
                      "--disable-background-networking",
                      "--disable-component-update",
                      "--disable-sync",
                      "--user-data-dir=" + folder.resolve("profile"),
                      // The harness reads the framed report, which file: URLs allow only with this.
                      "--allow-file-access-from-files",
                      "--enable-logging=stderr",
                      "--v=0",
                      "--dump-dom",
                      page.toUri().toString()))
              .redirectOutput(dom.toFile())
              .redirectError(log.toFile())
              .start();
      // A safety net for a hung browser, not a measurement.
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("Chromium did not finish: " + Files.readString(log));
      }
      return new Chromium(
          Files.readString(dom, StandardCharsets.UTF_8),
          Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
