package dev.benchgate.core;

import dev.benchgate.core.RunloopClient.BenchmarkWithDefinitions;
import dev.benchgate.core.internal.BoundedConcurrency;
import dev.benchgate.core.internal.ListingLimits;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Fetches what {@link RunloopClient#jobOutcome(BenchmarkJobView)} joins: every run of the job with
 * its scenario runs, and the job's benchmark with its definitions once for all agents.
 */
final class JobOutcomes {
  /**
   * How many of a job's runs are fetched at once, each one request for the run and its scenario
   * runs' pages after it: as many as scenario definitions, for the same reason.
   */
  private static final int RUN_FETCH_CONCURRENCY = 8;

  private final RunloopClient client;

  JobOutcomes(RunloopClient client) {
    this.client = client;
  }

  /** A run and its scenario runs. */
  private record RunParts(BenchmarkRunView run, List<ScenarioRunView> scenarioRuns) {}

  BenchmarkJobOutcome of(BenchmarkJobView job) {
    Set<String> runIds = new LinkedHashSet<>();
    job.benchmarkOutcomes().forEach(outcome -> runIds.add(outcome.benchmarkRunId()));
    job.unfinishedRuns().forEach(run -> runIds.add(run.benchmarkRunId()));
    String benchmarkId = job.benchmarkId().orElse(null);
    // One benchmark for every agent: its size bounds each agent's scenario-run listing.
    AtomicReference<ListingLimits> limits = client.listingLimits();
    return BoundedConcurrency.both(
        () ->
            benchmarkId == null
                ? BenchmarkWithDefinitions.NONE
                : client.benchmarkWithDefinitions(benchmarkId, limits),
        () ->
            BoundedConcurrency.map(
                runIds, RUN_FETCH_CONCURRENCY, runId -> runParts(runId, limits::get)),
        (benchmark, runs) -> joined(job, benchmark, runs));
  }

  private RunParts runParts(String runId, Supplier<ListingLimits> limits) {
    BenchmarkRunView run = client.benchmarkRun(runId);
    return new RunParts(run, client.scenarioRunsOf(run, limits));
  }

  private static Set<String> scenarioIdsNamed(BenchmarkJobView job, List<RunParts> runs) {
    Set<String> named = new TreeSet<>(job.scenarioIds());
    for (JobAgentOutcomeView agent : job.benchmarkOutcomes()) {
      agent.scenarioOutcomes().stream()
          .map(JobScenarioOutcomeView::scenarioDefinitionId)
          .filter(Objects::nonNull)
          .forEach(named::add);
    }
    runs.forEach(
        parts ->
            parts.scenarioRuns().stream()
                .map(ScenarioRunView::scenarioId)
                .filter(Objects::nonNull)
                .forEach(named::add));
    return named;
  }

  private BenchmarkJobOutcome joined(
      BenchmarkJobView job, BenchmarkWithDefinitions benchmark, List<RunParts> runs) {
    Collection<ScenarioView> definitions =
        client.definitions(benchmark, scenarioIdsNamed(job, runs)).values();
    List<BenchmarkOutcome> outcomes =
        runs.stream()
            .map(
                parts ->
                    BenchmarkOutcome.of(
                        parts.run(), parts.scenarioRuns(), definitions, benchmark.benchmark()))
            .toList();
    return BenchmarkJobOutcome.of(job, outcomes);
  }
}
