package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldBeActive.shouldBeActive;
import static dev.benchgate.assertj.internal.ShouldHaveScoringFunction.shouldHaveScoringFunction;
import static dev.benchgate.assertj.internal.ShouldHaveWeightsSummingToOne.shouldHaveWeightsSummingToOne;
import static dev.benchgate.assertj.internal.ShouldUseScorer.shouldUseScorer;
import static java.util.Objects.requireNonNull;

import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.Scorer;

/**
 * Assertions on a scenario definition ({@link ScenarioView}) and its scoring contract.
 *
 * <pre>{@code
 * assertThat(scenario).isActive().hasScoringFunction("unit-tests").hasWeightsSummingToOne();
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractScenarioAssert<
        SELF extends AbstractScenarioAssert<SELF, ACTUAL>, ACTUAL extends ScenarioView>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * How far from 1 the weights of a scoring contract may sum in {@link #hasWeightsSummingToOne()}:
   * enough for the rounding of decimal weights such as three times {@code 0.1}, far too little for
   * a real mistake.
   */
  public static final double WEIGHT_SUM_TOLERANCE = 1e-6;

  /**
   * Creates the assertion.
   *
   * @param actual the scenario under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractScenarioAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the scoring contract has a scoring function.
   *
   * <pre>{@code
   * assertThat(scenario).hasScoringFunction("unit-tests");
   * }</pre>
   *
   * @param name the scoring function's name
   * @return this assertion
   * @throws AssertionError if the scenario is {@code null} or has no scoring function by that name
   */
  public SELF hasScoringFunction(String name) {
    requireNonNull(name, "The scoring function's name must not be null");
    isNotNull();
    if (actual.scoringContract().scoringFunction(name).isEmpty()) {
      throwAssertionError(shouldHaveScoringFunction(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that at least one scoring function uses a type of scorer.
   *
   * <pre>{@code
   * assertThat(scenario).usesScorer(TestBasedScorer.class);
   * }</pre>
   *
   * @param type the scorer type, e.g. {@code TestBasedScorer.class}
   * @return this assertion
   * @throws AssertionError if the scenario is {@code null} or no scoring function uses the type
   */
  public SELF usesScorer(Class<? extends Scorer> type) {
    requireNonNull(type, "The scorer type must not be null");
    isNotNull();
    boolean used =
        actual.scoringContract().scoringFunctionParameters().stream()
            .anyMatch(function -> type.isInstance(function.scorer()));
    if (!used) {
      throwAssertionError(shouldUseScorer(actual, type));
    }
    return myself;
  }

  /**
   * Verifies that the weights of the scoring functions sum to 1, within {@link
   * #WEIGHT_SUM_TOLERANCE}. A contract without scoring functions sums to 0.
   *
   * <pre>{@code
   * assertThat(scenario).hasWeightsSummingToOne();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the scenario is {@code null} or its weights sum to something else
   */
  public SELF hasWeightsSummingToOne() {
    isNotNull();
    if (Math.abs(actual.scoringContract().totalWeight() - 1) > WEIGHT_SUM_TOLERANCE) {
      throwAssertionError(shouldHaveWeightsSummingToOne(actual, WEIGHT_SUM_TOLERANCE));
    }
    return myself;
  }

  /**
   * Verifies that the scenario is active, not archived.
   *
   * <pre>{@code
   * assertThat(scenario).isActive();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the scenario is {@code null} or its status is not {@code active}
   */
  public SELF isActive() {
    isNotNull();
    if (actual.status() != ScenarioStatus.ACTIVE) {
      throwAssertionError(shouldBeActive(actual));
    }
    return myself;
  }
}
