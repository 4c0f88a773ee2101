package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.status;
import static dev.benchgate.core.TestClients.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.BadRequestException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, how long the client waits, and when it gives up. */
class RunloopClientRetryTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client = TestClients.builder(server, time).apiGeneration(ApiGeneration.CURRENT).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static MockResponse failing(int code, String header, String value) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader(header, value)
        .body("{\"message\": \"try again\"}")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
  void retries_transient_statuses_with_growing_jittered_backoff(int code)
      throws InterruptedException {
    server.enqueue(status(code, "{}"));
    server.enqueue(status(code, "{}"));
    server.enqueue(ok("benchmark_run.json"));

    BenchmarkRunView run = client.benchmarkRun("bmr_123");

    assertThat(run.id()).isEqualTo("bmr_123");
    assertThat(time.sleeps()).hasSize(2);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(requests(server))
        .hasSize(3)
        .allSatisfy(
            request -> {
              assertThat(request.getTarget()).isEqualTo("/v1/benchmark_runs/bmr_123");
              assertThat(request.getHeaders().get("Authorization"))
                  .isEqualTo("Bearer " + TestClients.CANARY_KEY);
            });
  }

  @Test
  void does_not_retry_other_client_errors() {
    server.enqueue(status(404, "{\"message\": \"no such run\"}"));

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_1"));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void waits_the_milliseconds_of_retry_after_ms() {
    server.enqueue(failing(429, "retry-after-ms", "1500"));
    server.enqueue(ok("benchmark_run.json"));

    client.benchmarkRun("bmr_123");

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void waits_the_seconds_of_retry_after() {
    server.enqueue(failing(503, "Retry-After", "7"));
    server.enqueue(ok("benchmark_run.json"));

    client.benchmarkRun("bmr_123");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Tue, 01 Sep 2026 12:00:12 GMT",
        "Tuesday, 01-Sep-26 12:00:12 GMT",
        "Tue Sep  1 12:00:12 2026"
      })
  void waits_until_the_http_date_of_retry_after_in_each_format_http_allows(String inTwelveSeconds) {
    server.enqueue(failing(429, "Retry-After", inTwelveSeconds));
    server.enqueue(ok("benchmark_run.json"));

    client.benchmarkRun("bmr_123");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void caps_the_wait_a_server_asks_for_at_a_minute() {
    server.enqueue(failing(429, "Retry-After", "86400"));
    server.enqueue(ok("benchmark_run.json"));

    client.benchmarkRun("bmr_123");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void x_should_retry_false_stops_a_retry_the_status_would_allow() {
    server.enqueue(failing(503, "x-should-retry", "false"));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_123"));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void x_should_retry_true_retries_a_status_that_would_not_be() {
    server.enqueue(failing(400, "x-should-retry", "true"));
    server.enqueue(ok("benchmark_run.json"));

    client.benchmarkRun("bmr_123");

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void gives_up_after_max_retries_with_the_last_response() {
    try (RunloopClient twice = TestClients.builder(server, time).maxRetries(2).build()) {
      server.enqueue(status(500, "{\"message\": \"first\"}"));
      server.enqueue(status(500, "{\"message\": \"second\"}"));
      server.enqueue(status(500, "{\"message\": \"third\"}"));

      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> twice.benchmarkRun("bmr_123"))
          .withMessage("GET /v1/benchmark_runs/bmr_123 failed: 500 Internal Server Error: third");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void default_is_five_retries() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(status(503, "{}"));
    }

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_123"));

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(time.sleeps()).hasSize(5);
  }

  @Test
  void retries_a_broken_connection() throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok("benchmark_run.json"));

    assertThat(client.benchmarkRun("bmr_123").id()).isEqualTo("bmr_123");

    assertThat(time.sleeps()).hasSize(1);
    assertThat(requests(server))
        .extracting(RecordedRequest::getTarget)
        .containsOnly("/v1/benchmark_runs/bmr_123");
  }

  static Stream<Arguments> connectFailures() {
    return Stream.of(
        Arguments.of(new ConnectException("connection refused"), 6),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"), 1),
        Arguments.of(new SSLPeerUnverifiedException("hostname not verified"), 1));
  }

  @ParameterizedTest(name = "{0}: {1} attempts")
  @MethodSource("connectFailures")
  void retries_a_refused_connection_but_not_a_tls_failure(IOException failure, int attempts) {
    AtomicInteger connects = new AtomicInteger();
    SocketFactory failing =
        new SocketFactory() {
          @Override
          public Socket createSocket() {
            return new Socket() {
              @Override
              public void connect(SocketAddress address, int timeout) throws IOException {
                connects.incrementAndGet();
                throw failure;
              }
            };
          }

          @Override
          public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Socket createSocket(String host, int port, InetAddress local, int localPort) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Socket createSocket(
              InetAddress address, int port, InetAddress local, int localPort) {
            throw new UnsupportedOperationException();
          }
        };

    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(() -> sharing(new OkHttpClient.Builder().socketFactory(failing)))
        .withRootCauseInstanceOf(failure.getClass());

    assertThat(connects).hasValue(attempts);
  }

  @Test
  void does_not_retry_a_host_name_that_does_not_resolve() {
    AtomicInteger lookups = new AtomicInteger();

    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(
            () ->
                sharing(
                    new OkHttpClient.Builder()
                        .dns(
                            host -> {
                              lookups.incrementAndGet();
                              throw new UnknownHostException(host);
                            })))
        .withCauseInstanceOf(UnknownHostException.class);

    assertThat(lookups).hasValue(1);
  }

  @Test
  void does_not_retry_cleartext_the_http_client_does_not_permit() {
    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(
            () ->
                sharing(
                    new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS))))
        .withCauseInstanceOf(UnknownServiceException.class);

    assertThat(server.getRequestCount()).isZero();
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void does_not_retry_a_server_that_does_not_speak_http() {
    server.enqueue(new MockResponse.Builder().status("HTTP/1.1 two-hundred OK").build());

    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_123"))
        .withCauseInstanceOf(ProtocolException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  /** Fetches a run through a client sharing an OkHttp client built so, then shuts that down. */
  private void sharing(OkHttpClient.Builder builder) {
    OkHttpClient shared = builder.build();
    try (RunloopClient sharing =
        TestClients.builder(server, time)
            .apiGeneration(ApiGeneration.CURRENT)
            .okHttpClient(shared)
            .build()) {
      sharing.benchmarkRun("bmr_123");
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void retries_a_body_that_stalls_after_the_headers() throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(ApiFixtures.json("benchmark_run.json"))
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());
    server.enqueue(ok("benchmark_run.json"));

    try (RunloopClient impatient =
        TestClients.builder(server, time)
            .apiGeneration(ApiGeneration.CURRENT)
            .readTimeout(Duration.ofMillis(500))
            .build()) {
      assertThat(impatient.benchmarkRun("bmr_123").id()).isEqualTo("bmr_123");
    }

    assertThat(time.sleeps()).hasSize(1);
    assertThat(requests(server)).hasSize(2);
  }

  @Test
  void retries_a_body_whose_connection_drops_halfway() throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(ApiFixtures.json("benchmark_run.json"))
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok("benchmark_run.json"));

    assertThat(client.benchmarkRun("bmr_123").id()).isEqualTo("bmr_123");

    assertThat(time.sleeps()).hasSize(1);
    assertThat(requests(server)).hasSize(2);
  }

  @Test
  void retries_a_failed_page_in_the_middle_of_a_listing_and_goes_on() throws InterruptedException {
    String pages = "/v1/benchmark_runs/bmr_123/scenario_runs?include_total_count=false&limit=5000";
    server.enqueue(ok("scenario_runs_page_1.json"));
    server.enqueue(status(503, "{\"message\": \"try again\"}"));
    server.enqueue(ok("scenario_runs_page_2.json"));
    server.enqueue(ok("scenario_runs_page_3.json"));

    assertThat(client.scenarioRuns("bmr_123"))
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_1", "scr_2", "scr_3");

    assertThat(time.sleeps()).hasSize(1);
    assertThat(requests(server))
        .extracting(RecordedRequest::getTarget)
        .containsExactly(
            pages,
            pages + "&starting_after=scr_1",
            pages + "&starting_after=scr_1",
            pages + "&starting_after=scr_2");
  }

  @Test
  void a_retried_request_that_then_fails_for_good_reports_the_last_failure() {
    server.enqueue(status(503, "{}"));
    server.enqueue(status(400, "{\"message\": \"bad filter\"}"));

    assertThatExceptionOfType(BadRequestException.class)
        .isThrownBy(() -> client.benchmarkRun("bmr_123"))
        .withMessageContaining("bad filter");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
