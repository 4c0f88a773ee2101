package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.FakeRunloop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** The scorers' outputs attached to failed scenario invocations as files. */
class ScorerOutputsTest {
  @RegisterExtension final FakeRunloop runloop = GateKit.fakeRunloop();
  @TempDir private Path output;

  @BeforeEach
  void serveRun() {
    runloop.add(StandardRuns.outcome("bmr_1"));
  }

  @Test
  void a_failed_invocation_gets_one_text_file_per_scoring_function() throws IOException {
    EngineExecutionResults results =
        GateKit.against(runloop).outputDirectory(output).run(FailingScenarios.class);

    Map<String, List<String>> files = filesByTest(results);
    // rename-module failed without a scoring result: nothing to attach.
    assertThat(files).containsOnlyKeys("add-retry", "fix-flaky-test");
    assertThat(files.get("add-retry"))
        .containsExactly("add-retry.unit-tests.txt", "add-retry.lint.txt");
    assertThat(files.get("fix-flaky-test")).containsExactly("fix-flaky-test.unit-tests.txt");
    Path unitTests = fileEntries(results).get(0).getPath();
    assertThat(Files.readString(unitTests, StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(fileEntries(results))
        .allSatisfy(file -> assertThat(file.getMediaType()).hasValue("text/plain; charset=UTF-8"));
  }

  @Test
  void passed_and_aborted_invocations_get_none() {
    EngineExecutionResults results =
        GateKit.against(runloop)
            .outputDirectory(output)
            .run(PassingScenarios.class, AbortedScenarios.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
    assertThat(results.testEvents().aborted().count()).isEqualTo(3);
    assertThat(fileEntries(results)).isEmpty();
  }

  @Test
  void scenario_and_function_names_cannot_leave_the_folder_or_clash() {
    runloop.add(
        StandardRuns.outcome(
            StandardRuns.run("bmr_1", "completed", 0.65, "bmd_1"),
            List.of(
                StandardRuns.scenarioRun(
                    "scr_a", "scn_a", "bmr_1", "scored", 0.2, "../lint", 0.1, "..:lint", 0.3))));
    runloop.add(StandardRuns.scenario("scn_a", "/etc/passwd\u001b[2J"));

    EngineExecutionResults results =
        GateKit.against(runloop).outputDirectory(output).run(FailingScenarios.class);

    assertThat(fileEntries(results))
        .extracting(file -> file.getPath().getFileName().toString())
        .containsExactly("_etc_passwd__2J.___lint.txt", "_etc_passwd__2J.___lint-2.txt");
    assertThat(fileEntries(results))
        .allSatisfy(file -> assertThat(file.getPath().normalize()).startsWith(output));
  }

  @Test
  void a_name_windows_reserves_or_of_nothing_but_dots_is_prefixed() {
    runloop.add(
        StandardRuns.outcome(
            StandardRuns.run("bmr_1", "completed", 0.65, "bmd_1"),
            List.of(
                StandardRuns.scenarioRun("scr_a", "scn_a", "bmr_1", "scored", 0.2, "..", 0.1))));
    runloop.add(StandardRuns.scenario("scn_a", "CON"));

    EngineExecutionResults results =
        GateKit.against(runloop).outputDirectory(output).run(FailingScenarios.class);

    assertThat(fileEntries(results))
        .extracting(file -> file.getPath().getFileName().toString())
        .containsExactly("_CON.__.txt");
  }

  @Test
  void a_build_tool_without_an_output_folder_still_sees_the_test_failure() {
    EngineExecutionResults results = GateKit.against(runloop).run(FailingScenarios.class);

    assertThat(GateKit.failures(results))
        .extracting(Throwable::getMessage)
        .containsOnly("scenario failed");
  }

  private static List<FileEntry> fileEntries(EngineExecutionResults results) {
    return results.allEvents().fileEntryPublished().stream()
        .map(event -> event.getPayload(FileEntry.class).orElseThrow())
        .toList();
  }

  private static Map<String, List<String>> filesByTest(EngineExecutionResults results) {
    return results.allEvents().fileEntryPublished().stream()
        .collect(
            Collectors.groupingBy(
                (Event event) -> event.getTestDescriptor().getDisplayName(),
                Collectors.mapping(
                    event ->
                        event
                            .getPayload(FileEntry.class)
                            .orElseThrow()
                            .getPath()
                            .getFileName()
                            .toString(),
                    Collectors.toList())));
  }

  static class FailingScenarios {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {
      fail("scenario failed");
    }
  }

  static class PassingScenarios {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  static class AbortedScenarios {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {
      assumeTrue(false, "not today");
    }
  }
}
