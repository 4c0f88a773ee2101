package dev.benchgate.benchmarks.floor;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of joining an outcome: index the definitions by id, compute each scenario run's name
 * once (the scenario's name, else the run's own name, else the scenario id, as {@code
 * BenchmarkOutcome#scenarioName} names it), and sort by name, then id.
 *
 * <pre>{@code
 * List<ScenarioRunView> ordered = NameSort.sort(scenarioRuns, scenarios);
 * }</pre>
 */
public final class NameSort {
  private NameSort() {}

  private record Named(String name, ScenarioRunView scenarioRun) {}

  private static final Comparator<Named> ORDER =
      Comparator.comparing(Named::name)
          .thenComparing(
              named -> named.scenarioRun().id(), Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Orders scenario runs by scenario name, then id.
   *
   * @param scenarioRuns the scenario runs
   * @param scenarios their definitions
   * @return the scenario runs in order
   */
  public static List<ScenarioRunView> sort(
      Collection<ScenarioRunView> scenarioRuns, Collection<ScenarioView> scenarios) {
    Map<String, String> names = new HashMap<>(scenarios.size() * 2);
    for (ScenarioView scenario : scenarios) {
      names.put(scenario.id(), scenario.name());
    }
    Named[] named = new Named[scenarioRuns.size()];
    int i = 0;
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      named[i++] = new Named(name(scenarioRun, names), scenarioRun);
    }
    Arrays.sort(named, ORDER);
    List<ScenarioRunView> ordered = new ArrayList<>(named.length);
    for (Named each : named) {
      ordered.add(each.scenarioRun());
    }
    return ordered;
  }

  private static String name(ScenarioRunView scenarioRun, Map<String, String> names) {
    String name = names.get(scenarioRun.scenarioId());
    if (name != null && !name.isBlank()) {
      return name;
    }
    String own = scenarioRun.name();
    return own != null && !own.isBlank() ? own : scenarioRun.scenarioId();
  }
}
