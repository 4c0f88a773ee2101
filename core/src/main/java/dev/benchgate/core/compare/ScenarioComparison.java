package dev.benchgate.core.compare;

/**
 * One scenario present in both the baseline and the candidate.
 *
 * <pre>{@code
 * for (ScenarioComparison scenario : comparison.regressions(0.1)) {
 *   System.out.println(scenario.scenarioName() + ": " + scenario.describe());
 * }
 * }</pre>
 *
 * @param scenarioId the scenario's id
 * @param scenarioName its name for people (the candidate's, else the baseline's)
 * @param baseline what the baseline says about it
 * @param candidate what the candidate says about it
 */
public record ScenarioComparison(
    String scenarioId, String scenarioName, ScenarioResult baseline, ScenarioResult candidate) {

  /**
   * Tells whether both sides have a score, so that a delta exists.
   *
   * @return {@code true} when baseline and candidate are both scored
   */
  public boolean isPaired() {
    return baseline.isScored() && candidate.isScored();
  }

  /**
   * Returns the change in score from baseline to candidate.
   *
   * @return candidate minus baseline; negative for a regression
   * @throws IllegalStateException when either side has no score (see {@link #isPaired()})
   */
  public double delta() {
    if (!isPaired()) {
      throw new IllegalStateException(
          "Scenario "
              + scenarioName
              + " ("
              + scenarioId
              + ") has no score on both sides: "
              + describe());
    }
    return candidate.meanScore() - baseline.meanScore();
  }

  /**
   * Describes the change for messages.
   *
   * @return e.g. {@code 0.90 → 0.40 (-0.50)} or {@code 0.90 → no score (timeout)}
   */
  public String describe() {
    String change = baseline.describe() + " → " + candidate.describe();
    return isPaired() ? change + String.format(java.util.Locale.ROOT, " (%+.2f)", delta()) : change;
  }
}
