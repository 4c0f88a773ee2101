package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.status;
import static dev.benchgate.core.TestClients.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.error.ConflictException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.OrchestratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writes: the bodies they send (JOBS.md §1 and §4), their idempotency key, and that they are
 * sent again only when the server provably did not act on them.
 */
class RunloopClientWritesTest {
  private static final JsonAdapter<Object> TREE = RunloopJson.moshi().adapter(Object.class);

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

  private static Object tree(String json) {
    try {
      return TREE.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BenchmarkJobRequest rlCliRequest() {
    return BenchmarkJobRequest.forBenchmark(
            "bmd_9fT2",
            JobAgentConfig.named("claude-code")
                .withModelName("claude-sonnet-4")
                .withTimeout(Duration.ofHours(2))
                .withEnvironmentVariable("K", "V")
                .withSecret("ANTHROPIC_API_KEY", "BMJ_ANTHROPIC_API_KEY"))
        .named("swe-smoke-0821")
        .withOrchestratorConfig(
            OrchestratorConfig.DEFAULTS
                .withConcurrentTrials(10)
                .withAttempts(1)
                .withTimeoutMultiplier(1)
                .withQuiet(false))
        .withMetadata("k", "v");
  }

  @Test
  void starts_a_job_with_the_body_rl_cli_sends() throws InterruptedException {
    server.enqueue(ok("benchmark_job_completed.json"));

    BenchmarkJobView job = client.startBenchmarkJob(rlCliRequest());

    assertThat(job.id()).isEqualTo("bmj_3kQ8vLx2");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/benchmark_jobs");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
    String body = request.getBody().utf8();
    // JOBS.md §4, with its placeholders filled in.
    assertThat(tree(body))
        .isEqualTo(
            tree(
                """
                {"name": "swe-smoke-0821",
                 "spec": {"type": "benchmark", "benchmark_id": "bmd_9fT2",
                   "agent_configs": [{"name": "claude-code", "type": "job_agent", "model_name": "claude-sonnet-4",
                     "timeout_seconds": 7200,
                     "agent_environment": {"environment_variables": {"K": "V"},
                                           "secrets": {"ANTHROPIC_API_KEY": "BMJ_ANTHROPIC_API_KEY"}}}],
                   "orchestrator_config": {"n_concurrent_trials": 10, "n_attempts": 1, "timeout_multiplier": 1, "quiet": false}},
                 "metadata": {"k": "v"}}
                """));
    assertThat(body)
        .startsWith("{\"name\":\"swe-smoke-0821\",\"spec\":{\"type\":\"benchmark\",")
        .contains("\"timeout_seconds\":7200}", "\"timeout_multiplier\":1}")
        .doesNotContain("kwargs", "null", "benchmark_name");
  }

  @Test
  void leaves_out_what_is_not_set_as_rl_cli_does() throws InterruptedException {
    server.enqueue(ok("benchmark_job_running.json"));

    client.startBenchmarkJob(
        BenchmarkJobRequest.forScenarios(
            List.of("scn_a1", "scn_d4"),
            JobAgentConfig.named("goose").withAgentId("agt_5Gh1"),
            JobAgentConfig.named("codex").withModelName("gpt-5")));

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(
            "{\"spec\":{\"type\":\"scenarios\",\"scenario_ids\":[\"scn_a1\",\"scn_d4\"],"
                + "\"agent_configs\":[{\"type\":\"job_agent\",\"agent_id\":\"agt_5Gh1\",\"name\":\"goose\"},"
                + "{\"type\":\"job_agent\",\"model_name\":\"gpt-5\",\"name\":\"codex\"}]}}");
  }

  @Test
  void starts_a_job_of_a_harbor_configuration() throws InterruptedException {
    server.enqueue(ok("benchmark_job_nulls.json"));

    client.startBenchmarkJob(BenchmarkJobRequest.forHarbor("jobs_dir: jobs\n").named("harbor"));

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(
            "{\"name\":\"harbor\",\"spec\":{\"type\":\"harbor\",\"inline_yaml\":\"jobs_dir: jobs\\n\"}}");
  }

  @Test
  void a_request_the_api_would_reject_is_refused_before_it_is_sent() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BenchmarkJobRequest(
                    null,
                    new dev.benchgate.core.model.BenchmarkJobSource("bmd_1", null),
                    List.of(),
                    null,
                    null))
        .withMessage("A benchmark job needs at least one agent");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkJobRequest.forScenarios(List.of(), JobAgentConfig.named("a")))
        .withMessage("A benchmark job of scenarios needs at least one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkJobRequest.forHarbor("x").withAgent(JobAgentConfig.named("a")))
        .withMessageContaining("Harbor");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void starts_a_run_with_its_camel_case_run_profile() throws InterruptedException {
    server.enqueue(ok("benchmark_run_started.json"));

    BenchmarkRunView run =
        client.startBenchmarkRun(
            BenchmarkRunRequest.forBenchmark("bmd_9fT2")
                .named("nightly")
                .withMetadata("git_sha", "4be1c0d")
                .withRunProfile(
                    profile ->
                        profile
                            .withEnvironmentVariable("LOG_LEVEL", "debug")
                            .withSecret("OPENAI_API_KEY", "openai-key")
                            .withPurpose("ci")
                            .withLaunchParameters(Map.of("keep_alive_time_seconds", 600))));

    assertThat(run.state()).isEqualTo(BenchmarkRunState.RUNNING);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/benchmarks/start_run");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"benchmark_id\":\"bmd_9fT2\",\"run_name\":\"nightly\",\"metadata\":{\"git_sha\":\"4be1c0d\"},"
                + "\"runProfile\":{\"envVars\":{\"LOG_LEVEL\":\"debug\"},"
                + "\"launchParameters\":{\"keep_alive_time_seconds\":600},\"purpose\":\"ci\","
                + "\"secrets\":{\"OPENAI_API_KEY\":\"openai-key\"}}}");
  }

