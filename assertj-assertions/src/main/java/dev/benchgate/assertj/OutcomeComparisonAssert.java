package dev.benchgate.assertj;

import dev.benchgate.core.compare.OutcomeComparison;

/**
 * Assertions on an {@link OutcomeComparison}; see {@link AbstractOutcomeComparisonAssert} for them.
 *
 * <pre>{@code
 * assertThat(current).comparedTo(baseline).hasNoScenarioRegressedByMoreThan(0.2);
 * assertThat(OutcomeComparison.of(baseline, current)).hasMeanScoreDropAtMost(0.02);
 * }</pre>
 */
public class OutcomeComparisonAssert
    extends AbstractOutcomeComparisonAssert<OutcomeComparisonAssert, OutcomeComparison> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(OutcomeComparison)} or
   * {@link AbstractBenchmarkOutcomeAssert#comparedTo}.
   *
   * <pre>{@code
   * new OutcomeComparisonAssert(comparison).hasNoMissingScenarios();
   * }</pre>
   *
   * @param actual the comparison under test, may be {@code null}
   */
  public OutcomeComparisonAssert(OutcomeComparison actual) {
    super(actual, OutcomeComparisonAssert.class);
  }
}
