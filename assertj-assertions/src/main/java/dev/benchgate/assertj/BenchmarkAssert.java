package dev.benchgate.assertj;

import dev.benchgate.core.model.BenchmarkView;

/**
 * Assertions on a {@link BenchmarkView}; see {@link AbstractBenchmarkAssert} for them.
 *
 * <pre>{@code
 * assertThat(benchmark).isActive().hasScenarioCount(50);
 * }</pre>
 */
public class BenchmarkAssert extends AbstractBenchmarkAssert<BenchmarkAssert, BenchmarkView> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(BenchmarkView)}.
   *
   * <pre>{@code
   * new BenchmarkAssert(benchmark).isActive();
   * }</pre>
   *
   * @param actual the benchmark under test, may be {@code null}
   */
  public BenchmarkAssert(BenchmarkView actual) {
    super(actual, BenchmarkAssert.class);
  }
}
