package dev.benchgate.core.compare;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A candidate outcome compared with a baseline, scenario by scenario. Pure and immutable: it does
 * no I/O, and every figure is reproducible (random draws use a fixed seed). It is thread-safe and
 * costs time linear in the number of scenarios: each statistic is computed on first use, once, and
 * shared by every caller.
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
 * if (comparison.scoreRegressionTest().isSignificantAt(0.05)) { ... }
 * }</pre>
 *
 * <p>Score changes are compared with margins and thresholds with {@link Scores#TOLERANCE}. Its
 * tests are one-sided tests of "the candidate is worse", and say when they have too few scenarios
 * to ever reach a level ({@link SignificanceTest#isUnderpoweredAt(double)}).
 */
public final class OutcomeComparison {
  /** The confidence level of {@link #meanScoreDeltaInterval()}. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final BenchmarkOutcome baseline;
  private final BenchmarkOutcome candidate;
  private final List<ScenarioComparison> scenarios;
  private final Map<String, ScenarioComparison> scenariosById;
  private final List<ScenarioResult> missingScenarios;
  private final List<ScenarioResult> newScenarios;

  /** The score changes of the scenarios scored on both sides, by scenario name. */
  private final double[] deltas;

  private final OptionalDouble meanDelta;

  private final Lazy<ScoreChangeTests> scoreChangeTests;
  private final Map<Double, Optional<ConfidenceInterval>> intervals = new ConcurrentHashMap<>();
  private final Map<Double, SignificanceTest> flipTests = new ConcurrentHashMap<>();

  private OutcomeComparison(
      BenchmarkOutcome baseline,
      BenchmarkOutcome candidate,
      List<ScenarioComparison> scenarios,
      List<ScenarioResult> missingScenarios,
      List<ScenarioResult> newScenarios) {
    this.baseline = baseline;
    this.candidate = candidate;
    this.scenarios = scenarios;
    this.scenariosById = new HashMap<>(ScenarioResult.hashCapacity(scenarios.size()));
    for (ScenarioComparison scenario : scenarios) {
      scenariosById.put(scenario.scenarioId(), scenario);
    }
    this.missingScenarios = missingScenarios;
    this.newScenarios = newScenarios;
    this.deltas =
        scenarios.stream()
            .filter(ScenarioComparison::isPaired)
            .mapToDouble(ScenarioComparison::delta)
            .toArray();
    this.meanDelta =
        deltas.length == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(PairedStatistics.mean(deltas));
    this.scoreChangeTests = new Lazy<>(this::testScoreChange);
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
    List<ScenarioComparison> paired = new ArrayList<>(before.size());
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
    return Optional.ofNullable(scenariosById.get(scenarioId));
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
   * @return scenarios with {@code delta < -margin} (give or take {@link Scores#TOLERANCE}), the
   *     largest drop first
   */
  public List<ScenarioComparison> regressions(double margin) {
    return select(
        scenario -> scenario.isPaired() && !Scores.isAtLeast(scenario.delta(), -margin),
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
    return meanDelta;
  }

  /**
   * Returns a 95 % confidence interval of {@link #meanScoreDelta()}; see {@link
   * #meanScoreDeltaInterval(double)}.
   *
   * @return the interval, or empty when no scenario is scored on both sides
   */
  public Optional<ConfidenceInterval> meanScoreDeltaInterval() {
    return meanScoreDeltaInterval(DEFAULT_CONFIDENCE);
  }

  /**
   * Returns a two-sided confidence interval of {@link #meanScoreDelta()} over the n scenarios
   * scored on both sides: {@link ConfidenceInterval.Method#SKEWNESS_ADJUSTED_STUDENT_T} on the
   * score changes, which keeps its level at small n where a bootstrap does not, or {@link
   * ConfidenceInterval.Method#NO_SPREAD} when every change is the same, so that it never has zero
   * width. Its bounds stay within [-1, 1], the range of a change of a score from 0 to 1.
   *
   * <pre>{@code
   * comparison.meanScoreDeltaInterval(0.9).ifPresent(ci -> System.out.println(ci));
   * }</pre>
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, or empty when no scenario is scored on both sides
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Optional<ConfidenceInterval> meanScoreDeltaInterval(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "The confidence level must be between 0 and 1, was " + level);
    }
    return intervals.computeIfAbsent(
        level,
        key ->
            deltas.length == 0
                ? Optional.empty()
                : Optional.of(PairedStatistics.meanInterval(deltas, level, -1, 1)));
  }

  /**
   * Tests whether the scores got worse, one-sided: the paired sign-flip permutation test of the
   * mean score change over the scenarios scored on both sides ({@link
   * SignificanceTest.Kind#SIGN_FLIP}). Its p-value is the chance, under no change, of a mean change
   * at most the observed one. Exact up to 20 scenarios whose score changed, {@value
   * PairedStatistics#PERMUTATION_SAMPLES} fixed-seed draws up to 1,000, a continuity-corrected
   * normal approximation beyond.
   *
   * <pre>{@code
   * SignificanceTest test = comparison.scoreRegressionTest();
   * boolean regressed = test.isSignificantAt(0.05);
   * }</pre>
   *
   * @return the test; p = 1 without paired scenarios
   */
  public SignificanceTest scoreRegressionTest() {
    return scoreChangeTests.get().regression();
  }

  /**
   * Returns the two-sided p-value of the paired sign-flip test of {@link #scoreRegressionTest()}:
   * the chance, under no change, of a mean change at least as far from 0, in either direction. For
   * reports that ask whether the scores changed at all; a gate on regressions uses the one-sided
   * test.
   *
   * @return the two-sided p-value; 1 without paired scenarios
   */
  public double scoreChangeTwoSidedPValue() {
    return scoreChangeTests.get().twoSidedPValue();
  }

  /** Both sign-flip p-values come from one pass over the sign assignments. */
  private record ScoreChangeTests(SignificanceTest regression, double twoSidedPValue) {}

  private ScoreChangeTests testScoreChange() {
    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);
    return new ScoreChangeTests(
        new SignificanceTest(
            SignificanceTest.Kind.SIGN_FLIP,
            result.method(),
            deltas.length,
            result.worsePValue(),
            PairedStatistics.signFlipSmallestReachablePValue(deltas.length)),
        result.twoSidedPValue());
  }

  /**
   * Tests whether more scenarios newly fail a threshold than newly pass it, one-sided: the exact
   * McNemar test of the pass/fail flips over the scenarios present on both sides, an unscored
   * scenario failing ({@link SignificanceTest.Kind#MCNEMAR}). With b scenarios newly failing and c
   * newly passing, p = P(X ≥ b) for X ~ Binomial(b + c, 1/2).
   *
   * <pre>{@code
   * boolean moreBroke = comparison.flipRegressionTest(0.5).isSignificantAt(0.05);
   * }</pre>
   *
   * @param threshold the lowest passing score
   * @return the test; p = 1 without flips
   */
  public SignificanceTest flipRegressionTest(double threshold) {
    return flipTests.computeIfAbsent(
        threshold,
        key -> {
          int passToFail = 0;
          int failToPass = 0;
          for (ScenarioComparison scenario : scenarios) {
            boolean before = scenario.baseline().passes(threshold);
            boolean after = scenario.candidate().passes(threshold);
            if (before && !after) {
              passToFail++;
            } else if (!before && after) {
              failToPass++;
            }
          }
          return new SignificanceTest(
              SignificanceTest.Kind.MCNEMAR,
              SignificanceTest.Method.EXACT,
              scenarios.size(),
              PairedStatistics.mcNemarPValue(passToFail, failToPass),
              Math.scalb(1.0, -scenarios.size()));
        });
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