  @Test
  void a_run_request_never_prints_its_environment_values() {
    BenchmarkRunRequest request =
        BenchmarkRunRequest.forBenchmark("bmd_1")
            .withRunProfile(profile -> profile.withEnvironmentVariable("TOKEN", "s3cr3t-value"));

    assertThat(request.toString()).contains("TOKEN=<redacted>").doesNotContain("s3cr3t-value");
  }

  @Test
  void cancels_a_run_with_an_empty_post() throws InterruptedException {
    server.enqueue(ok("benchmark_run_canceled.json"));

    BenchmarkRunView run = client.cancelBenchmarkRun("bmr_Dm33");

    assertThat(run.state()).isEqualTo(BenchmarkRunState.CANCELED);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/benchmark_runs/bmr_Dm33/cancel");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void every_write_carries_an_idempotency_key_and_reads_none() throws InterruptedException {
    server.enqueue(ok("benchmark_run_canceled.json"));
    server.enqueue(ok("benchmark_run_canceled.json"));
    server.enqueue(ok("benchmark_run.json"));

    client.cancelBenchmarkRun("bmr_Dm33");
    client.cancelBenchmarkRun("bmr_Dm33");
    client.benchmarkRun("bmr_123");

    List<RecordedRequest> requests = requests(server);
    String first = requests.get(0).getHeaders().get("x-request-id");
    String second = requests.get(1).getHeaders().get("x-request-id");
    assertThat(first).matches("benchgate-java-retry-[0-9a-f-]{36}");
    assertThat(second).matches("benchgate-java-retry-[0-9a-f-]{36}").isNotEqualTo(first);
    assertThat(requests.get(2).getHeaders().get("x-request-id")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {408, 409, 500, 502, 503, 504})
  void a_write_is_not_sent_again_after_a_status_the_server_may_have_acted_on(int code) {
    server.enqueue(status(code, "{\"message\":\"try again\"}"));

    assertThatExceptionOfType(dev.benchgate.core.error.RunloopApiException.class)
        .isThrownBy(() -> client.startBenchmarkJob(rlCliRequest()))
        .satisfies(failure -> assertThat(failure.statusCode()).isEqualTo(code));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void a_read_is_sent_again_after_a_500_as_before() {
    server.enqueue(status(500, "{\"message\":\"oops\"}"));
    server.enqueue(ok("benchmark_job_completed.json"));

    assertThat(client.benchmarkJob("bmj_3kQ8vLx2").id()).isEqualTo("bmj_3kQ8vLx2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a_write_is_sent_again_after_429_with_the_same_idempotency_key() throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("retry-after-ms", "1500")
            .body("{\"message\":\"slow down\"}")
            .build());
    server.enqueue(ok("benchmark_job_completed.json"));

    client.startBenchmarkJob(rlCliRequest());

    List<RecordedRequest> requests = requests(server);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).getHeaders().get("x-request-id"))
        .isEqualTo(requests.get(0).getHeaders().get("x-request-id"));
    assertThat(requests.get(1).getBody().utf8()).isEqualTo(requests.get(0).getBody().utf8());
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void the_servers_x_should_retry_decides_for_a_write() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("x-should-retry", "true")
            .body("{\"message\":\"not processed\"}")
            .build());
    server.enqueue(ok("benchmark_run_canceled.json"));
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("x-should-retry", "false")
            .body("{\"message\":\"quota spent\"}")
            .build());

    assertThat(client.cancelBenchmarkRun("bmr_Dm33").stateValue()).isEqualTo("canceled");
    assertThatExceptionOfType(RateLimitException.class)
        .isThrownBy(() -> client.cancelBenchmarkRun("bmr_Dm33"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_write_whose_answer_does_not_come_in_time_is_not_sent_again() {
    server.enqueue(
        new MockResponse.Builder()
            .headersDelay(2, TimeUnit.SECONDS)
            .addHeader("Content-Type", "application/json")
            .body(ApiFixtures.json("benchmark_job_completed.json"))
            .build());

    try (RunloopClient impatient =
        TestClients.builder(server, time).requestTimeout(Duration.ofMillis(200)).build()) {
      assertThatExceptionOfType(RunloopTimeoutException.class)
          .isThrownBy(() -> impatient.startBenchmarkJob(rlCliRequest()))
          .withMessageStartingWith("POST /v1/benchmark_jobs timed out");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_conflict_is_an_error_at_once() {
    server.enqueue(status(409, "{\"message\":\"name taken\"}"));

    assertThatExceptionOfType(ConflictException.class)
        .isThrownBy(() -> client.startBenchmarkJob(rlCliRequest()))
        .withMessageStartingWith("POST /v1/benchmark_jobs failed: 409");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_write_that_could_not_connect_is_sent_again_as_it_never_left() {
    AtomicInteger connects = new AtomicInteger();
    OkHttpClient refusing =
        new OkHttpClient.Builder().socketFactory(refusingSockets(connects)).build();

    try (RunloopClient unreachable =
        TestClients.builder(server, time).okHttpClient(refusing).maxRetries(2).build()) {
      assertThatExceptionOfType(RunloopConnectionException.class)
          .isThrownBy(() -> unreachable.cancelBenchmarkRun("bmr_Dm33"))
          .withRootCauseInstanceOf(ConnectException.class);
    }
    assertThat(connects).hasValue(3);
  }

  @Test
  void a_write_whose_connection_broke_after_sending_is_not_sent_again() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    assertThatExceptionOfType(RunloopConnectionException.class)
        .isThrownBy(() -> client.startBenchmarkJob(rlCliRequest()));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void an_internal_server_error_of_a_write_names_the_request() {
    server.enqueue(status(500, "{\"message\":\"boom\"}"));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.startBenchmarkRun(BenchmarkRunRequest.forBenchmark("bmd_9fT2")))
        .withMessageStartingWith("POST /v1/benchmarks/start_run failed: 500");
  }

  private static SocketFactory refusingSockets(AtomicInteger connects) {
    return new SocketFactory() {
      @Override
      public Socket createSocket() {
        return new Socket() {
          @Override
          public void connect(SocketAddress address, int timeout) throws IOException {
            connects.incrementAndGet();
            throw new ConnectException("connection refused");
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
      public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
