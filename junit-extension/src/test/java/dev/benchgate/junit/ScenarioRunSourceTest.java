package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static dev.benchgate.junit.GateKit.onlyFailure;
import static dev.benchgate.junit.GateKit.testDisplayNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.testing.FakeRunloop;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One invocation per scenario run: expansion, display names, filters and misuse. */
class ScenarioRunSourceTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
  }

  @Test
  void runs_once_per_scenario_run_named_after_the_scenario() {
    EngineExecutionResults results = GateKit.against(api).run(EachScenario.class);

    assertAllSucceeded(results, 3);
    assertThat(testDisplayNames(results))
        .containsExactly("add-retry", "fix-flaky-test", "rename-module");
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenario {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {
      assertThat(scenarioRun.benchmarkRunId()).isEqualTo("bmr_1");
    }
  }

  @Test
  void passes_the_scenario_definition_when_the_second_parameter_asks_for_it() {
    EngineExecutionResults results = GateKit.against(api).run(WithDefinition.class);

    assertAllSucceeded(results, 3);
    assertThat(testDisplayNames(results))
        .containsExactly(
            "add-retry / add-retry",
            "fix-flaky-test / fix-flaky-test",
            "rename-module / rename-module");
  }

  @ExtendWith(FakeEnvironment.class)
  static class WithDefinition {
    @ParameterizedTest(name = "{0} / {1}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun, ScenarioView scenario) {
      assertThat(scenario.id()).isEqualTo(scenarioRun.scenarioId());
    }
  }

  @Test
  void leaves_a_second_parameter_with_scenario_to_the_resolver() {
    EngineExecutionResults results = GateKit.against(api).run(WithNamedScenario.class);

    assertAllSucceeded(results, 3);
  }

  @ExtendWith(FakeEnvironment.class)
  static class WithNamedScenario {
    @ParameterizedTest
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun, @Scenario("scn_a") ScenarioView scenario) {
      assertThat(scenario.name()).isEqualTo("add-retry");
    }
  }

  @Test
  void the_default_display_name_shows_the_scenario_name_too() {
    EngineExecutionResults results = GateKit.against(api).run(DefaultName.class);

    // JUnit 5 writes "scenarioRun=add-retry", JUnit 6 "scenarioRun = add-retry"
    assertThat(testDisplayNames(results))
        .satisfiesExactly(
            name -> assertThat(name).startsWith("[1] scenarioRun").endsWith("add-retry"),
            name -> assertThat(name).startsWith("[2] scenarioRun").endsWith("fix-flaky-test"),
            name -> assertThat(name).startsWith("[3] scenarioRun").endsWith("rename-module"));
  }

  @ExtendWith(FakeEnvironment.class)
  static class DefaultName {
    @ParameterizedTest
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void takes_the_configured_run_when_given_none() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_1")
            .run(Configured.class);

    assertAllSucceeded(results, 3);
  }

  @ExtendWith(FakeEnvironment.class)
  static class Configured {
    @ParameterizedTest
    @ScenarioRunSource
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void takes_the_run_set_in_code_when_given_none() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_configured")
            .run(SetInCode.class);

    assertAllSucceeded(results, 3);
  }

  @ExtendWith(FakeEnvironment.class)
  static class SetInCode {
    @RegisterExtension
    static BenchgateExtension gate = BenchgateExtension.builder().benchmarkRun("bmr_1").build();

    @ParameterizedTest
    @ScenarioRunSource
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void filters_by_state() {
    EngineExecutionResults results = GateKit.against(api).run(ByState.class);

    assertAllSucceeded(results, 1);
    assertThat(testDisplayNames(results)).containsExactly("rename-module");
  }

  @ExtendWith(FakeEnvironment.class)
  static class ByState {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource(
        value = "bmr_1",
        states = {ScenarioRunState.FAILED, ScenarioRunState.TIMEOUT})
    void eachScenario(ScenarioRunView scenarioRun) {
      assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.FAILED);
    }
  }

  @Test
  void filters_by_a_pattern_the_whole_scenario_name_must_match() {
    EngineExecutionResults results = GateKit.against(api).run(ByName.class);

    assertAllSucceeded(results, 2);
    assertThat(testDisplayNames(results)).containsExactly("add-retry", "rename-module");
  }

  @ExtendWith(FakeEnvironment.class)
  static class ByName {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource(value = "bmr_1", namePattern = "(add|rename)-.*")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void combines_state_and_name_filters() {
    EngineExecutionResults results = GateKit.against(api).run(ByStateAndName.class);

    assertThat(testDisplayNames(results)).containsExactly("add-retry");
  }

  @ExtendWith(FakeEnvironment.class)
  static class ByStateAndName {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource(
        value = "bmr_1",
        states = ScenarioRunState.SCORED,
        namePattern = "(add|rename)-.*")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void a_users_meta_annotation_works_like_the_source_it_carries() {
    EngineExecutionResults results = GateKit.against(api).run(MetaAnnotated.class);

    assertThat(testDisplayNames(results)).containsExactly("rename-module");
  }

  /** A team's own source of the infrastructure failures of its nightly run. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ScenarioRunSource(value = "bmr_1", states = ScenarioRunState.FAILED)
  @interface FailedNightlyScenarios {}

  @ExtendWith(FakeEnvironment.class)
  static class MetaAnnotated {
    @ParameterizedTest(name = "{0}")
    @FailedNightlyScenarios
    void eachFailure(ScenarioRunView scenarioRun) {}
  }

  @Test
  void a_run_without_scenario_runs_fails_instead_of_running_nothing() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_1", "completed", 0.65, "bmd_1"), List.of()));

    Throwable failure = onlyFailure(GateKit.against(api).run(EachScenario.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Benchmark run nightly (bmr_1) has no scenario runs, so @ScenarioRunSource of method"
                + " [EachScenario.eachScenario(ScenarioRunView)] has nothing to test: check that"
                + " the run (named by @ScenarioRunSource(\"bmr_1\")) is the one you meant.");
  }

  @Test
  void filters_that_leave_nothing_fail_and_say_what_the_run_has() {
    Throwable failure = onlyFailure(GateKit.against(api).run(NothingLeft.class));

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "None of the 3 scenario runs of benchmark run nightly (bmr_1) is in state canceled"
                + " or timeout and named to match 'add-.*', so @ScenarioRunSource of method"
                + " [NothingLeft.eachScenario(ScenarioRunView)] has nothing to test. The run has"
                + " 1 failed, 2 scored.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class NothingLeft {
    @ParameterizedTest
    @ScenarioRunSource(
        value = "bmr_1",
        states = {ScenarioRunState.TIMEOUT, ScenarioRunState.CANCELED},
        namePattern = "add-.*")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void the_command_line_selects_scenarios_by_name_or_id() {
    EngineExecutionResults byName =
        GateKit.against(api)
            .parameter(ConfigurationKeys.SCENARIOS, "fix-.*")
            .run(EachScenario.class);
    EngineExecutionResults byId =
        GateKit.against(api)
            .parameter(ConfigurationKeys.SCENARIOS, "scn_c")
            .run(EachScenario.class);

    assertAllSucceeded(byName, 1);
    assertThat(testDisplayNames(byName)).containsExactly("fix-flaky-test");
    assertThat(testDisplayNames(byId)).containsExactly("rename-module");
  }

  @Test
  void the_command_line_narrows_what_the_annotation_selects() {
    EngineExecutionResults results =
        GateKit.against(api).parameter(ConfigurationKeys.SCENARIOS, "add-retry").run(ByName.class);

    assertThat(testDisplayNames(results)).containsExactly("add-retry");
  }

  @Test
  void a_command_line_pattern_that_selects_nothing_fails_one_test_instead_of_running_none() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.SCENARIOS, "fix-login")
            .run(EachScenario.class);

    assertThat(results.testEvents().started().count()).isEqualTo(1);
    assertThat(results.containerEvents().failed().count()).isZero();
    assertThat(onlyFailure(results))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "-Dbenchgate.scenarios='fix-login' selects none of the 3 scenario runs that"
                + " @ScenarioRunSource of method [EachScenario.eachScenario(ScenarioRunView)] has"
                + " of benchmark run nightly (bmr_1), so it has nothing to test. The pattern must"
                + " match a scenario's name or id as a whole; the scenarios are add-retry,"
                + " fix-flaky-test, rename-module.");
  }

  @Test
  void a_command_line_pattern_that_is_no_regular_expression_is_misuse() {
    Throwable failure =
        onlyFailure(
            GateKit.against(api)
                .parameter(ConfigurationKeys.SCENARIOS, "fix-(")
                .run(EachScenario.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "The configuration parameter benchgate.scenarios is 'fix-(', which is not a regular"
                + " expression: ");
  }

  @Test
  void a_run_that_cannot_be_fetched_fails_one_test_that_says_why() {
    EngineExecutionResults results = GateKit.against(api).run(UnknownRun.class);

    assertThat(testDisplayNames(results))
        .containsExactly("no scenario run to test: see the failure");
    assertThat(results.containerEvents().failed().count()).isZero();
    assertThat(onlyFailure(results))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "Could not fetch benchmark run bmr_nope for @ScenarioRunSource of method"
                + " [UnknownRun.eachScenario(ScenarioRunView, ScenarioView)]: GET"
                + " /v1/benchmark_runs/bmr_nope failed: 404");
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownRun {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_nope")
    void eachScenario(ScenarioRunView scenarioRun, ScenarioView scenario) {}
  }

  @Test
  void a_first_parameter_that_cannot_take_a_scenario_run_is_misuse() {
    Throwable failure = onlyFailure(GateKit.against(api).run(WrongFirstParameter.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@ScenarioRunSource of method [WrongFirstParameter.eachScenario(String)] passes a"
                + " ScenarioRunView as the first argument, but the method's first parameter is a"
                + " String: declare it as ScenarioRunView.");
    assertThat(StandardRuns.paths(api)).isEmpty();
  }

  @ExtendWith(FakeEnvironment.class)
  static class WrongFirstParameter {
    @ParameterizedTest
    @ScenarioRunSource("bmr_1")
    void eachScenario(String scenarioRun) {}
  }

  @Test
  void a_name_pattern_that_is_no_regular_expression_is_misuse() {
    Throwable failure = onlyFailure(GateKit.against(api).run(BrokenPattern.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "The namePattern of @ScenarioRunSource of method"
                + " [BrokenPattern.eachScenario(ScenarioRunView)] is not a regular expression:");
  }

  @ExtendWith(FakeEnvironment.class)
  static class BrokenPattern {
    @ParameterizedTest
    @ScenarioRunSource(value = "bmr_1", namePattern = "fix-(")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }
}
