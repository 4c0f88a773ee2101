package dev.benchgate.benchmarks.server;

import java.util.Locale;

/**
 * The data of one size: a benchmark of {@code size} scenarios, a candidate run and its baseline,
 * each with one scenario run per scenario.
 *
 * <pre>{@code
 * Dataset data = Dataset.of(20_000);
 * runloop.add(data);
 * client.outcome(data.candidate().id());
 * }</pre>
 *
 * @param benchmark the benchmark
 * @param candidate the run under test
 * @param baseline the run it is compared with
 */
public record Dataset(ServedBenchmark benchmark, ServedRun candidate, ServedRun baseline) {
  /**
   * Makes the data of one size; the same size always gives the same bytes.
   *
   * @param size the number of scenarios, and of scenario runs per run
   * @return the data
   */
  public static Dataset of(int size) {
    ServedBenchmark benchmark =
        SyntheticData.benchmark(String.format(Locale.ROOT, "bmd_synthetic_%d", size), size);
    return new Dataset(
        benchmark,
        SyntheticData.run(String.format(Locale.ROOT, "bmr_candidate_%d", size), benchmark, 2),
        SyntheticData.run(String.format(Locale.ROOT, "bmr_baseline_%d", size), benchmark, 1));
  }

  /**
   * Returns the number of scenarios.
   *
   * @return the size
   */
  public int size() {
    return benchmark.size();
  }

  /**
   * Returns the mean JSON size of a candidate scenario run and its scenario definition, as the API
   * sends them.
   *
   * @return bytes per scenario run, with its definition
   */
  public double jsonBytesPerScenarioRunWithDefinition() {
    long bytes = 0;
    for (Item scenarioRun : candidate.scenarioRuns()) {
      bytes += scenarioRun.json().length;
    }
    for (Item definition : benchmark.definitions()) {
      bytes += definition.json().length;
    }
    return (double) bytes / size();
  }
}
