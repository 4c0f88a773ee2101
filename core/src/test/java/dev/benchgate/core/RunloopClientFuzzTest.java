package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.MalformedResponseException;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decoders' property seen from the client, over real HTTP: a hostile variant of an API answer
 * ({@link JsonFuzzer}) is either a result or a {@link MalformedResponseException} naming the
 * request. Fewer cases than the decoders' own fuzz test, as each is a round trip to the server.
 */
class RunloopClientFuzzTest {
  private static final int CASES = Math.max(1, JsonFuzzer.CASES / 5);

  @StartStop private final MockWebServer server = new MockWebServer();
  private RunloopClient client;
  private volatile String body;

  @BeforeEach
  void serveTheCurrentVariant() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            // A later page, asked for when a variant said has_more: the listing ends there.
            String answer =
                request.getTarget().contains("starting_after=")
                    ? "{\"runs\": [], \"scenarios\": [], \"jobs\": [], \"has_more\": false}"
                    : body;
            return ApiFixtures.okBody(answer);
          }
        });
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

  static Stream<Arguments> endpoints() {
    return Stream.of(
        Arguments.of(
            "benchmarkRun",
            "benchmark_run_every_field.json",
            (Function<RunloopClient, Object>) c -> c.benchmarkRun("bmr_1")),
        Arguments.of(
            "scenarioRuns",
            "scenario_runs_page_1.json",
            (Function<RunloopClient, Object>) c -> c.scenarioRuns("bmr_1").toList()),
        Arguments.of(
            "scenario",
            "scenario_every_scorer.json",
            (Function<RunloopClient, Object>) c -> c.scenario("scn_1")),
        Arguments.of(
            "benchmarkDefinitions",
            "definitions.json",
            (Function<RunloopClient, Object>) c -> c.benchmarkDefinitions("bmd_1").toList()),
        Arguments.of(
            "benchmark",
            "benchmark.json",
            (Function<RunloopClient, Object>) c -> c.benchmark("bmd_1")),
        Arguments.of(
            "benchmarkJob",
            "benchmark_job_completed.json",
            (Function<RunloopClient, Object>) c -> c.benchmarkJob("bmj_1")),
        Arguments.of(
            "benchmarkJobs",
            "benchmark_jobs.json",
            (Function<RunloopClient, Object>) c -> c.benchmarkJobs().toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void an_answer_is_a_result_or_a_malformed_response(
      String endpoint, String fixture, Function<RunloopClient, Object> call) {
    Object seed = JsonFuzzer.tree(ApiFixtures.json(fixture));
    JsonFuzzer fuzzer = new JsonFuzzer(JsonFuzzer.SEED ^ endpoint.hashCode());
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      body = fuzzer.variant(seed);
      try {
        assertThat(call.apply(client)).isNotNull();
      } catch (MalformedResponseException refusal) {
        // Named by the request, or by the listing when its pages disagree with each other.
        assertThat(refusal).hasMessageMatching("(?s)(GET /v1/|Listing ).+");
        refused++;
      } catch (RuntimeException untyped) {
        throw new AssertionError(
            "case " + i + " (seed " + JsonFuzzer.SEED + ") threw on " + body, untyped);
      }
    }
    assertThat(refused).as("variants refused").isPositive();
  }
}
