package dev.benchgate.assertj;

import dev.benchgate.core.model.ScenarioView;

/**
 * Assertions on a {@link ScenarioView}; see {@link AbstractScenarioAssert} for them.
 *
 * <pre>{@code
 * assertThat(scenario).isActive().hasWeightsSummingToOne();
 * }</pre>
 */
public class ScenarioAssert extends AbstractScenarioAssert<ScenarioAssert, ScenarioView> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(ScenarioView)}.
   *
   * <pre>{@code
   * new ScenarioAssert(scenario).isActive();
   * }</pre>
   *
   * @param actual the scenario under test, may be {@code null}
   */
  public ScenarioAssert(ScenarioView actual) {
    super(actual, ScenarioAssert.class);
  }
}
