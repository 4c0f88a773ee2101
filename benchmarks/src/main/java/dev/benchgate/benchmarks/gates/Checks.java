package dev.benchgate.benchmarks.gates;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;

/** What each measured gate checks of a scenario run: little, and the same in every gate. */
final class Checks {
  private Checks() {}

  static void scored(ScenarioRunView scenarioRun) {
    if (scenarioRun.state() == ScenarioRunState.SCORED && scenarioRun.score() == null) {
      throw new AssertionError(scenarioRun.id() + " is scored but has no score");
    }
  }
}
