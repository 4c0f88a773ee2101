package dev.benchgate.assertj;

import dev.benchgate.core.outcome.BenchmarkOutcome;

/**
 * Assertions on a {@link BenchmarkOutcome}; see {@link AbstractBenchmarkOutcomeAssert} for them.
 *
 * <pre>{@code
 * assertThat(outcome).isCompleted().coversAllScenariosOfItsBenchmark().hasPassRateAtLeast(0.9, atScore(0.5));
 * }</pre>
 */
public class BenchmarkOutcomeAssert
    extends AbstractBenchmarkOutcomeAssert<BenchmarkOutcomeAssert, BenchmarkOutcome> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(BenchmarkOutcome)}.
   *
   * <pre>{@code
   * new BenchmarkOutcomeAssert(outcome).isCompleted();
   * }</pre>
   *
   * @param actual the outcome under test, may be {@code null}
   */
  public BenchmarkOutcomeAssert(BenchmarkOutcome actual) {
    super(actual, BenchmarkOutcomeAssert.class);
  }
}
