package dev.benchgate.core.model;

import static dev.benchgate.core.ApiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parses payloads shaped like the API's (REFERENCE.md) into the model records. */
class ModelJsonTest {

  @Test
  void parses_a_current_benchmark_run_and_ignores_unknown_fields() {
    BenchmarkRunView run = parse(BenchmarkRunView.class, "benchmark_run_every_field.json");

    assertThat(run.id()).isEqualTo("bmr_31f2a9");
    assertThat(run.benchmarkId()).isEqualTo("bmd_swe_lite");
    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(run.score()).isEqualTo(0.8125);
    assertThat(run.startTimeMs()).isEqualTo(1795305600000L);
    assertThat(run.duration()).contains(Duration.ofMillis(5423000));
    assertThat(run.metadata()).containsExactly(entry("branch", "main"), entry("commit", "4be1c0d"));
    assertThat(run.displayName()).isEqualTo("nightly-2026-11-22 (bmr_31f2a9)");
    assertThat(run.legacyScenarioRuns()).isEmpty();
    assertThat(run.legacyPendingScenarios()).isEmpty();
  }

  @Test
  void secret_values_are_kept_but_never_printed() {
    BenchmarkRunView run = parse(BenchmarkRunView.class, "benchmark_run_every_field.json");

    assertThat(run.environmentVariables()).containsEntry("OPENAI_API_KEY", "sk-not-a-real-value");
    assertThat(run.secretsProvided()).containsEntry("GITHUB_TOKEN", "sec_not_a_real_value");
    assertThat(run.toString())
        .contains("OPENAI_API_KEY=<redacted>", "GITHUB_TOKEN=<redacted>")
        .doesNotContain("sk-not-a-real-value", "sec_not_a_real_value");
  }

  @Test
  void parses_the_legacy_run_shape_with_its_camel_case_keys() {
    BenchmarkRunView run = parse(BenchmarkRunView.class, "benchmark_run_legacy.json");

    assertThat(run.legacyPendingScenarios()).containsExactly("scn_3");
    assertThat(run.legacyScenarioRuns())
        .extracting(LegacyScenarioRun::scenarioId, LegacyScenarioRun::scenarioRunId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("scn_1", "scr_1"),
            org.assertj.core.groups.Tuple.tuple("scn_2", "scr_2"));
    assertThat(run.legacyScenarioRuns().get(0).scoringResult().score()).isEqualTo(1.0);
    assertThat(run.legacyScenarioRuns().get(1).scoringResult()).isNull();
    assertThat(run.durationMs()).isEqualTo(5400000L);
  }

