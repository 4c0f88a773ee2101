package dev.benchgate.core.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import java.util.List;
import java.util.Map;

/**
 * Builds scenario runs from the ones a legacy benchmark run embeds, for servers that have no
 * scenario-run list. The legacy API embeds only finished scenario runs, with their scoring result
 * and nothing else, so each becomes a {@code completed} scenario run of the benchmark run with that
 * result; devbox, name, times and metadata stay empty. Scenarios still pending have no run yet and
 * are left out.
 *
 * <p>Not API: this package may change in any release.
 */
public final class LegacyScenarioRuns {
  private LegacyScenarioRuns() {}

  /**
   * Returns the scenario runs embedded in a legacy run.
   *
   * @param run a run as the legacy {@code /v1/benchmarks/runs/{id}} returns it
   * @return one completed scenario run per embedded one, in the API's order
   */
  public static List<ScenarioRunView> of(BenchmarkRunView run) {
    return run.legacyScenarioRuns().stream()
        .map(embedded -> scenarioRun(run.id(), embedded))
        .toList();
  }

  private static ScenarioRunView scenarioRun(String benchmarkRunId, LegacyScenarioRun embedded) {
    return new ScenarioRunView(
        embedded.scenarioRunId(),
        embedded.scenarioId(),
        null,
        benchmarkRunId,
        null,
        Map.of(),
        ScenarioRunState.COMPLETED.apiValue(),
        null,
        null,
        null,
        embedded.scoringResult(),
        Map.of(),
        Map.of());
  }
}
