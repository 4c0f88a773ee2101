package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.LimitExceededException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RedirectException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.core.error.RunloopTimeoutException;
import dev.benchgate.core.error.UnexpectedStatusException;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP half of the fault-and-fuzz suite: every fault of a hostile or broken server that {@link
 * Fault} can inflict, tried against the real client, and what each becomes. Every failure is a
 * typed {@code RunloopException} after a bounded number of requests, and nothing it prints (its
 * whole stack trace, causes included) holds the API key, which the fake checks is a canary.
 */
class HostileServerTest {
  static final String CANARY = "sk-canary-hostile-0042";
  static final String RUN = "/v1/benchmark_runs/bmr_1";
  static final String SCENARIO_RUNS = RUN + "/scenario_runs";
  static final String BENCHMARK = "/v1/benchmarks/bmd_1";
  static final String DEFINITIONS = BENCHMARK + "/definitions";
  static final int MAX_RETRIES = 2;

  @RegisterExtension
  final FakeRunloop runloop = FakeRunloop.create().apiKey(CANARY).add(outcome("bmr_1", 3));

  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final List<Throwable> failures = new CopyOnWriteArrayList<>();

  /** A run of a benchmark of this many scenarios, with one scored scenario run each. */
  static BenchmarkOutcome outcome(String runId, int scenarios) {
    List<String> ids = IntStream.rangeClosed(1, scenarios).mapToObj(i -> "scn_" + i).toList();
    return Models.outcome(Models.run(runId).named("nightly").benchmark("bmd_1").completed().build())
        .scenarioRuns(
            ids.stream()
                .map(
                    id ->
                        Models.scenarioRun("scr_" + id)
                            .named("run of " + id)
                            .scenario(id)
                            .benchmarkRun(runId)
                            .scored(0.5)
                            .build())
                .toArray(ScenarioRunView[]::new))
        .scenarios(
            ids.stream()
                .map(id -> Models.scenario(id).named("scenario " + id).build())
                .toArray(ScenarioView[]::new))
        .benchmark(
            Models.benchmark("bmd_1")
                .named("swe-lite")
                .scenarios(ids.toArray(String[]::new))
                .build())
        .build();
  }

  /** A client that records the waits it would make instead of making them. */
  RunloopClientBuilder client() {
    return runloop
        .clientBuilder()
        .apiGeneration(ApiGeneration.CURRENT)
        .maxRetries(MAX_RETRIES)
        // Long enough for the big bodies on a busy machine; the stall cases set their own.
        .requestTimeout(Duration.ofSeconds(20))
        .sleeper(waits::add);
  }

  /** Runs what must fail, and returns its failure for the case to check. */
  Throwable failure(ThrowingCallable failing) {
    Throwable thrown = catchThrowable(failing);
    assertThat(thrown).as("expected a failure").isNotNull();
    failures.add(thrown);
    return thrown;
  }

  @AfterEach
  void nothingPrintedHoldsTheKey() {
    assertThat(failures).allSatisfy(failure -> assertThat(printed(failure)).doesNotContain(CANARY));
  }

