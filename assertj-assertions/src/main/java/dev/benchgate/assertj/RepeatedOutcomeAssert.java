package dev.benchgate.assertj;

import dev.benchgate.core.repeated.RepeatedOutcome;

/**
 * Assertions on a {@link RepeatedOutcome}; see {@link AbstractRepeatedOutcomeAssert} for them.
 *
 * <pre>{@code
 * assertThat(runs).hasPassAtKAtLeast(1, 0.7).hasAtMostFlakyScenarios(3);
 * }</pre>
 */
public class RepeatedOutcomeAssert
    extends AbstractRepeatedOutcomeAssert<RepeatedOutcomeAssert, RepeatedOutcome> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(RepeatedOutcome)}.
   *
   * <pre>{@code
   * new RepeatedOutcomeAssert(runs).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param actual the runs under test, may be {@code null}
   */
  public RepeatedOutcomeAssert(RepeatedOutcome actual) {
    super(actual, RepeatedOutcomeAssert.class);
  }
}
