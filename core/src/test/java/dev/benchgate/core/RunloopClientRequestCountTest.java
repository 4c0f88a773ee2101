package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.BadRequestException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.error.UnexpectedStatusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A call sends exactly {@code maxRetries + 1} requests when every attempt fails, whatever the
 * status, its headers or the I/O failure: retrying lives in RetryInterceptor alone, and OkHttp's
 * own follow-ups (its repeat of a 503 with {@code Retry-After: 0}, of a 408, an authenticator's
 * answer to a 401) never add one.
 */
class RunloopClientRequestCountTest {
  private static final int MAX_RETRIES = 2;

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  private RunloopClientBuilder builder() {
    return TestClients.builder(server, time)
        .apiGeneration(ApiGeneration.CURRENT)
        .maxRetries(MAX_RETRIES);
  }

  private static MockResponse failing(int code, String header, String value) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body("{\"message\": \"attempt failed\"}");
    return (header == null ? response : response.addHeader(header, value)).build();
  }

  /** Enqueues more answers than any call may ask for, so that an extra request would be served. */
  private void answerEveryAttempt(Supplier<MockResponse> answer) {
    for (int i = 0; i < MAX_RETRIES + 3; i++) {
      server.enqueue(answer.get());
    }
  }

  static Stream<Arguments> statusesAndRetryAfterForms() {
    List<Arguments> cases = new ArrayList<>();
    String[][] forms = {
      {null, null},
      {"Retry-After", "0"},
      {"Retry-After", "00"},
      {"Retry-After", "1"},
      {"Retry-After", "Tue, 01 Sep 2026 11:59:00 GMT"}, // in the past
      {"Retry-After", "Tue, 01 Sep 2026 12:00:05 GMT"},
      {"Retry-After", "soon"},
      {"retry-after-ms", "0"},
      {"retry-after-ms", "250"},
    };
    for (int code : new int[] {408, 429, 500, 503}) {
      for (String[] form : forms) {
        cases.add(Arguments.of(code, form[0], form[1]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}: {2}")
  @MethodSource("statusesAndRetryAfterForms")
  void a_failing_status_is_sent_max_retries_plus_one_times(int code, String header, String value) {
    answerEveryAttempt(() -> failing(code, header, value));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RunloopApiException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .satisfies(e -> assertThat(e.statusCode()).isEqualTo(code))
          .satisfies(e -> assertThat(e.apiMessage()).hasValue("attempt failed"));
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
    assertThat(time.sleeps()).hasSize(MAX_RETRIES);
  }

  @Test
  void the_default_sends_six_requests_to_a_503_with_retry_after_zero() {
    answerEveryAttempt(() -> failing(503, "Retry-After", "0"));
    for (int i = 0; i < 6; i++) {
      server.enqueue(failing(503, "Retry-After", "0"));
    }

    try (RunloopClient client =
        TestClients.builder(server, time).apiGeneration(ApiGeneration.CURRENT).build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void x_should_retry_false_keeps_even_okhttp_from_repeating_a_503_with_retry_after_zero() {
    answerEveryAttempt(
        () ->
            new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "0")
                .addHeader("x-should-retry", "false")
                .body("{\"message\": \"down for maintenance\"}")
                .build());

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessage(
              "GET /v1/benchmark_runs/bmr_1 failed: 503 Service Unavailable: down for"
                  + " maintenance");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void x_should_retry_true_retries_a_status_up_to_the_same_count() {
    answerEveryAttempt(() -> failing(400, "x-should-retry", "true"));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
  }

  @Test
  void the_last_answer_keeps_its_message_when_okhttp_wanted_to_follow_it_up_and_was_refused()
      throws Exception {
    Buffer gzipped = new Buffer();
    try (var sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8("{\"message\": \"compressed and overloaded\"}");
    }
    answerEveryAttempt(
        () ->
            new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "0")
                .addHeader("Content-Encoding", "gzip")
                .body(gzipped.clone())
                .build());

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .satisfies(e -> assertThat(e.apiMessage()).hasValue("compressed and overloaded"));
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
  }

  @Test
  void a_shared_client_that_retries_on_connection_failure_does_not_repeat_a_408_on_its_own() {
    answerEveryAttempt(() -> failing(408, null, null));
    OkHttpClient shared = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();

    try (RunloopClient client = builder().okHttpClient(shared).build()) {
      assertThatExceptionOfType(UnexpectedStatusException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
  }

  @Test
  void a_shared_clients_authenticator_never_answers_a_401() {
    answerEveryAttempt(() -> failing(401, "WWW-Authenticate", "Bearer"));
    AtomicInteger challenges = new AtomicInteger();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .authenticator(
                (route, response) -> {
                  challenges.incrementAndGet();
                  return response.request().newBuilder().header("Authorization", "other").build();
                })
            .build();

    try (RunloopClient client = builder().okHttpClient(shared).build()) {
      assertThatExceptionOfType(AuthenticationException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(challenges).hasValue(0);
  }

  @Test
  void a_rate_limit_storm_ends_after_max_retries_plus_one_requests() {
    answerEveryAttempt(() -> failing(429, "Retry-After", "0"));

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RateLimitException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
  }

  static Stream<Arguments> ioFailures() {
    String json = ApiFixtures.json("benchmark_run.json");
    return Stream.of(
        Arguments.of(
            "reset before the answer",
            (Supplier<MockResponse>)
                () ->
                    new MockResponse.Builder()
                        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                        .build()),
        Arguments.of(
            "reset in the middle of the body",
            (Supplier<MockResponse>)
                () ->
                    new MockResponse.Builder()
                        .body(json)
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                        .build()),
        Arguments.of(
            "stall before the answer",
            (Supplier<MockResponse>)
                () ->
                    new MockResponse.Builder()
                        .onResponseStart(SocketEffect.Stall.INSTANCE)
                        .build()),
        Arguments.of(
            "stall in the middle of the body",
            (Supplier<MockResponse>)
                () ->
                    new MockResponse.Builder()
                        .body(json)
                        .onResponseBody(SocketEffect.Stall.INSTANCE)
                        .build()),
        Arguments.of(
            "trickle slower than the request timeout",
            (Supplier<MockResponse>)
                () ->
                    new MockResponse.Builder()
                        .body(json)
                        .throttleBody(1, 50, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ioFailures")
  void a_failing_connection_is_tried_max_retries_plus_one_times(
      String failure, Supplier<MockResponse> answer) {
    answerEveryAttempt(answer);

    try (RunloopClient client = builder().requestTimeout(Duration.ofMillis(300)).build()) {
      assertThatExceptionOfType(RunloopConnectionException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(MAX_RETRIES + 1);
  }

  @Test
  void a_stalled_server_fails_within_the_request_timeouts_after_exactly_two_requests() {
    answerEveryAttempt(
        () -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    long start = System.nanoTime();

    try (RunloopClient client =
        TestClients.builder(server, time)
            .apiGeneration(ApiGeneration.CURRENT)
            .requestTimeout(Duration.ofSeconds(1))
            .maxRetries(1)
            .build()) {
      assertThatExceptionOfType(RunloopTimeoutException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessageEndingWith(
              "no complete response within 1 s, the deadline of one attempt" + " (requestTimeout)");
    }

    // Two attempts of 1 s each (the wait between them passes in FakeTime): far below the read
    // timeout of 30 s that alone would end a stall.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void no_request_at_all_when_the_failure_is_permanent() {
    server.enqueue(new MockResponse.Builder().status("HTTP/1.1 two-hundred OK").build());

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RunloopException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
