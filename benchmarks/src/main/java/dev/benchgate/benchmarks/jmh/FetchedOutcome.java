package dev.benchgate.benchmarks.jmh;

import dev.benchgate.benchmarks.server.Dataset;
import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.outcome.BenchmarkOutcome;

/** A benchmark's input: an outcome as {@code outcome()} returns it, fetched once per trial. */
final class FetchedOutcome {
  private FetchedOutcome() {}

  /**
   * Fetches the candidate run of the dataset of one size from a server started for it.
   *
   * @param size the number of scenario runs
   * @return the outcome
   */
  static BenchmarkOutcome of(int size) {
    Dataset data = Dataset.of(size);
    try (PrerenderedRunloop runloop = PrerenderedRunloop.start().add(data);
        RunloopClient client = PrerenderedRunloop.client(runloop.baseUrl())) {
      return client.outcome(data.candidate().id());
    }
  }
}
