package dev.benchgate.assertj;

import dev.benchgate.core.model.BenchmarkRunView;

/**
 * Assertions on a {@link BenchmarkRunView}; see {@link AbstractBenchmarkRunLevelAssert} for them.
 *
 * <pre>{@code
 * assertThat(run).isCompleted().hasScoreAtLeast(0.8);
 * }</pre>
 */
public class BenchmarkRunAssert
    extends AbstractBenchmarkRunAssert<BenchmarkRunAssert, BenchmarkRunView> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(BenchmarkRunView)}.
   *
   * <pre>{@code
   * new BenchmarkRunAssert(run).isCompleted();
   * }</pre>
   *
   * @param actual the run under test, may be {@code null}
   */
  public BenchmarkRunAssert(BenchmarkRunView actual) {
    super(actual, BenchmarkRunAssert.class);
  }
}
