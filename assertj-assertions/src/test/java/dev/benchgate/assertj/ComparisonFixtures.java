package dev.benchgate.assertj;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.util.stream.Stream;

/**
 * Outcomes to compare: a baseline run release-1.4 (bmr_1) and a candidate run nightly (bmr_2),
 * whose scenarios are numbered and named alike on both sides.
 */
final class ComparisonFixtures {
  static final BenchmarkRunView BASELINE_RUN =
      Models.run("bmr_1").named("release-1.4").completed().build();
  static final BenchmarkRunView CANDIDATE_RUN =
      Models.run("bmr_2").named("nightly").completed().build();

  /** The subject of every comparison message about these two runs. */
  static final String BOTH_RUNS =
      "benchmark run nightly (bmr_2) against baseline benchmark run release-1.4 (bmr_1)";

  private ComparisonFixtures() {}

  /** Starts a scenario run of scenario {@code scn_<number>}, named for people. */
  static ScenarioRunBuilder scenario(int number, String name) {
    return Models.scenarioRun("scr_" + number).scenario("scn_" + number).named(name);
  }

  static BenchmarkOutcome baseline(ScenarioRunBuilder... scenarioRuns) {
    return outcome(BASELINE_RUN, scenarioRuns);
  }

  static BenchmarkOutcome candidate(ScenarioRunBuilder... scenarioRuns) {
    return outcome(CANDIDATE_RUN, scenarioRuns);
  }

  static OutcomeComparison compare(BenchmarkOutcome baseline, BenchmarkOutcome candidate) {
    return OutcomeComparison.of(baseline, candidate);
  }

  private static BenchmarkOutcome outcome(BenchmarkRunView run, ScenarioRunBuilder[] scenarioRuns) {
    return Models.outcome(run)
        .scenarioRuns(
            Stream.of(scenarioRuns).map(ScenarioRunBuilder::build).toArray(ScenarioRunView[]::new))
        .build();
  }
}
