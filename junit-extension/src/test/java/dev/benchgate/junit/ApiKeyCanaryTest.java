package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.CANARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A server that echoes the API key back (in a run's name, scenario names, scorer output) must not
 * make the extension show it: not in report entries, console lines, attached files, the report's
 * files or the console table. The key is a canary; each output is searched for it.
 */
class ApiKeyCanaryTest {
  @RegisterExtension final FakeRunloop runloop = GateKit.fakeRunloop();
  @TempDir private Path temp;

  @BeforeEach
  void serveRunsThatEchoTheKey() {
    runloop.add(
        StandardRuns.outcome(
            StandardRuns.run(
                "bmr_leak",
                "completed",
                0.5,
                "bmd_1",
                "nightly " + CANARY_KEY,
                StandardRuns.START_TIME_MS,
                "main"),
            List.of(
                scenarioRunWithOutput("scr_a", "scn_a", "token " + CANARY_KEY + " rejected"),
                scenarioRunWithOutput("scr_b", "scn_b", "ok"))));
    runloop.add(
        StandardRuns.outcome(
            StandardRuns.run(
                "bmr_prev",
                "completed",
                0.6,
                "bmd_1",
                "previous " + CANARY_KEY,
                StandardRuns.START_TIME_MS - 86_400_000L,
                "main")));
    runloop.add(StandardRuns.scenario("scn_a", "leak-" + CANARY_KEY));
  }

  private static ScenarioRunView scenarioRunWithOutput(
      String id, String scenarioId, String output) {
    return Models.scenarioRun(id)
        .scenario(scenarioId)
        .benchmarkRun("bmr_leak")
        .state("scored")
        .startTimeMs(StandardRuns.START_TIME_MS)
        .duration(Duration.ofMinutes(1))
        .score(0.2)
        .scoringFunction("unit-tests", 0.2, "complete", output)
        .build();
  }

  @Test
  void report_entries_console_lines_and_attachments_never_show_the_key() throws IOException {
    GateKit kit = GateKit.against(runloop).outputDirectory(temp.resolve("attachments"));

    EngineExecutionResults results = kit.run(LeakyGate.class);

    assertThat(results.testEvents().failed().count()).isPositive();
    assertThat(GateKit.reportEntries(results).toString())
        .contains("<redacted>")
        .doesNotContain(CANARY_KEY);
    assertThat(kit.consoleLines()).isNotEmpty();
    assertThat(String.join("\n", kit.consoleLines())).doesNotContain(CANARY_KEY);
    List<Path> attachments =
        results.allEvents().fileEntryPublished().stream()
            .map(event -> event.getPayload(FileEntry.class).orElseThrow().getPath())
            .toList();
    assertThat(attachments).isNotEmpty();
    for (Path attachment : attachments) {
      assertThat(attachment.getFileName().toString()).doesNotContain(CANARY_KEY);
      assertThat(Files.readString(attachment, StandardCharsets.UTF_8)).doesNotContain(CANARY_KEY);
    }
    assertThat(GateKit.testDisplayNames(results)).noneMatch(name -> name.contains(CANARY_KEY));
  }

  @Test
  void the_reports_files_and_console_table_never_show_the_key() throws IOException {
    Path reportDirectory = temp.resolve("benchgate");
    ReportKit kit = ReportKit.against(runloop, reportDirectory);

    kit.runAndClose(LeakyGate.class);

    assertThat(kit.console()).contains("<redacted>").doesNotContain(CANARY_KEY);
    try (Stream<Path> files = Files.list(reportDirectory)) {
      List<Path> reports = files.toList();
      assertThat(reports).hasSize(3);
      for (Path report : reports) {
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
            .as(report.getFileName().toString())
            .contains("redacted")
            .doesNotContain(CANARY_KEY);
      }
    }
  }

  @ExtendWith(FakeEnvironment.class)
  static class LeakyGate {
    @Test
    void overall(@BenchmarkRun("bmr_leak") BenchmarkRunView run) {
      fail("run " + run.name() + " scored too low");
    }

    @Test
    void compare(
        @BenchmarkRun("bmr_leak") BenchmarkOutcome current,
        @Baseline("latest:bmd_1") BenchmarkOutcome baseline) {}

    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_leak")
    void eachScenario(ScenarioRunView scenarioRun) {
      fail("low score");
    }
  }
}
