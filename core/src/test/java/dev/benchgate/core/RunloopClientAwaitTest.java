package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Waiting for a run to finish, on a fake clock: the requests it sends, in their order. */
class RunloopClientAwaitTest {
  private static final String RUN = "/v1/benchmark_runs/bmr_123";
  private static final String SCENARIO_RUNS =
      RUN + "/scenario_runs?include_total_count=false&limit=5000";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  /** Queues answers in the order the wait asks: it polls, and counts, one request at a time. */
  private void answer(MockResponse... responses) {
    List.of(responses).forEach(server::enqueue);
  }

  private RunloopClient client() {
    return TestClients.builder(server, time).apiGeneration(ApiGeneration.CURRENT).build();
  }

  @Test
  void polls_at_the_default_interval_until_the_run_is_final() throws InterruptedException {
    answer(
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"),
        ok("benchmark_run.json"));

    BenchmarkRunView run;
    try (RunloopClient client = client()) {
      run = client.awaitCompletion("bmr_123", Duration.ofMinutes(5));
    }

    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(targets(server)).containsExactly(RUN, RUN, RUN);
  }

  @Test
  void reports_finished_of_the_benchmarks_scenarios_after_each_poll() throws InterruptedException {
    answer(
        ok("benchmark_run_running.json"),
        ok("benchmark.json"),
        ok("scenario_runs_in_progress.json"),
        ok("benchmark_run.json"),
        ok("scenario_runs_page_1.json"),
        ok("scenario_runs_page_2.json"),
        ok("scenario_runs_page_3.json"));
    List<AwaitProgress> progress = new CopyOnWriteArrayList<>();

    try (RunloopClient client = client()) {
      client.awaitCompletion(
          "bmr_123", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);
    }

    assertThat(progress)
        .extracting(AwaitProgress::describe)
        .containsExactly(
            "bmr_123: 1/3 scenario runs finished", "bmr_123: 3/3 scenario runs finished");
    assertThat(progress)
        .extracting(AwaitProgress::elapsed)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(30));
    assertThat(progress.get(1).run().state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(targets(server))
        .containsExactly(
            RUN,
            "/v1/benchmarks/bmd_42",
            SCENARIO_RUNS,
            RUN,
            SCENARIO_RUNS,
            SCENARIO_RUNS + "&starting_after=scr_1",
            SCENARIO_RUNS + "&starting_after=scr_2");
  }

  @Test
  void a_failure_while_counting_does_not_end_the_wait() {
    answer(
        ok("benchmark_run_running.json"),
        ok("benchmark.json"),
        ApiFixtures.status(403, "{\"message\": \"no\"}"),
        ok("benchmark_run.json"),
        ok("scenario_runs_page_1.json"),
        ok("scenario_runs_page_2.json"),
        ok("scenario_runs_page_3.json"));
    List<AwaitProgress> progress = new CopyOnWriteArrayList<>();

    BenchmarkRunView run;
    try (RunloopClient client = client()) {
      run =
          client.awaitCompletion(
              "bmr_123", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);
    }

    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(progress)
        .extracting(AwaitProgress::describe)
        .containsExactly(
            "bmr_123: running, scenario runs not counted this time",
            "bmr_123: 3/3 scenario runs finished");
  }

  @Test
  void asks_a_legacy_server_without_a_scenario_run_list_only_once() throws InterruptedException {
    String legacyRun = "/v1/benchmarks/runs/bmr_123";
    String running =
        ApiFixtures.json("benchmark_run_legacy.json").replace("\"completed\"", "\"running\"");
    answer(
        ApiFixtures.okBody(running),
        ok("benchmark.json"),
        ApiFixtures.notFound(),
        ApiFixtures.okBody(running),
        ok("benchmark_run_legacy.json"));
    List<AwaitProgress> progress = new CopyOnWriteArrayList<>();

    try (RunloopClient client =
        TestClients.builder(server, time).apiGeneration(ApiGeneration.LEGACY).build()) {
      client.awaitCompletion(
          "bmr_123", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);
    }

    assertThat(progress)
        .extracting(AwaitProgress::describe)
        .containsExactly(
            "bmr_123: 2/3 scenario runs finished",
            "bmr_123: 2/3 scenario runs finished",
            "bmr_123: 2/3 scenario runs finished");
    assertThat(targets(server)).filteredOn(target -> target.contains("/scenario_runs")).hasSize(1);
  }

