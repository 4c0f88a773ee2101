package dev.benchgate.testing.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions of one benchmark run, served in turn: each request for the run moves the run on to
 * its next version, each first page of its scenario runs moves the list on, and the last version
 * stays. The two move apart, as a polled run and its scenario runs do on a real server. Canceling
 * the run ends its history: from then on it is {@code canceled}, as it was last served, its
 * scenario runs still in progress {@code canceled} too. Guarded by the {@link Resources} that holds
 * it.
 */
final class RunHistory {
  private List<BenchmarkOutcome> versions;
  private int runsServed;
  private int listsServed;

  RunHistory(List<BenchmarkOutcome> versions) {
    this.versions = List.copyOf(versions);
  }

  /** Serves the run: the next version, or the last one. */
  BenchmarkRunView nextRun() {
    return versions.get(Math.min(runsServed++, versions.size() - 1)).run();
  }

  /** Serves a first page of the scenario runs: the list moves on to its next version. */
  List<ScenarioRunView> nextScenarioRuns() {
    listsServed++;
    return currentScenarioRuns();
  }

  /** The run as last served, or its first version. */
  BenchmarkRunView currentRun() {
    return current(runsServed).run();
  }

  /** The scenario runs as the list last served them (later pages read this), or the first. */
  List<ScenarioRunView> currentScenarioRuns() {
    return current(listsServed).scenarioRuns();
  }

  /**
   * Cancels the run, as {@code POST /v1/benchmark_runs/{id}/cancel} does on the server.
   *
   * @return the canceled run
   */
  BenchmarkRunView cancel() {
    BenchmarkOutcome last = current(runsServed);
    List<ScenarioRunView> scenarioRuns = new ArrayList<>();
    for (ScenarioRunView scenarioRun : current(listsServed).scenarioRuns()) {
      scenarioRuns.add(
          scenarioRun.state().isInProgress() ? inState(scenarioRun, "canceled") : scenarioRun);
    }
    BenchmarkRunView run = last.run();
    BenchmarkOutcome canceled =
        BenchmarkOutcome.of(
            new BenchmarkRunView(
                run.id(),
                run.benchmarkId(),
                run.name(),
                run.metadata(),
                run.startTimeMs(),
                run.durationMs(),
                "canceled",
                run.score(),
                run.purpose(),
                run.environmentVariables(),
                run.secretsProvided(),
                run.legacyPendingScenarios(),
                run.legacyScenarioRuns()),
            scenarioRuns,
            last.scenarios(),
            last.benchmark().orElse(null));
    versions = List.of(canceled);
    runsServed = 0;
    listsServed = 0;
    return canceled.run();
  }

  private static ScenarioRunView inState(ScenarioRunView scenarioRun, String state) {
    return new ScenarioRunView(
        scenarioRun.id(),
        scenarioRun.scenarioId(),
        scenarioRun.devboxId(),
        scenarioRun.benchmarkRunId(),
        scenarioRun.name(),
        scenarioRun.metadata(),
        state,
        scenarioRun.startTimeMs(),
        scenarioRun.durationMs(),
        scenarioRun.purpose(),
        scenarioRun.scoringContractResult(),
        scenarioRun.environmentVariables(),
        scenarioRun.secretsProvided());
  }

  private BenchmarkOutcome current(int served) {
    return versions.get(Math.max(0, Math.min(served, versions.size()) - 1));
  }
}
