package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.ApiFixtures.status;
import static dev.benchgate.core.TestClients.requests;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for a benchmark job, on a fake clock: the requests it sends, in their order. */
class RunloopClientJobAwaitTest {
  private static final String JOB = "/v1/benchmark_jobs/bmj_7Rw2pZc5";
  private static final String RUNNING_RUNS_SCENARIO_RUNS =
      "/v1/benchmark_runs/bmr_Dm33/scenario_runs?include_total_count=false&limit=5000";

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

  private void answer(MockResponse... responses) {
    List.of(responses).forEach(server::enqueue);
  }

  private static MockResponse runningWithState(String state) {
    return okBody(
        ApiFixtures.json("benchmark_job_running.json")
            .replace(
                "\"state\": \"running\", \"create_time_ms\"",
                "\"state\": \"" + state + "\", \"create_time_ms\""));
  }

  @Test
  void polls_at_the_default_interval_until_the_job_is_final() throws InterruptedException {
    answer(
        ok("benchmark_job_running.json"),
        runningWithState("queued"),
        ok("benchmark_job_running_completed.json"));

    BenchmarkJobView job = client.awaitJobCompletion("bmj_7Rw2pZc5", Duration.ofMinutes(5));

    assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(targets(server)).containsExactly(JOB, JOB, JOB);
  }