  @Test
  void an_unknown_state_parses_as_unrecognized_and_keeps_its_raw_value() {
    ScenarioRunView scenarioRun = parse(ScenarioRunView.class, "scenario_run_nulls.json");

    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.UNRECOGNIZED);
    assertThat(scenarioRun.stateValue()).isEqualTo("teleported");
    assertThat(scenarioRun.state().isFinished()).isFalse();
  }

  @Test
  void nulls_become_empty_collections_or_absent_values() {
    ScenarioRunView scenarioRun = parse(ScenarioRunView.class, "scenario_run_nulls.json");

    assertThat(scenarioRun.metadata()).isEmpty();
    assertThat(scenarioRun.environmentVariables()).isEmpty();
    assertThat(scenarioRun.secretsProvided()).isEmpty();
    assertThat(scenarioRun.score()).isNull();
    assertThat(scenarioRun.scoringResult()).isEmpty();
    assertThat(scenarioRun.hasScoringErrors()).isFalse();
    assertThat(scenarioRun.duration()).isEmpty();
    assertThat(scenarioRun.startTimeMs()).isNull();
  }

  @Test
  void parses_scoring_function_results_with_their_states() {
    ScenarioRunView scenarioRun = parse(ScenarioRunView.class, "scenario_run_scoring_states.json");

    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.SCORED);
    assertThat(scenarioRun.score()).isEqualTo(0.75);
    assertThat(scenarioRun.scoringFunctionResult("unit-tests"))
        .hasValueSatisfying(
            result -> {
              assertThat(result.state()).isEqualTo(ScoringFunctionState.COMPLETE);
              assertThat(result.score()).isEqualTo(1.0);
              assertThat(result.output()).isEqualTo("12 passed");
            });
    assertThat(scenarioRun.scoringFunctionResult("lint").orElseThrow().isError()).isTrue();
    assertThat(scenarioRun.scoringFunctionResult("style").orElseThrow().state())
        .isEqualTo(ScoringFunctionState.UNRECOGNIZED);
    assertThat(scenarioRun.hasScoringErrors()).isTrue();
    assertThat(scenarioRun.scoringFunctionResult("missing")).isEmpty();
  }

  @Test
  void parses_every_scorer_type_and_keeps_an_unknown_one() {
    ScenarioView scenario = parse(ScenarioView.class, "scenario_every_scorer.json");

    List<Scorer> scorers =
        scenario.scoringContract().scoringFunctionParameters().stream()
            .map(ScoringFunction::scorer)
            .toList();
    assertThat(scorers)
        .containsExactly(
            new AstGrepScorer("$X == null", "src", "java"),
            new BashScriptScorer("exit 0"),
            new CommandScorer("make check"),
            new CustomScorer("rubric", Map.of("rubric", List.of("a", "b"), "max", 5.0)),
            new PythonScriptScorer("print(1.0)", ">=3.11", "pytest"),
            new TestBasedScorer(
                "mvn test", List.of(new TestFile("src/test/OrderTest.java", "class OrderTest {}"))),
            new UnknownScorer("llm_judge_scorer", Map.of("model", "judge-1", "threshold", 0.5)));
    assertThat(scorers).extracting(Scorer::type).contains("test_based_scorer", "llm_judge_scorer");
    assertThat(scenario.scoringContract().totalWeight())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void parses_a_scenario_definition_with_free_form_json() {
    ScenarioView scenario = parse(ScenarioView.class, "scenario_every_scorer.json");

    assertThat(scenario.status()).isEqualTo(ScenarioStatus.ACTIVE);
    assertThat(scenario.validationType()).isEqualTo(ValidationType.FORWARD);
    assertThat(scenario.inputContext().problemStatement())
        .startsWith("Fix the NullPointerException");
    assertThat(scenario.inputContext().additionalContext())
        .isEqualTo(Map.of("files", List.of("OrderService.java"), "hints", 2.0, "strict", true));
    assertThat(scenario.environment().launchParameters())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("resource_size_request", "X_SMALL");
    assertThat(scenario.environment().snapshotId()).isNull();
    assertThat(scenario.scorerTimeoutSec()).isEqualTo(600L);
    assertThat(scenario.requiredEnvironmentVariables()).containsExactly("JAVA_HOME");
    assertThat(scenario.scoringContract().scoringFunction("unit-tests").orElseThrow().weight())
        .isEqualTo(0.4);
  }

  @Test
  void a_scenario_of_an_older_api_without_status_or_contract_still_parses() throws IOException {
    ScenarioView scenario =
        RunloopJson.moshi()
            .adapter(ScenarioView.class)
            .fromJson("{\"id\":\"scn_1\",\"name\":\"n\",\"metadata\":{}}");

    assertThat(scenario.status()).isEqualTo(ScenarioStatus.UNRECOGNIZED);
    assertThat(scenario.validationType()).isEqualTo(ValidationType.UNRECOGNIZED);
    assertThat(scenario.scoringContract().scoringFunctionParameters()).isEmpty();
  }

  @Test
  void parses_a_benchmark_with_its_camel_case_scenario_ids() {
    BenchmarkView benchmark = parse(BenchmarkView.class, "benchmark.json");

    assertThat(benchmark.scenarioIds()).containsExactly("scn_1", "scn_2", "scn_3");
    assertThat(benchmark.status()).isEqualTo(ScenarioStatus.ACTIVE);
    assertThat(benchmark.requiredEnvironmentVariables()).isEmpty();
    assertThat(benchmark.requiredSecretNames()).containsExactly("GITHUB_TOKEN");
    assertThat(benchmark.isPublic()).isFalse();
  }

  @Test
  void enum_lookup_is_case_insensitive_and_tolerates_null() {
    assertThat(BenchmarkRunState.fromApiValue("FAILED")).isEqualTo(BenchmarkRunState.FAILED);
    assertThat(BenchmarkRunState.fromApiValue(null)).isEqualTo(BenchmarkRunState.UNRECOGNIZED);
    assertThat(BenchmarkRunState.UNRECOGNIZED.isFinal()).isFalse();
    assertThat(BenchmarkRunState.RUNNING.isFinal()).isFalse();
    assertThat(BenchmarkRunState.CANCELED.isFinal()).isTrue();
    assertThat(BenchmarkRunState.COMPLETED.isFinal()).isTrue();
    assertThat(BenchmarkRunState.FAILED.isFinal()).isTrue();
    assertThat(ScenarioRunState.TIMEOUT.isInfrastructureFailure()).isTrue();
    assertThat(ScenarioRunState.SCORED.isInfrastructureFailure()).isFalse();
    assertThat(ScenarioRunState.SCORING.isInProgress()).isTrue();
  }
}
