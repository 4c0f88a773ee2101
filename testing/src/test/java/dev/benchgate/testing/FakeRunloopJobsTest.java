package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.benchgate.core.BenchmarkJobQuery;
import dev.benchgate.core.BenchmarkJobRequest;
import dev.benchgate.core.BenchmarkRunRequest;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.OrchestratorConfig;
import dev.benchgate.core.model.ScenariosJobSource;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What FakeRunloop serves of benchmark jobs (JOBS.md), and the writes it takes and records. */
class FakeRunloopJobsTest {
  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client = runloop.clientBuilder().maxRetries(0).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private void addSweLite() {
    runloop
        .add(Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1", "scn_2").build())
        .add(Models.scenario("scn_1").build(), Models.scenario("scn_2").build());
  }

  @Test
  void serves_the_versions_of_a_job_in_turn_and_the_list_shows_each_as_last_served() {
    runloop.add(
        Models.job("bmj_1").queued().build(),
        Models.job("bmj_1").running().build(),
        Models.job("bmj_1").completed().build());

    assertThat(client.benchmarkJobs().map(BenchmarkJobView::stateValue)).containsExactly("queued");
    assertThat(client.benchmarkJob("bmj_1").state()).isEqualTo(BenchmarkJobState.QUEUED);
    assertThat(client.benchmarkJob("bmj_1").state()).isEqualTo(BenchmarkJobState.RUNNING);
    assertThat(client.benchmarkJobs().map(BenchmarkJobView::stateValue)).containsExactly("running");
    assertThat(client.benchmarkJob("bmj_1").state()).isEqualTo(BenchmarkJobState.COMPLETED);
    assertThat(client.benchmarkJob("bmj_1").state()).isEqualTo(BenchmarkJobState.COMPLETED);
  }

  @Test
  void pages_and_filters_the_list_of_jobs_under_the_key_jobs() throws IOException {
    runloop
        .add(Models.job("bmj_1").named("nightly-1").build())
        .add(Models.job("bmj_2").named("nightly-2").build())
        .add(Models.job("bmj_3").named("release").build());

    assertThat(get("/v1/benchmark_jobs?limit=2"))
        .startsWith("{\"jobs\":[")
        .contains("\"has_more\":true", "\"total_count\":3")
        .doesNotContain("bmj_3");
    try (RunloopClient paging = runloop.clientBuilder().pageSize(1).build()) {
      assertThat(paging.benchmarkJobs().map(BenchmarkJobView::id))
          .containsExactly("bmj_1", "bmj_2", "bmj_3");
      assertThat(
              paging
                  .benchmarkJobs(BenchmarkJobQuery.all().withSearch("NIGHTLY"))
                  .map(BenchmarkJobView::id))
          .containsExactly("bmj_1", "bmj_2");
      assertThat(paging.benchmarkJobs(BenchmarkJobQuery.named("release")).map(BenchmarkJobView::id))
          .containsExactly("bmj_3");
    }
    assertThat(runloop.requests())
        .filteredOn(request -> request.query().containsKey("starting_after"))
        .extracting(request -> request.query().get("starting_after"))
        .contains("bmj_1", "bmj_2");
  }

  @Test
  void creates_a_queued_job_of_a_known_benchmark_and_records_the_body() {
    addSweLite();

    BenchmarkJobView job =
        client.startBenchmarkJob(
            BenchmarkJobRequest.forBenchmark(
                    "bmd_1", JobAgentConfig.named("candidate").withModelName("gpt-5"))
                .withOrchestratorConfig(OrchestratorConfig.DEFAULTS.withConcurrentTrials(4))
                .withMetadata("git_sha", "4be1c0d"));

    assertThat(job.id()).isEqualTo("bmj_fake1");
    assertThat(job.name()).isEqualTo("swe-lite-bmj_fake1");
    assertThat(job.state()).isEqualTo(BenchmarkJobState.QUEUED);
    assertThat(job.jobSource()).isEqualTo(new BenchmarkJobSource("bmd_1", "swe-lite"));
    assertThat(job.scenarioIds()).containsExactly("scn_1", "scn_2");
    assertThat(job.jobSpec().jobAgentConfigs())
        .containsExactly(JobAgentConfig.named("candidate").withModelName("gpt-5"));
    assertThat(job.jobSpec().orchestratorConfig().nConcurrentTrials()).isEqualTo(4);
    assertThat(client.benchmarkJob("bmj_fake1")).isEqualTo(job);
    List<RecordedRequest> posts = runloop.requests("POST", "/v1/benchmark_jobs");
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).body())
        .contains("\"benchmark_id\":\"bmd_1\"", "\"metadata\":{\"git_sha\":\"4be1c0d\"}");
    assertThat(posts.get(0).header("x-request-id")).isPresent();
  }

  @Test
  void creates_a_named_job_of_scenarios() {
    BenchmarkJobView job =
        client.startBenchmarkJob(
            BenchmarkJobRequest.forScenarios(List.of("scn_9"), JobAgentConfig.named("goose"))
                .named("ad-hoc"));

    assertThat(job.name()).isEqualTo("ad-hoc");
    assertThat(job.jobSource()).isEqualTo(new ScenariosJobSource(List.of("scn_9")));
    assertThat(job.scenarioIds()).containsExactly("scn_9");
  }

  @Test
  void refuses_a_job_without_spec_or_agents_and_one_of_an_unknown_benchmark() throws IOException {
    assertThat(post("/v1/benchmark_jobs", "{\"name\": \"no spec\"}"))
        .isEqualTo("400 {\"message\":\"Exactly one spec type must be set\"}");
    assertThat(
            post(
                "/v1/benchmark_jobs",
                "{\"spec\": {\"type\": \"benchmark\", \"benchmark_id\": \"bmd_1\"}}"))
        .contains("not found");
    addSweLite();
    assertThat(
            post(
                "/v1/benchmark_jobs",
                "{\"spec\": {\"type\": \"benchmark\", \"benchmark_id\": \"bmd_1\", \"agent_configs\": []}}"))
        .contains("Must specify at least one agent");
    assertThat(post("/v1/benchmark_jobs", "{\"spec\": {\"type\": \"dataset\"}}"))
        .contains("Unknown spec type dataset");
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(
            () ->
                client.startBenchmarkJob(
                    BenchmarkJobRequest.forBenchmark("bmd_404", JobAgentConfig.named("a"))));
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.startBenchmarkRun(BenchmarkRunRequest.forBenchmark("bmd_404")))
        .withMessageStartingWith("POST /v1/benchmarks/start_run failed: 404");
    assertThat(client.benchmarkJobs().toList()).as("nothing was created").isEmpty();
  }

  @Test
  void starts_a_running_run_of_a_known_benchmark_that_is_served_afterwards() {
    addSweLite();

    BenchmarkRunView run =
        client.startBenchmarkRun(
            BenchmarkRunRequest.forBenchmark("bmd_1")
                .named("nightly")
                .withMetadata("git_sha", "4be1c0d")
                .withRunProfile(profile -> profile.withPurpose("ci").withSecret("K", "secret-k")));

    assertThat(run.id()).isEqualTo("bmr_fake1");
    assertThat(run.state()).isEqualTo(BenchmarkRunState.RUNNING);
    assertThat(run.benchmarkId()).isEqualTo("bmd_1");
    assertThat(run.name()).isEqualTo("nightly");
    assertThat(run.metadata()).containsEntry("git_sha", "4be1c0d");
    assertThat(run.purpose()).isEqualTo("ci");
    assertThat(client.outcome("bmr_fake1").scenarioIdsWithoutFinishedRun())
        .containsExactly("scn_1", "scn_2");
    assertThat(runloop.requests("POST", "/v1/benchmarks/start_run").get(0).body())
        .contains("\"runProfile\":{\"purpose\":\"ci\",\"secrets\":{\"K\":\"secret-k\"}}");
  }

  @Test
  void cancels_a_run_and_its_scenario_runs_in_progress_for_good() {
    runloop.add(
        Models.outcome(Models.run("bmr_1").running().build())
            .scenarioRuns(
                Models.scenarioRun("scr_1").benchmarkRun("bmr_1").scored(1.0).build(),
                Models.scenarioRun("scr_2").benchmarkRun("bmr_1").running().build())
            .build(),
        Models.outcome(Models.run("bmr_1").completed().build()).build());

    BenchmarkRunView canceled = client.cancelBenchmarkRun("bmr_1");

    assertThat(canceled.state()).isEqualTo(BenchmarkRunState.CANCELED);
    assertThat(client.benchmarkRun("bmr_1").state()).isEqualTo(BenchmarkRunState.CANCELED);
    assertThat(client.benchmarkRun("bmr_1").state()).isEqualTo(BenchmarkRunState.CANCELED);
    assertThat(client.scenarioRuns("bmr_1").toList())
        .extracting(scenarioRun -> scenarioRun.id(), scenarioRun -> scenarioRun.stateValue())
        .containsExactly(tuple("scr_1", "scored"), tuple("scr_2", "canceled"));
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.cancelBenchmarkRun("bmr_unknown"));
  }

  @Test
  void says_which_methods_a_path_allows() throws IOException {
    Request delete =
        new Request.Builder()
            .url(runloop.baseUrl() + "v1/benchmark_jobs")
            .header("Authorization", "Bearer " + FakeRunloop.API_KEY)
            .delete()
            .build();

    try (Response response = send(delete)) {
      assertThat(response.code()).isEqualTo(405);
      assertThat(response.header("Allow")).isEqualTo("GET, POST");
    }
  }

  @Test
  void a_legacy_server_has_neither_jobs_nor_writes() {
    runloop
        .legacyApi()
        .add(Models.outcome(Models.run("bmr_1").running().build()).build())
        .add(Models.job("bmj_1").build());

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.cancelBenchmarkRun("bmr_1"));
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> client.benchmarkJob("bmj_1"));
  }

  private String get(String target) throws IOException {
    Request request =
        new Request.Builder()
            .url(runloop.baseUrl() + target.substring(1))
            .header("Authorization", "Bearer " + FakeRunloop.API_KEY)
            .build();
    try (Response response = send(request)) {
      return response.body().string();
    }
  }

  private String post(String target, String json) throws IOException {
    Request request =
        new Request.Builder()
            .url(runloop.baseUrl() + target.substring(1))
            .header("Authorization", "Bearer " + FakeRunloop.API_KEY)
            .post(RequestBody.create(json, okhttp3.MediaType.get("application/json")))
            .build();
    try (Response response = send(request)) {
      return response.code() + " " + response.body().string();
    }
  }

  private static Response send(Request request) throws IOException {
    OkHttpClient http = new OkHttpClient();
    try {
      return http.newCall(request).execute();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void serves_a_snapshot_of_a_job_as_the_job_with_its_agents_runs(@TempDir Path directory) {
    BenchmarkOutcome candidate =
        Models.outcome(Models.run("bmr_c").completed().build())
            .scenarioRuns(Models.scenarioRun("scr_1").benchmarkRun("bmr_c").scored(0.9).build())
            .build();
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_1")
                .completed()
                .agent(
                    Models.agentOutcome("candidate", candidate)
                        .setupFailure(
                            "scn_2", "add-cache", "EnvironmentSetupError", "devbox failed"))
                .build(),
            List.of(candidate));
    Path snapshot = directory.resolve("job.json");
    BenchmarkSnapshots.write(job, snapshot);

    runloop.addSnapshot(snapshot);

    assertThat(client.jobOutcome("bmj_1")).isEqualTo(job);
  }

  @Test
  void serves_a_snapshot_of_repeated_runs_as_each_of_its_runs(@TempDir Path directory) {
    List<BenchmarkOutcome> runs =
        List.of("bmr_1", "bmr_2", "bmr_3").stream()
            .map(
                id ->
                    Models.outcome(Models.run(id).benchmark("bmd_1").completed().build())
                        .scenarioRuns(
                            Models.scenarioRun(id + "_1").benchmarkRun(id).scored(1).build())
                        .build())
            .toList();
    Path snapshot = directory.resolve("runs.json");
    BenchmarkSnapshots.write(RepeatedOutcome.of(runs), snapshot);

    runloop.addSnapshot(snapshot);

    assertThat(client.outcome("bmr_2")).isEqualTo(runs.get(1));
    assertThat(client.benchmarkRuns().map(BenchmarkRunView::id))
        .containsExactly("bmr_1", "bmr_2", "bmr_3");
  }
}
