package dev.benchgate.assertj;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;

/**
 * Assertions on a {@link BenchmarkJobOutcome}; see {@link AbstractBenchmarkJobOutcomeAssert} for
 * them.
 *
 * <pre>{@code
 * assertThat(job).isCompleted().ranksFirst("candidate");
 * }</pre>
 */
public class BenchmarkJobOutcomeAssert
    extends AbstractBenchmarkJobOutcomeAssert<BenchmarkJobOutcomeAssert, BenchmarkJobOutcome> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(BenchmarkJobOutcome)}.
   *
   * <pre>{@code
   * new BenchmarkJobOutcomeAssert(job).isCompleted();
   * }</pre>
   *
   * @param actual the job under test, may be {@code null}
   */
  public BenchmarkJobOutcomeAssert(BenchmarkJobOutcome actual) {
    super(actual, BenchmarkJobOutcomeAssert.class);
  }
}
