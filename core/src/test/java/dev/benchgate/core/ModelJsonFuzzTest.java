package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.benchgate.core.internal.BenchmarkJobListView;
import dev.benchgate.core.internal.BenchmarkListView;
import dev.benchgate.core.internal.BenchmarkRunListView;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.internal.ScenarioListView;
import dev.benchgate.core.internal.ScenarioRunListView;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScenarioEnvironment;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.TestFile;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property of every model's decoder, over hostile variants of valid documents ({@link
 * JsonFuzzer}): decoding yields a model that encodes and decodes back to itself, or fails with a
 * Moshi exception the client and snapshot reader turn into their typed ones: {@link
 * JsonDataException} naming a path in the document, or, for text that is not JSON, {@link
 * JsonEncodingException} or {@link EOFException}. Never a {@code NullPointerException}, {@code
 * ClassCastException} or any other error.
 */
class ModelJsonFuzzTest {

  static Stream<Arguments> documents() {
    Map<String, Object> run = object(ApiFixtures.json("benchmark_run_every_field.json"));
    Map<String, Object> legacy = object(ApiFixtures.json("benchmark_run_legacy.json"));
    Map<String, Object> scenarioRun = object(ApiFixtures.json("scenario_run_scoring_states.json"));
    Map<String, Object> scenario = object(ApiFixtures.json("scenario_every_scorer.json"));
    Map<String, Object> result = object(scenarioRun.get("scoring_contract_result"));
    Map<String, Object> contract = object(scenario.get("scoring_contract"));
    List<?> functions = (List<?>) contract.get("scoring_function_parameters");
    Map<String, Object> testBased = object(object(functions.get(5)).get("scorer"));
    Map<String, Object> job = object(ApiFixtures.json("benchmark_job_completed.json"));
    Map<String, Object> running = object(ApiFixtures.json("benchmark_job_running.json"));
    Map<String, Object> unknowns = object(ApiFixtures.json("benchmark_job_unknowns.json"));
    Map<String, Object> spec = object(job.get("job_spec"));
    Map<String, Object> codex = object(((List<?>) job.get("benchmark_outcomes")).get(1));
    List<?> codexScenarios = (List<?>) codex.get("scenario_outcomes");
    return Stream.of(
        Arguments.of(BenchmarkRunView.class, run),
        Arguments.of(BenchmarkRunView.class, legacy),
        Arguments.of(LegacyScenarioRun.class, ((List<?>) legacy.get("scenario_runs")).get(0)),
        Arguments.of(ScenarioRunView.class, scenarioRun),
        Arguments.of(ScoringContractResult.class, result),
        Arguments.of(
            ScoringFunctionResult.class, ((List<?>) result.get("scoring_function_results")).get(0)),
        Arguments.of(ScenarioView.class, scenario),
        Arguments.of(InputContext.class, scenario.get("input_context")),
        Arguments.of(ScenarioEnvironment.class, scenario.get("environment")),
        Arguments.of(ScoringContract.class, contract),
        Arguments.of(ScoringFunction.class, functions.get(3)),
        Arguments.of(Scorer.class, testBased),
        Arguments.of(Scorer.class, object(object(functions.get(6)).get("scorer"))),
        Arguments.of(TestFile.class, ((List<?>) testBased.get("test_files")).get(0)),
        Arguments.of(BenchmarkView.class, JsonFuzzer.tree(ApiFixtures.json("benchmark.json"))),
        Arguments.of(
            ScenarioRunListView.class,
            JsonFuzzer.tree(ApiFixtures.json("scenario_runs_page_1.json"))),
        Arguments.of(ScenarioListView.class, JsonFuzzer.tree(ApiFixtures.json("definitions.json"))),
        Arguments.of(BenchmarkListView.class, JsonFuzzer.tree(ApiFixtures.json("benchmarks.json"))),
        Arguments.of(
            BenchmarkRunListView.class, JsonFuzzer.tree(ApiFixtures.json("benchmark_runs.json"))),
        Arguments.of(BenchmarkJobView.class, job),
        Arguments.of(BenchmarkJobView.class, running),
        Arguments.of(BenchmarkJobView.class, unknowns),
        Arguments.of(JobSpec.class, spec),
        Arguments.of(AgentConfig.class, ((List<?>) spec.get("agent_configs")).get(0)),
        Arguments.of(JobSource.class, job.get("job_source")),
        Arguments.of(JobSource.class, unknowns.get("job_source")),
        Arguments.of(JobAgentOutcomeView.class, codex),
        Arguments.of(JobScenarioOutcomeView.class, codexScenarios.get(1)),
        Arguments.of(InProgressRunView.class, ((List<?>) running.get("in_progress_runs")).get(0)),
        Arguments.of(
            BenchmarkJobListView.class, JsonFuzzer.tree(ApiFixtures.json("benchmark_jobs.json"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  <T> void decoding_yields_a_model_that_round_trips_or_a_typed_error(Class<T> type, Object seed)
      throws IOException {
    JsonAdapter<T> adapter = RunloopJson.moshi().adapter(type);
    JsonFuzzer fuzzer = new JsonFuzzer(JsonFuzzer.SEED ^ type.getName().hashCode());
    int decoded = 0;
    int refused = 0;
    for (int i = 0; i < JsonFuzzer.CASES; i++) {
      String json = fuzzer.variant(seed);
      T value;
      try {
        value = adapter.fromJson(json);
      } catch (JsonDataException refusal) {
        assertThat(refusal.getMessage()).as("case %d: %s", i, json).contains("$");
        refused++;
        continue;
      } catch (JsonEncodingException | EOFException notJson) {
        refused++;
        continue;
      } catch (RuntimeException untyped) {
        throw new AssertionError(
            "case " + i + " (seed " + JsonFuzzer.SEED + ") threw on " + shorten(json), untyped);
      }
      decoded++;
      String encoded = adapter.toJson(value);
      T again = adapter.fromJson(encoded);
      assertThat(again).as("case %d: %s", i, shorten(json)).isEqualTo(value);
      assertThat(adapter.toJson(again)).isEqualTo(encoded);
    }
    // A fuzzer that only ever broke documents, or never did, would prove little.
    assertThat(decoded).as("variants decoded").isPositive();
    assertThat(refused).as("variants refused").isPositive();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json) {
    return (Map<String, Object>) (json instanceof String text ? JsonFuzzer.tree(text) : json);
  }

  static String shorten(String json) {
    return json.length() > 600 ? json.substring(0, 600) + "…" : json;
  }
}
