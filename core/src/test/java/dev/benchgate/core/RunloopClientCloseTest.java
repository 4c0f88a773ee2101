package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.benchgate.core.model.ScenarioRunView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What closing a client ends, and what it refuses afterwards. */
class RunloopClientCloseTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  private RunloopClient client() {
    return TestClients.builder(server, time).apiGeneration(ApiGeneration.CURRENT).build();
  }

  @Test
  void refuses_requests_after_closing_also_of_a_stream_obtained_before() {
    RunloopClient client = client();
    Stream<ScenarioRunView> obtainedBefore = client.scenarioRuns("bmr_123");

    client.close();
    client.close();

    assertThatIllegalStateException()
        .isThrownBy(() -> client.benchmarkRun("bmr_123"))
        .withMessage("client is closed");
    assertThatIllegalStateException()
        .isThrownBy(obtainedBefore::toList)
        .withMessage("client is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void cancels_the_requests_in_flight_without_retrying_them() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(ok("benchmark_run.json"));
    RunloopClient client = client();
    CompletableFuture<?> inFlight =
        CompletableFuture.supplyAsync(() -> client.benchmarkRun("bmr_1"));
    server.takeRequest();

    client.close();

    assertThat(inFlight)
        .failsWithin(Duration.ofMinutes(1))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(IllegalStateException.class)
        .withMessage("client is closed");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void runs_requests_on_daemon_threads_that_never_keep_the_jvm_alive() {
    server.enqueue(ok("benchmark_run.json"));

    try (RunloopClient client = client()) {
      client.benchmarkRun("bmr_123");

      assertThat(Thread.getAllStackTraces().keySet())
          .filteredOn(thread -> thread.getName().startsWith("benchgate-http-"))
          .isNotEmpty()
          .allMatch(Thread::isDaemon);
    }
  }
}
