package dev.benchgate.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the model adapters refuse where JSON becomes models, and how they say it: the record, its id
 * when known, its path in the document and the field, never the offending value of a string.
 */
class ModelValidationTest {
  private static final String RUN =
      "\"scenario_id\": \"scn_1\", \"state\": \"scored\", \"metadata\": {}";

  private static <T> T parse(Class<T> type, String json) {
    try {
      return RunloopJson.moshi().adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String page(String... runs) {
    return "{\"runs\": [" + String.join(", ", runs) + "], \"has_more\": false}";
  }

  @Test
  void a_scenario_run_without_id_is_refused_with_its_place_in_the_page() {
    assertThatThrownBy(
            () ->
                parse(
                    dev.benchgate.core.internal.ScenarioRunListView.class,
                    page("{\"id\": \"scr_0\", " + RUN + "}", "{" + RUN + "}")))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("scenario run at $.runs[1]: \"id\" is missing");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": null, \"state\": \"completed\", \"start_time_ms\": 1}"
            + "|benchmark run at $: \"id\" is missing",
        "{\"id\": \" \", \"state\": \"completed\", \"start_time_ms\": 1}"
            + "|benchmark run at $: \"id\" is blank",
        "{\"id\": \"bmr_1\", \"start_time_ms\": 1}|benchmark run bmr_1 at $: \"state\" is missing",
        "{\"id\": \"bmr_1\", \"state\": \"completed\"}"
            + "|benchmark run bmr_1 at $: \"start_time_ms\" is missing",
        "{\"state\": \"completed\", \"start_time_ms\": 1, \"id\": \"bmr_1\", \"score\": 7.0}"
            + "|benchmark run bmr_1 at $: \"score\" is 7.0, not a score from 0 to 1",
        "{\"id\": \"bmr_1\", \"state\": \"completed\", \"start_time_ms\": 1,"
            + " \"pending_scenarios\": [\"scn_1\", null]}"
            + "|$.pending_scenarios[1] is null, not a string",
      })
  void a_benchmark_run_needs_an_id_a_state_and_a_start_time(String json, String message) {
    assertThatThrownBy(() -> parse(BenchmarkRunView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": \"scr_1\", \"state\": \"scored\"}"
            + "|scenario run scr_1 at $: \"scenario_id\" is missing",
        "{\"id\": \"scr_1\", \"scenario_id\": \"\", \"state\": \"scored\"}"
            + "|scenario run scr_1 at $: \"scenario_id\" is blank",
        "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\"}"
            + "|scenario run scr_1 at $: \"state\" is missing",
        "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": {\"v\": 1}}"
            + "|$.state is an object, not a string",
        "{\"id\": 5, \"scenario_id\": \"scn_1\", \"state\": \"scored\"}"
            + "|$.id is a number, not a string",
        "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\","
            + " \"start_time_ms\": \"sk-secret-looking\"}"
            + "|$.start_time_ms is a string, not a whole number",
        "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\","
            + " \"duration_ms\": 1.5}"
            + "|$.duration_ms is not a whole number in the range of a long",
      })
  void a_scenario_run_needs_an_id_a_scenario_id_and_a_state(String json, String message) {
    assertThatThrownBy(() -> parse(ScenarioRunView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3.5", "7.0", "1e308", "-1e-6", "1.000001"})
  void scores_outside_zero_to_one_are_refused(String score) {
    String json =
        "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\","
            + " \"scoring_contract_result\": {\"score\": 0.5, \"scoring_function_results\":"
            + " [{\"scoring_function_name\": \"tests\", \"state\": \"complete\", \"score\": "
            + score
            + "}]}}";

    assertThatThrownBy(() -> parse(ScenarioRunView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith(
            "scoring function result \"tests\" at"
                + " $.scoring_contract_result.scoring_function_results[0]: \"score\" is ")
        .hasMessageEndingWith(", not a score from 0 to 1");
  }

  @Test
  void a_score_a_rounding_step_outside_zero_to_one_is_kept_as_it_is() {
    ScoringContractResult result =
        parse(
            ScoringContractResult.class,
            "{\"score\": 1.0000000000000002, \"scoring_function_results\": []}");

    assertThat(result.score()).isEqualTo(1.0000000000000002);
    assertThat(parse(ScoringContractResult.class, "{\"score\": -1e-17}").score()).isEqualTo(-1e-17);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "1e400", "-Infinity"})
  void numbers_json_cannot_hold_are_refused_as_malformed_json(String score) {
    assertThatThrownBy(() -> parse(ScoringContractResult.class, "{\"score\": " + score + "}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(JsonEncodingException.class);
    assertThatThrownBy(() -> parse(ScoringContractResult.class, "{\"score\": \"" + score + "\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("$.score is a string, not a number");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": \"n\", \"weight\": 1.5, \"scorer\": {\"type\": \"command_scorer\"}}"
            + "|scoring function \"n\" at $: \"weight\" is 1.5, not a weight from 0 to 1",
        "{\"name\": \"n\", \"scorer\": {\"type\": \"command_scorer\"}}"
            + "|scoring function \"n\" at $: \"weight\" is missing",
        "{\"weight\": 1.0, \"scorer\": {\"type\": \"command_scorer\"}}"
            + "|scoring function at $: \"name\" is missing",
        "{\"name\": \"n\", \"weight\": 1.0}|scoring function \"n\" at $: \"scorer\" is missing",
        "{\"name\": \"n\", \"weight\": 1.0, \"scorer\": {\"command\": \"make\"}}"
            + "|scorer at $.scorer: \"type\" is missing",
        "{\"name\": \"n\", \"weight\": 1.0, \"scorer\": {\"type\": 7}}"
            + "|scorer at $.scorer: \"type\" is not a string",
        "{\"name\": \"n\", \"weight\": 1.0, \"scorer\": {\"type\": \"command_scorer\","
            + " \"command\": [\"make\"]}}"
            + "|$.scorer.command is an array, not a string",
      })
  void a_scoring_function_needs_a_name_a_weight_and_a_typed_scorer(String json, String message) {
    assertThatThrownBy(() -> parse(ScoringFunction.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @Test
  void a_scorer_is_read_by_its_type_wherever_the_type_comes() {
    ScoringFunction function =
        parse(
            ScoringFunction.class,
            "{\"scorer\": {\"test_command\": \"mvn test\", \"future\": 1, \"type\":"
                + " \"test_based_scorer\"}, \"weight\": 1, \"name\": \"tests\"}");

    assertThat(function.scorer()).isEqualTo(new TestBasedScorer("mvn test", List.of()));
  }

  /** First, the type is read as the document streams; anywhere else, from a raw copy. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void a_scorer_reads_alike_with_its_type_first_in_the_middle_or_last(int typeAt) {
    List<String> fields =
        new java.util.ArrayList<>(
            List.of(
                "\"custom_scorer_type\": \"q\\\"uote\\n\\u00e9\"",
                "\"scorer_params\": {\"nested\": [1e3, -0.5, null, true, {\"deep\": \"\\t\"}]}"));
    fields.add(typeAt, "\"type\": \"custom_scorer\"");
    String contract =
        "{\"scoring_function_parameters\": [{\"name\": \"n\", \"weight\": 1.0, \"scorer\": {"
            + String.join(", ", fields)
            + "}}]}";

    Scorer scorer =
        parse(ScoringContract.class, contract).scoringFunctionParameters().get(0).scorer();

    assertThat(scorer)
        .isEqualTo(
            new CustomScorer(
                "q\"uote\né",
                Map.of(
                    "nested",
                    java.util.Arrays.asList(1000.0, -0.5, null, true, Map.of("deep", "\t")))));
  }

  /** The first {@code type} counts, whether the variant streams or is read from a copy. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\": \"command_scorer\", \"command\": \"make\", \"type\": \"custom_scorer\"}"
            + "|command_scorer",
        "{\"command\": \"make\", \"type\": \"command_scorer\", \"type\": \"custom_scorer\"}"
            + "|command_scorer",
        "{\"type\": \"command_scorer\", \"command\": \"make\", \"type\": 7}|command_scorer",
        "{\"type\": \"future_scorer\", \"command\": \"make\", \"type\": \"command_scorer\"}"
            + "|future_scorer",
        "{\"command\": \"make\", \"type\": \"future_scorer\", \"type\": \"command_scorer\"}"
            + "|future_scorer",
      })
  void the_first_type_of_a_scorer_counts_wherever_it_comes(String scorer, String type) {
    Scorer read = parse(Scorer.class, scorer);

    assertThat(read.type()).isEqualTo(type);
    if (read instanceof UnknownScorer future) {
      assertThat(future.fields()).isEqualTo(Map.of("command", "make"));
    } else {
      assertThat(read).isEqualTo(new CommandScorer("make"));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\": 7, \"type\": \"command_scorer\"}",
        "{\"type\": null, \"command\": \"x\"}",
        "{\"type\": null, \"type\": \"command_scorer\"}",
        "{\"command\": \"make\", \"type\": null, \"type\": \"command_scorer\"}",
      })
  void a_scorer_whose_first_type_is_no_string_is_refused_whatever_follows(String scorer) {
    assertThatThrownBy(() -> parse(Scorer.class, scorer))
        .isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith("scorer at $: \"type\" is ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\": \"custom_scorer\", \"scorer_params\": {\"a\": 1e400}}",
        "{\"scorer_params\": {\"a\": 1e400}, \"type\": \"custom_scorer\"}",
      })
  void malformed_json_inside_a_scorer_is_named_by_its_path_in_the_document(String scorer) {
    String contract =
        "{\"scoring_function_parameters\": [{\"name\": \"n\", \"weight\": 1.0, \"scorer\": "
            + scorer
            + "}]}";

    assertThatThrownBy(() -> parse(ScoringContract.class, contract))
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageEndingWith("at path $.scoring_function_parameters[0].scorer.scorer_params.a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The type first: read as the document streams.
        "{\"type\": \"command_scorer\", \"command\": [\"make\"]}"
            + "|$.scoring_function_parameters[1].scorer.command is an array, not a string",
        // The type last: read from a copy, its paths made the document's.
        "{\"command\": [\"make\"], \"type\": \"command_scorer\"}"
            + "|$.scoring_function_parameters[1].scorer.command is an array, not a string",
        "{\"command\": \"make\", \"type\": 7}"
            + "|scorer at $.scoring_function_parameters[1].scorer: \"type\" is not a string",
        "{\"command\": \"make\"}"
            + "|scorer at $.scoring_function_parameters[1].scorer: \"type\" is missing",
      })
  void a_scorer_found_wrong_is_named_by_its_path_in_the_document(String scorer, String message) {
    String contract =
        "{\"scoring_function_parameters\": [{\"name\": \"a\", \"weight\": 0.5, \"scorer\":"
            + " {\"type\": \"command_scorer\"}}, {\"name\": \"b\", \"weight\": 0.5, \"scorer\": "
            + scorer
            + "}]}";

    assertThatThrownBy(() -> parse(ScoringContract.class, contract))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": \"b\"}|benchmark at $: \"scenarioIds\" is missing",
        "{\"id\": \"bmd_1\", \"scenarioIds\": [\"scn_1\", \" \"]}"
            + "|benchmark bmd_1 at $: \"scenarioIds\" holds a blank id",
        "{\"id\": \"bmd_1\", \"scenarioIds\": [null]}|$.scenarioIds[0] is null, not a string",
        "{\"scenarioIds\": []}|benchmark at $: \"id\" is missing",
      })
  void a_benchmark_needs_an_id_and_its_scenario_ids(String json, String message) {
    assertThatThrownBy(() -> parse(BenchmarkView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @Test
  void a_definition_needs_an_id_and_nothing_else_an_older_api_may_leave_out() {
    assertThatThrownBy(() -> parse(ScenarioView.class, "{\"name\": \"n\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("scenario at $: \"id\" is missing");
    assertThat(parse(ScenarioView.class, "{\"id\": \"scn_1\"}").name()).isNull();
  }

  @Test
  void a_null_item_of_a_page_is_refused_not_dropped() {
    assertThatThrownBy(
            () ->
                parse(
                    dev.benchgate.core.internal.ScenarioRunListView.class,
                    page("{\"id\": \"scr_0\", " + RUN + "}", "null")))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("$.runs[1] is null, not a scenario run");
  }

  @Test
  void null_metadata_values_are_left_out_as_a_snapshot_leaves_them_out() {
    ScenarioRunView run =
        parse(
            ScenarioRunView.class,
            "{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"x\","
                + " \"metadata\": {\"b\": \"2\", \"gone\": null, \"a\": \"1\"}}");

    assertThat(run.metadata()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  void repeated_strings_of_one_document_are_shared() {
    String item =
        "{\"id\": \"scr_%d\", \"scenario_id\": \"scn_%d\", \"state\": \"graded_by_humans\","
            + " \"benchmark_run_id\": \"bmr_1\", \"metadata\": {\"attempt\": \"1\"}}";
    List<ScenarioRunView> runs =
        parse(
                dev.benchgate.core.internal.ScenarioRunListView.class,
                page(item.formatted(1, 1), item.formatted(2, 2)))
            .items();

    ScenarioRunView first = runs.get(0);
    ScenarioRunView second = runs.get(1);
    assertThat(second.benchmarkRunId()).isSameAs(first.benchmarkRunId());
    assertThat(second.stateValue()).isSameAs(first.stateValue());
    assertThat(second.metadata().keySet().iterator().next())
        .isSameAs(first.metadata().keySet().iterator().next());
    assertThat(second.metadata().get("attempt")).isSameAs(first.metadata().get("attempt"));
    assertThat(second.id()).isNotSameAs(first.id());
  }
}
