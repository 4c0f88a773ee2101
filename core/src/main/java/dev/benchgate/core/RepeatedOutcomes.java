package dev.benchgate.core;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches what {@link RunloopClient#repeatedOutcome(List)} and {@link
 * RunloopClient#repeatedOutcome(LatestRuns)} join: the runs with their scenario runs, and their
 * benchmark with its definitions once (see {@link OneBenchmarkOutcomes}).
 */
final class RepeatedOutcomes {
  private final RunloopClient client;
  private final OneBenchmarkOutcomes runs;

  RepeatedOutcomes(RunloopClient client) {
    this.client = client;
    this.runs = new OneBenchmarkOutcomes(client);
  }

  /**
   * The first run says which benchmark to fetch; the other runs are fetched with it and checked by
   * {@link RepeatedOutcome#of}, which refuses runs of another benchmark.
   */
  RepeatedOutcome of(List<String> runIds) {
    if (runIds.isEmpty()) {
      throw new IllegalArgumentException("Repeated runs need at least one run id");
    }
    BenchmarkRunView first = client.benchmarkRun(runIds.get(0));
    return RepeatedOutcome.of(
        runs.fetch(first.benchmarkId(), runIds, Map.of(first.id(), first), Set.of()));
  }

  /** The listing gave the runs already: only their scenario runs and benchmark are fetched. */
  RepeatedOutcome of(LatestRuns query) {
    List<BenchmarkRunView> picked = client.latestRuns(query);
    if (picked.size() < query.count()) {
      throw query.notEnough(picked, "on the API");
    }
    Map<String, BenchmarkRunView> read = new LinkedHashMap<>();
    picked.forEach(run -> read.put(run.id(), run));
    return RepeatedOutcome.of(runs.fetch(query.benchmarkId(), read.keySet(), read, Set.of()));
  }
}
