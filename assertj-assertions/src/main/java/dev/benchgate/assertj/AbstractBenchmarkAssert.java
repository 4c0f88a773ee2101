package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldBeActive.shouldBeActive;
import static dev.benchgate.assertj.internal.ShouldContainScenario.shouldContainScenario;
import static dev.benchgate.assertj.internal.ShouldHaveScenarioCount.shouldHaveScenarioCount;
import static java.util.Objects.requireNonNull;

import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioStatus;

/**
 * Assertions on a benchmark definition ({@link BenchmarkView}).
 *
 * <pre>{@code
 * assertThat(benchmark).isActive().hasScenarioCount(50).containsScenario("scn_123");
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractBenchmarkAssert<
        SELF extends AbstractBenchmarkAssert<SELF, ACTUAL>, ACTUAL extends BenchmarkView>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the benchmark under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchmarkAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies the number of scenarios.
   *
   * <pre>{@code
   * assertThat(benchmark).hasScenarioCount(50);
   * }</pre>
   *
   * @param expected the expected number
   * @return this assertion
   * @throws AssertionError if the benchmark is {@code null} or has another number of scenarios
   * @throws IllegalArgumentException if {@code expected} is negative
   */
  public SELF hasScenarioCount(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException(
          "The expected number of scenarios must not be negative, but was " + expected);
    }
    isNotNull();
    if (actual.scenarioIds().size() != expected) {
      throwAssertionError(shouldHaveScenarioCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the benchmark contains a scenario. A benchmark knows its scenarios by id only.
   *
   * <pre>{@code
   * assertThat(benchmark).containsScenario("scn_123");
   * }</pre>
   *
   * @param scenarioId the scenario's id ({@code scn_…})
   * @return this assertion
   * @throws AssertionError if the benchmark is {@code null} or lacks the scenario
   */
  public SELF containsScenario(String scenarioId) {
    requireNonNull(scenarioId, "The scenario id must not be null");
    isNotNull();
    if (!actual.scenarioIds().contains(scenarioId)) {
      throwAssertionError(shouldContainScenario(actual, scenarioId));
    }
    return myself;
  }

  /**
   * Verifies that the benchmark is active, not archived.
   *
   * <pre>{@code
   * assertThat(benchmark).isActive();
   * }</pre>
   *
   * @return this assertion
   * @throws AssertionError if the benchmark is {@code null} or its status is not {@code active}
   */
  public SELF isActive() {
    isNotNull();
    if (actual.status() != ScenarioStatus.ACTIVE) {
      throwAssertionError(shouldBeActive(actual));
    }
    return myself;
  }
}
