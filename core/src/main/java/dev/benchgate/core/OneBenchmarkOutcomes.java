package dev.benchgate.core;

import dev.benchgate.core.RunloopClient.BenchmarkWithDefinitions;
import dev.benchgate.core.internal.BoundedConcurrency;
import dev.benchgate.core.internal.ListingLimits;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Fetches the outcomes of several runs of one benchmark, what a benchmark job's agents and an
 * agent's repeated runs both are: each run with its scenario runs, eight runs at a time, and at the
 * same time the benchmark with its definitions, once for all of them. Each outcome is joined with
 * that one benchmark and set of definitions, so a job or repeated runs name their scenarios alike
 * in every run and can be written as one snapshot.
 */
final class OneBenchmarkOutcomes {
  /**
   * How many runs are fetched at once, each one request for the run and its scenario runs' pages
   * after it: as many as scenario definitions, for the same reason.
   */
  private static final int RUN_FETCH_CONCURRENCY = 8;

  private final RunloopClient client;

  OneBenchmarkOutcomes(RunloopClient client) {
    this.client = client;
  }

  /** A run and its scenario runs. */
  private record RunParts(BenchmarkRunView run, List<ScenarioRunView> scenarioRuns) {}

  /**
   * Fetches the outcomes of runs.
   *
   * @param benchmarkId the runs' benchmark, or {@code null} for none
   * @param runIds the runs, in the order of the outcomes returned
   * @param read runs read already, by id, which are not fetched again
   * @param alsoNamed scenarios to have definitions of besides those the runs ran (a job's)
   * @return an outcome per run, in order
   */
  List<BenchmarkOutcome> fetch(
      String benchmarkId,
      Collection<String> runIds,
      Map<String, BenchmarkRunView> read,
      Set<String> alsoNamed) {
    // One benchmark for every run: its size bounds each run's scenario-run listing.
    AtomicReference<ListingLimits> limits = client.listingLimits();
    return BoundedConcurrency.both(
        () ->
            benchmarkId == null
                ? BenchmarkWithDefinitions.NONE
                : client.benchmarkWithDefinitions(benchmarkId, limits),
        () ->
            BoundedConcurrency.map(
                runIds, RUN_FETCH_CONCURRENCY, runId -> runParts(runId, read, limits::get)),
        (benchmark, runs) -> joined(benchmark, runs, alsoNamed));
  }

  private RunParts runParts(
      String runId, Map<String, BenchmarkRunView> read, Supplier<ListingLimits> limits) {
    BenchmarkRunView run = read.containsKey(runId) ? read.get(runId) : client.benchmarkRun(runId);
    return new RunParts(run, client.scenarioRunsOf(run, limits));
  }

  private List<BenchmarkOutcome> joined(
      BenchmarkWithDefinitions benchmark, List<RunParts> runs, Set<String> alsoNamed) {
    Set<String> named = new TreeSet<>(alsoNamed);
    runs.forEach(
        parts ->
            parts.scenarioRuns().stream()
                .map(ScenarioRunView::scenarioId)
                .filter(Objects::nonNull)
                .forEach(named::add));
    Collection<ScenarioView> definitions = client.definitions(benchmark, named).values();
    return runs.stream()
        .map(
            parts ->
                BenchmarkOutcome.of(
                    parts.run(), parts.scenarioRuns(), definitions, benchmark.benchmark()))
        .toList();
  }
}
