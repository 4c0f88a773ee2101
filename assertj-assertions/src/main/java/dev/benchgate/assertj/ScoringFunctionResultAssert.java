package dev.benchgate.assertj;

import dev.benchgate.core.model.ScoringFunctionResult;

/**
 * Assertions on a {@link ScoringFunctionResult}; see {@link AbstractScoringFunctionResultAssert}
 * for them.
 *
 * <pre>{@code
 * assertThat(scenarioRun).scoringFunction("unit-tests").isComplete().hasScoreAtLeast(0.5);
 * }</pre>
 */
public class ScoringFunctionResultAssert
    extends AbstractScoringFunctionResultAssert<
        ScoringFunctionResultAssert, ScoringFunctionResult> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(ScoringFunctionResult)}.
   *
   * <pre>{@code
   * new ScoringFunctionResultAssert(result).isComplete();
   * }</pre>
   *
   * @param actual the result under test, may be {@code null}
   */
  public ScoringFunctionResultAssert(ScoringFunctionResult actual) {
    super(actual, ScoringFunctionResultAssert.class);
  }
}
