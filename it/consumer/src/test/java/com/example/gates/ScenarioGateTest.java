package com.example.gates;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.junit.ScenarioRunSource;
import org.junit.jupiter.params.ParameterizedTest;

/** One test per scenario run of the snapshot. */
class ScenarioGateTest {
  @ParameterizedTest(name = "{0}")
  @ScenarioRunSource("classpath:snapshots/nightly.json")
  void eachScenario(ScenarioRunView scenarioRun) {
    assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
  }
}
