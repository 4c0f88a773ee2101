package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.CANARY_KEY;
import static dev.benchgate.junit.GateKit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.SnapshotFormatException;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Each way a gate can be misconfigured or fail to get its data, and what it is told: the parameter,
 * the method and what to change. The API key, here a canary, never shows in any of it.
 */
class ErrorMessagesTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();
  private final List<EngineExecutionResults> runs = new ArrayList<>();
  @TempDir private Path directory;

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
  }

  @AfterEach
  void no_message_or_report_entry_ever_shows_the_key() {
    for (EngineExecutionResults results : runs) {
      for (Throwable failure : GateKit.failures(results)) {
        assertThat(everythingSaidBy(failure)).doesNotContain(CANARY_KEY);
      }
      assertThat(GateKit.reportEntries(results).toString()).doesNotContain(CANARY_KEY);
    }
  }

  @Test
  void no_api_key() {
    Throwable failure =
        failureOf(
            GateKit.unconfigured()
                .parameter(ConfigurationKeys.BASE_URL, api.baseUrl())
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "No Runloop API key is configured for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: set the environment variable"
                + " RUNLOOP_API_KEY or the configuration parameter benchgate.api-key"
                + " (-Dbenchgate.api-key=… or junit-platform.properties).");
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class NamedRun {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void unknown_run() {
    Throwable failure = failureOf(GateKit.against(api).run(UnknownRun.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not fetch benchmark run bmr_nope for parameter [BenchmarkRunView run] in method"
                + " [UnknownRun.run(BenchmarkRunView)]: GET /v1/benchmark_runs/bmr_nope failed:"
                + " 404 Not Found: Benchmark run bmr_nope not found (the id came from"
                + " @BenchmarkRun(\"bmr_nope\"))")
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownRun {
    @Test
    void run(@BenchmarkRun("bmr_nope") BenchmarkRunView run) {}
  }

  @Test
  void unknown_scenario() {
    Throwable failure = failureOf(GateKit.against(api).run(UnknownScenario.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not fetch scenario scn_nope for parameter [ScenarioView scenario] in method"
                + " [UnknownScenario.scenario(ScenarioView)]: GET /v1/scenarios/scn_nope failed:"
                + " 404 Not Found: Scenario scn_nope not found (the id came from"
                + " @Scenario(\"scn_nope\"))")
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownScenario {
    @Test
    void scenario(@Scenario("scn_nope") ScenarioView scenario) {}
  }

  @Test
  void rejected_key() {
    api.inject(StandardRuns.runPath("bmr_1"), Fault.status(401).message("invalid api key"));

    Throwable failure = failureOf(GateKit.against(api).run(NamedRun.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "Could not fetch benchmark run bmr_1 for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: GET /v1/benchmark_runs/bmr_1 failed: 401"
                + " Unauthorized: invalid api key. Check the API key: set the environment variable"
                + " RUNLOOP_API_KEY")
        .hasCauseInstanceOf(AuthenticationException.class);
  }

  @Test
  void wrong_parameter_type() {
    Throwable failure = failureOf(GateKit.against(api).run(WrongType.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@BenchmarkRun cannot fill parameter [List<String> runs] in method"
                + " [WrongType.runs(List<String>)]: declare it as BenchmarkRunView,"
                + " BenchmarkOutcome or List<ScenarioRunView>.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class WrongType {
    @Test
    void runs(@BenchmarkRun("bmr_1") List<String> runs) {}
  }

  @Test
  void scenario_on_a_parameter_that_is_no_scenario() {
    Throwable failure = failureOf(GateKit.against(api).run(ScenarioOnRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Scenario cannot fill parameter [BenchmarkRunView run] in method"
                + " [ScenarioOnRun.run(BenchmarkRunView)]: declare it as ScenarioView.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class ScenarioOnRun {
    @Test
    void run(@Scenario("scn_a") BenchmarkRunView run) {}
  }

  @Test
  void two_annotations_on_one_parameter() {
    Throwable failure = failureOf(GateKit.against(api).run(RunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "parameter [BenchmarkRunView run] in method [RunAndBaseline.run(BenchmarkRunView)]"
                + " carries more than one of @BenchmarkRun, @Baseline, @BenchmarkJob and @Scenario:"
                + " keep one.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class RunAndBaseline {
    @Test
    void run(@BenchmarkRun("bmr_1") @Baseline("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void no_run_named_anywhere() {
    Throwable failure = failureOf(GateKit.against(api).run(DefaultRunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "No benchmark run is named for parameter [BenchmarkRunView run] in method"
                + " [DefaultRunAndBaseline.run(BenchmarkRunView, BenchmarkRunView)]: give @BenchmarkRun a run id, as"
                + " in @BenchmarkRun(\"bmr_…\"), or set the configuration parameter"
                + " benchgate.benchmark-run (-Dbenchgate.benchmark-run=bmr_… or"
                + " junit-platform.properties) or the environment variable"
                + " BENCHGATE_BENCHMARK_RUN.");
  }

  @Test
  void no_baseline_named_anywhere() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_1")
                .run(DefaultRunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "No baseline run is named for parameter [BenchmarkRunView baseline] in method"
                + " [DefaultRunAndBaseline.run(BenchmarkRunView, BenchmarkRunView)]: give @Baseline a run id, as in"
                + " @Baseline(\"bmr_…\"), or set the configuration parameter benchgate.baseline"
                + " (-Dbenchgate.baseline=bmr_… or junit-platform.properties) or the environment"
                + " variable BENCHGATE_BASELINE.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultRunAndBaseline {
    @Test
    void run(@BenchmarkRun BenchmarkRunView run, @Baseline BenchmarkRunView baseline) {}
  }

  @Test
  void unset_environment_variable_in_a_placeholder() {
    Throwable failure = failureOf(GateKit.against(api).run(FromEnvironment.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "${env:NIGHTLY_RUN} in @BenchmarkRun(\"${env:NIGHTLY_RUN}\") names nothing for"
                + " parameter [BenchmarkRunView run] in method"
                + " [FromEnvironment.run(BenchmarkRunView)]: the environment variable NIGHTLY_RUN"
                + " is not set. To fix it, set the environment variable NIGHTLY_RUN.");
  }

  @Test
  void blank_environment_variable_in_a_placeholder() {
    Throwable failure =
        failureOf(GateKit.against(api).environment("NIGHTLY_RUN", " ").run(FromEnvironment.class));

    assertThat(ours(failure))
        .hasMessageContaining("the environment variable NIGHTLY_RUN is blank.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromEnvironment {
    @Test
    void run(@BenchmarkRun("${env:NIGHTLY_RUN}") BenchmarkRunView run) {}
  }

  @Test
  void unset_system_property_in_a_placeholder() {
    Throwable failure = failureOf(GateKit.against(api).run(FromSystemProperty.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "${sys:nightly.run} in @BenchmarkRun(\"${sys:nightly.run}\") names nothing for"
                + " parameter [BenchmarkRunView run] in method"
                + " [FromSystemProperty.run(BenchmarkRunView)]: the system property nightly.run is"
                + " not set. To fix it, set the system property nightly.run (-Dnightly.run=…) or"
                + " the configuration parameter of that name in junit-platform.properties.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class FromSystemProperty {
    @Test
    void run(@BenchmarkRun("${sys:nightly.run}") BenchmarkRunView run) {}
  }

  @Test
  void unknown_placeholder_in_configuration() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.BENCHMARK_RUN, "${secret:RUN}")
                .run(DefaultRunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Unknown placeholder ${secret:RUN} in the configuration parameter"
                + " benchgate.benchmark-run for parameter [BenchmarkRunView run] in method"
                + " [DefaultRunAndBaseline.run(BenchmarkRunView, BenchmarkRunView)]: use ${env:NAME} for an"
                + " environment variable or ${sys:name} for a system property or JUnit"
                + " configuration parameter.");
  }

  @Test
  void unterminated_placeholder() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "${env:RUN")
                .run(DefaultRunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Unterminated placeholder in '${env:RUN' from the environment variable"
                + " BENCHGATE_BENCHMARK_RUN for parameter [BenchmarkRunView run] in method"
                + " [DefaultRunAndBaseline.run(BenchmarkRunView, BenchmarkRunView)]: close it with '}', as in"
                + " ${env:NAME}.");
  }

  @Test
  void blank_scenario_id() {
    Throwable failure = failureOf(GateKit.against(api).run(BlankScenario.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The value from @Scenario(\" \") for parameter [ScenarioView scenario] in method"
                + " [BlankScenario.scenario(ScenarioView)] is blank: give it an id.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class BlankScenario {
    @Test
    void scenario(@Scenario(" ") ScenarioView scenario) {}
  }

  @Test
  void unknown_source_prefix() {
    Throwable failure = failureOf(GateKit.against(api).run(UnknownPrefix.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The run source 's3://runs/main.json' from @BenchmarkRun(\"s3://runs/main.json\") for"
                + " parameter [BenchmarkRunView run] in method [UnknownPrefix.run(BenchmarkRunView)]"
                + " starts with 's3:', which this version of Benchgate does not support: give a"
                + " benchmark run id such as bmr_123, file:path/to/snapshot.json,"
                + " classpath:path/to/snapshot.json or latest:bmd_…, optionally through"
                + " ${env:NAME} or ${sys:name}.");
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownPrefix {
    @Test
    void run(@BenchmarkRun("s3://runs/main.json") BenchmarkRunView run) {}
  }

  @Test
  void missing_snapshot_file() {
    Path missing = directory.resolve("missing.json");

    Throwable failure =
        failureOf(
            GateKit.unconfigured()
                .parameter("dir", directory.toString())
                .run(MissingSnapshotFile.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load snapshot file "
                + missing
                + " for parameter [BenchmarkRunView run] in method"
                + " [MissingSnapshotFile.run(BenchmarkRunView)]: "
                + missing
                + " does not exist. Fix the path (file: paths are relative to the working"
                + " directory, "
                + Path.of("").toAbsolutePath()
                + "), or write the snapshot with BenchmarkSnapshots.write(…) or by running once"
                + " with -Dbenchgate.record=<directory>. (the source came from"
                + " @BenchmarkRun(\"file:${sys:dir}/missing.json\"))");
  }

  @ExtendWith(FakeEnvironment.class)
  static class MissingSnapshotFile {
    @Test
    void run(@BenchmarkRun("file:${sys:dir}/missing.json") BenchmarkRunView run) {}
  }

  @Test
  void file_that_is_no_snapshot() throws IOException {
    Path broken = Files.writeString(directory.resolve("broken.json"), "{\"format\": \"csv\"}");

    Throwable failure =
        failureOf(
            GateKit.unconfigured()
                .parameter("dir", directory.toString())
                .run(BrokenSnapshot.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load snapshot file "
                + broken
                + " for parameter [BenchmarkOutcome baseline] in method"
                + " [BrokenSnapshot.baseline(BenchmarkOutcome)]: "
                + broken
                + " is not a Benchgate snapshot: expected \"format\": \"benchgate-snapshot\". Write"
                + " it again with BenchmarkSnapshots.write(…) or by running once with"
                + " -Dbenchgate.record=<directory>, or fix the name. (the source came from"
                + " @Baseline(\"file:${sys:dir}/broken.json\"))")
        .hasRootCauseInstanceOf(SnapshotFormatException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class BrokenSnapshot {
    @Test
    void baseline(@Baseline("file:${sys:dir}/broken.json") BenchmarkOutcome baseline) {}
  }

  @Test
  void missing_classpath_snapshot() {
    Throwable failure = failureOf(GateKit.unconfigured().run(MissingResource.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load classpath snapshot runs/nightly.json for parameter [BenchmarkRunView"
                + " run] in method [MissingResource.run(BenchmarkRunView)]: There is no resource"
                + " runs/nightly.json on the test classpath. Put the snapshot under"
                + " src/test/resources/runs/nightly.json, or fix the name: classpath: names start"
                + " at a root of the classpath. (the source came from"
                + " @BenchmarkRun(\"classpath:/runs/nightly.json\"))");
  }

  @ExtendWith(FakeEnvironment.class)
  static class MissingResource {
    @Test
    void run(@BenchmarkRun("classpath:/runs/nightly.json") BenchmarkRunView run) {}
  }

  @Test
  void latest_query_nothing_matches() {

    Throwable failure = failureOf(GateKit.against(api).run(NothingMatches.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load latest:bmd_1?metadata.branch=release for parameter [BenchmarkOutcome"
                + " baseline] in method [NothingMatches.compare(BenchmarkOutcome,"
                + " BenchmarkOutcome)]: No completed run of benchmark bmd_1 with"
                + " metadata.branch=release other than bmr_1 was found on the API for"
                + " latest:bmd_1?metadata.branch=release. Check the benchmark id and the metadata"
                + " filters, or name the runs by id or snapshot file. (the source came from"
                + " @Baseline(\"latest:bmd_1?metadata.branch=release\")). The test fails rather"
                + " than pass unjudged; to abort such tests instead while working locally, set"
                + " -Dbenchgate.unavailable=abort (or BENCHGATE_UNAVAILABLE=abort).");
  }

  @ExtendWith(FakeEnvironment.class)
  static class NothingMatches {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkOutcome current,
        @Baseline("latest:bmd_1?metadata.branch=release") BenchmarkOutcome baseline) {}
  }

  @Test
  void latest_query_with_a_filter_that_is_not_metadata() {
    Throwable failure = failureOf(GateKit.against(api).run(FilterByState.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The run source 'latest:bmd_1?state=failed' from"
                + " @Baseline(\"latest:bmd_1?state=failed\") for parameter [BenchmarkRunView"
                + " baseline] in method [FilterByState.baseline(BenchmarkRunView)] is no usable"
                + " latest: query. The query 'latest:bmd_1?state=failed' has the filter"
                + " 'state=failed': filter by metadata, each as metadata.<key>=<value>, and give"
                + " how many runs as count=<n>, joined with &, as in"
                + " latest:bmd_123?metadata.branch=main&count=5.");
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class FilterByState {
    @Test
    void baseline(@Baseline("latest:bmd_1?state=failed") BenchmarkRunView baseline) {}
  }

  @Test
  void replayed_run_without_a_snapshot() {
    Path missing = directory.resolve("bmr_1.json");

    Throwable failure =
        failureOf(
            GateKit.unconfigured()
                .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
                .run(NamedRun.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load benchmark run bmr_1 for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: "
                + missing
                + " does not exist: benchgate.snapshots replays runs from "
                + directory
                + ". Record the run first by running once against the API with"
                + " -Dbenchgate.record="
                + directory
                + " in place of -Dbenchgate.snapshots. (the source came from"
                + " @BenchmarkRun(\"bmr_1\"))");
  }

  @Test
  void replayed_latest_query_without_a_replay_directory() {
    Path absent = directory.resolve("absent");

    Throwable failure =
        failureOf(
            GateKit.unconfigured()
                .parameter(ConfigurationKeys.SNAPSHOTS, absent.toString())
                .run(FilterByBranch.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not load latest:bmd_1?metadata.branch=main for parameter [BenchmarkRunView"
                + " baseline] in method [FilterByBranch.baseline(BenchmarkRunView)]: Cannot list"
                + " the snapshots in "
                + absent
                + " (benchgate.snapshots): java.nio.file.NoSuchFileException: "
                + absent
                + ". Record runs there first with -Dbenchgate.record="
                + absent
                + ". (the source came from @Baseline(\"latest:bmd_1?metadata.branch=main\"))");
  }

  @ExtendWith(FakeEnvironment.class)
  static class FilterByBranch {
    @Test
    void baseline(@Baseline("latest:bmd_1?metadata.branch=main") BenchmarkRunView baseline) {}
  }

  @Test
  void replay_and_record_at_once() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.SNAPSHOTS, directory.toString())
                .environment(ConfigurationKeys.RECORD_VARIABLE, directory.toString())
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Both benchgate.snapshots (replay) and benchgate.record (record) are set: a replayed"
                + " run is never fetched, so nothing would be recorded. Unset one of them (or"
                + " BENCHGATE_SNAPSHOTS or BENCHGATE_RECORD).");
  }

  @Test
  void update_switch_that_is_no_boolean() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter("dir", directory.toString())
                .parameter(ConfigurationKeys.UPDATE_BASELINE, "yes")
                .run(BaselineWithoutRunUnderTest.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Benchgate read 'yes' from the configuration parameter benchgate.update-baseline,"
                + " which is neither true nor false: set it to true to rewrite baseline snapshots"
                + " from the runs under test, or to false.");
  }

  @Test
  void missing_baseline_without_a_run_under_test() {
    Path missing = directory.resolve("main.json");

    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter("dir", directory.toString())
                .run(BaselineWithoutRunUnderTest.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The baseline snapshot "
                + missing
                + " for parameter [BenchmarkOutcome baseline] in method"
                + " [BaselineWithoutRunUnderTest.baseline(BenchmarkOutcome)] does not exist, but"
                + " the method has no @BenchmarkRun parameter to write it from: add the run under"
                + " test as a parameter.");
    assertThat(missing).doesNotExist();
  }

  @ExtendWith(FakeEnvironment.class)
  static class BaselineWithoutRunUnderTest {
    @Test
    void baseline(@Baseline("file:${sys:dir}/main.json") BenchmarkOutcome baseline) {}
  }

  @Test
  void base_url_that_is_no_url() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.BASE_URL, "runloop.example.com")
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Cannot build a Runloop client for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: The base URL is not an http:// or https://"
                + " URL (the rest is not shown, as it could hold a secret). Check benchgate.base-url"
                + " or RUNLOOP_BASE_URL and benchgate.api-key or RUNLOOP_API_KEY.");
  }

  @Test
  void base_url_that_could_hold_the_key_is_never_echoed() {
    for (String url :
        new String[] {
          "https://user:" + CANARY_KEY + "@runloop.example.com",
          "https://runloop.example.com/?key=" + CANARY_KEY,
          "runloop.example.com/" + CANARY_KEY,
          "https://runloop.example.com\n\u001b[2J" + CANARY_KEY
        }) {
      Throwable failure =
          failureOf(
              GateKit.against(api).parameter(ConfigurationKeys.BASE_URL, url).run(NamedRun.class));

      assertThat(ours(failure))
          .as(url)
          .isInstanceOf(ExtensionConfigurationException.class)
          .hasMessageStartingWith("Cannot build a Runloop client for parameter")
          .hasMessageNotContaining("\u001b");
      assertThat(everythingSaidBy(failure)).as(url).doesNotContain(CANARY_KEY);
    }
  }

  @Test
  void api_key_the_client_refuses() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.API_KEY, CANARY_KEY + "\n")
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "Cannot build a Runloop client for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: The API key contains whitespace");
  }

  @Test
  void await_timeout_that_is_no_duration() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "soon")
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The configuration parameter benchgate.await.timeout is 'soon', which is not a"
                + " duration of zero or more: use ISO-8601 such as PT30S or PT5M, or a whole number"
                + " with a unit: 500ms, 30s, 5m, 1h, 1d.");
  }

  @Test
  void poll_interval_of_zero() {
    Throwable failure =
        failureOf(
            GateKit.against(api)
                .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "0s")
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The configuration parameter benchgate.await.poll-interval is zero: give a pause"
                + " between polls, such as 30s.");
  }

  private Throwable failureOf(EngineExecutionResults results) {
    runs.add(results);
    return onlyFailure(results);
  }

  /**
   * The extension's own exception. JUnit wraps what a resolver throws in a {@link
   * ParameterResolutionException} that names the parameter again; the extension's own
   * ParameterResolutionExceptions it passes through.
   */
  private static Throwable ours(Throwable failure) {
    if (failure instanceof ParameterResolutionException
        && failure.getMessage().startsWith("Failed to resolve parameter")) {
      assertThat(failure.getCause()).isNotNull();
      return failure.getCause();
    }
    return failure;
  }

  private static String everythingSaidBy(Throwable failure) {
    StringBuilder said = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      said.append(t).append('\n');
      for (Throwable suppressed : t.getSuppressed()) {
        said.append(everythingSaidBy(suppressed));
      }
    }
    return said.toString();
  }
}
