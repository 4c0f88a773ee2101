package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.LatestRuns;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.NotEnoughRunsException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests {@link RunloopClient#repeatedOutcome(List)} and {@link
 * RunloopClient#repeatedOutcome(LatestRuns)} make, concurrently, and the runs they join: one
 * benchmark and its definitions for all of them.
 */
class RunloopClientRepeatedOutcomeTest {
  private static final String BENCHMARK = "/v1/benchmarks/bmd_1";
  private static final List<ScenarioView> SCENARIOS =
      List.of(
          Models.scenario("scn_1").named("parse-dates").build(),
          Models.scenario("scn_2").named("retry-flag").build());
  private static final BenchmarkView SMOKE =
      Models.benchmark("bmd_1").named("smoke").scenarios("scn_1", "scn_2").build();

  /** A completed run of bmd_1, started at minute {@code minute}, scoring scn_2 {@code score}. */
  private static BenchmarkOutcome run(String id, int minute, String sha, double score) {
    return Models.outcome(
            Models.run(id)
                .benchmark("bmd_1")
                .completed()
                .startTimeMs(Models.START_TIME_MS + minute * 60_000L)
                .metadata("git_sha", sha)
                .build())
        .scenarioRuns(
            Models.scenarioRun(id + "_1").scenario("scn_1").benchmarkRun(id).scored(1).build(),
            Models.scenarioRun(id + "_2").scenario("scn_2").benchmarkRun(id).scored(score).build())
        .scenarios(SCENARIOS.toArray(ScenarioView[]::new))
        .benchmark(SMOKE)
        .build();
  }

  private static final BenchmarkOutcome A = run("bmr_a", 1, "abc", 1.0);
  private static final BenchmarkOutcome B = run("bmr_b", 2, "abc", 0.0);
  private static final BenchmarkOutcome C = run("bmr_c", 3, "abc", 1.0);
  private static final BenchmarkOutcome D = run("bmr_d", 4, "abc", 0.0);
  private static final BenchmarkOutcome OTHER_SHA = run("bmr_x", 5, "def", 1.0);

  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    runloop.add(A).add(B).add(C).add(D).add(OTHER_SHA);
    client = runloop.clientBuilder().apiGeneration(ApiGeneration.CURRENT).maxRetries(0).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void fetches_each_run_and_the_benchmark_and_its_definitions_once_for_all() {
    RepeatedOutcome runs = client.repeatedOutcome("bmr_c", "bmr_a", "bmr_b");

    assertThat(runs).isEqualTo(RepeatedOutcome.of(A, B, C));
    assertThat(runs.flakyScenarios(0.5))
        .extracting(scenario -> scenario.describe())
        .containsExactly("retry-flag: 2 of 3 runs passed");
    assertThat(runloop.requestCounts())
        .containsOnly(
            entry(BENCHMARK, 1),
            entry(BENCHMARK + "/definitions", 1),
            entry("/v1/benchmark_runs/bmr_a", 1),
            entry("/v1/benchmark_runs/bmr_a/scenario_runs", 1),
            entry("/v1/benchmark_runs/bmr_b", 1),
            entry("/v1/benchmark_runs/bmr_b/scenario_runs", 1),
            entry("/v1/benchmark_runs/bmr_c", 1),
            entry("/v1/benchmark_runs/bmr_c/scenario_runs", 1));
  }

  @Test
  void fetches_the_other_runs_at_the_same_time_and_the_benchmark_while_it_fetches_them() {
    runloop
        // answered only once the other run and the benchmark were asked for too: fetched one after
        // the other, the holds would never end and fail the requests
        .injectNext(
            "/v1/benchmark_runs/bmr_a",
            Fault.holdUntil(() -> runloop.requestCount("/v1/benchmark_runs/bmr_b") > 0))
        .injectNext(
            BENCHMARK, Fault.holdUntil(() -> runloop.requestCount("/v1/benchmark_runs/bmr_a") > 0));

    assertThat(client.repeatedOutcome("bmr_c", "bmr_a", "bmr_b").runIds())
        .containsExactly("bmr_a", "bmr_b", "bmr_c");
  }

  @Test
  void refuses_runs_of_another_benchmark() {
    runloop.add(Models.outcome(Models.run("bmr_z").benchmark("bmd_2").completed().build()).build());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.repeatedOutcome("bmr_a", "bmr_z"))
        .withMessageContaining("bmr_a ran benchmark bmd_1; bmr_z ran benchmark bmd_2");
  }

  @Test
  void picks_the_newest_runs_matching_the_metadata_without_fetching_them_again() {
    RepeatedOutcome runs =
        client.repeatedOutcome(LatestRuns.parse("latest:bmd_1?metadata.git_sha=abc&count=3"));

    assertThat(runs).isEqualTo(RepeatedOutcome.of(B, C, D));
    assertThat(runloop.requestCount("/v1/benchmark_runs")).isEqualTo(1);
    assertThat(runloop.requestCount("/v1/benchmark_runs/bmr_b")).isZero();
    assertThat(runloop.requestCount("/v1/benchmark_runs/bmr_b/scenario_runs")).isEqualTo(1);
    assertThat(runloop.requestCount(BENCHMARK)).isEqualTo(1);
  }

  @Test
  void finds_the_latest_runs_and_passes_over_the_excluded_ones() {
    List<BenchmarkRunView> latest =
        client.latestRuns(LatestRuns.of("bmd_1").withCount(2).excluding("bmr_x"));

    assertThat(latest).extracting(BenchmarkRunView::id).containsExactly("bmr_d", "bmr_c");
  }

  @Test
  void fails_when_fewer_runs_match_than_asked_for() {
    assertThatExceptionOfType(NotEnoughRunsException.class)
        .isThrownBy(
            () -> client.repeatedOutcome(LatestRuns.parse("bmd_1?metadata.git_sha=abc&count=5")))
        .withMessage(
            "Only 4 completed runs of benchmark bmd_1 with metadata.git_sha=abc were found on the"
                + " API, but latest:bmd_1?metadata.git_sha=abc&count=5 asks for 5: bmr_d, bmr_c,"
                + " bmr_b, bmr_a. Wait until the other runs have completed, or ask for fewer with"
                + " count=4.")
        .satisfies(
            e -> {
              assertThat(e.wanted()).isEqualTo(5);
              assertThat(e.found()).containsExactly("bmr_d", "bmr_c", "bmr_b", "bmr_a");
            });
    assertThat(runloop.requestCount("/v1/benchmark_runs/bmr_a/scenario_runs"))
        .as("nothing is fetched for a gate that cannot judge")
        .isZero();
  }
}
