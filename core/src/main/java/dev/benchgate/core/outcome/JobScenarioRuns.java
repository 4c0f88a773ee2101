package dev.benchgate.core.outcome;

import dev.benchgate.core.model.JobScenarioOutcomeState;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins a run's scenario runs with a benchmark job's scenario outcomes of that run, synthesizing a
 * scenario run for each outcome that has none (see {@link
 * BenchmarkOutcome#withJobScenarioOutcomes(Collection)}).
 *
 * <p>Why a synthesized scenario run rather than a list of its own beside the scenario runs: every
 * gate, report and comparison Benchgate has (and every one users wrote) reads {@link
 * BenchmarkOutcome#scenarioRuns()}, so a setup failure counts wherever a failed scenario run
 * counts, with nothing to remember. Its id marks it, so that it is told apart from the API's
 * scenario runs wherever it goes, a snapshot included, and joining again replaces it.
 *
 * @param scenarioRuns the run's scenario runs and the synthesized ones
 * @param reported the job's scenario outcome of each scenario run it reported on, by scenario run
 *     id
 */
record JobScenarioRuns(
    List<ScenarioRunView> scenarioRuns, Map<String, JobScenarioOutcomeView> reported) {

  /** What a synthesized scenario run's id starts with; the API's ids start with {@code scr_}. */
  static final String SYNTHESIZED_ID_PREFIX = "no-run:";

  static boolean isSynthesized(ScenarioRunView scenarioRun) {
    return scenarioRun.id() != null && scenarioRun.id().startsWith(SYNTHESIZED_ID_PREFIX);
  }

  static JobScenarioRuns join(
      String benchmarkRunId,
      Collection<ScenarioRunView> scenarioRuns,
      Collection<JobScenarioOutcomeView> scenarioOutcomes) {
    List<ScenarioRunView> joined = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (ScenarioRunView scenarioRun : scenarioRuns) {
      if (!isSynthesized(scenarioRun)) {
        joined.add(scenarioRun);
        listed.add(scenarioRun.id());
      }
    }
    Map<String, JobScenarioOutcomeView> reported = new LinkedHashMap<>();
    for (JobScenarioOutcomeView scenarioOutcome : scenarioOutcomes) {
      if (scenarioOutcome.hasScenarioRun() && listed.contains(scenarioOutcome.scenarioRunId())) {
        reported.put(scenarioOutcome.scenarioRunId(), scenarioOutcome);
        continue;
      }
      String id = synthesizedId(scenarioOutcome, reported.keySet());
      joined.add(synthesized(id, benchmarkRunId, scenarioOutcome));
      reported.put(id, scenarioOutcome);
    }
    return new JobScenarioRuns(joined, reported);
  }

  /** {@code no-run:scn_1}; {@code no-run:scn_1#2} for a second outcome of one scenario. */
  private static String synthesizedId(JobScenarioOutcomeView scenarioOutcome, Set<String> taken) {
    String base = SYNTHESIZED_ID_PREFIX + scenarioOutcome.scenarioDefinitionId();
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "#" + n;
    }
    return id;
  }

  private static ScenarioRunView synthesized(
      String id, String benchmarkRunId, JobScenarioOutcomeView scenarioOutcome) {
    return new ScenarioRunView(
        id,
        scenarioOutcome.scenarioDefinitionId(),
        null,
        benchmarkRunId,
        scenarioOutcome.scenarioName(),
        Map.of(),
        scenarioRunState(scenarioOutcome),
        null,
        scenarioOutcome.durationMs(),
        null,
        scenarioOutcome.score() == null
            ? null
            : new ScoringContractResult(scenarioOutcome.score(), List.of()),
        Map.of(),
        Map.of());
  }

  /** The scenario-run state of the same meaning; an unknown one as the job spelled it. */
  private static String scenarioRunState(JobScenarioOutcomeView scenarioOutcome) {
    JobScenarioOutcomeState state = scenarioOutcome.state();
    if (state != JobScenarioOutcomeState.UNRECOGNIZED) {
      return state.scenarioRunState().apiValue();
    }
    String raw = scenarioOutcome.stateValue();
    return raw == null ? null : raw.toLowerCase(Locale.ROOT);
  }
}
