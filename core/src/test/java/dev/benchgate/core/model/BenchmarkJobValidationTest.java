package dev.benchgate.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import dev.benchgate.core.internal.BenchmarkJobListView;
import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the adapters of benchmark jobs refuse where JSON becomes models, as JOBS.md §2 requires, and
 * how they say it: the record, its id when known, its path, the field, and the job around it.
 */
class BenchmarkJobValidationTest {
  private static final String JOB =
      "\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\", \"create_time_ms\": 1";
  private static final String AGENT =
      "\"agent_name\": \"codex\", \"benchmark_run_id\": \"bmr_1\", \"n_completed\": 1,"
          + " \"n_failed\": 0, \"n_timeout\": 0";
  private static final String SCENARIO =
      "\"scenario_definition_id\": \"scn_1\", \"scenario_name\": \"one\", \"state\": \"COMPLETED\"";

  private static <T> T parse(Class<T> type, String json) {
    try {
      return RunloopJson.moshi().adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jobWith(String field) {
    return "{" + JOB + ", " + field + "}";
  }

  private static String agentWith(String scenarioOutcome) {
    return jobWith(
        "\"benchmark_outcomes\": [{"
            + AGENT
            + ", \"scenario_outcomes\": ["
            + scenarioOutcome
            + "]}]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": \"smoke\", \"state\": \"completed\", \"create_time_ms\": 1}"
            + "|benchmark job at $: \"id\" is missing",
        "{\"id\": \"\", \"name\": \"smoke\", \"state\": \"completed\", \"create_time_ms\": 1}"
            + "|benchmark job at $: \"id\" is blank",
        "{\"id\": \"bmj_1\", \"state\": \"completed\", \"create_time_ms\": 1}"
            + "|benchmark job bmj_1 at $: \"name\" is missing",
        "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"create_time_ms\": 1}"
            + "|benchmark job bmj_1 at $: \"state\" is missing",
        "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\"}"
            + "|benchmark job bmj_1 at $: \"create_time_ms\" is missing",
        "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\", \"create_time_ms\": 1.5}"
            + "|$.create_time_ms is not a whole number in the range of a long",
        "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": [], \"create_time_ms\": 1}"
            + "|$.state is an array, not a string",
        "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\", \"create_time_ms\": 1,"
            + " \"failure_reason\": {\"why\": 1}}"
            + "|$.failure_reason is an object, not a string",
      })
  void a_job_needs_an_id_a_name_a_state_and_a_creation_time(String json, String message) {
    assertThatThrownBy(() -> parse(BenchmarkJobView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"n_completed\": 1, \"n_failed\": 0, \"n_timeout\": 0, \"benchmark_run_id\": \"bmr_1\","
            + " \"scenario_outcomes\": []"
            + "|agent outcome bmr_1 at $.benchmark_outcomes[0]: \"agent_name\" is missing",
        "\"agent_name\": \"codex\", \"n_completed\": 1, \"n_failed\": 0, \"n_timeout\": 0,"
            + " \"scenario_outcomes\": []"
            + "|agent outcome codex at $.benchmark_outcomes[0]: \"benchmark_run_id\" is missing",
        "\"agent_name\": \"codex\", \"benchmark_run_id\": \"bmr_1\", \"n_failed\": 0,"
            + " \"n_timeout\": 0, \"scenario_outcomes\": []"
            + "|agent outcome codex at $.benchmark_outcomes[0]: \"n_completed\" is missing",
        "\"agent_name\": \"codex\", \"benchmark_run_id\": \"bmr_1\", \"n_completed\": 1,"
            + " \"n_failed\": 0, \"n_timeout\": 0"
            + "|agent outcome codex at $.benchmark_outcomes[0]: \"scenario_outcomes\" is missing",
        "\"agent_name\": \"codex\", \"benchmark_run_id\": \"bmr_1\", \"n_completed\": 1e12,"
            + " \"n_failed\": 0, \"n_timeout\": 0, \"scenario_outcomes\": []"
            + "|$.benchmark_outcomes[0].n_completed is not a whole number in the range of an int",
        AGENT
            + ", \"scenario_outcomes\": [], \"average_score\": 1.5"
            + "|agent outcome codex at $.benchmark_outcomes[0]: \"average_score\" is 1.5, not a score"
            + " from 0 to 1",
        AGENT
            + ", \"scenario_outcomes\": [null]|$.benchmark_outcomes[0].scenario_outcomes[0]"
            + " is null, not a scenario outcome",
      })
  void an_agent_outcome_needs_what_jobs_md_requires_and_names_its_job(String agent, String inner) {
    assertThatThrownBy(
            () ->
                parse(BenchmarkJobView.class, jobWith("\"benchmark_outcomes\": [{" + agent + "}]")))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("benchmark job bmj_1: " + inner);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"scenario_name\": \"one\", \"state\": \"FAILED\""
            + "|scenario outcome at $.benchmark_outcomes[0].scenario_outcomes[0]:"
            + " \"scenario_definition_id\" is missing",
        "\"scenario_definition_id\": \"scn_1\", \"state\": \"FAILED\""
            + "|scenario outcome scn_1 at $.benchmark_outcomes[0].scenario_outcomes[0]:"
            + " \"scenario_name\" is missing",
        "\"scenario_definition_id\": \"scn_1\", \"scenario_name\": \"one\""
            + "|scenario outcome scn_1 at $.benchmark_outcomes[0].scenario_outcomes[0]:"
            + " \"state\" is missing",
        SCENARIO
            + ", \"score\": -0.5"
            + "|scenario outcome scn_1 at $.benchmark_outcomes[0].scenario_outcomes[0]:"
            + " \"score\" is -0.5, not a score from 0 to 1",
        SCENARIO
            + ", \"failure_reason\": {\"exception_message\": \"devbox failed\"}"
            + "|failure reason at $.benchmark_outcomes[0].scenario_outcomes[0].failure_reason:"
            + " \"exception_type\" is missing",
        SCENARIO
            + ", \"failure_reason\": {\"exception_type\": \"EnvironmentSetupError\"}"
            + "|failure reason at $.benchmark_outcomes[0].scenario_outcomes[0].failure_reason:"
            + " \"exception_message\" is missing",
        SCENARIO
            + ", \"failure_reason\": \"devbox failed\""
            + "|$.benchmark_outcomes[0].scenario_outcomes[0].failure_reason is a string, not an"
            + " object",
      })
  void a_scenario_outcome_needs_its_scenario_and_state_and_names_its_job(
      String scenario, String inner) {
    assertThatThrownBy(() -> parse(BenchmarkJobView.class, agentWith("{" + scenario + "}")))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("benchmark job bmj_1: " + inner);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"job_source\": {\"benchmark_id\": \"bmd_1\"}"
            + "|job source at $.job_source: \"type\" is missing",
        "\"job_source\": {\"type\": 7}|job source at $.job_source: \"type\" is not a string",
        "\"job_source\": {\"type\": \"benchmark\"}"
            + "|job source at $.job_source: \"benchmark_id\" is missing",
        "\"job_source\": {\"type\": \"scenarios\"}"
            + "|job source at $.job_source: \"scenario_ids\" is missing",
        "\"job_source\": {\"type\": \"scenarios\", \"scenario_ids\": [\"scn_1\", null]}"
            + "|$.job_source.scenario_ids[1] is null, not a string",
        "\"job_source\": {\"type\": \"harbor\"}"
            + "|job source at $.job_source: \"inline_yaml\" is missing",
        "\"job_spec\": {\"scenario_ids\": []}|job spec at $.job_spec: \"agent_configs\" is missing",
        "\"job_spec\": {\"agent_configs\": []}|job spec at $.job_spec: \"scenario_ids\" is missing",
        "\"job_spec\": {\"agent_configs\": [{\"type\": \"job_agent\"}], \"scenario_ids\": []}"
            + "|agent config at $.job_spec.agent_configs[0]: \"name\" is missing",
        "\"job_spec\": {\"agent_configs\": [{\"name\": \"codex\"}], \"scenario_ids\": []}"
            + "|agent config at $.job_spec.agent_configs[0]: \"type\" is missing",
        "\"job_spec\": {\"agent_configs\": [{\"type\": \"job_agent\", \"name\": \"codex\","
            + " \"timeout_seconds\": \"7200\"}], \"scenario_ids\": []}"
            + "|$.job_spec.agent_configs[0].timeout_seconds is a string, not a number",
        "\"job_spec\": {\"agent_configs\": [], \"scenario_ids\": [],"
            + " \"orchestrator_config\": {\"n_attempts\": 1.5}}"
            + "|$.job_spec.orchestrator_config.n_attempts is not a whole number in the range of a"
            + " long",
        "\"in_progress_runs\": [{\"state\": \"running\", \"start_time_ms\": 1}]"
            + "|in-progress run at $.in_progress_runs[0]: \"benchmark_run_id\" is missing",
        "\"in_progress_runs\": [{\"benchmark_run_id\": \"bmr_2\", \"state\": \"running\"}]"
            + "|in-progress run bmr_2 at $.in_progress_runs[0]: \"start_time_ms\" is missing",
        "\"in_progress_runs\": [{\"benchmark_run_id\": \"bmr_2\", \"start_time_ms\": 1}]"
            + "|in-progress run bmr_2 at $.in_progress_runs[0]: \"state\" is missing",
      })
  void the_parts_of_a_job_need_what_jobs_md_requires_and_name_the_job(String field, String inner) {
    assertThatThrownBy(() -> parse(BenchmarkJobView.class, jobWith(field)))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("benchmark job bmj_1: " + inner);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3.5", "7.0", "1e308", "-1e-6", "1.000001"})
  void scores_outside_zero_to_one_are_refused(String score) {
    assertThatThrownBy(
            () ->
                parse(
                    BenchmarkJobView.class,
                    agentWith("{" + SCENARIO + ", \"score\": " + score + "}")))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("\"score\" is ")
        .hasMessageEndingWith(", not a score from 0 to 1");
  }

  @org.junit.jupiter.api.Test
  void a_scores_rounding_step_above_one_is_taken_as_sent() {
    BenchmarkJobView job =
        parse(
            BenchmarkJobView.class, agentWith("{" + SCENARIO + ", \"score\": 1.0000000000000002}"));

    assertThat(job.benchmarkOutcomes().get(0).scenarioOutcomes().get(0).score())
        .isEqualTo(1.0000000000000002);
  }

  @org.junit.jupiter.api.Test
  void a_page_refuses_a_null_job_instead_of_dropping_it() {
    assertThatThrownBy(
            () ->
                parse(
                    BenchmarkJobListView.class,
                    "{\"jobs\": [{" + JOB + "}, null], \"has_more\": false}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("$.jobs[1] is null, not a benchmark job");
  }

  @org.junit.jupiter.api.Test
  void a_record_inside_a_job_read_before_its_id_names_only_itself() {
    // A snapshot sorts its keys, and "benchmark_outcomes" comes before "id".
    String json =
        "{\"benchmark_outcomes\": [{\"agent_name\": \"codex\"}], \"create_time_ms\": 1,"
            + " \"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\"}";

    assertThatThrownBy(() -> parse(BenchmarkJobView.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("agent outcome codex at $.benchmark_outcomes[0]: \"n_completed\" is missing");
  }
}
