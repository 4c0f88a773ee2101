package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldBeComplete.shouldBeComplete;
import static dev.benchgate.assertj.internal.ShouldHaveOutputContaining.shouldHaveOutputContaining;
import static dev.benchgate.assertj.internal.ShouldHaveScore.shouldHaveScore;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.ScoringFunctionState;

/**
 * Assertions on the {@link ScoringFunctionResult} of one scoring function of a scenario run.
 * Failure messages about its state or output show the scorer's output, only its last 1000
 * characters when it is longer, since that is where a scorer usually says what went wrong.
 *
 * <pre>{@code
 * assertThat(scenarioRun).scoringFunction("unit-tests").isComplete().outputContains("10 passed");
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractScoringFunctionResultAssert<
        SELF extends AbstractScoringFunctionResultAssert<SELF, ACTUAL>,
        ACTUAL extends ScoringFunctionResult>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the result under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractScoringFunctionResultAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the scoring function completed, rather than ending in error (the scorer itself
   * failed) or in state {@code unknown}.
   *
   * <pre>{@code
   * assertThat(result).isComplete();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the result is {@code null} or not in state {@code complete}
   */
  public SELF isComplete() {
    isNotNull();
    if (actual.state() != ScoringFunctionState.COMPLETE) {
      throwAssertionError(shouldBeComplete(actual));
    }
    return myself;
  }

  /**
   * Verifies that the scoring function's score is at least a threshold.
   *
   * <pre>{@code
   * assertThat(result).hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the result is {@code null}, has no score, or scores lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasScoreAtLeast(double threshold) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    isNotNull();
    if (!requirement.isMetBy(actual.score())) {
      throwAssertionError(shouldHaveScore(actual, requirement));
    }
    return myself;
  }

  /**
   * Verifies that the scorer's output contains a text.
   *
   * <pre>{@code
   * assertThat(result).outputContains("10 passed");
   * }</pre>
   *
   * @param expected the text, case-sensitive
   * @return this assertion
   * @throws AssertionError if the result is {@code null}, or its output is absent or lacks the text
   */
  public SELF outputContains(String expected) {
    requireNonNull(expected, "The expected output must not be null");
    isNotNull();
    if (actual.output() == null || !actual.output().contains(expected)) {
      throwAssertionError(shouldHaveOutputContaining(actual, expected));
    }
    return myself;
  }
}
