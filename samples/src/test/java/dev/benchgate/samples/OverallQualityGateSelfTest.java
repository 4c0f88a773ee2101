package dev.benchgate.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Testing a gate: {@link OverallQualityGateTest} run against a fake Runloop, to see that it passes
 * a good run and fails the runs it exists to stop, before a real night does. The gate is run as the
 * build runs it, through JUnit's engine, with its configuration pointing at the fake.
 */
class OverallQualityGateSelfTest {
  // An instance field: each test gets a fake of its own, so tests running at once do not share
  // faults or request counts.
  @RegisterExtension
  final FakeRunloop runloop =
      FakeRunloop.create().add(snapshot("snapshots/candidate.json")).add(brokenInfrastructure());

  /** Runs the gate against the fake, judging one run. */
  private EngineExecutionResults gateOn(String runId) {
    return gate(runId).execute();
  }

  /** The gate against the fake, judging one run, to configure further before it runs. */
  private EngineTestKit.Builder gate(String runId) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("benchgate.base-url", runloop.baseUrl())
        .configurationParameter("benchgate.api-key", runloop.apiKey())
        .configurationParameter("benchgate.benchmark-run", runId)
        .selectors(DiscoverySelectors.selectClass(OverallQualityGateTest.class));
  }

  @Test
  void passesTheBundledCandidate() {
    gateOn("bmr_8b2d04f1candidate")
        .testEvents()
        .assertStatistics(stats -> stats.started(4).succeeded(4));
  }

  @Test
  void failsARunWhoseDevboxesBrokeAlthoughItScoredWell() {
    EngineExecutionResults results = gateOn("bmr_broken");

    // The run's own score, over the scenario runs that finished, looks fine; the others do not (the
    // two lost scenarios count as 0 towards the mean, whose lower bound then misses 0.65).
    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(3));
    assertThat(results.testEvents().failed().stream())
        .extracting(event -> event.getTestDescriptor().getDisplayName())
        .containsExactlyInAnyOrder(
            "passesNineOutOfTenScenarios(BenchmarkOutcome)",
            "averagesAtLeastSixtyFivePercentNotByLuck(BenchmarkOutcome)",
            "keepsInfrastructureFailuresWithinBudget(BenchmarkOutcome)");
  }

  @Test
  void failsEveryCheckWhenRunloopRefusesTheRun() {
    runloop.inject("/v1/benchmark_runs/bmr_8b2d04f1candidate", Fault.status(403));

    // A gate that could not judge never passes.
    gateOn("bmr_8b2d04f1candidate")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).failed(4));
  }

  @Test
  void failsEveryCheckWhenRunloopIsDown() {
    runloop.inject("/v1/benchmark_runs/bmr_8b2d04f1candidate", Fault.status(503));

    // Failed, not skipped: a build must not go green because the server was down.
    gate("bmr_8b2d04f1candidate")
        .configurationParameter("benchgate.max-retries", "0")
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).aborted(0).failed(4));
  }

  @Test
  void failsEveryCheckOfARunThatDoesNotFinishInTime() {
    runloop.add(
        Models.outcome(Models.run("bmr_running").benchmark("bmd_1").running().build()).build());

    gate("bmr_running")
        .configurationParameter("benchgate.await.timeout", "50ms")
        .configurationParameter("benchgate.await.poll-interval", "10ms")
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).aborted(0).failed(4));
  }

  @Test
  void abortsInsteadWhenAskedToForLocalWork() {
    runloop.inject("/v1/benchmark_runs/bmr_8b2d04f1candidate", Fault.status(503));

    gate("bmr_8b2d04f1candidate")
        .configurationParameter("benchgate.max-retries", "0")
        .configurationParameter("benchgate.unavailable", "abort")
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).aborted(4).failed(0));
  }

  /** Ten scenarios: eight scored 0.9, two lost to failed devboxes, over the 10 % budget. */
  private static BenchmarkOutcome brokenInfrastructure() {
    ScenarioRunBuilder[] scenarioRuns =
        IntStream.rangeClosed(1, 10)
            .mapToObj(i -> Models.scenarioRun("scr_" + i).benchmarkRun("bmr_broken"))
            .map(run -> run.scored(0.9))
            .toArray(ScenarioRunBuilder[]::new);
    scenarioRuns[8].failed().score(null);
    scenarioRuns[9].failed().score(null);
    String[] scenarioIds =
        IntStream.rangeClosed(1, 10).mapToObj(i -> "scn_" + i).toArray(String[]::new);
    return Models.outcome(
            Models.run("bmr_broken").benchmark("bmd_1").completed().score(0.9).build())
        .scenarioRuns(
            Arrays.stream(scenarioRuns)
                .map(ScenarioRunBuilder::build)
                .toArray(ScenarioRunView[]::new))
        .benchmark(Models.benchmark("bmd_1").scenarios(scenarioIds).build())
        .build();
  }

  private static BenchmarkOutcome snapshot(String resource) {
    try (InputStream in = OverallQualityGateSelfTest.class.getResourceAsStream("/" + resource)) {
      return BenchmarkSnapshots.fromJson(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
