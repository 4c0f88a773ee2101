package dev.benchgate.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrerenderedRunloopTest {
  private final Dataset data = Dataset.of(12);
  private final PrerenderedRunloop runloop = PrerenderedRunloop.start().add(data);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    runloop.close();
  }

  @Test
  void servesAnOutcomeThatBenchgateReadsWhole() {
    try (RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      BenchmarkOutcome outcome = client.outcome(data.candidate().id());

      assertThat(outcome.scenarioRuns()).hasSize(12);
      assertThat(outcome.scenarios()).hasSize(12);
      assertThat(outcome.scenarioRuns())
          .allSatisfy(run -> assertThat(outcome.scenarioFor(run)).isPresent());
      assertThat(outcome.scenarioRuns()).extracting(ScenarioRunView::state).doesNotContainNull();
    }
    assertThat(runloop.takeRequests())
        .contains("/v1/benchmark_runs/bmr_candidate_12", "/v1/benchmarks/bmd_synthetic_12")
        .hasSize(4);
    assertThat(runloop.takeRequests()).isEmpty();
  }

  @Test
  void pagesByLimitAndStartingAfterAsTheApiDoes() throws Exception {
    String path = "/v1/benchmark_runs/bmr_candidate_12/scenario_runs";

    String first = get(path + "?limit=5");
    String last =
        get(path + "?limit=5&starting_after=scr_candidate_12_000009&include_total_count=false");

    assertThat(first)
        .startsWith("{\"runs\":[{\"id\":\"scr_candidate_12_000000\"")
        .endsWith("],\"has_more\":true,\"total_count\":12}")
        .contains("\"id\":\"scr_candidate_12_000004\"")
        .doesNotContain("\"id\":\"scr_candidate_12_000005\"");
    assertThat(last)
        .startsWith("{\"runs\":[{\"id\":\"scr_candidate_12_000010\"")
        .endsWith("],\"has_more\":false}");
    assertThat(runloop.pagesRendered()).isEqualTo(2);
    get(path + "?limit=5");
    assertThat(runloop.pagesRendered()).isEqualTo(2);
  }

  @Test
  void refusesWhatTheApiRefuses() throws Exception {
    String path = "/v1/benchmark_runs/bmr_candidate_12/scenario_runs";

    assertThat(status(path + "?limit=5001", PrerenderedRunloop.API_KEY)).isEqualTo(400);
    assertThat(status(path + "?starting_after=scr_unknown", PrerenderedRunloop.API_KEY))
        .isEqualTo(400);
    assertThat(status("/v1/benchmark_runs/bmr_unknown", PrerenderedRunloop.API_KEY)).isEqualTo(404);
    assertThat(status(path, "another-key")).isEqualTo(401);
    assertThat(List.of(runloop.bytesServed(), runloop.cpuNanos())).allMatch(value -> value > 0);
  }

  private String get(String target) throws Exception {
    HttpResponse<String> response = send(target, PrerenderedRunloop.API_KEY);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private int status(String target, String key) throws Exception {
    return send(target, key).statusCode();
  }

  private HttpResponse<String> send(String target, String key) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(runloop.baseUrl() + target.substring(1)))
            .header("Authorization", "Bearer " + key)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
