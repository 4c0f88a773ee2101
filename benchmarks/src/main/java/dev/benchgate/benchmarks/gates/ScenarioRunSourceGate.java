package dev.benchgate.benchmarks.gates;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.junit.ScenarioRunSource;
import org.junit.jupiter.params.ParameterizedTest;

/** One invocation per scenario run of the configured run, as the README's gate has it. */
public class ScenarioRunSourceGate {
  @ParameterizedTest(name = "{0}")
  @ScenarioRunSource
  void eachScenario(ScenarioRunView scenarioRun) {
    Checks.scored(scenarioRun);
  }
}
