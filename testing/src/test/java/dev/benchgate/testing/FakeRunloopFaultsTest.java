package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.BenchmarkQuery;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.error.RunloopException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault FakeRunloop injects, as the real client meets it. */
class FakeRunloopFaultsTest {
  private static final String RUN = "/v1/benchmark_runs/bmr_1";

  @RegisterExtension
  final FakeRunloop runloop =
      FakeRunloop.create().add(Models.outcome(Models.run("bmr_1").completed().build()).build());

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** A client that does not really wait between retries, and tells how long it would have. */
  private RunloopClientBuilder client(int maxRetries) {
    return runloop
        .clientBuilder()
        .apiGeneration(ApiGeneration.CURRENT)
        .maxRetries(maxRetries)
        .sleeper(waits::add);
  }

  @Test
  void a_status_with_retry_after_is_retried_after_the_wait_it_asks_for() {
    runloop.injectNext(RUN, Fault.status(429).retryAfter(Duration.ofSeconds(7)));

    try (RunloopClient client = client(1).build()) {
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(runloop.requestCount(RUN)).isEqualTo(2);
  }

  @Test
  void a_status_carries_the_apis_error_body_until_the_faults_are_cleared() {
    runloop.inject(RUN, Fault.status(503).message("overloaded"));

    try (RunloopClient client = client(0).build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessage("GET /v1/benchmark_runs/bmr_1 failed: 503 Service Unavailable: overloaded");
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));

      runloop.clearFaults();

      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
  }

