package dev.benchgate.core.repeated;

import java.util.List;
import java.util.Objects;

/**
 * One scenario across repeated runs of an agent, judged at a passing score: how many of the runs
 * passed it, and its pass@k and pass^k ({@link PassAtK}). Every run is one try: a run that failed,
 * timed out or was canceled on the scenario, or did not run it at all, is a try that did not pass,
 * so that a scenario is never judged on the runs that happened to work.
 *
 * <pre>{@code
 * for (RepeatedScenario scenario : runs.flakyScenarios(0.5)) {
 *   System.out.println(scenario.describe()); // retry-flag: 2 of 5 runs passed
 * }
 * }</pre>
 *
 * @param scenarioId the scenario's id
 * @param scenarioName its name, as the newest run that ran it names it
 * @param passingScore the lowest score that passes
 * @param attempts one per run, in the runs' order (oldest first)
 */
public record RepeatedScenario(
    String scenarioId, String scenarioName, double passingScore, List<ScenarioAttempt> attempts) {

  /** Copies the attempts and rejects a scenario without any. */
  public RepeatedScenario {
    Objects.requireNonNull(scenarioId, "scenarioId");
    Objects.requireNonNull(scenarioName, "scenarioName");
    attempts = List.copyOf(attempts);
    if (attempts.isEmpty()) {
      throw new IllegalArgumentException("Scenario " + scenarioId + " needs at least one run");
    }
  }

  /**
   * Returns n, the number of runs: every run is one try at the scenario.
   *
   * @return the number of runs, at least one
   */
  public int runs() {
    return attempts.size();
  }

  /**
   * Returns c, the number of runs that passed the scenario.
   *
   * @return from 0 to {@link #runs()}
   */
  public int passed() {
    return (int) attempts.stream().filter(attempt -> attempt.passes(passingScore)).count();
  }

  /**
   * Returns how many runs ended the scenario in an infrastructure outcome (failed, timed out,
   * canceled, a setup failure of a job), which count as tries that did not pass.
   *
   * @return the number of such runs
   */
  public int infrastructureFailures() {
    return (int) attempts.stream().filter(ScenarioAttempt::isInfrastructureFailure).count();
  }

  /**
   * Returns how many runs did not run the scenario, which count as tries that did not pass.
   *
   * @return the number of such runs
   */
  public int missing() {
    return (int) attempts.stream().filter(ScenarioAttempt::isMissing).count();
  }

  /**
   * Tells whether the scenario passed in some runs and not in others.
   *
   * @return {@code true} when {@code 0 < passed() < runs()}
   */
  public boolean isFlaky() {
    int passed = passed();
    return passed > 0 && passed < runs();
  }

  /**
   * Estimates this scenario's pass@k, 1 − C(n−c, k)/C(n, k) (see {@link PassAtK#passAtK}).
   *
   * @param k the tries, from 1 to {@link #runs()}
   * @return the estimate, from 0 to 1
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public double passAtK(int k) {
    return PassAtK.passAtK(runs(), passed(), k);
  }

  /**
   * Estimates this scenario's pass^k, C(c, k)/C(n, k) (see {@link PassAtK#passHatK}).
   *
   * @param k the tries, from 1 to {@link #runs()}
   * @return the estimate, from 0 to 1
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public double passHatK(int k) {
    return PassAtK.passHatK(runs(), passed(), k);
  }

  /**
   * Describes the scenario's pass count, for messages and reports.
   *
   * @return e.g. {@code "retry-flag: 2 of 5 runs passed"}
   */
  public String describe() {
    return scenarioName
        + ": "
        + passed()
        + " of "
        + runs()
        + (runs() == 1 ? " run" : " runs")
        + " passed";
  }
}
