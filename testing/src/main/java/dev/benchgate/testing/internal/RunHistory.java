package dev.benchgate.testing.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/**
 * The versions of one benchmark run, served in turn: each request for the run moves the run on to
 * its next version, each first page of its scenario runs moves the list on, and the last version
 * stays. The two move apart, as a polled run and its scenario runs do on a real server. Guarded by
 * the {@link Resources} that holds it.
 */
final class RunHistory {
  private final List<BenchmarkOutcome> versions;
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

  private BenchmarkOutcome current(int served) {
    return versions.get(Math.max(0, Math.min(served, versions.size()) - 1));
  }
}
