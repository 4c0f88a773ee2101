package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fetches what {@link RunloopClient#jobOutcome(BenchmarkJobView)} joins: every run of the job with
 * its scenario runs, and the job's benchmark with its definitions once for all agents (see {@link
 * OneBenchmarkOutcomes}).
 */
final class JobOutcomes {
  private final OneBenchmarkOutcomes runs;

  JobOutcomes(RunloopClient client) {
    this.runs = new OneBenchmarkOutcomes(client);
  }

  BenchmarkJobOutcome of(BenchmarkJobView job) {
    Set<String> runIds = new LinkedHashSet<>();
    job.benchmarkOutcomes().forEach(outcome -> runIds.add(outcome.benchmarkRunId()));
    job.unfinishedRuns().forEach(run -> runIds.add(run.benchmarkRunId()));
    return BenchmarkJobOutcome.of(
        job, runs.fetch(job.benchmarkId().orElse(null), runIds, Map.of(), scenarioIdsNamed(job)));
  }

  /** The job's scenarios: its spec's, and those its agents reported on. */
  private static Set<String> scenarioIdsNamed(BenchmarkJobView job) {
    Set<String> named = new TreeSet<>(job.scenarioIds());
    for (JobAgentOutcomeView agent : job.benchmarkOutcomes()) {
      agent.scenarioOutcomes().stream()
          .map(JobScenarioOutcomeView::scenarioDefinitionId)
          .filter(Objects::nonNull)
          .forEach(named::add);
    }
    return named;
  }
}
