package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Where settings come from, strongest first: annotation or code, configuration parameter,
 * environment variable, default; and the placeholders a value may hold. The server knows only run
 * {@code bmr_1}, so a test that succeeds was given that run.
 */
class ConfigurationTest {
  private static final String UNREACHABLE = "http://127.0.0.1:9/";

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
  }

  @Test
  void the_annotation_beats_the_configuration_parameter_and_the_environment() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_configured")
            .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "bmr_environment")
            .run(NamedRun.class);

    assertAllSucceeded(results, 1);
    assertThat(runReceived(results)).isEqualTo("bmr_1");
  }

  @ExtendWith(FakeEnvironment.class)
  static class NamedRun {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {}
  }

  @Test
  void the_configuration_parameter_beats_the_environment() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_1")
            .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "bmr_environment")
            .run(DefaultRun.class);

    assertAllSucceeded(results, 1);
  }

  @Test
  void the_environment_names_the_run_when_nothing_else_does() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "bmr_1")
            .run(DefaultRun.class);

    assertAllSucceeded(results, 1);
  }

  @Test
  void a_blank_configuration_parameter_counts_as_unset() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "  ")
            .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "bmr_1")
            .run(DefaultRun.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultRun {
    @Test
    void run(@BenchmarkRun BenchmarkRunView run) {}
  }

  @Test
  void the_baseline_has_its_own_configuration_parameter() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BASELINE, "bmr_1")
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_configured")
            .environment(ConfigurationKeys.BASELINE_VARIABLE, "bmr_environment")
            .run(DefaultBaseline.class);

    assertAllSucceeded(results, 1);
  }

  @Test
  void the_baseline_has_its_own_environment_variable() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.BASELINE_VARIABLE, "bmr_1")
            .environment(ConfigurationKeys.BENCHMARK_RUN_VARIABLE, "bmr_environment")
            .run(DefaultBaseline.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultBaseline {
    @Test
    void baseline(@Baseline BenchmarkRunView baseline) {}
  }

  @Test
  void the_base_url_parameter_beats_the_environment() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.BASE_URL_VARIABLE, UNREACHABLE)
            .run(NamedRun.class);

    assertAllSucceeded(results, 1);
  }

  @Test
  void the_environment_gives_the_base_url_and_key_when_no_parameter_does() {
    EngineExecutionResults results =
        GateKit.unconfigured()
            .environment(ConfigurationKeys.BASE_URL_VARIABLE, api.apiKey("test-key-env").baseUrl())
            .environment(ConfigurationKeys.API_KEY_VARIABLE, "test-key-env")
            .run(NamedRun.class);

    assertAllSucceeded(results, 1);
    // the fake accepts only the key it was given
    assertThat(api.requests()).isNotEmpty().allMatch(RecordedRequest::authorized);
  }

  @Test
  void the_api_key_parameter_beats_the_environment() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment(ConfigurationKeys.API_KEY_VARIABLE, "test-key-env")
            .run(NamedRun.class);

    assertAllSucceeded(results, 1);
    // the fake accepts only the canary key
    assertThat(api.requests()).isNotEmpty().allMatch(RecordedRequest::authorized);
  }

  @Test
  void the_base_url_defaults_to_runloops_api() {
    EngineExecutionResults results =
        GateKit.unconfigured()
            .parameter(ConfigurationKeys.API_KEY, GateKit.CANARY_KEY)
            .run(DefaultClient.class);

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .contains(
            Map.of("client", "RunloopClient{baseUrl=https://api.runloop.ai/, apiGeneration=AUTO}"));
  }

  @BenchmarkGate
  @ExtendWith(FakeEnvironment.class)
  static class DefaultClient {
    @Test
    void client(RunloopClient client, TestReporter reporter) {
      reporter.publishEntry("client", client.toString());
    }
  }

  @Test
  void placeholders_read_environment_variables_and_system_properties() {
    EngineExecutionResults results =
        GateKit.against(api)
            .environment("RUN_ID", "bmr_1")
            .environment("RUN_NUMBER", "1")
            .environment("SCENARIO", "scn_a")
            .parameter("run.id", "bmr_1")
            .run(Placeheld.class);

    assertAllSucceeded(results, 4);
  }

  @ExtendWith(FakeEnvironment.class)
  static class Placeheld {
    @Test
    void environment(@BenchmarkRun("${env:RUN_ID}") BenchmarkRunView run) {}

    @Test
    void systemProperty(@BenchmarkRun("${sys:run.id}") BenchmarkRunView run) {}

    @Test
    void withinText(@BenchmarkRun("bmr_${env:RUN_NUMBER}") BenchmarkRunView run) {}

    @Test
    void scenario(@Scenario("${env:SCENARIO}") ScenarioView scenario) {}
  }

  @Test
  void configured_values_may_hold_placeholders_too() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "${env:RUN_ID}")
            .environment("RUN_ID", "bmr_1")
            .run(DefaultRun.class);

    assertAllSucceeded(results, 1);
  }

  private static String runReceived(EngineExecutionResults results) {
    return GateKit.reportEntries(results).stream()
        .map(entry -> entry.get(ConfigurationKeys.BENCHMARK_RUN))
        .filter(id -> id != null)
        .findFirst()
        .orElseThrow();
  }
}
