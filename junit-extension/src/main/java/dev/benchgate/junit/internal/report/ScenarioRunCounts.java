package dev.benchgate.junit.internal.report;

import dev.benchgate.core.model.ScenarioRunView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts scenario runs by state for messages and reports, so that infrastructure failures ({@code
 * failed}, {@code timeout}, {@code canceled}) show apart from scored runs. States are the API's own
 * words, so one this version does not know still shows as the API sent it.
 *
 * <pre>{@code
 * ScenarioRunCounts.byState(outcome.scenarioRuns())  // "1 failed, 2 scored"
 * }</pre>
 */
public final class ScenarioRunCounts {
  private ScenarioRunCounts() {}

  /**
   * Counts scenario runs by state.
   *
   * @param scenarioRuns the scenario runs
   * @return e.g. {@code "1 failed, 2 scored"}, states in alphabetical order; {@code "none"} for no
   *     scenario runs
   */
  public static String byState(List<ScenarioRunView> scenarioRuns) {
    if (scenarioRuns.isEmpty()) {
      return "none";
    }
    Map<String, Long> counts =
        scenarioRuns.stream()
            .collect(
                Collectors.groupingBy(
                    scenarioRun ->
                        scenarioRun.stateValue() == null ? "stateless" : scenarioRun.stateValue(),
                    TreeMap::new,
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(count -> count.getValue() + " " + count.getKey())
        .collect(Collectors.joining(", "));
  }
}
