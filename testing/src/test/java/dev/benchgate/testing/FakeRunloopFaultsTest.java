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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

  @Test
  void faults_refuse_settings_that_do_not_apply() {
    assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(200));
    assertThatIllegalStateException().isThrownBy(() -> Fault.stall().message("no"));
    assertThatIllegalStateException()
        .isThrownBy(() -> Fault.reset().retryAfter(Duration.ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> runloop.inject("v1/runs?x=1", Fault.stall()));
    assertThat(Fault.status(503).retryAfter(Duration.ofSeconds(2)))
        .hasToString("Fault{status 503, Retry-After PT2S}");
  }
}
