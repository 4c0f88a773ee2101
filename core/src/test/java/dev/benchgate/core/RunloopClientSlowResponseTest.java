package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A response still outstanding after a while logs one line: which request, how long, what bounds
 * it.
 */
class RunloopClientSlowResponseTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  @RegisterExtension final LogLines log = new LogLines();

  private RunloopClientBuilder builder() {
    return TestClients.builder(server, new FakeTime())
        .apiGeneration(ApiGeneration.CURRENT)
        .requestTimeout(Duration.ofSeconds(20))
        .maxRetries(3)
        .slowResponse(Duration.ofMillis(100));
  }

  @Test
  void a_slow_answer_logs_one_line_naming_the_request_the_wait_and_its_bounds() {
    server.enqueue(
        new MockResponse.Builder()
            .body(ApiFixtures.json("benchmark_run.json"))
            .headersDelay(600, TimeUnit.MILLISECONDS)
            .build());

    try (RunloopClient client = builder().build()) {
      client.benchmarkRun("bmr_123");
    }

    assertThat(log.containing("bmr_123"))
        .containsExactly(
            "WARNING: GET /v1/benchmark_runs/bmr_123: no complete response after 100 ms; still"
                + " waiting, up to 20 s for this attempt (requestTimeout), attempt 1 of 4"
                + " (maxRetries 3)");
  }

  @Test
  void a_fast_answer_logs_nothing() {
    server.enqueue(new MockResponse.Builder().body(ApiFixtures.json("benchmark_run.json")).build());

    try (RunloopClient client = builder().slowResponse(Duration.ofSeconds(10)).build()) {
      client.benchmarkRun("bmr_123");
    }

    assertThat(log.containing("bmr_123")).isEmpty();
  }
}
