package dev.benchgate.assertj;

import dev.benchgate.core.model.ScenarioRunView;

/**
 * Assertions on a {@link ScenarioRunView}; see {@link AbstractScenarioRunAssert} for them.
 *
 * <pre>{@code
 * assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
 * }</pre>
 */
public class ScenarioRunAssert
    extends AbstractScenarioRunAssert<ScenarioRunAssert, ScenarioRunView> {

  /**
   * Creates the assertion; prefer {@link BenchgateAssertions#assertThat(ScenarioRunView)}.
   *
   * <pre>{@code
   * new ScenarioRunAssert(scenarioRun).isScored();
   * }</pre>
   *
   * @param actual the scenario run under test, may be {@code null}
   */
  public ScenarioRunAssert(ScenarioRunView actual) {
    super(actual, ScenarioRunAssert.class);
  }
}
