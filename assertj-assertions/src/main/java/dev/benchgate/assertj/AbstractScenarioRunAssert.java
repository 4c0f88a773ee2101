package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldBeScored.shouldBeScored;
import static dev.benchgate.assertj.internal.ShouldHaveDurationAtMost.shouldHaveDurationAtMost;
import static dev.benchgate.assertj.internal.ShouldHaveScore.shouldHaveScore;
import static dev.benchgate.assertj.internal.ShouldHaveState.shouldHaveState;
import static dev.benchgate.assertj.internal.ShouldNotBeInfrastructureFailure.shouldNotBeInfrastructureFailure;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import java.time.Duration;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.data.Offset;

/**
 * Assertions on one {@link ScenarioRunView}: one scenario, not an aggregate. Failure messages say
 * why a missing score is missing and tell infrastructure outcomes (failed, timed out, canceled, a
 * scorer in error) apart from low scores.
 *
 * <pre>{@code
 * assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractScenarioRunAssert<
        SELF extends AbstractScenarioRunAssert<SELF, ACTUAL>, ACTUAL extends ScenarioRunView>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the scenario run under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractScenarioRunAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the scenario run is in a state.
   *
   * <pre>{@code
   * assertThat(scenarioRun).hasState(ScenarioRunState.SCORED);
   * }</pre>
   *
   * @param expected the expected state
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null} or in another state
   */
  public SELF hasState(ScenarioRunState expected) {
    requireNonNull(expected, "The expected state must not be null");
    isNotNull();
    if (actual.state() != expected) {
      throwAssertionError(shouldHaveState(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the scenario run was scored: it is in state {@code scored} or {@code completed},
   * and its scoring result has a total score.
   *
   * <pre>{@code
   * assertThat(scenarioRun).isScored();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null} or not scored
   */
  public SELF isScored() {
    isNotNull();
    boolean finishedNormally =
        actual.state() == ScenarioRunState.SCORED || actual.state() == ScenarioRunState.COMPLETED;
    if (!finishedNormally || actual.score() == null) {
      throwAssertionError(shouldBeScored(actual));
    }
    return myself;
  }

  /**
   * Verifies that the scenario run did not fail, time out or get canceled, and that none of its
   * scorers ended in error. A scenario run still in progress passes.
   *
   * <pre>{@code
   * assertThat(scenarioRun).isNotInfrastructureFailure();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null} or has an infrastructure outcome
   */
  public SELF isNotInfrastructureFailure() {
    isNotNull();
    if (actual.state().isInfrastructureFailure() || actual.hasScoringErrors()) {
      throwAssertionError(shouldNotBeInfrastructureFailure(actual));
    }
    return myself;
  }

  /**
   * Verifies that the scenario run's score is at least a threshold.
   *
   * <pre>{@code
   * assertThat(scenarioRun).hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param threshold the lowest passing score, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null}, has no score, or scores lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasScoreAtLeast(double threshold) {
    return hasScoreMeeting(ScoreRequirement.atLeast(threshold));
  }

  /**
   * Verifies that the scenario run's score is close to an expected value, the distance computed in
   * decimal rather than binary floating point, so that 0.75 is within 0.05 of 0.8; a strict offset
   * excludes the bounds.
   *
   * <pre>{@code
   * assertThat(scenarioRun).hasScoreCloseTo(0.8, within(0.05));
   * }</pre>
   *
   * @param expected the expected score, from 0 to 1
   * @param offset how far the score may be from it
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null}, has no score, or scores too far off
   * @throws IllegalArgumentException if the expected score is not between 0 and 1
   */
  public SELF hasScoreCloseTo(double expected, Offset<Double> offset) {
    return hasScoreMeeting(ScoreRequirement.closeTo(expected, offset));
  }

  /**
   * Verifies that the scenario run took at most a duration.
   *
   * <pre>{@code
   * assertThat(scenarioRun).hasDurationAtMost(Duration.ofMinutes(10));
   * }</pre>
   *
   * @param max the longest it may take
   * @return this assertion
   * @throws AssertionError if the scenario run is {@code null}, reports no duration, or took longer
   */
  public SELF hasDurationAtMost(Duration max) {
    requireNonNull(max, "The maximum duration must not be null");
    isNotNull();
    if (actual.duration().filter(took -> took.compareTo(max) <= 0).isEmpty()) {
      throwAssertionError(shouldHaveDurationAtMost(actual, max));
    }
    return myself;
  }

  /**
   * Navigates to the result of one scoring function. Navigation asserts nothing by itself: when
   * there is no such result, the assertions chained after it fail, their description saying what
   * was looked for. Under soft assertions, the failures of the chained assertions are collected.
   *
   * <pre>{@code
   * assertThat(scenarioRun).scoringFunction("unit-tests").isComplete().hasScoreAtLeast(0.5);
   * }</pre>
   *
   * @param name the scoring function's name, as in the scenario's scoring contract
   * @return an assertion on the scoring function's result
   * @throws AssertionError if the scenario run is {@code null}
   */
  public ScoringFunctionResultAssert scoringFunction(String name) {
    requireNonNull(name, "The scoring function's name must not be null");
    isNotNull();
    Navigation.Target<ScoringFunctionResult> target =
        Navigation.scoringFunction(actual, name, descriptionText());
    AssertFactory<Object, ScoringFunctionResultAssert> scoringFunctionResultAssert =
        BenchgateInstanceOfAssertFactories.SCORING_FUNCTION_RESULT;
    return extracting(scenarioRun -> target.value(), scoringFunctionResultAssert)
        .as(target.description());
  }

  private SELF hasScoreMeeting(ScoreRequirement requirement) {
    isNotNull();
    if (!requirement.isMetBy(actual.score())) {
      throwAssertionError(shouldHaveScore(actual, requirement));
    }
    return myself;
  }
}