  @Test
  void counts_scenario_runs_as_the_total_when_the_run_has_no_benchmark() {
    answer(ok("benchmark_run_from_job.json"), ok("scenario_runs_of_job_run.json"));
    List<AwaitProgress> progress = new CopyOnWriteArrayList<>();

    try (RunloopClient client = client()) {
      client.awaitCompletion(
          "bmr_777", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);
    }

    assertThat(progress)
        .extracting(AwaitProgress::describe)
        .containsExactly("bmr_777: 3/3 scenario runs finished");
  }

  @Test
  void gives_up_after_polling_once_more_at_the_deadline() throws InterruptedException {
    answer(
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"));

    try (RunloopClient client = client()) {
      assertThatExceptionOfType(BenchmarkRunTimeoutException.class)
          .isThrownBy(
              () ->
                  client.awaitCompletion(
                      "bmr_123", Duration.ofSeconds(25), Duration.ofSeconds(10), null))
          .withMessage(
              "Gave up waiting for benchmark run nightly-2026-09-01 (bmr_123) after 25.0 s: it is"
                  + " still running")
          .satisfies(
              e -> {
                assertThat(e.lastSeen().state()).isEqualTo(BenchmarkRunState.RUNNING);
                assertThat(e.waited()).isEqualTo(Duration.ofSeconds(25));
              });
    }
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
    assertThat(targets(server)).containsExactly(RUN, RUN, RUN, RUN);
  }

  @Test
  void keeps_polling_a_run_in_an_unknown_state_and_then_names_the_state()
      throws InterruptedException {
    answer(
        ok("benchmark_run_unknown_state.json"),
        ok("benchmark_run_unknown_state.json"),
        ok("benchmark_run_unknown_state.json"));

    try (RunloopClient client = client()) {
      assertThatExceptionOfType(BenchmarkRunTimeoutException.class)
          .isThrownBy(
              () ->
                  client.awaitCompletion(
                      "bmr_900", Duration.ofSeconds(20), Duration.ofSeconds(10), null))
          .withMessage(
              "Gave up waiting for benchmark run bmr_900 after 20.0 s: its state"
                  + " \"paused_for_review\" is unknown to this client, which cannot tell whether"
                  + " that means finished")
          .satisfies(
              e -> assertThat(e.lastSeen().state()).isEqualTo(BenchmarkRunState.UNRECOGNIZED));
    }
    assertThat(targets(server)).hasSize(3);
  }

  @Test
  void a_sleeper_that_returns_at_once_still_brings_the_deadline_without_busy_polling()
      throws InterruptedException {
    answer(
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"),
        ok("benchmark_run_running.json"));
    List<Duration> waits = new CopyOnWriteArrayList<>();

    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey(TestClients.CANARY_KEY)
            .baseUrl(server.url("/").toString())
            .apiGeneration(ApiGeneration.CURRENT)
            .sleeper(waits::add)
            .build()) {
      assertThatExceptionOfType(BenchmarkRunTimeoutException.class)
          .isThrownBy(
              () ->
                  client.awaitCompletion(
                      "bmr_123", Duration.ofSeconds(25), Duration.ofSeconds(10), null))
          .satisfies(e -> assertThat(e.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(25)));
    }
    assertThat(waits).hasSize(3).startsWith(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(targets(server)).containsExactly(RUN, RUN, RUN, RUN);
  }

  @Test
  void a_zero_timeout_polls_exactly_once() throws InterruptedException {
    answer(ok("benchmark_run_running.json"));

    try (RunloopClient client = client()) {
      assertThatExceptionOfType(BenchmarkRunTimeoutException.class)
          .isThrownBy(() -> client.awaitCompletion("bmr_123", Duration.ZERO));
    }
    assertThat(time.sleeps()).isEmpty();
    assertThat(targets(server)).containsExactly(RUN);
  }

  @Test
  void an_interrupted_wait_stops_waiting_and_keeps_the_interrupt() {
    answer(ok("benchmark_run_running.json"));

    try (RunloopClient client =
        TestClients.builder(server, time)
            .sleeper(
                duration -> {
                  throw new InterruptedException("test");
                })
            .build()) {
      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.awaitCompletion("bmr_123", Duration.ofMinutes(1)))
          .withMessage("Interrupted while waiting for benchmark run bmr_123");
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void rejects_a_negative_timeout_and_a_poll_interval_that_is_not_positive() {
    try (RunloopClient client = client()) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> client.awaitCompletion("bmr_123", Duration.ofSeconds(-1)));
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> client.awaitCompletion("bmr_123", Duration.ofMinutes(1), Duration.ZERO, null));
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