  static String printed(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Nested
  class StatusStorms {
    @ParameterizedTest(name = "503, Retry-After: {0}")
    @ValueSource(strings = {"0", "1", "soon", "-5"})
    void a_503_storm_with_any_retry_after_ends_after_max_retries_plus_one_requests(String value) {
      runloop.inject(RUN, Fault.status(503).retryAfter(value));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(InternalServerException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void a_429_storm_waits_what_retry_after_asks_each_time() {
      runloop.inject(RUN, Fault.status(429).retryAfter(Duration.ofSeconds(7)));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RateLimitException.class);
      }
      assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void a_429_storm_with_an_http_date_waits_until_then() {
      runloop.inject(
          RUN, Fault.status(429).retryAfter(Fault.httpDate(Instant.now().plusSeconds(30))));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RateLimitException.class);
      }
      assertThat(waits)
          .hasSize(MAX_RETRIES)
          .allSatisfy(
              wait -> assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    }

    @Test
    void a_retry_after_of_a_day_is_cut_to_a_minute() {
      runloop.inject(RUN, Fault.status(503).retryAfter(Duration.ofDays(1)));

      try (RunloopClient client = client().build()) {
        failure(() -> client.benchmarkRun("bmr_1"));
      }
      assertThat(waits).containsOnly(Duration.ofMinutes(1));
    }

    @Test
    void retry_after_ms_is_waited_to_the_millisecond() {
      runloop.inject(RUN, Fault.status(500).header("retry-after-ms", "1500"));

      try (RunloopClient client = client().build()) {
        failure(() -> client.benchmarkRun("bmr_1"));
      }
      assertThat(waits).containsOnly(Duration.ofMillis(1500));
    }

    @Test
    void a_408_storm_ends_after_max_retries_plus_one_requests() {
      runloop.inject(RUN, Fault.status(408));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(UnexpectedStatusException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void x_should_retry_false_is_one_request_even_with_retry_after_zero() {
      runloop.inject(RUN, Fault.status(503).retryAfter("0").header("x-should-retry", "false"));

      try (RunloopClient client = client().build()) {
        failure(() -> client.benchmarkRun("bmr_1"));
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }

    @Test
    void a_storm_that_passes_is_answered() {
      runloop.injectNext(RUN, Fault.status(503).retryAfter("0"), Fault.status(429));

      try (RunloopClient client = client().build()) {
        assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(3);
    }
  }

  @Nested
  class Connections {
    @Test
    void a_reset_before_the_answer_is_a_connection_failure_after_every_attempt() {
      runloop.inject(RUN, Fault.reset());

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isExactlyInstanceOf(RunloopConnectionException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void a_reset_in_the_middle_of_a_chunked_body_is_a_connection_failure_not_bad_json() {
      runloop.inject(RUN, Fault.resetMidBody());

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isExactlyInstanceOf(RunloopConnectionException.class)
            .hasMessageContaining("the response broke off while its body arrived");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void a_truncated_body_is_a_connection_failure_not_bad_json() {
      runloop.inject(RUN, Fault.truncate());

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isExactlyInstanceOf(RunloopConnectionException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void a_stalled_server_fails_within_seconds_after_exactly_two_requests() {
      runloop.inject(RUN, Fault.stall());
      long start = System.nanoTime();

      try (RunloopClient client =
          client().requestTimeout(Duration.ofSeconds(1)).maxRetries(1).build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RunloopTimeoutException.class)
            .hasMessageEndingWith(
                "no complete response within 1 s, the deadline of one attempt (requestTimeout)");
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(runloop.requestCount(RUN)).isEqualTo(2);
    }

    @Test
    void a_body_that_stalls_halfway_times_out_each_attempt() {
      runloop.inject(RUN, Fault.stallMidBody());

      try (RunloopClient client = client().requestTimeout(Duration.ofMillis(500)).build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RunloopTimeoutException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void a_trickle_that_beats_the_read_timeout_still_ends_at_the_request_timeout() {
      runloop.inject(RUN, Fault.trickle(1, Duration.ofMillis(50)));

      try (RunloopClient client =
          client()
              .readTimeout(Duration.ofSeconds(1))
              .requestTimeout(Duration.ofMillis(500))
              .build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RunloopTimeoutException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }
  }

  @Nested
  class Sizes {
    @Test
    void a_huge_body_of_fixed_length_fails_before_it_is_read_and_once() {
      runloop.inject(RUN, Fault.hugeBody(500_000_000));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageContaining("its Content-Length announces 476.8 MiB (500,000,000 bytes)");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }

    @Test
    void a_huge_chunked_body_stops_at_the_limit_and_once() {
      runloop.inject(RUN, Fault.hugeChunkedBody(500_000_000));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageContaining("larger than maxResponseBytes, 64 MiB")
            .hasMessageContaining("it grew past that as it arrived");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }

    @Test
    void a_gzip_bomb_stops_at_the_limit_counted_decompressed() {
      runloop.inject(RUN, Fault.gzipBomb(1L << 30));

      try (RunloopClient client = client().maxResponseBytes(8L << 20).build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageContaining("larger than maxResponseBytes, 8 MiB (8,388,608 bytes)")
            .extracting(failure -> ((LimitExceededException) failure).setting())
            .isEqualTo("maxResponseBytes");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }

    @Test
    void a_large_body_within_the_limit_is_read() {
      runloop.inject(RUN, Fault.hugeChunkedBody(10_000_000));

      try (RunloopClient client = client().build()) {
        assertThat(client.benchmarkRun("bmr_1").id()).isEqualTo("bmr_1");
      }
    }
  }

  @Nested
  class Listings {
    @Test
    void endless_scenario_run_pages_stop_outcome_at_a_bound_derived_from_the_benchmark() {
      runloop.inject(SCENARIO_RUNS, Fault.endlessPages());

      try (RunloopClient client = client().pageSize(100).build()) {
        assertThat(failure(() -> client.outcome("bmr_1")))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageStartingWith("Listing scenario runs of bmr_1 stopped: ")
            .hasMessageContaining(
                "outcome() expects of benchmark bmd_1 with 3 scenarios"
                    + " (maxListingItemsPerScenario 4 × 3 + 1,000 items")
            .hasMessageContaining("RunloopClientBuilder.maxListingItemsPerScenario(int)");
      }
      // 1,012 items fill 11 pages of 100, and one more is allowed: 12 at most, never an endless run
      assertThat(runloop.requestCount(SCENARIO_RUNS)).isBetween(11, 12);
    }

    @Test
    void endless_definition_pages_stop_outcome_too() {
      runloop.inject(DEFINITIONS, Fault.endlessPages());

      try (RunloopClient client = client().pageSize(500).build()) {
        assertThat(failure(() -> client.outcome("bmr_1")))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageStartingWith("Listing scenario definitions of bmd_1 stopped: ");
      }
      assertThat(runloop.requestCount(DEFINITIONS)).isLessThanOrEqualTo(4);
    }

    @Test
    void endless_pages_of_a_stream_stop_at_the_clients_item_limit() {
      runloop.inject(SCENARIO_RUNS, Fault.endlessPages());

      try (RunloopClient client = client().pageSize(1_000).maxListingItems(2_500).build()) {
        assertThat(failure(() -> client.scenarioRuns("bmr_1").toList()))
            .isInstanceOf(LimitExceededException.class)
            .hasMessageContaining("it holds more than 2,500 items")
            .extracting(failure -> ((LimitExceededException) failure).limit())
            .isEqualTo(2_500L);
      }
      assertThat(runloop.requestCount(SCENARIO_RUNS)).isEqualTo(3);
    }

    @Test
    void a_cursor_that_cycles_back_to_the_first_page_is_malformed() {
      runloop.inject(SCENARIO_RUNS, Fault.cyclingPages());

      try (RunloopClient client = client().pageSize(1).build()) {
        assertThat(failure(() -> client.scenarioRuns("bmr_1").toList()))
            .isInstanceOf(MalformedResponseException.class)
            .hasMessage(
                "Listing scenario runs of bmr_1: the page after scr_scn_3 holds only items of"
                    + " earlier pages, so the server's cursor does not advance; stopped paging"
                    + " instead of looping forever");
      }
      assertThat(runloop.requestCount(SCENARIO_RUNS)).isEqualTo(4);
    }

    @Test
    void a_cursor_that_does_not_advance_is_malformed() {
      runloop.inject(SCENARIO_RUNS, Fault.cyclingPages());

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.scenarioRuns("bmr_1").toList()))
            .isInstanceOf(MalformedResponseException.class)
            .hasMessageContaining("the page after scr_scn_3 holds only items of earlier pages");
      }
      assertThat(runloop.requestCount(SCENARIO_RUNS)).isEqualTo(2);
    }

    @Test
    void a_duplicate_id_is_malformed_never_counted_twice() {
      runloop.inject(SCENARIO_RUNS, Fault.duplicateItems());

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.outcome("bmr_1")))
            .isInstanceOf(MalformedResponseException.class)
            .hasMessageContaining("the first page repeats items listed before (scr_scn_1)");
      }
    }
  }

  @Nested
  class Content {
    @Test
    void hostile_names_are_kept_as_they_are_for_each_output_to_escape() {
      runloop.inject(SCENARIO_RUNS, Fault.hostileNames()).inject(RUN, Fault.hostileNames());

      try (RunloopClient client = client().build()) {
        BenchmarkOutcome outcome = client.outcome("bmr_1");

        assertThat(outcome.run().name()).isEqualTo(Fault.HOSTILE_TEXT);
        assertThat(outcome.scenarioRuns())
            .extracting(ScenarioRunView::name)
            .containsOnly(Fault.HOSTILE_TEXT);
      }
    }

    @Test
    void a_hostile_error_message_shows_its_control_characters_as_escapes() {
      runloop.inject(RUN, Fault.status(400).message(Fault.HOSTILE_TEXT));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .hasMessageContaining("\\u001B[2J\\u001B[31mred\\u0007")
            .hasMessageContaining("\\n\\u202Eevil\\u202C")
            .extracting(
                Throwable::getMessage, org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .doesNotContain("\u001b", "\u0007", "\n", "\u202e");
      }
    }

    @Test
    void an_echoed_key_shows_in_no_message_cause_or_field() {
      runloop.inject(RUN, Fault.echoKey());

      try (RunloopClient client = client().build()) {
        AuthenticationException echoed =
            (AuthenticationException) failure(() -> client.benchmarkRun("bmr_1"));

        assertThat(echoed.apiMessage()).hasValue("invalid token [redacted API key]");
        assertThat(echoed.requestId()).hasValue("[redacted API key]");
        assertThat(echoed).hasMessageNotContaining(CANARY);
      }
    }

    @Test
    void a_key_in_a_field_of_the_wrong_type_shows_in_no_cause() {
      // The run as served has no score: one is put first, the key where a number belongs.
      runloop.inject(
          RUN, Fault.rewrite(json -> json.replaceFirst("\\{", "{\"score\":\"" + CANARY + "\",")));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(MalformedResponseException.class)
            // The field and the JSON type met are named; the value never is.
            .hasMessageEndingWith("$.score is a string, not a number");
      }
    }

    @Test
    void json_that_is_not_json_is_malformed_and_not_retried() {
      runloop.inject(RUN, Fault.rewrite(json -> "<html>" + json));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(MalformedResponseException.class);
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }
  }

  @Nested
  class Redirects {
    @RegisterExtension
    final FakeRunloop elsewhere = FakeRunloop.create().apiKey(CANARY).add(outcome("bmr_1", 3));

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void a_redirect_to_another_origin_is_refused_and_names_both_urls(int status) {
      String target = elsewhere.baseUrl() + "v1/benchmark_runs/bmr_1";
      runloop.inject(RUN, Fault.redirect(status, target));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RedirectException.class)
            .hasMessageContaining(
                "Redirected from " + runloop.baseUrl() + "v1/benchmark_runs/bmr_1 to " + target)
            .hasMessageContaining("another origin");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
      assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void a_redirect_within_the_origin_is_followed_but_must_end_at_the_run_asked_for() {
      runloop.injectNext("/v1/benchmark_runs/bmr_old", Fault.redirect(301, RUN));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_old")))
            .isInstanceOf(MalformedResponseException.class)
            .hasMessageStartingWith(
                "GET /v1/benchmark_runs/bmr_old answered with benchmark run 'bmr_1', not the one"
                    + " asked for");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(1);
    }

    @Test
    void a_redirect_loop_within_the_origin_ends_after_max_retries_plus_one_requests() {
      runloop.inject(RUN, Fault.redirect(302, RUN));

      try (RunloopClient client = client().build()) {
        assertThat(failure(() -> client.benchmarkRun("bmr_1")))
            .isInstanceOf(RedirectException.class)
            .hasMessageContaining("after the last request the call may send");
      }
      assertThat(runloop.requestCount(RUN)).isEqualTo(MAX_RETRIES + 1);
    }
  }
}
