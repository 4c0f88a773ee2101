package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.CANARY_KEY;
import static dev.benchgate.junit.GateKit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioView;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Each way a gate can be misconfigured or fail to get its data, and what it is told: the parameter,
 * the method and what to change. The API key, here a canary, never shows in any of it.
 */
class ErrorMessagesTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeRunloop api = new FakeRunloop();
  private final List<EngineExecutionResults> runs = new ArrayList<>();

  @BeforeEach
  void serve() {
    server.setDispatcher(api);
    api.serveStandardRun("bmr_1");
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
                .parameter(ConfigurationKeys.BASE_URL, server.url("/").toString())
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "No Runloop API key is configured for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: set the environment variable"
                + " RUNLOOP_API_KEY or the configuration parameter benchgate.api-key"
                + " (-Dbenchgate.api-key=… or junit-platform.properties).");
    assertThat(api.paths()).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class NamedRun {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void unknown_run() {
    Throwable failure = failureOf(GateKit.against(server).run(UnknownRun.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not fetch benchmark run bmr_nope for parameter [BenchmarkRunView run] in method"
                + " [UnknownRun.run(BenchmarkRunView)]: GET /v1/benchmark_runs/bmr_nope failed:"
                + " 404 Not Found: not found (the id came from @BenchmarkRun(\"bmr_nope\"))")
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownRun {
    @Test
    void run(@BenchmarkRun("bmr_nope") BenchmarkRunView run) {}
  }

  @Test
  void unknown_scenario() {
    Throwable failure = failureOf(GateKit.against(server).run(UnknownScenario.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Could not fetch scenario scn_nope for parameter [ScenarioView scenario] in method"
                + " [UnknownScenario.scenario(ScenarioView)]: GET /v1/scenarios/scn_nope failed:"
                + " 404 Not Found: not found (the id came from @Scenario(\"scn_nope\"))")
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownScenario {
    @Test
    void scenario(@Scenario("scn_nope") ScenarioView scenario) {}
  }

  @Test
  void rejected_key() {
    api.respond(
        FakeRunloop.runPath("bmr_1"),
        FakeRunloop.response(401, "{\"message\": \"invalid api key\"}"));

    Throwable failure = failureOf(GateKit.against(server).run(NamedRun.class));

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
    Throwable failure = failureOf(GateKit.against(server).run(WrongType.class));

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
    Throwable failure = failureOf(GateKit.against(server).run(ScenarioOnRun.class));

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
    Throwable failure = failureOf(GateKit.against(server).run(RunAndBaseline.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "parameter [BenchmarkRunView run] in method [RunAndBaseline.run(BenchmarkRunView)]"
                + " carries more than one of @BenchmarkRun, @Baseline and @Scenario: keep one.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class RunAndBaseline {
    @Test
    void run(@BenchmarkRun("bmr_1") @Baseline("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void no_run_named_anywhere() {
    Throwable failure = failureOf(GateKit.against(server).run(DefaultRunAndBaseline.class));

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
            GateKit.against(server)
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
    Throwable failure = failureOf(GateKit.against(server).run(FromEnvironment.class));

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
        failureOf(
            GateKit.against(server).environment("NIGHTLY_RUN", " ").run(FromEnvironment.class));

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
    Throwable failure = failureOf(GateKit.against(server).run(FromSystemProperty.class));

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
            GateKit.against(server)
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
            GateKit.against(server)
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
    Throwable failure = failureOf(GateKit.against(server).run(BlankScenario.class));

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
  void source_prefixes_of_later_versions_are_refused() {
    Throwable failure = failureOf(GateKit.against(server).run(SnapshotSource.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "The run source 'file:baselines/main.json' from"
                + " @BenchmarkRun(\"file:baselines/main.json\") for parameter [BenchmarkRunView"
                + " run] in method [SnapshotSource.run(BenchmarkRunView)] starts with 'file:',"
                + " which this version of Benchgate does not support: give a benchmark run id such"
                + " as bmr_123, optionally through ${env:NAME} or ${sys:name}.");
    assertThat(api.paths()).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class SnapshotSource {
    @Test
    void run(@BenchmarkRun("file:baselines/main.json") BenchmarkRunView run) {}
  }

  @Test
  void base_url_that_is_no_url() {
    Throwable failure =
        failureOf(
            GateKit.against(server)
                .parameter(ConfigurationKeys.BASE_URL, "runloop.example.com")
                .run(NamedRun.class));

    assertThat(ours(failure))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "Cannot build a Runloop client for parameter [BenchmarkRunView run] in method"
                + " [NamedRun.run(BenchmarkRunView)]: Not an http:// or https:// URL:"
                + " runloop.example.com. Check benchgate.base-url or RUNLOOP_BASE_URL (now"
                + " runloop.example.com) and benchgate.api-key or RUNLOOP_API_KEY.");
  }

  @Test
  void api_key_the_client_refuses() {
    Throwable failure =
        failureOf(
            GateKit.against(server)
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
            GateKit.against(server)
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
            GateKit.against(server)
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