  @Test
  void every_final_state_of_a_job_ends_the_wait_a_failed_job_too() {
    for (String state : List.of("failed", "cancelled", "canceled", "timeout", "COMPLETED")) {
      answer(runningWithState(state));

      assertThat(client.awaitJobCompletion("bmj_7Rw2pZc5", Duration.ZERO).stateValue())
          .isEqualTo(state);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void tells_agents_and_scenarios_finished_after_each_poll() throws InterruptedException {
    answer(
        ok("benchmark_job_running.json"),
        ok("scenario_runs_of_running_job_run.json"),
        ok("benchmark_job_running_completed.json"));
    List<JobAwaitProgress> progress = new CopyOnWriteArrayList<>();

    client.awaitJobCompletion(
        "bmj_7Rw2pZc5", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);

    assertThat(progress)
        .extracting(JobAwaitProgress::describe)
        .containsExactly(
            "bmj_7Rw2pZc5: 1/2 agents, 3/4 scenarios finished",
            "bmj_7Rw2pZc5: 2/2 agents, 4/4 scenarios finished");
    assertThat(progress)
        .extracting(JobAwaitProgress::elapsed)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(30));
    assertThat(targets(server))
        .as("the finished agent's run is not listed: the job reports its scenarios")
        .containsExactly(JOB, RUNNING_RUNS_SCENARIO_RUNS, JOB);
  }

  @Test
  void counts_the_agents_of_the_spec_that_have_no_run_yet() {
    String queued =
        """
        {"id": "bmj_q", "name": "queued", "state": "%s", "create_time_ms": 1,
         "job_spec": {"scenario_ids": ["scn_1", "scn_2", "scn_3", "scn_4"],
           "agent_configs": [{"type": "job_agent", "name": "a"}, {"type": "job_agent", "name": "b"}]}}
        """;
    answer(okBody(queued.formatted("queued")), okBody(queued.formatted("failed")));
    List<JobAwaitProgress> progress = new CopyOnWriteArrayList<>();

    client.awaitJobCompletion(
        "bmj_q", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);

    assertThat(progress)
        .extracting(JobAwaitProgress::describe)
        .containsExactly(
            "bmj_q: 0/2 agents, 0/8 scenarios finished",
            "bmj_q: 0/2 agents, 0/8 scenarios finished");
  }

  @Test
  void a_failure_while_counting_does_not_end_the_wait() {
    answer(
        ok("benchmark_job_running.json"),
        status(403, "{\"message\":\"no\"}"),
        ok("benchmark_job_running_completed.json"));
    List<JobAwaitProgress> progress = new CopyOnWriteArrayList<>();

    BenchmarkJobView job =
        client.awaitJobCompletion(
            "bmj_7Rw2pZc5", Duration.ofMinutes(5), Duration.ofSeconds(30), progress::add);

    assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(progress)
        .extracting(JobAwaitProgress::describe)
        .containsExactly(
            "bmj_7Rw2pZc5: running, 1/2 agents finished, scenarios not counted this time",
            "bmj_7Rw2pZc5: 2/2 agents, 4/4 scenarios finished");
  }

  @Test
  void gives_up_at_the_deadline_with_the_job_as_last_seen_and_writes_nothing()
      throws InterruptedException {
    answer(
        ok("benchmark_job_running.json"),
        ok("benchmark_job_running.json"),
        ok("benchmark_job_running.json"),
        ok("benchmark_job_running.json"));

    assertThatExceptionOfType(BenchmarkJobTimeoutException.class)
        .isThrownBy(
            () ->
                client.awaitJobCompletion(
                    "bmj_7Rw2pZc5", Duration.ofSeconds(25), Duration.ofSeconds(10), null))
        .withMessage(
            "Gave up waiting for benchmark job scenarios-0821-b (bmj_7Rw2pZc5) after 25.0 s: it is"
                + " still running")
        .satisfies(
            timeout -> {
              assertThat(timeout.lastSeen().id()).isEqualTo("bmj_7Rw2pZc5");
              assertThat(timeout.waited()).isEqualTo(Duration.ofSeconds(25));
              assertThat(timeout.canceledRunIds()).isEmpty();
            });
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
    assertThat(requests(server)).extracting(RecordedRequest::getMethod).containsOnly("GET");
  }

  @Test
  void a_state_this_client_does_not_know_is_not_final_and_the_timeout_says_so() {
    answer(runningWithState("paused"), runningWithState("paused"));

    assertThatExceptionOfType(BenchmarkJobTimeoutException.class)
        .isThrownBy(() -> client.awaitJobCompletion("bmj_7Rw2pZc5", Duration.ofSeconds(10)))
        .withMessageEndingWith(
            "its state \"paused\" is unknown to this client, which cannot tell whether that means"
                + " finished");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void cancels_the_unfinished_runs_at_the_deadline_when_asked_to() throws InterruptedException {
    answer(ok("benchmark_job_running.json"), ok("benchmark_run_canceled.json"));

    assertThatExceptionOfType(BenchmarkJobTimeoutException.class)
        .isThrownBy(
            () ->
                client.awaitJobCompletion(
                    "bmj_7Rw2pZc5",
                    JobAwait.atMost(Duration.ZERO).cancellingUnfinishedRunsAtDeadline()))
        .withMessage(
            "Gave up waiting for benchmark job scenarios-0821-b (bmj_7Rw2pZc5) after 0.0 s: it is"
                + " still running; canceled its unfinished benchmark runs bmr_Dm33")
        .satisfies(timeout -> assertThat(timeout.canceledRunIds()).containsExactly("bmr_Dm33"));
    List<RecordedRequest> requests = requests(server);
    assertThat(requests)
        .extracting(RecordedRequest::getMethod, RecordedRequest::getTarget)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GET", JOB),
            org.assertj.core.groups.Tuple.tuple("POST", "/v1/benchmark_runs/bmr_Dm33/cancel"));
  }

  @Test
  void cancels_every_unfinished_run_it_can_and_attaches_the_failures() {
    String twoRunning =
        ApiFixtures.json("benchmark_job_running.json")
            .replace(
                "\"in_progress_runs\": [",
                "\"in_progress_runs\": [{\"benchmark_run_id\": \"bmr_Ee44\", \"state\": \"running\","
                    + " \"start_time_ms\": 1},"
                    + " {\"benchmark_run_id\": \"bmr_Cz90\", \"state\": \"running\", \"start_time_ms\": 1},"
                    + " {\"benchmark_run_id\": \"bmr_Ff55\", \"state\": \"completed\", \"start_time_ms\": 1},");
    answer(
        okBody(twoRunning),
        status(500, "{\"message\":\"boom\"}"),
        ok("benchmark_run_canceled.json"));

    assertThatExceptionOfType(BenchmarkJobTimeoutException.class)
        .isThrownBy(
            () ->
                client.awaitJobCompletion(
                    "bmj_7Rw2pZc5",
                    JobAwait.atMost(Duration.ZERO).cancellingUnfinishedRunsAtDeadline()))
        .withMessageEndingWith(
            "; canceled its unfinished benchmark runs bmr_Dm33; could not cancel bmr_Ee44 (see the"
                + " suppressed exceptions)")
        .satisfies(
            timeout -> {
              assertThat(timeout.uncanceledRunIds()).containsExactly("bmr_Ee44");
              assertThat(timeout.getSuppressed())
                  .singleElement()
                  .isInstanceOf(InternalServerException.class);
            });
    assertThat(server.getRequestCount())
        .as("the 500 is not retried; the finished outcome (bmr_Cz90) and bmr_Ff55 are not canceled")
        .isEqualTo(3);
  }

  @Test
  void rejects_a_negative_timeout_and_a_poll_interval_that_is_not_positive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobAwait.atMost(Duration.ofSeconds(-1)))
        .withMessage("timeout must not be negative but was PT-1S");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobAwait.atMost(Duration.ZERO).withPollInterval(Duration.ZERO))
        .withMessage("pollInterval must be positive but was PT0S");
  }
}
