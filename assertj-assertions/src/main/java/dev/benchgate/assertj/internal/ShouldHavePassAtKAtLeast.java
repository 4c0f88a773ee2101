package dev.benchgate.assertj.internal;

import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of repeated runs whose pass@k or pass^k is too low, that have too few runs to
 * estimate it, or no scenario runs: the estimate, what it is (its estimator, k, the passing score,
 * the scenarios it averages) and the scenarios that pull it down, worst first, with their pass
 * counts.
 *
 * <pre>{@code
 * throwAssertionError(shouldHavePassAtKAtLeast(runs, Estimate.PASS_AT_K, 1, 0.7, 0.5, 0.55));
 * // Expecting 5 repeated runs of benchmark bmd_1 (bmr_1, ...) to have pass@1 of at least 0.7
 * // (the chance that at least one of 1 try passes a scenario, at a score of at least 0.5,
 * // averaged over its 4 scenarios; the unbiased estimator 1 - C(n-c, k)/C(n, k) of Chen et al.
 * // 2021)
 * // but it was 0.55; the scenarios below 1, worst first:
 * //   - c: 0 of 5 runs passed (scenario scn_c), pass@1 0
 * }</pre>
 */
public class ShouldHavePassAtKAtLeast extends BasicErrorMessageFactory {

  /** Which estimate. */
  public enum Estimate {
    /** pass@k, Chen et al. 2021. */
    PASS_AT_K(
        "pass@",
        "the chance that at least one of %s passes a scenario",
        "the unbiased estimator 1 - C(n-c, k)/C(n, k) of Chen et al. 2021"),
    /** pass^k, Yao et al. 2024. */
    PASS_HAT_K(
        "pass^",
        "the chance that all of %s pass a scenario",
        "the estimator C(c, k)/C(n, k) of Yao et al. 2024");

    private final String name;
    private final String meaning;
    private final String source;

    Estimate(String name, String meaning, String source) {
      this.name = name;
      this.meaning = meaning;
      this.source = source;
    }

    /**
     * Estimates one scenario's figure.
     *
     * @param scenario the scenario
     * @param k the tries
     * @return its estimate
     */
    public double of(RepeatedScenario scenario, int k) {
      return this == PASS_AT_K ? scenario.passAtK(k) : scenario.passHatK(k);
    }

    /**
     * Estimates the figure of repeated runs.
     *
     * @param runs the runs
     * @param k the tries
     * @param passingScore the lowest passing score
     * @return the estimate
     */
    public double of(RepeatedOutcome runs, int k, double passingScore) {
      return this == PASS_AT_K ? runs.passAtK(k, passingScore) : runs.passHatK(k, passingScore);
    }

    String name(int k) {
      return name + k;
    }

    String meaning(int k) {
      return k == 1
          ? "the chance that one try passes a scenario"
          : meaning.formatted(Format.count(k, "try", "tries"));
    }
  }

  /**
   * Creates the message of an estimate below the expected value.
   *
   * <pre>{@code
   * throwAssertionError(shouldHavePassAtKAtLeast(runs, Estimate.PASS_AT_K, 1, 0.7, 0.5, actual));
   * }</pre>
   *
   * @param runs the runs
   * @param estimate which estimate
   * @param k the tries
   * @param expected the lowest acceptable value
   * @param passingScore the lowest passing score
   * @param actual the estimate of the runs
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHavePassAtKAtLeast(
      RepeatedOutcome runs,
      Estimate estimate,
      int k,
      double expected,
      double passingScore,
      double actual) {
    List<RepeatedScenario> scenarios = runs.scenarios(passingScore);
    List<String> below =
        RepeatedScenarios.worstFirst(scenarios, scenario -> estimate.of(scenario, k)).stream()
            .filter(scenario -> estimate.of(scenario, k) < 1)
            .map(
                scenario ->
                    RepeatedScenarios.passCount(scenario)
                        + ", "
                        + estimate.name(k)
                        + " "
                        + Format.estimate(estimate.of(scenario, k)))
            .toList();
    return new ShouldHavePassAtKAtLeast(
        runs,
        estimate,
        k,
        expected,
        passingScore,
        scenarios.size(),
        "it was %s; the scenarios below 1, worst first:%s"
            .formatted(Format.lowerBound(actual), Offenders.bullets(below)));
  }

  /**
   * Creates the message of runs too few to estimate k tries, or without scenario runs: a gate that
   * could not judge does not pass.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeAbleToEstimate(runs, Estimate.PASS_AT_K, 6, 0.7, 0.5));
   * }</pre>
   *
   * @param runs the runs
   * @param estimate which estimate
   * @param k the tries
   * @param expected the lowest acceptable value
   * @param passingScore the lowest passing score
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeAbleToEstimate(
      RepeatedOutcome runs, Estimate estimate, int k, double expected, double passingScore) {
    int scenarios = runs.scenarios(passingScore).size();
    String actual =
        scenarios == 0
            ? "its runs have no scenario runs."
            : "%s needs at least %d runs of each scenario, and there %s: estimate k from 1 to %d,"
                    .formatted(
                        estimate.name(k),
                        k,
                        runs.runCount() == 1 ? "is 1" : "are " + runs.runCount(),
                        runs.runCount())
                + " or repeat the benchmark more often.";
    return new ShouldHavePassAtKAtLeast(
        runs, estimate, k, expected, passingScore, scenarios, actual);
  }

  private ShouldHavePassAtKAtLeast(
      RepeatedOutcome runs,
      Estimate estimate,
      int k,
      double expected,
      double passingScore,
      int scenarios,
      String actual) {
    super(
        "%nExpecting %s to have %s of at least %s (%s, at a score of at least %s, averaged over"
            + " its %s; %s)%nbut %s",
        unquotedString(Names.repeatedRuns(runs)),
        unquotedString(estimate.name(k)),
        unquotedString(Format.score(expected)),
        unquotedString(estimate.meaning(k)),
        unquotedString(Format.score(passingScore)),
        unquotedString(Format.count(scenarios, "scenario", "scenarios")),
        unquotedString(estimate.source),
        unquotedString(actual));
  }
}
