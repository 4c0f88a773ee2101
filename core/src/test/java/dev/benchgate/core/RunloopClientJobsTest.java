package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.HarborJobSource;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading benchmark jobs: one by id, and the list, paged by hand as JOBS.md §3 says. */
class RunloopClientJobsTest {
  private static final String JOBS = "/v1/benchmark_jobs?include_total_count=false&limit=100";

  @StartStop private final MockWebServer server = new MockWebServer();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client = TestClients.builder(server, new FakeTime()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void reads_a_job_by_id() throws InterruptedException {
    server.enqueue(ok("benchmark_job_completed.json"));

    BenchmarkJobView job = client.benchmarkJob("bmj_3kQ8vLx2");

    assertThat(job.state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(job.benchmarkOutcomes()).hasSize(2);
    assertThat(targets(server)).containsExactly("/v1/benchmark_jobs/bmj_3kQ8vLx2");
  }

  @Test
  void a_job_that_is_not_there_is_not_found_and_a_blank_id_is_refused() {
    server.enqueue(ApiFixtures.notFound());

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.benchmarkJob("bmj_gone"))
        .withMessageStartingWith("GET /v1/benchmark_jobs/bmj_gone failed: 404");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.benchmarkJob(" "))
        .withMessage("The benchmark job id is blank");
  }

  @Test
  void lists_jobs_page_by_page_after_the_last_id_while_the_server_says_there_are_more()
      throws InterruptedException {
    server.enqueue(ok("benchmark_jobs.json"));
    server.enqueue(ok("benchmark_jobs_old_sdk.json"));

    List<BenchmarkJobView> jobs = client.benchmarkJobs().toList();

    assertThat(jobs)
        .extracting(BenchmarkJobView::id)
        .containsExactly("bmj_9Lm4tQe8", "bmj_2Vb6nHs1", "bmj_old");
    assertThat(jobs.get(1).jobSource())
        .isEqualTo(
            new HarborJobSource("jobs_dir: jobs\norchestrator:\n  n_concurrent_trials: 4\n"));
    assertThat(jobs.get(1).failureReason()).isEqualTo("invalid harbor configuration");
    // A small first page, as for the other searches: a job listing is mostly cut short.
    assertThat(targets(server))
        .containsExactly(
            JOBS,
            "/v1/benchmark_jobs?include_total_count=false&limit=5000&starting_after=bmj_2Vb6nHs1");
  }

  @Test
  void sends_nothing_until_the_stream_is_consumed_and_only_the_pages_it_needs() {
    server.enqueue(ok("benchmark_jobs.json"));

    var jobs = client.benchmarkJobs();
    assertThat(server.getRequestCount()).isZero();

    assertThat(jobs.limit(2).toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void filters_by_name_and_search_on_the_server() throws InterruptedException {
    server.enqueue(okBody("{\"jobs\": [], \"has_more\": false}"));
    server.enqueue(okBody("{\"jobs\": [], \"has_more\": true}"));

    assertThat(client.benchmarkJobs(BenchmarkJobQuery.named("swe smoke")).toList()).isEmpty();
    assertThat(client.benchmarkJobs(BenchmarkJobQuery.all().withSearch("bmj_9")).toList())
        .as("an empty page ends the listing whatever has_more says")
        .isEmpty();

    assertThat(targets(server))
        .containsExactly(
            "/v1/benchmark_jobs?include_total_count=false&name=swe%20smoke&limit=100",
            "/v1/benchmark_jobs?include_total_count=false&search=bmj_9&limit=100");
  }
}
