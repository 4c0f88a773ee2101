package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.compare.ScenarioComparison;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;

/**
 * The scenarios of a comparison as regression messages list them: in the order the comparison gives
 * (worst first), cut like every list after {@value Offenders#MAX_LISTED} with "and N more". Each
 * line names the scenario with its id, its score on both sides and the change, and marks the
 * candidate's infrastructure outcomes (failed, timed out, canceled, a scorer in error) with the
 * reason a benchmark job gave, so that a broken environment never reads as a worse agent:
 *
 * <pre>
 *   - fix-login-bug (scn_1): 0.90 → 0.40 (-0.50)
 *   - refactor-db (scn_3): 0.70 → no score (timeout) [infrastructure outcome]
 *   - add-cache (scn_2): 0.80 → 0.10 (-0.70) [infrastructure outcome: scorer "unit-tests" ended in error]
 *   - retry-flag (scn_4): 1.00 → no score (failed) [infrastructure outcome: EnvironmentSetupError: devbox failed to start]
 * </pre>
 */
final class ComparedScenarios {
  private ComparedScenarios() {}

  /** Lists scenarios of a comparison present on both sides, each with its change. */
  static String bullets(OutcomeComparison comparison, List<ScenarioComparison> scenarios) {
    return Offenders.bullets(
        scenarios.stream().map(scenario -> line(comparison.candidate(), scenario)).toList());
  }

  /** Lists scenarios of the baseline alone, each with its baseline score. */
  static String baselineOnly(List<ScenarioResult> results) {
    return Offenders.bullets(
        results.stream()
            .map(
                result ->
                    Names.scenarioResult(result)
                        + ": "
                        + escape(result.describe())
                        + " in the baseline")
            .toList());
  }

  private static String line(BenchmarkOutcome candidate, ScenarioComparison scenario) {
    return Names.comparedScenario(scenario)
        + ": "
        + escape(scenario.describe())
        + infrastructureTag(candidate, scenario.candidate());
  }

  /**
   * The tag of the candidate's first scenario run with an infrastructure outcome, if any, with the
   * reason a benchmark job gave for it.
   */
  private static String infrastructureTag(BenchmarkOutcome candidate, ScenarioResult result) {
    return result.runs().stream()
        .map(run -> Explanations.infrastructureTag(run, candidate.failureReason(run)))
        .filter(tag -> !tag.isEmpty())
        .findFirst()
        .orElse("");
  }
}
