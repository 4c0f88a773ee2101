package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.okBody;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.MalformedResponseException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad data from the API is a {@link MalformedResponseException} naming the request, the record and
 * the field, wherever it comes: a single resource, a page, or deep inside {@code outcome()}.
 */
class RunloopClientBadDataTest {
  private static final String RUN_WITHOUT_BENCHMARK =
      "{\"id\": \"bmr_1\", \"state\": \"completed\", \"start_time_ms\": 1, \"metadata\": {}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void a_run_without_id() {
    server.enqueue(okBody("{\"state\": \"completed\", \"start_time_ms\": 1}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 returned JSON this client cannot read:"
                + " benchmark run at $: \"id\" is missing");
  }

  @Test
  void a_run_answered_under_another_id_is_refused_naming_both() {
    server.enqueue(okBody(RUN_WITHOUT_BENCHMARK.replace("bmr_1", "../../../x\\u001b[2J")));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 answered with benchmark run '../../../x\\u001B[2J',"
                + " not the one asked for: check the base URL, and any proxy between this client"
                + " and Runloop.");
  }

  @Test
  void an_outcome_is_only_ever_of_the_run_asked_for() {
    server.enqueue(okBody(RUN_WITHOUT_BENCHMARK.replace("bmr_1", "bmr_other")));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.outcome("bmr_1"))
        .withMessageStartingWith(
            "GET /v1/benchmark_runs/bmr_1 answered with benchmark run 'bmr_other', not the one");
  }

  @Test
  void a_job_answered_under_another_id_is_refused() {
    server.enqueue(okBody(ApiFixtures.json("benchmark_job_completed.json")));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.jobOutcome("bmj_other"))
        .withMessageStartingWith(
            "GET /v1/benchmark_jobs/bmj_other answered with benchmark job 'bmj_3kQ8vLx2', not the"
                + " one asked for");
  }

  @Test
  void a_scenario_and_a_scenario_run_answered_under_other_ids_are_refused() {
    server.enqueue(okBody("{\"id\": \"scn_2\", \"name\": \"two\"}"));
    server.enqueue(
        okBody("{\"id\": \"scr_2\", \"scenario_id\": \"scn_1\", \"state\": \"scored\"}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenario("scn_1"))
        .withMessageStartingWith(
            "GET /v1/scenarios/scn_1 answered with scenario 'scn_2', not the one");
    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRun("scr_1"))
        .withMessageStartingWith(
            "GET /v1/scenarios/runs/scr_1 answered with scenario run 'scr_2', not the one");
  }

  @Test
  void a_scenario_run_without_scenario_id_fails_the_outcome() {
    server.enqueue(okBody(RUN_WITHOUT_BENCHMARK));
    server.enqueue(
        okBody(
            "{\"runs\": [{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\"},"
                + " {\"id\": \"scr_2\", \"name\": \"named\", \"state\": \"scored\"}],"
                + " \"has_more\": false}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.outcome("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1/scenario_runs returned JSON this client cannot read:"
                + " scenario run scr_2 at $.runs[1]: \"scenario_id\" is missing");
  }

  @Test
  void a_definition_with_a_null_id_fails_the_outcome() {
    server.enqueue(okBody(RUN_WITHOUT_BENCHMARK));
    server.enqueue(
        okBody(
            "{\"runs\": [{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\"}],"
                + " \"has_more\": false}"));
    server.enqueue(okBody("{\"id\": null, \"name\": \"fix-npe\"}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.outcome("bmr_1"))
        .withMessage(
            "GET /v1/scenarios/scn_1 returned JSON this client cannot read:"
                + " scenario at $: \"id\" is missing");
  }

  @Test
  void a_score_outside_zero_to_one_fails_the_outcome() {
    server.enqueue(okBody(RUN_WITHOUT_BENCHMARK));
    server.enqueue(
        okBody(
            "{\"runs\": [{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"state\": \"scored\","
                + " \"scoring_contract_result\": {\"score\": 7.0}}], \"has_more\": false}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.outcome("bmr_1"))
        .withMessageEndingWith(
            "scoring result at $.runs[0].scoring_contract_result: \"score\" is 7.0, not a score"
                + " from 0 to 1");
  }

  @Test
  void a_job_whose_scenario_outcome_has_no_state_fails_with_the_job_and_the_field() {
    server.enqueue(
        okBody(
            "{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"completed\","
                + " \"create_time_ms\": 1, \"benchmark_outcomes\": [{\"agent_name\": \"codex\","
                + " \"benchmark_run_id\": \"bmr_1\", \"n_completed\": 0, \"n_failed\": 1,"
                + " \"n_timeout\": 0, \"scenario_outcomes\": [{\"scenario_definition_id\":"
                + " \"scn_1\", \"scenario_name\": \"one\"}]}]}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.jobOutcome("bmj_1"))
        .withMessage(
            "GET /v1/benchmark_jobs/bmj_1 returned JSON this client cannot read: benchmark job"
                + " bmj_1: scenario outcome scn_1 at"
                + " $.benchmark_outcomes[0].scenario_outcomes[0]: \"state\" is missing");
  }

  @Test
  void a_page_of_jobs_with_a_job_without_creation_time() {
    server.enqueue(
        okBody(
            "{\"jobs\": [{\"id\": \"bmj_1\", \"name\": \"smoke\", \"state\": \"queued\"}],"
                + " \"has_more\": false}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkJobs().toList())
        .withMessageEndingWith(
            "returned JSON this client cannot read: benchmark job bmj_1 at $.jobs[0]:"
                + " \"create_time_ms\" is missing");
  }
}
