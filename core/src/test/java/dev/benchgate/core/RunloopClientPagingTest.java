package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.model.ScenarioRunView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lazy paging by {@code starting_after}, and its stop conditions. */
class RunloopClientPagingTest {
  private static final String FIRST_PAGE =
      "/v1/benchmark_runs/bmr_123/scenario_runs?include_total_count=false&limit=1";

  @StartStop private final MockWebServer server = new MockWebServer();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .pageSize(1)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void no_items_take_one_request() throws InterruptedException {
    server.enqueue(okBody("{\"runs\": [], \"has_more\": false}"));

    assertThat(client.scenarioRuns("bmr_123")).isEmpty();

    assertThat(targets(server)).containsExactly(FIRST_PAGE);
  }

  @Test
  void one_page_takes_one_request() throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_3.json"));

    assertThat(client.scenarioRuns("bmr_123"))
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_3");

    assertThat(targets(server)).containsExactly(FIRST_PAGE);
  }

  @Test
  void many_pages_follow_the_id_of_each_last_item() throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_1.json"));
    server.enqueue(ok("scenario_runs_page_2.json"));
    server.enqueue(ok("scenario_runs_page_3.json"));

    List<ScenarioRunView> scenarioRuns = client.scenarioRuns("bmr_123").toList();

    assertThat(scenarioRuns)
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_1", "scr_2", "scr_3");
    assertThat(targets(server))
        .containsExactly(
            FIRST_PAGE, FIRST_PAGE + "&starting_after=scr_1", FIRST_PAGE + "&starting_after=scr_2");
  }

  @Test
  void pages_are_fetched_only_as_far_as_the_stream_is_read() throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_1.json"));
    server.enqueue(ok("scenario_runs_page_2.json"));

    Stream<ScenarioRunView> scenarioRuns = client.scenarioRuns("bmr_123");
    assertThat(server.getRequestCount()).isZero();

    assertThat(scenarioRuns.findFirst()).get().extracting(ScenarioRunView::id).isEqualTo("scr_1");
    assertThat(targets(server)).containsExactly(FIRST_PAGE);
  }

  @Test
  void an_empty_page_ends_the_stream_even_when_the_server_says_there_is_more()
      throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_1.json"));
    server.enqueue(okBody("{\"runs\": [], \"has_more\": true}"));

    assertThat(client.scenarioRuns("bmr_123"))
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_1");

    assertThat(targets(server)).hasSize(2);
  }

  @Test
  void a_missing_has_more_ends_the_stream() throws InterruptedException {
    server.enqueue(
        okBody(
            "{\"runs\": [{\"id\": \"scr_1\", \"scenario_id\": \"scn_1\", \"devbox_id\": \"dbx_1\","
                + " \"state\": \"running\", \"metadata\": {}}]}"));

    assertThat(client.scenarioRuns("bmr_123")).hasSize(1);

    assertThat(targets(server)).containsExactly(FIRST_PAGE);
  }

  @Test
  void a_cursor_that_does_not_advance_is_an_error_not_an_endless_loop() {
    server.enqueue(ok("scenario_runs_page_1.json"));
    server.enqueue(ok("scenario_runs_page_1.json"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
        .withMessage(
            "Listing scenario runs of bmr_123: the page after scr_1 holds only items of earlier"
                + " pages, so the server's cursor does not advance; stopped paging instead of"
                + " looping forever");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a_cursor_that_cycles_back_is_an_error_not_an_endless_loop() {
    server.enqueue(page(true, "scr_1"));
    server.enqueue(page(true, "scr_2"));
    server.enqueue(page(true, "scr_1"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
        .withMessageContaining("the page after scr_2 holds only items of earlier pages");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_page_that_repeats_earlier_items_is_an_error_not_silently_deduplicated() {
    server.enqueue(page(true, "scr_1", "scr_2"));
    server.enqueue(page(false, "scr_2", "scr_3"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
        .withMessage(
            "Listing scenario runs of bmr_123: the page after scr_2 repeats items listed before"
                + " (scr_2), so the server's paging is inconsistent; stopped paging instead of"
                + " returning items twice");
  }

  @Test
  void a_first_page_that_holds_an_item_twice_is_an_error() {
    server.enqueue(page(false, "scr_1", "scr_1"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
        .withMessageContaining("the first page repeats items listed before (scr_1)");
  }

  /** A page of minimal scenario runs with these ids. */
  private static MockResponse page(boolean hasMore, String... ids) {
    String runs =
        Stream.of(ids)
            .map(
                id ->
                    "{\"id\": \""
                        + id
                        + "\", \"scenario_id\": \"scn_1\", \"devbox_id\": \"dbx_1\","
                        + " \"state\": \"running\", \"metadata\": {}}")
            .collect(Collectors.joining(", "));
    return okBody("{\"runs\": [" + runs + "], \"has_more\": " + hasMore + "}");
  }

  @Test
  void an_item_without_id_is_refused_before_it_could_be_paged_past() {
    server.enqueue(
        okBody(
            "{\"runs\": [{\"scenario_id\": \"scn_1\", \"state\": \"running\"}], \"has_more\": true}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
        .withMessageContaining("scenario run at $.runs[0]: \"id\" is missing");
  }
}
