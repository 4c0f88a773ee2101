package dev.benchgate.assertj;

import static dev.benchgate.assertj.internal.ShouldHaveAtMostFlakyScenarios.shouldHaveAtMostFlakyScenarios;
import static dev.benchgate.assertj.internal.ShouldHaveMeanScoreAtLeast.shouldHaveMeanScoreAtLeast;
import static dev.benchgate.assertj.internal.ShouldHavePassAtKAtLeast.shouldBeAbleToEstimate;
import static dev.benchgate.assertj.internal.ShouldHavePassAtKAtLeast.shouldHavePassAtKAtLeast;
import static dev.benchgate.assertj.internal.ShouldHaveRunCount.shouldHaveRunCount;
import static java.util.Objects.requireNonNull;

import dev.benchgate.assertj.internal.ScoreRequirement;
import dev.benchgate.assertj.internal.ShouldHavePassAtKAtLeast.Estimate;
import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.util.List;

/**
 * Assertions on a {@link RepeatedOutcome}: several runs of one agent on one benchmark, judged by
 * how reliably the agent solves each scenario. pass@k is the chance that at least one of k tries
 * solves a scenario (Chen et al. 2021), pass^k the chance that all k do (Yao et al. 2024), each the
 * unbiased estimate from the runs' pass counts averaged over scenarios; a flaky scenario passes in
 * some runs and not in others. Every run is one try at every scenario, and a try without a score
 * (an infrastructure outcome, or no scenario run) does not pass; see {@link RepeatedOutcome} for
 * the formulas.
 *
 * <p>A scenario run passes at a score of at least {@link RepeatedOutcome#DEFAULT_PASSING_SCORE}
 * ({@value RepeatedOutcome#DEFAULT_PASSING_SCORE}) unless a gate is given another with {@code
 * atScore(…)}, give or take core's one tolerance. A gate that cannot estimate its figure (k larger
 * than the number of runs, or runs without scenario runs) fails: it could not judge.
 *
 * <pre>{@code
 * assertThat(runs).hasRunCount(5)
 *                 .hasPassAtKAtLeast(1, 0.7)
 *                 .hasPassHatKAtLeast(5, 0.5, atScore(1.0))
 *                 .hasAtMostFlakyScenarios(3)
 *                 .hasMeanScoreAtLeast(0.7, withConfidence(0.95));
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractRepeatedOutcomeAssert<
        SELF extends AbstractRepeatedOutcomeAssert<SELF, ACTUAL>, ACTUAL extends RepeatedOutcome>
    extends AbstractBenchgateAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the runs under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractRepeatedOutcomeAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies the number of runs.
   *
   * <pre>{@code
   * assertThat(runs).hasRunCount(5);
   * }</pre>
   *
   * @param expected the expected number of runs
   * @return this assertion
   * @throws AssertionError if the runs are {@code null} or another number
   * @throws IllegalArgumentException if {@code expected} is below 1
   */
  public SELF hasRunCount(int expected) {
    if (expected < 1) {
      throw new IllegalArgumentException(
          "The expected number of runs must be at least 1, but was " + expected);
    }
    isNotNull();
    if (actual.runCount() != expected) {
      throwAssertionError(shouldHaveRunCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies pass@k at the default passing score; see {@link #hasPassAtKAtLeast(int, double,
   * PassingScore)}.
   *
   * <pre>{@code
   * assertThat(runs).hasPassAtKAtLeast(1, 0.7);
   * }</pre>
   *
   * @param k the tries, at least 1
   * @param value the lowest acceptable pass@k, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, fewer than k, have no scenario runs, or
   *     their pass@k is lower
   * @throws IllegalArgumentException if k is below 1 or the value is not between 0 and 1
   */
  public SELF hasPassAtKAtLeast(int k, double value) {
    return hasPassAtKAtLeast(k, value, new PassingScore(RepeatedOutcome.DEFAULT_PASSING_SCORE));
  }

  /**
   * Verifies pass@k: the mean over scenarios of 1 − C(n−c, k)/C(n, k), with n runs of which c
   * passed the scenario, the unbiased estimate of the chance that at least one of k tries solves a
   * scenario (Chen et al. 2021, arXiv:2107.03374). pass@1 is the expected pass rate of one try. The
   * message lists the scenarios below 1, worst first, with their pass counts.
   *
   * <pre>{@code
   * assertThat(runs).hasPassAtKAtLeast(3, 0.9, atScore(1.0));
   * }</pre>
   *
   * @param k the tries, at least 1
   * @param value the lowest acceptable pass@k, from 0 to 1
   * @param passingScore the score a scenario run needs to pass, from {@link
   *     BenchgateAssertions#atScore(double)}
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, fewer than k, have no scenario runs, or
   *     their pass@k is lower
   * @throws IllegalArgumentException if k is below 1 or the value is not between 0 and 1
   */
  public SELF hasPassAtKAtLeast(int k, double value, PassingScore passingScore) {
    return hasEstimateAtLeast(Estimate.PASS_AT_K, k, value, passingScore);
  }

  /**
   * Verifies pass^k at the default passing score; see {@link #hasPassHatKAtLeast(int, double,
   * PassingScore)}.
   *
   * <pre>{@code
   * assertThat(runs).hasPassHatKAtLeast(5, 0.5);
   * }</pre>
   *
   * @param k the tries, at least 1
   * @param value the lowest acceptable pass^k, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, fewer than k, have no scenario runs, or
   *     their pass^k is lower
   * @throws IllegalArgumentException if k is below 1 or the value is not between 0 and 1
   */
  public SELF hasPassHatKAtLeast(int k, double value) {
    return hasPassHatKAtLeast(k, value, new PassingScore(RepeatedOutcome.DEFAULT_PASSING_SCORE));
  }

  /**
   * Verifies pass^k: the mean over scenarios of C(c, k)/C(n, k), the chance that all of k tries
   * solve a scenario (Yao et al. 2024, τ-bench, arXiv:2406.12045): how reliably, not how often, the
   * agent solves it. The message lists the scenarios below 1, worst first, with their pass counts.
   *
   * <pre>{@code
   * assertThat(runs).hasPassHatKAtLeast(5, 0.5, atScore(1.0));
   * }</pre>
   *
   * @param k the tries, at least 1
   * @param value the lowest acceptable pass^k, from 0 to 1
   * @param passingScore the score a scenario run needs to pass, from {@link
   *     BenchgateAssertions#atScore(double)}
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, fewer than k, have no scenario runs, or
   *     their pass^k is lower
   * @throws IllegalArgumentException if k is below 1 or the value is not between 0 and 1
   */
  public SELF hasPassHatKAtLeast(int k, double value, PassingScore passingScore) {
    return hasEstimateAtLeast(Estimate.PASS_HAT_K, k, value, passingScore);
  }

  private SELF hasEstimateAtLeast(
      Estimate estimate, int k, double value, PassingScore passingScore) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, but was " + k);
    }
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "The lowest acceptable estimate must be between 0 and 1, but was " + value);
    }
    requireNonNull(passingScore, "The passing score must not be null");
    isNotNull();
    double passing = passingScore.score();
    if (k > actual.runCount() || actual.scenarios(passing).isEmpty()) {
      throwAssertionError(shouldBeAbleToEstimate(actual, estimate, k, value, passing));
    }
    double figure = estimate.of(actual, k, passing);
    if (!ScoreRequirement.atLeast(value).isMetBy(figure)) {
      throwAssertionError(shouldHavePassAtKAtLeast(actual, estimate, k, value, passing, figure));
    }
    return myself;
  }

  /**
   * Verifies that at most a number of scenarios are flaky at the default passing score; see {@link
   * #hasAtMostFlakyScenarios(int, PassingScore)}.
   *
   * <pre>{@code
   * assertThat(runs).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param max the most flaky scenarios allowed
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, have no scenario runs, or more scenarios
   *     are flaky
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SELF hasAtMostFlakyScenarios(int max) {
    return hasAtMostFlakyScenarios(max, new PassingScore(RepeatedOutcome.DEFAULT_PASSING_SCORE));
  }

  /**
   * Verifies that at most a number of scenarios are flaky: that pass in some runs and not in
   * others. A try without a score does not pass, so a scenario whose devbox fails to start in one
   * run of five is flaky too: to a build, both are unreliable. The message lists each flaky
   * scenario by name with its pass count, worst first, and the tries that did not pass with why
   * ({@code retry-flag: 2 of 5 runs passed (scenario scn_b2); not in bmr_2: score 0.2, …}).
   *
   * <pre>{@code
   * assertThat(runs).hasAtMostFlakyScenarios(0, atScore(1.0));
   * }</pre>
   *
   * @param max the most flaky scenarios allowed
   * @param passingScore the score a scenario run needs to pass, from {@link
   *     BenchgateAssertions#atScore(double)}
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, have no scenario runs, or more scenarios
   *     are flaky
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SELF hasAtMostFlakyScenarios(int max, PassingScore passingScore) {
    if (max < 0) {
      throw new IllegalArgumentException(
          "The most flaky scenarios allowed must not be negative, but was " + max);
    }
    requireNonNull(passingScore, "The passing score must not be null");
    isNotNull();
    double passing = passingScore.score();
    List<RepeatedScenario> flaky = actual.flakyScenarios(passing);
    if (flaky.size() > max || actual.scenarios(passing).isEmpty()) {
      throwAssertionError(shouldHaveAtMostFlakyScenarios(actual, max, passing, flaky));
    }
    return myself;
  }

  /**
   * Verifies the mean score over every scenario run of every run, a scenario run without a score
   * counting as 0. The message lists the scenarios whose own mean is below the threshold.
   *
   * <pre>{@code
   * assertThat(runs).hasMeanScoreAtLeast(0.7);
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, have no scenario runs, or their mean is
   *     lower
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    isNotNull();
    MeanScore mean = meanScore();
    if (mean == null || !requirement.isMetBy(mean.mean())) {
      throwAssertionError(shouldHaveMeanScoreAtLeast(actual, threshold, mean));
    }
    return myself;
  }

  /**
   * Verifies the mean score over every scenario run of every run with a confidence: its one-sided
   * lower confidence bound must be at least the threshold. Repeating runs narrows the standard
   * error only as far as the scenarios allow, so it is clustered by scenario (Miller 2024, "Adding
   * Error Bars to Evals"), with one degree of freedom fewer than there are scenarios; see {@link
   * MeanScore}.
   *
   * <pre>{@code
   * assertThat(runs).hasMeanScoreAtLeast(0.7, withConfidence(0.95));
   * }</pre>
   *
   * @param threshold the lowest acceptable mean, from 0 to 1
   * @param confidence how sure the bound must be, from {@link BenchgateAssertions#withConfidence}
   * @return this assertion
   * @throws AssertionError if the runs are {@code null}, have no scenario runs, or the lower bound
   *     of their mean is below the threshold
   * @throws IllegalArgumentException if the threshold is not between 0 and 1
   */
  public SELF hasMeanScoreAtLeast(double threshold, Confidence confidence) {
    ScoreRequirement requirement = ScoreRequirement.atLeast(threshold);
    requireNonNull(confidence, "The confidence must not be null");
    isNotNull();
    MeanScore mean = meanScore();
    if (mean == null || !requirement.isMetBy(mean.lowerBound(confidence.level()))) {
      throwAssertionError(shouldHaveMeanScoreAtLeast(actual, threshold, confidence.level(), mean));
    }
    return myself;
  }

  private MeanScore meanScore() {
    return actual.runs().stream().allMatch(run -> run.scenarioRuns().isEmpty())
        ? null
        : actual.meanScore();
  }
}
