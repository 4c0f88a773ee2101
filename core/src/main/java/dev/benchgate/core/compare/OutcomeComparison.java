package dev.benchgate.core.compare;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A candidate outcome compared with a baseline, scenario by scenario. Pure and immutable: it does
 * no I/O, and every figure is reproducible (resampling uses a fixed seed).
 *
 * <p>Scenario runs are paired by scenario id, never by position. When an outcome holds several runs
 * of one scenario they are averaged into one {@link ScenarioResult}, which says so ({@link
 * ScenarioResult#isAggregated()}). A scenario without a score on one side (failed, timed out,
 * canceled) is not a score of 0: it takes no part in deltas and means, and is reported through
 * {@link #newInfrastructureFailures()} instead, so that broken infrastructure never reads as a
 * worse agent.
 *
 * <pre>{@code
 * OutcomeComparison comparison = OutcomeComparison.of(baseline, candidate);
 * comparison.regressions(0.2).forEach(s -> System.out.println(s.scenarioName() + " " + s.describe()));
 * if (comparison.scoreChangePValue() < 0.05) { ... }
 * }</pre>
 */
public final class OutcomeComparison {
  /**
   * How far a score change may lie beyond a limit and still count as at the limit. Scores are
   * binary doubles: 0.7 - 0.9 is -0.20000000000000007, and a drop that prints as -0.20 must not
   * fail a margin of 0.2.
   */
  public static final double SCORE_TOLERANCE = 1e-9;

  /** The confidence level of {@link #meanScoreDeltaInterval()}. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final BenchmarkOutcome baseline;
  private final BenchmarkOutcome candidate;
  private final List<ScenarioComparison> scenarios;
  private final List<ScenarioResult> missingScenarios;
  private final List<ScenarioResult> newScenarios;

  private OutcomeComparison(
      BenchmarkOutcome baseline,
      BenchmarkOutcome candidate,
      List<ScenarioComparison> scenarios,
      List<ScenarioResult> missingScenarios,
      List<ScenarioResult> newScenarios) {
    this.baseline = baseline;
    this.candidate = candidate;
    this.scenarios = scenarios;
    this.missingScenarios = missingScenarios;
    this.newScenarios = newScenarios;
  }

  /**
   * Compares a candidate with a baseline.
   *
   * @param baseline the reference outcome, e.g. the last release's run
   * @param candidate the outcome under test
   * @return the comparison
   */
  public static OutcomeComparison of(BenchmarkOutcome baseline, BenchmarkOutcome candidate) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    Map<String, ScenarioResult> before = ScenarioResult.byScenario(baseline);
    Map<String, ScenarioResult> after = ScenarioResult.byScenario(candidate);
    List<ScenarioComparison> paired = new ArrayList<>();
    List<ScenarioResult> missing = new ArrayList<>();
    for (ScenarioResult result : before.values()) {
      ScenarioResult counterpart = after.get(result.scenarioId());
      if (counterpart == null) {
        missing.add(result);
      } else {
        paired.add(
            new ScenarioComparison(
                result.scenarioId(), counterpart.scenarioName(), result, counterpart));
      }
    }
    List<ScenarioResult> added = new ArrayList<>();
    for (ScenarioResult result : after.values()) {
      if (!before.containsKey(result.scenarioId())) {
        added.add(result);
      }
    }
    paired.sort(Comparator.comparing(ScenarioComparison::scenarioName));
    return new OutcomeComparison(
        baseline, candidate, List.copyOf(paired), List.copyOf(missing), List.copyOf(added));
  }

  /**
   * Returns the baseline.
   *
   * @return the baseline outcome
   */
  public BenchmarkOutcome baseline() {
    return baseline;
  }

  /**
   * Returns the candidate.
   *
   * @return the candidate outcome
   */
  public BenchmarkOutcome candidate() {
    return candidate;
  }

  /**
   * Returns every scenario present on both sides, by name.
   *
   * @return the paired scenarios, scored or not
   */
  public List<ScenarioComparison> scenarios() {
    return scenarios;
  }

  /**
   * Finds one scenario present on both sides.
   *
   * @param scenarioId the scenario's id
   * @return its comparison, or empty when one side did not run it
   */
  public Optional<ScenarioComparison> scenario(String scenarioId) {
    return scenarios.stream().filter(s -> s.scenarioId().equals(scenarioId)).findFirst();
  }

  /**
   * Returns the scenarios with a score on both sides.
   *
   * @return the scenarios that have a delta, by name
   */
  public List<ScenarioComparison> pairedScenarios() {
    return select(
        ScenarioComparison::isPaired, Comparator.comparing(ScenarioComparison::scenarioName));
  }

  /**
   * Returns the scenarios whose score dropped by more than a margin, worst first.
   *
   * @param margin the largest tolerated drop, e.g. 0.2
   * @return scenarios with {@code delta < -margin} (give or take {@link #SCORE_TOLERANCE}), the
   *     largest drop first
   */
  public List<ScenarioComparison> regressions(double margin) {
    return select(
        scenario -> scenario.isPaired() && scenario.delta() < -margin - SCORE_TOLERANCE,
        Comparator.comparingDouble(ScenarioComparison::delta));
  }

  /**
   * Returns the scenarios that passed a threshold in the baseline and do not in the candidate,
   * including those that lost their score to an infrastructure outcome.
   *
   * @param threshold the lowest passing score
   * @return the newly failing scenarios, the highest baseline score first
   */
  public List<ScenarioComparison> newFailures(double threshold) {
    return select(
        scenario ->
            scenario.baseline().passes(threshold) && !scenario.candidate().passes(threshold),
        byBaselineScoreDescending());
  }

  /**
   * Returns the scenarios that failed a threshold in the baseline and pass in the candidate.
   *
   * @param threshold the lowest passing score
   * @return the newly passing scenarios, by name
   */
  public List<ScenarioComparison> newPasses(double threshold) {
    return select(
        scenario ->
            !scenario.baseline().passes(threshold) && scenario.candidate().passes(threshold),
        Comparator.comparing(ScenarioComparison::scenarioName));
  }

  /**
   * Returns the scenarios that have no score in the candidate because of an infrastructure outcome
   * (failed, timed out, canceled), while the baseline had none of that.
   *
   * @return those scenarios, the highest baseline score first
   */
  public List<ScenarioComparison> newInfrastructureFailures() {
    return select(
        scenario ->
            scenario.candidate().isInfrastructureFailure()
                && !scenario.baseline().isInfrastructureFailure(),
        byBaselineScoreDescending());
  }

  /**
   * Returns the baseline's scenarios that the candidate did not run at all.
   *
   * @return the missing scenarios, in the baseline's order
   */
  public List<ScenarioResult> missingScenarios() {
    return missingScenarios;
  }

  /**
   * Returns the candidate's scenarios that the baseline did not run.
   *
   * @return the new scenarios, in the candidate's order
   */
  public List<ScenarioResult> newScenarios() {
    return newScenarios;
  }

  /**
   * Returns the mean of the per-scenario score changes over the scenarios scored on both sides.
   *
   * @return candidate minus baseline, negative for a drop; empty when no scenario is scored on both
   */
  public OptionalDouble meanScoreDelta() {
    double[] deltas = deltas();
    return deltas.length == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(PairedStatistics.mean(deltas));
  }

  /**
   * Returns a 95 % paired-bootstrap confidence interval of {@link #meanScoreDelta()}.
   *
   * @return the interval, or empty when no scenario is scored on both sides
   */
  public Optional<ConfidenceInterval> meanScoreDeltaInterval() {
    return meanScoreDeltaInterval(DEFAULT_CONFIDENCE);
  }

  /**
   * Returns a paired-bootstrap confidence interval of {@link #meanScoreDelta()}: the scenarios'
   * score changes are resampled with replacement 10,000 times from a fixed seed.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, or empty when no scenario is scored on both sides
   */
  public Optional<ConfidenceInterval> meanScoreDeltaInterval(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "The confidence level must be between 0 and 1, was " + level);
    }
    double[] deltas = deltas();
    return deltas.length == 0
        ? Optional.empty()
        : Optional.of(PairedStatistics.bootstrapMeanInterval(deltas, level));
  }

  /**
   * Tests whether pass/fail flips at a threshold lean one way more than chance allows: an exact
   * two-sided McNemar test over the scenarios present on both sides (an unscored scenario fails).
   *
   * @param threshold the lowest passing score
   * @return the p-value; small when flips are lopsided
   */
  public double passFailFlipPValue(double threshold) {
    return PairedStatistics.exactMcNemarPValue(
        newFailures(threshold).size(), newPasses(threshold).size());
  }

  /**
   * Tests whether the scores changed more than chance allows: a two-sided paired permutation
   * (sign-flip) test of the mean score change over the scenarios scored on both sides; exact up to
   * 20 scenarios, 20,000 fixed-seed samples beyond.
   *
   * @return the p-value; small when the change is unlikely to be noise
   */
  public double scoreChangePValue() {
    return PairedStatistics.signFlipPValue(deltas());
  }

  private double[] deltas() {
    return scenarios.stream()
        .filter(ScenarioComparison::isPaired)
        .mapToDouble(ScenarioComparison::delta)
        .toArray();
  }

  private List<ScenarioComparison> select(
      Predicate<ScenarioComparison> filter, Comparator<ScenarioComparison> order) {
    return scenarios.stream().filter(filter).sorted(order).toList();
  }

  private static Comparator<ScenarioComparison> byBaselineScoreDescending() {
    return Comparator.comparing(
            (ScenarioComparison scenario) -> scenario.baseline().meanScore(),
            Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(ScenarioComparison::scenarioName);
  }

  @Override
  public String toString() {
    return "OutcomeComparison{baseline="
        + baseline.runId()
        + ", candidate="
        + candidate.runId()
        + ", scenarios="
        + scenarios.size()
        + ", missing="
        + missingScenarios.size()
        + ", new="
        + newScenarios.size()
        + '}';
  }
}
