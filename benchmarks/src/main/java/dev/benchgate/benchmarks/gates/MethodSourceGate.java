package dev.benchgate.benchmarks.gates;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peer of {@link ScenarioRunSourceGate} without Benchgate's extension: the same scenario runs,
 * already in memory, named after their scenario as {@code @ScenarioRunSource} names them, through a
 * plain {@code @MethodSource}.
 */
public class MethodSourceGate {
  private static volatile BenchmarkOutcome outcome;

  /**
   * Sets the outcome whose scenario runs the next sessions receive.
   *
   * @param served the outcome
   */
  public static void serve(BenchmarkOutcome served) {
    outcome = served;
  }

  static Stream<Arguments> scenarioRuns() {
    BenchmarkOutcome served = outcome;
    return served.scenarioRuns().stream()
        .map(run -> Arguments.of(Named.of(served.scenarioName(run), run)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioRuns")
  void eachScenario(ScenarioRunView scenarioRun) {
    Checks.scored(scenarioRun);
  }
}
