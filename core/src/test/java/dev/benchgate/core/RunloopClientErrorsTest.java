package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.ApiFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.BadRequestException;
import dev.benchgate.core.error.ConflictException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.PermissionDeniedException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.error.UnexpectedStatusException;
import dev.benchgate.core.error.UnprocessableEntityException;
import java.io.EOFException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which exception each failure becomes, and what its message says. Retries are off here. */
class RunloopClientErrorsTest {
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

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "400 Bad Request"),
        Arguments.of(401, AuthenticationException.class, "401 Unauthorized"),
        Arguments.of(403, PermissionDeniedException.class, "403 Forbidden"),
        Arguments.of(404, NotFoundException.class, "404 Not Found"),
        Arguments.of(409, ConflictException.class, "409 Conflict"),
        Arguments.of(422, UnprocessableEntityException.class, "422 Unprocessable Entity"),
        Arguments.of(429, RateLimitException.class, "429 Too Many Requests"),
        Arguments.of(500, InternalServerException.class, "500 Internal Server Error"),
        Arguments.of(502, InternalServerException.class, "502 Bad Gateway"),
        Arguments.of(599, InternalServerException.class, "599"),
        Arguments.of(418, UnexpectedStatusException.class, "418"),
        Arguments.of(304, UnexpectedStatusException.class, "304"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void each_status_class_has_its_exception(
      int code, Class<? extends RunloopApiException> type, String statusLine) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("x-request-id", "req_7f3a")
            .body(code == 304 ? "" : "{\"message\": \"it went wrong\", \"code\": \"e_17\"}")
            .build());

    RunloopApiException e = catchThrowableOfType(type, () -> client.benchmarkRun("bmr_1"));

    assertThat(e.statusCode()).isEqualTo(code);
    assertThat(e.requestId()).hasValue("req_7f3a");
    assertThat(e.getMessage())
        .startsWith(
            "GET /v1/benchmark_runs/bmr_1 failed: "
                + statusLine
                + (code == 304 ? "" : ": it went wrong")
                + " (request id: req_7f3a)");
  }

  @Test
  void unauthorized_says_how_to_set_the_key() {
    server.enqueue(status(401, "{\"message\": \"invalid bearer token\"}"));

    assertThatExceptionOfType(AuthenticationException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 failed: 401 Unauthorized: invalid bearer token. Check the"
                + " API key: set the environment variable RUNLOOP_API_KEY, or the configuration"
                + " parameter benchgate.api-key (e.g. -Dbenchgate.api-key=...)");
  }

  @Test
  void forbidden_says_how_to_set_the_key() {
    server.enqueue(status(403, ""));

    assertThatExceptionOfType(PermissionDeniedException.class)
        .isThrownBy(() -> client.scenario("scn_1"))
        .withMessageStartingWith(
            "GET /v1/scenarios/scn_1 failed: 403 Forbidden. Check that the API key")
        .withMessageContaining("RUNLOOP_API_KEY");
  }

  @Test
  void a_body_without_a_message_shows_its_start_and_no_request_id_shows_nothing() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html>\n  <body>Bad   gateway</body>\n</html>")
            .build());

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 failed: 502 Bad Gateway: <html> <body>Bad gateway</body>"
                + " </html>")
        .satisfies(e -> assertThat(e.requestId()).isEmpty());
  }

  @Test
  void a_huge_error_body_is_cut_short() {
    server.enqueue(status(500, "{\"message\": \"" + "x".repeat(2_000_000) + "\"}"));

    InternalServerException e =
        catchThrowableOfType(InternalServerException.class, () -> client.benchmarkRun("bmr_1"));

    assertThat(e.apiMessage())
        .hasValueSatisfying(message -> assertThat(message).hasSize(501).endsWith("x…"));
    assertThat(e.getMessage()).hasSizeLessThan(600);
  }

  @Test
  void only_the_start_of_an_error_body_is_read() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body("<html>" + "x".repeat(64 * 1024) + "</html>")
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());

    try (RunloopClient impatient =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .readTimeout(Duration.ofMillis(500))
            .maxRetries(0)
            .build()) {
      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> impatient.benchmarkRun("bmr_1"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_1 failed: 400 Bad Request: <html>x");
    }
  }

  @Test
  void cutting_an_error_body_or_its_message_splits_no_character() {
    server.enqueue(status(502, "boom" + " ".repeat(16 * 1024 - 5) + "é and more"));
    server.enqueue(status(502, "{\"message\": \"" + "x".repeat(499) + "😀😀\"}"));

    assertThat(catchThrowableOfType(InternalServerException.class, () -> client.benchmarkRun("a")))
        .satisfies(e -> assertThat(e.apiMessage()).hasValue("boom"));
    assertThat(catchThrowableOfType(InternalServerException.class, () -> client.benchmarkRun("b")))
        .satisfies(e -> assertThat(e.apiMessage()).hasValue("x".repeat(499) + "…"));
  }

  @Test
  void control_characters_a_server_sends_show_as_escapes_and_never_reach_a_terminal() {
    server.enqueue(
        status(500, "{\"message\": \"\\u001b[2J\\u001b[31mred\\u0007 line\\nbreak \\u202eevil\"}"));
    server.enqueue(okBody("{\"id\": \"bmr_1\", \"start_time_ms\": \"\\u001b[2J\"}"));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 failed: 500 Internal Server Error:"
                + " \\u001B[2J\\u001B[31mred\\u0007 line\\nbreak \\u202Eevil");
    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessageEndingWith("$.start_time_ms is a string, not a whole number")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
  }

  @Test
  void json_of_the_wrong_shape_names_the_request_and_the_path_in_the_json() {
    server.enqueue(
        okBody("{\"id\": \"bmr_1\", \"metadata\": \"not an object\", \"start_time_ms\": 1}"));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .withMessage(
            "GET /v1/benchmark_runs/bmr_1 returned JSON this client cannot read:"
                + " $.metadata is a string, not an object");
  }

  @Test
  void json_that_does_not_parse_is_malformed() {
    server.enqueue(okBody("{\"runs\": [{\"id\": "));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmarkRuns().toList())
        .withMessageStartingWith("GET /v1/benchmark_runs returned JSON this client cannot read: ");
  }

  @Test
  void a_chunked_body_that_breaks_off_is_a_connection_failure_not_malformed_json() {
    String json = "{\"id\": \"bmr_1\", \"start_time_ms\": 1, \"state\": \"running\"}";
    // MockWebServer ends a chunked body with CRLF (its empty trailers); then the connection closes
    // where the next chunk's size should come.
    Buffer oneChunkThenNothing =
        new Buffer().writeUtf8(Integer.toHexString(json.length()) + "\r\n").writeUtf8(json);
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(oneChunkThenNothing)
            .removeHeader("Content-Length")
            .addHeader("Transfer-Encoding", "chunked")
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"))
        .isNotInstanceOf(RunloopTimeoutException.class)
        .withMessageStartingWith("GET /v1/benchmark_runs/bmr_1 failed: cannot talk to http://")
        .withMessageContaining("the response broke off")
        .withRootCauseInstanceOf(EOFException.class);
  }

  @Test
  void an_empty_success_body_is_malformed() {
    server.enqueue(okBody(""));

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmark("bmd_42"))
        .withMessageStartingWith("GET /v1/benchmarks/bmd_42 returned JSON this client cannot read");
  }

  @Test
  void no_content_is_malformed() {
    server.enqueue(new MockResponse.Builder().code(204).build());

    assertThatExceptionOfType(MalformedResponseException.class)
        .isThrownBy(() -> client.benchmark("bmd_42"))
        .withMessage("GET /v1/benchmarks/bmd_42 returned 204 without a body");
  }

  @Test
  void an_unreachable_server_is_a_connection_failure() {
    String url = server.url("/").toString();
    server.close();

    try (RunloopClient unreachable =
        RunloopClient.builder().apiKey(TestClients.CANARY_KEY).baseUrl(url).maxRetries(0).build()) {
      assertThatExceptionOfType(RunloopConnectionException.class)
          .isThrownBy(() -> unreachable.benchmarkRun("bmr_1"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_1 failed: cannot talk to http://")
          .withCauseInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void an_attempt_that_outlasts_the_request_timeout_is_canceled_and_retried()
      throws InterruptedException {
    for (int attempt = 0; attempt < 2; attempt++) {
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body(ApiFixtures.json("benchmark_run.json"))
              .throttleBody(1, 20, TimeUnit.MILLISECONDS)
              .build());
    }

    try (RunloopClient trickledOn =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .requestTimeout(Duration.ofMillis(300))
            .maxRetries(1)
            .build()) {
      assertThatExceptionOfType(RunloopTimeoutException.class)
          .isThrownBy(() -> trickledOn.benchmarkRun("bmr_1"))
          .withMessageMatching(
              "GET /v1/benchmark_runs/bmr_1 timed out talking to http://\\S+: no complete response"
                  + " within 300 ms, the deadline of one attempt \\(requestTimeout\\)");
    }
    // The server counts a request once its thread has read it, which a loaded machine may do after
    // the client gave up: wait for both, then make sure no third one comes.
    assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void a_read_timeout_is_a_timeout() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    try (RunloopClient impatient =
        TestClients.builder(server, new FakeTime())
            .readTimeout(Duration.ofMillis(50))
            .maxRetries(0)
            .build()) {
      assertThatExceptionOfType(RunloopTimeoutException.class)
          .isThrownBy(() -> impatient.benchmarkRun("bmr_1"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_1 timed out talking to http://");
    }
  }
}
