package dev.benchgate.testing.internal;

import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fake server knows: benchmark runs (each with its versions, see {@link RunHistory}) and
 * their scenario runs, scenario definitions, benchmarks and benchmark jobs (each with its versions,
 * see {@link JobHistory}), in the order they were added. Lists are served in that order.
 * Thread-safe.
 *
 * <p>Not API.
 */
public final class Resources {
  private final Map<String, RunHistory> runs = new LinkedHashMap<>();
  private final Map<String, ScenarioView> scenarios = new LinkedHashMap<>();
  private final Map<String, BenchmarkView> benchmarks = new LinkedHashMap<>();
  private final Map<String, JobHistory> jobs = new LinkedHashMap<>();
  private int created;

  /**
   * Adds a run that goes through versions, with the scenarios and benchmark of each.
   *
   * @param versions the outcomes of one run, as served in turn
   */
  public synchronized void add(List<BenchmarkOutcome> versions) {
    String id = versions.get(0).runId();
    for (BenchmarkOutcome version : versions) {
      if (!version.runId().equals(id)) {
        throw new IllegalArgumentException(
            "The versions of a run must all be of one run, but "
                + version.runId()
                + " is not "
                + id);
      }
      version.scenarios().forEach(this::addScenario);
      version.benchmark().ifPresent(this::addBenchmark);
    }
    runs.put(id, new RunHistory(versions));
  }

  /**
   * Adds or replaces a scenario definition.
   *
   * @param scenario the definition
   */
  public synchronized void addScenario(ScenarioView scenario) {
    scenarios.put(scenario.id(), scenario);
  }

  /**
   * Adds or replaces a benchmark.
   *
   * @param benchmark the benchmark
   */
  public synchronized void addBenchmark(BenchmarkView benchmark) {
    benchmarks.put(benchmark.id(), benchmark);
  }

  synchronized Optional<BenchmarkRunView> fetchRun(String id) {
    return Optional.ofNullable(runs.get(id)).map(RunHistory::nextRun);
  }

  synchronized Optional<List<ScenarioRunView>> scenarioRunsOf(String runId, boolean firstPage) {
    return Optional.ofNullable(runs.get(runId))
        .map(run -> firstPage ? run.nextScenarioRuns() : run.currentScenarioRuns());
  }

  synchronized List<BenchmarkRunView> runs() {
    return runs.values().stream().map(RunHistory::currentRun).toList();
  }

  synchronized List<ScenarioRunView> scenarioRuns() {
    List<ScenarioRunView> all = new ArrayList<>();
    runs.values().forEach(run -> all.addAll(run.currentScenarioRuns()));
    return all;
  }

  synchronized Optional<ScenarioView> scenario(String id) {
    return Optional.ofNullable(scenarios.get(id));
  }

  synchronized List<ScenarioView> scenarios() {
    return List.copyOf(scenarios.values());
  }

  synchronized Optional<BenchmarkView> benchmark(String id) {
    return Optional.ofNullable(benchmarks.get(id));
  }

  synchronized List<BenchmarkView> benchmarks() {
    return List.copyOf(benchmarks.values());
  }

  /** The benchmark a run's latest version names, if the server knows it. */
  synchronized Optional<BenchmarkView> benchmarkOf(BenchmarkRunView run) {
    return Optional.ofNullable(run.benchmarkId()).map(benchmarks::get);
  }

  /**
   * Adds a job that goes through versions; a job added again replaces the one before.
   *
   * @param versions the versions of one job, as served in turn
   */
  public synchronized void addJob(List<BenchmarkJobView> versions) {
    String id = versions.get(0).id();
    for (BenchmarkJobView version : versions) {
      if (!version.id().equals(id)) {
        throw new IllegalArgumentException(
            "The versions of a job must all be of one job, but " + version.id() + " is not " + id);
      }
    }
    jobs.put(id, new JobHistory(versions));
  }

  synchronized Optional<BenchmarkJobView> fetchJob(String id) {
    return Optional.ofNullable(jobs.get(id)).map(JobHistory::nextJob);
  }

  synchronized List<BenchmarkJobView> jobs() {
    return jobs.values().stream().map(JobHistory::currentJob).toList();
  }

  synchronized Optional<BenchmarkRunView> cancelRun(String id) {
    return Optional.ofNullable(runs.get(id)).map(RunHistory::cancel);
  }

  /** A fresh id for something the server creates: {@code bmj_fake1}, {@code bmr_fake2}, ... */
  synchronized String newId(String prefix) {
    return prefix + "_fake" + ++created;
  }
}
