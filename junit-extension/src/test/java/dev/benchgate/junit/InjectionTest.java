package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every type each annotation injects, and every way the extension gets registered. */
class InjectionTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1")).add(StandardRuns.outcome("bmr_0"));
  }

  @Test
  void parameter_annotations_inject_runs_outcomes_scenario_runs_and_scenarios() {
    EngineExecutionResults results = GateKit.against(api).run(EveryType.class);

    assertAllSucceeded(results, 5);
  }

  @ExtendWith(FakeEnvironment.class)
  static class EveryType {
    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
      assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
      assertThat(run.score()).isEqualTo(0.65);
    }

    @Test
    void outcome(@BenchmarkRun("bmr_1") BenchmarkOutcome outcome) {
      assertThat(outcome.runId()).isEqualTo("bmr_1");
      assertThat(outcome.scenarioRuns())
          .extracting(outcome::scenarioName)
          .containsExactly("add-retry", "fix-flaky-test", "rename-module");
      assertThat(outcome.benchmark()).isPresent();
    }

    @Test
    void scenarioRuns(@BenchmarkRun("bmr_1") List<ScenarioRunView> scenarioRuns) {
      assertThat(scenarioRuns)
          .extracting(ScenarioRunView::id)
          .containsExactly("scr_a", "scr_b", "scr_c");
    }

    @Test
    void baseline(@Baseline("bmr_0") BenchmarkOutcome baseline) {
      assertThat(baseline.runId()).isEqualTo("bmr_0");
    }

    @Test
    void scenario(@Scenario("scn_a") ScenarioView scenario) {
      assertThat(scenario.id()).isEqualTo("scn_a");
      assertThat(scenario.name()).isEqualTo("add-retry");
    }
  }

  @Test
  void a_benchmark_gate_class_gets_the_one_shared_client() {
    EngineExecutionResults results =
        GateKit.against(api).run(WithClient.class, AlsoWithClient.class);

    assertAllSucceeded(results, 2);
    List<String> clients =
        GateKit.reportEntries(results).stream()
            .map(entry -> entry.get("client"))
            .filter(Objects::nonNull)
            .toList();
    assertThat(clients).hasSize(2);
    assertThat(Set.copyOf(clients)).hasSize(1);
    assertThat(StandardRuns.paths(api)).containsExactly("/v1/benchmark_runs/bmr_1");
  }

  @BenchmarkGate
  @ExtendWith(FakeEnvironment.class)
  static class WithClient {
    @Test
    void client(RunloopClient client, TestReporter reporter) {
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
      reporter.publishEntry("client", String.valueOf(System.identityHashCode(client)));
    }
  }

  @BenchmarkGate
  @ExtendWith(FakeEnvironment.class)
  static class AlsoWithClient {
    @Test
    void client(RunloopClient client, TestReporter reporter) {
      reporter.publishEntry("client", String.valueOf(System.identityHashCode(client)));
    }
  }

  @Test
  void users_meta_annotations_work_like_the_annotations_they_carry() {
    EngineExecutionResults results =
        GateKit.against(api).parameter("nightly.run", "bmr_1").run(MetaAnnotated.class);

    assertAllSucceeded(results, 2);
  }

  /** A team's own name for its nightly run. */
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @BenchmarkRun("${sys:nightly.run}")
  @interface NightlyRun {}

  /** A team's own gate annotation. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @BenchmarkGate
  @ExtendWith(FakeEnvironment.class)
  @interface NightlyGate {}

  @NightlyGate
  static class MetaAnnotated {
    @Test
    void nightly(@NightlyRun BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }

    @Test
    void client(RunloopClient client) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void the_builder_sets_the_default_runs_in_code_over_configuration() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_configured")
            .parameter(ConfigurationKeys.BASELINE, "bmr_configured")
            .run(DefaultsInCode.class);

    assertAllSucceeded(results, 2);
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultsInCode {
    @RegisterExtension
    static BenchgateExtension gate =
        BenchgateExtension.builder().benchmarkRun("bmr_1").baseline("bmr_0").build();

    @Test
    void run(@BenchmarkRun BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }

    @Test
    void baseline(@Baseline BenchmarkRunView baseline) {
      assertThat(baseline.id()).isEqualTo("bmr_0");
    }
  }

  @Test
  void the_builder_sets_the_base_url_in_code_over_configuration() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BASE_URL, "http://127.0.0.1:9/unused/")
            .parameter("fixture.url", api.baseUrl())
            .run(BaseUrlInCode.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class BaseUrlInCode {
    @RegisterExtension
    static BenchgateExtension gate =
        BenchgateExtension.builder().baseUrl("${sys:fixture.url}").build();

    @Test
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }
  }

  @Test
  void the_builder_hands_over_a_client_of_the_users_own_without_needing_a_key() {
    EngineExecutionResults results = GateKit.unconfigured().run(ClientInCode.class);

    assertAllSucceeded(results, 1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class ClientInCode {
    static final RunloopClient OWN =
        RunloopClient.builder().apiKey(GateKit.CANARY_KEY).baseUrl("http://127.0.0.1:9/").build();

    @RegisterExtension
    static BenchgateExtension gate = BenchgateExtension.builder().client(OWN).build();

    @Test
    void client(RunloopClient client) {
      assertThat(client).isSameAs(OWN);
    }
  }
}
