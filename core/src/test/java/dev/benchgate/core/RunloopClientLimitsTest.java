package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.okBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.LimitExceededException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/** The bounds on what a server can make the client read: body sizes and listings. */
class RunloopClientLimitsTest {
  private static final int LIMIT = 64 * 1024;
  private static final String RUN_JSON = ApiFixtures.json("benchmark_run.json");

  @StartStop private final MockWebServer server = new MockWebServer();

  private RunloopClientBuilder builder() {
    return TestClients.builder(server, new FakeTime())
        .apiGeneration(ApiGeneration.CURRENT)
        .maxResponseBytes(LIMIT);
  }

  /** The run's JSON after enough spaces (JSON's own whitespace) to make the body this long. */
  private static String padded(long length) {
    return " ".repeat((int) (length - RUN_JSON.length())) + RUN_JSON;
  }

  @Test
  void a_body_as_large_as_the_limit_is_read() {
    server.enqueue(okBody(padded(LIMIT)));

    try (RunloopClient client = builder().build()) {
      assertThat(client.benchmarkRun("bmr_123").id()).isEqualTo("bmr_123");
    }
  }

  @Test
  void a_body_announced_larger_fails_before_it_is_read_and_is_not_retried() {
    server.enqueue(okBody(padded(LIMIT + 1)));

    try (RunloopClient client = builder().maxRetries(3).build()) {
      assertThatExceptionOfType(LimitExceededException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .withMessage(
              "GET /v1/benchmark_runs/bmr_123 returned a body larger than maxResponseBytes, 65,536"
                  + " bytes: its Content-Length announces 65,537 bytes, so none was read. Raise it"
                  + " with RunloopClientBuilder.maxResponseBytes(long) if a response really is that"
                  + " large, or ask for smaller pages with pageSize(int).")
          .satisfies(e -> assertThat(e.setting()).isEqualTo("maxResponseBytes"))
          .satisfies(e -> assertThat(e.limit()).isEqualTo(LIMIT));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_chunked_body_stops_once_it_grows_past_the_limit() {
    server.enqueue(new MockResponse.Builder().chunkedBody(padded(4L * LIMIT), 1024).build());

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(LimitExceededException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .withMessageContaining(
              "larger than maxResponseBytes, 65,536 bytes: it grew past that as it arrived (counted"
                  + " decompressed), and reading stopped there");
    }
  }

  @Test
  void a_gzip_bomb_stops_once_it_decompresses_past_the_limit() throws IOException {
    Buffer bomb = new Buffer();
    long decoded = 32L * 1024 * 1024;
    try (BufferedSink gzip = Okio.buffer(new GzipSink(bomb))) {
      byte[] spaces = " ".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (long written = 0; written < decoded; written += spaces.length) {
        gzip.write(spaces);
      }
      gzip.writeUtf8(RUN_JSON);
    }
    assertThat(bomb.size()).as("on the wire").isLessThan(decoded / 500);
    server.enqueue(
        new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(bomb).build());

    try (RunloopClient client = builder().maxResponseBytes(1024 * 1024).build()) {
      assertThatExceptionOfType(LimitExceededException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .withMessageContaining("larger than maxResponseBytes, 1 MiB (1,048,576 bytes)");
    }
  }

  @Test
  void an_error_body_is_read_only_to_its_start_whatever_the_limit() {
    server.enqueue(ApiFixtures.status(500, "{\"message\": \"" + "x".repeat(LIMIT * 4) + "\"}"));

    try (RunloopClient client = builder().maxRetries(0).build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"));
    }
  }

  /** Pages of scenario runs with fresh ids, each announcing more: a listing that never ends. */
  private void serveEndlessPages(int perPage) {
    AtomicInteger next = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            StringBuilder runs = new StringBuilder();
            for (int i = 0; i < perPage; i++) {
              runs.append(i == 0 ? "" : ", ")
                  .append("{\"id\": \"scr_")
                  .append(next.incrementAndGet())
                  .append("\", \"scenario_id\": \"scn_1\", \"state\": \"running\"}");
            }
            return okBody("{\"runs\": [" + runs + "], \"has_more\": true}");
          }
        });
  }

  @Test
  void a_listing_that_announces_more_forever_stops_at_the_page_limit() {
    serveEndlessPages(2);

    try (RunloopClient client = builder().maxListingPages(3).build()) {
      assertThatExceptionOfType(LimitExceededException.class)
          .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
          .withMessage(
              "Listing scenario runs of bmr_123 stopped: the server announced more after 3 pages,"
                  + " the most the client reads of one listing (maxListingPages). Raise it with"
                  + " RunloopClientBuilder.maxListingPages(int) if the listing really is that long;"
                  + " otherwise the server's paging is broken.")
          .satisfies(e -> assertThat(e.setting()).isEqualTo("maxListingPages"))
          .satisfies(e -> assertThat(e.limit()).isEqualTo(3));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_listing_that_announces_more_forever_stops_at_the_item_limit() {
    serveEndlessPages(2);

    try (RunloopClient client = builder().maxListingItems(5).build()) {
      assertThatExceptionOfType(LimitExceededException.class)
          .isThrownBy(() -> client.scenarioRuns("bmr_123").toList())
          .withMessageStartingWith(
              "Listing scenario runs of bmr_123 stopped: it holds more than 5 items, the most the"
                  + " client reads of one listing (maxListingItems)")
          .satisfies(e -> assertThat(e.setting()).isEqualTo("maxListingItems"));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_stream_cut_short_never_reaches_the_limits() {
    serveEndlessPages(2);

    try (RunloopClient client = builder().maxListingPages(1).build()) {
      assertThat(client.scenarioRuns("bmr_123").limit(2)).hasSize(2);
    }
  }

  @Test
  void the_limits_refuse_values_below_one() {
    RunloopClientBuilder builder = RunloopClient.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxResponseBytes(0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxListingPages(0))
        .withMessage("maxListingPages must be at least 1 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxListingItems(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxListingItemsPerScenario(0));
  }
}