  @Test
  void next_faults_apply_in_turn_and_then_the_path_answers() {
    runloop.injectNext(RUN, Fault.status(500), Fault.status(429));

    try (RunloopClient client = client(0).build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
      assertThatExceptionOfType(RateLimitException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
  }

  @Test
  void a_delay_answers_late_but_answers() {
    runloop.injectNext(RUN, Fault.delay(Duration.ofMillis(100)));

    try (RunloopClient client = client(0).build()) {
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
  }

  @Test
  void a_stall_outlasts_the_clients_request_timeout() {
    runloop.injectNext(RUN, Fault.stall());

    try (RunloopClient client = client(0).requestTimeout(Duration.ofMillis(300)).build()) {
      assertThatExceptionOfType(RunloopException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .isNotInstanceOf(RunloopApiException.class);
    }
  }

  @Test
  void a_reset_connection_fails_the_attempt_and_a_retry_gets_the_answer() {
    runloop.injectNext(RUN, Fault.reset());

    try (RunloopClient client = client(0).build()) {
      assertThatExceptionOfType(RunloopException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .isNotInstanceOf(RunloopApiException.class);
    }
    runloop.injectNext(RUN, Fault.reset());
    try (RunloopClient client = client(1).build()) {
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
    assertThat(runloop.requestCount(RUN)).isEqualTo(3);
  }

  @Test
  void a_truncated_body_fails_the_attempt_and_a_retry_gets_the_answer() {
    runloop.injectNext(RUN, Fault.truncate());

    try (RunloopClient client = client(0).build()) {
      assertThatExceptionOfType(RunloopException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .isNotInstanceOf(RunloopApiException.class);
    }
    runloop.injectNext(RUN, Fault.truncate());
    try (RunloopClient client = client(1).build()) {
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
    }
  }

  @Test
  void a_hold_answers_once_its_condition_holds() throws InterruptedException {
    runloop.injectNext(RUN, Fault.holdUntil(() -> runloop.requestCount("/v1/benchmarks") > 0));

    try (RunloopClient client = client(0).build()) {
      Thread lister = new Thread(() -> client.benchmarks(BenchmarkQuery.all()).toList());
      lister.start();
      assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
      lister.join();
    }
    assertThat(runloop.requests())
        .extracting(RecordedRequest::path)
        .containsExactlyInAnyOrder(RUN, "/v1/benchmarks");
  }

  /** Sends a GET as any HTTP client would, to see what goes over the wire. */
  private Response get(String target) throws IOException {
    return plain
        .newCall(
            new Request.Builder()
                .url(runloop.baseUrl() + target.substring(1))
                .header("Authorization", "Bearer " + runloop.apiKey())
                .build())
        .execute();
  }

  private final OkHttpClient plain = new OkHttpClient.Builder().followRedirects(false).build();

  @AfterEach
  void shutDownThePlainClient() {
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
  }

  @Test
  void a_gzip_bomb_is_valid_gzip_that_decompresses_to_its_size_and_ends_with_the_answer()
      throws IOException {
    long size = 3L * 1024 * 1024 + 17;
    runloop.inject(RUN, Fault.gzipBomb(size));

    try (Response response = get(RUN)) {
      String body = response.body().string();
      assertThat(response.networkResponse().header("Content-Encoding")).isEqualTo("gzip");
      assertThat(body).hasSize((int) size).endsWith("}");
      assertThat(body.strip()).startsWith("{").contains("\"id\":\"bmr_1\"");
    }
  }

  @Test
  void a_huge_body_announces_its_length_and_is_the_answer_after_whitespace() throws IOException {
    runloop.inject(RUN, Fault.hugeBody(100_000));

    try (Response response = get(RUN)) {
      assertThat(response.header("Content-Length")).isEqualTo("100000");
      assertThat(response.body().string()).hasSize(100_000).contains("\"bmr_1\"");
    }
    runloop.inject(RUN, Fault.hugeChunkedBody(100_000));
    try (Response response = get(RUN)) {
      assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
      assertThat(response.body().string()).hasSize(100_000);
    }
  }

  @Test
  void endless_pages_give_fresh_ids_page_after_page_and_always_announce_more() throws IOException {
    runloop.inject("/v1/benchmark_runs", Fault.endlessPages());

    try (Response first = get("/v1/benchmark_runs?limit=2")) {
      assertThat(first.body().string())
          .contains("\"id\":\"bmr_1-p1-0\"", "\"id\":\"bmr_1-p1-1\"", "\"has_more\":true");
    }
    try (Response second = get("/v1/benchmark_runs?limit=2&starting_after=bmr_1-p1-1")) {
      assertThat(second.body().string()).contains("\"id\":\"bmr_1-p2-0\"");
    }
  }

  @Test
  void cycling_pages_start_over_after_the_last_item_and_duplicates_repeat_the_first()
      throws IOException {
    runloop.inject("/v1/benchmark_runs", Fault.cyclingPages());
    try (Response afterTheLast = get("/v1/benchmark_runs?starting_after=bmr_1")) {
      assertThat(afterTheLast.body().string()).contains("\"id\":\"bmr_1\"", "\"has_more\":true");
    }
    runloop.inject("/v1/benchmark_runs", Fault.duplicateItems());
    try (Response duplicated = get("/v1/benchmark_runs")) {
      assertThat(duplicated.body().string().split("\"id\":\"bmr_1\"", -1)).hasSize(3);
    }
  }

  @Test
  void a_list_fault_on_a_resource_that_is_no_list_says_so() throws IOException {
    runloop.inject(RUN, Fault.endlessPages());

    try (Response response = get(RUN)) {
      assertThat(response.code()).isEqualTo(500);
      assertThat(response.body().string()).contains("applies to list endpoints only");
    }
  }

  @Test
  void an_echoed_key_comes_raw_escaped_and_in_a_header() throws IOException {
    runloop.inject(RUN, Fault.echoKey());

    try (Response response = get(RUN)) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.header("x-request-id")).isEqualTo(FakeRunloop.API_KEY);
      assertThat(response.body().string())
          .contains("invalid token " + FakeRunloop.API_KEY)
          .contains("\\u0066" + FakeRunloop.API_KEY.substring(1));
    }
  }

  @Test
  void a_redirect_sends_its_status_and_location() throws IOException {
    runloop.inject(RUN, Fault.redirect(307, "/v1/benchmark_runs/bmr_2"));

    try (Response response = get(RUN)) {
      assertThat(response.code()).isEqualTo(307);
      assertThat(response.header("Location")).isEqualTo("/v1/benchmark_runs/bmr_2");
    }
  }

  @Test
  void a_reset_in_the_middle_of_the_body_breaks_the_connection() {
    runloop.inject(RUN, Fault.resetMidBody());

    assertThatExceptionOfType(IOException.class)
        .isThrownBy(
            () -> {
              try (Response response = get(RUN)) {
                response.body().string();
              }
            });
  }

  @Test
  void hostile_names_replace_every_name() throws IOException {
    runloop.add(Models.outcome(Models.run("bmr_named").named("nightly").build()).build());
    runloop.inject("/v1/benchmark_runs/bmr_named", Fault.hostileNames());

    try (RunloopClient client = client(0).build()) {
      assertThat(client.benchmarkRun("bmr_named").name()).isEqualTo(Fault.HOSTILE_TEXT);
    }
  }

  @Test
  void faults_refuse_settings_that_do_not_apply() {
    assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(200));
    assertThatIllegalStateException().isThrownBy(() -> Fault.stall().message("no"));
    assertThatIllegalStateException()
        .isThrownBy(() -> Fault.reset().retryAfter(Duration.ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> runloop.inject("v1/runs?x=1", Fault.stall()));
    assertThatIllegalArgumentException().isThrownBy(() -> Fault.redirect(200, "/x"));
    assertThatIllegalArgumentException().isThrownBy(() -> Fault.trickle(0, Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> Fault.hugeBody(0));
    assertThatIllegalStateException().isThrownBy(() -> Fault.stall().header("a", "b"));
    assertThatIllegalStateException().isThrownBy(() -> Fault.endlessPages().retryAfter("0"));
    assertThat(Fault.status(503).retryAfter(Duration.ofSeconds(2)))
        .hasToString("Fault{status 503, Retry-After 2}");
    assertThat(Fault.gzipBomb(1024)).hasToString("Fault{answer, gzip bomb 1024 bytes}");
    assertThat(Fault.redirect(302, "/x")).hasToString("Fault{redirect 302, Location /x}");
    assertThat(Fault.endlessPages()).hasToString("Fault{answer, endless pages}");
    assertThat(Fault.httpDate(java.time.Instant.parse("2026-09-01T12:00:05Z")))
        .isEqualTo("Tue, 1 Sep 2026 12:00:05 GMT");
  }
}
