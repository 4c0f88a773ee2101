package dev.benchgate.core.compare;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The mean score of an outcome with its standard error, for gates that must hold "not by luck": a
 * benchmark is a sample of the tasks an agent will meet, so its mean is an estimate, and a gate on
 * the lower confidence bound passes only when the true mean is at least the threshold with the
 * stated confidence.
 *
 * <p>The mean is over the outcome's scenario runs, a run without a score counting as 0 (as in
 * {@code hasMeanScoreAtLeast}). Runs of one scenario are not independent, so the standard error is
 * clustered by scenario (Miller 2024, "Adding Error Bars to Evals", arXiv:2411.00640, §2.2): with n
 * runs, residuals rᵢ = sᵢ − mean and the runs of scenario c in cluster c,
 *
 * <pre>SE² = Σᵢ rᵢ² / ((n − 1) n) + (1/n²) Σ_c Σ_{i≠j in c} rᵢ rⱼ,</pre>
 *
 * which is the usual s/√n when every scenario ran once. The lower bound is one-sided, with the
 * scenarios as the independent units: {@link ConfidenceInterval.Method#SKEWNESS_ADJUSTED_STUDENT_T}
 * with G − 1 degrees of freedom for G scenarios (the usual small-sample correction of clustered
 * errors, Cameron &amp; Miller 2015) and the skewness of the scenarios' summed residuals, or {@link
 * ConfidenceInterval.Method#NO_SPREAD} when every scenario has the same mean score.
 *
 * <pre>{@code
 * MeanScore score = MeanScore.of(outcome);
 * if (score.lowerBound(0.95) >= 0.8) System.out.println("at least 0.8, not by luck");
 * }</pre>
 */
public final class MeanScore {
  private final double mean;
  private final double standardError;
  private final int scenarioRuns;
  private final double[] scenarioMeans;
  private final double skewness;

  private MeanScore(
      double mean,
      double standardError,
      int scenarioRuns,
      double[] scenarioMeans,
      double skewness) {
    this.mean = mean;
    this.standardError = standardError;
    this.scenarioRuns = scenarioRuns;
    this.scenarioMeans = scenarioMeans;
    this.skewness = skewness;
  }

  /**
   * Estimates the mean score of an outcome.
   *
   * <pre>{@code
   * MeanScore score = MeanScore.of(outcome);
   * }</pre>
   *
   * @param outcome the outcome, with at least one scenario run
   * @return its mean score and standard error
   * @throws IllegalArgumentException if the outcome has no scenario runs
   */
  public static MeanScore of(BenchmarkOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.scenarioRuns().isEmpty()) {
      throw new IllegalArgumentException(
          "Benchmark run " + outcome.runId() + " has no scenario runs to take a mean score of");
    }
    return of(List.of(outcome));
  }

  /**
   * Estimates the mean score over the scenario runs of several outcomes of one benchmark, such as
   * repeated runs of one agent: every scenario run is one score, and the runs of one scenario,
   * whichever outcome holds them, are one cluster. Repeating a benchmark narrows the standard error
   * of the agent's mean only as far as the scenarios allow: five runs of twenty scenarios are not a
   * hundred independent scores.
   *
   * <pre>{@code
   * MeanScore score = MeanScore.of(List.of(monday, tuesday, wednesday));
   * }</pre>
   *
   * @param outcomes the outcomes, together with at least one scenario run
   * @return their mean score and its standard error, clustered by scenario
   * @throws IllegalArgumentException if the outcomes have no scenario runs
   */
  public static MeanScore of(Collection<BenchmarkOutcome> outcomes) {
    // Grouped by id alone, in one pass: a bound needs no names.
    Map<String, Integer> scenarioIndex = new HashMap<>();
    int runs = 0;
    for (BenchmarkOutcome outcome : outcomes) {
      runs += outcome.scenarioRuns().size();
    }
    if (runs == 0) {
      throw new IllegalArgumentException(
          "The benchmark runs "
              + outcomes.stream().map(BenchmarkOutcome::runId).toList()
              + " have no scenario runs to take a mean score of");
    }
    double[] scores = new double[runs];
    int[] scenarioOf = new int[runs];
    int next = 0;
    for (BenchmarkOutcome outcome : outcomes) {
      for (ScenarioRunView run : outcome.scenarioRuns()) {
        scores[next] = run.score() == null ? 0 : run.score();
        scenarioOf[next] =
            scenarioIndex.computeIfAbsent(run.scenarioId(), id -> scenarioIndex.size());
        next++;
      }
    }
    return of(scores, scenarioOf, scenarioIndex.size());
  }

  /** The mean and clustered standard error of scores grouped by scenario, at least one score. */
  static MeanScore of(double[][] scoresByScenario) {
    int runs = 0;
    for (double[] scores : scoresByScenario) {
      runs += scores.length;
    }
    double[] scores = new double[runs];
    int[] scenarioOf = new int[runs];
    int next = 0;
    for (int scenario = 0; scenario < scoresByScenario.length; scenario++) {
      for (double score : scoresByScenario[scenario]) {
        scores[next] = score;
        scenarioOf[next++] = scenario;
      }
    }
    return of(scores, scenarioOf, scoresByScenario.length);
  }

  /**
   * The mean and clustered standard error of scores; {@code scenarioOf[i]} is the scenario, from 0
   * to {@code scenarios} − 1, of {@code scores[i]}.
   */
  private static MeanScore of(double[] scores, int[] scenarioOf, int scenarios) {
    int runs = scores.length;
    double mean = PairedStatistics.mean(scores);
    double squaredResiduals = 0;
    double[] clusterSums = new double[scenarios];
    int[] runsOf = new int[scenarios];
    for (int i = 0; i < runs; i++) {
      double residual = scores[i] - mean;
      squaredResiduals += residual * residual;
      clusterSums[scenarioOf[i]] += residual;
      runsOf[scenarioOf[i]]++;
    }
    double squaredClusterSums = 0;
    double[] scenarioMeans = new double[scenarios];
    for (int c = 0; c < scenarios; c++) {
      squaredClusterSums += clusterSums[c] * clusterSums[c];
      scenarioMeans[c] = mean + clusterSums[c] / runsOf[c];
    }
    // Σ_c Σ_{i≠j in c} rᵢrⱼ is Σ_c (Σ_{i in c} rᵢ)² − Σᵢ rᵢ².
    double variance =
        runs == 1
            ? 0
            : (squaredResiduals / (runs - 1) + (squaredClusterSums - squaredResiduals) / runs)
                / runs;
    return new MeanScore(
        mean, Math.sqrt(Math.max(0, variance)), runs, scenarioMeans, clusterSkewness(clusterSums));
  }

  /** The skewness of the scenarios' summed residuals, the independent units of a clustered mean. */
  private static double clusterSkewness(double[] clusterSums) {
    if (clusterSums.length < 2) {
      return 0;
    }
    double sd =
        Math.sqrt(
            PairedStatistics.sumOfSquaredDeviations(clusterSums, 0) / (clusterSums.length - 1));
    return sd == 0 ? 0 : PairedStatistics.skewness(clusterSums, 0, sd);
  }

  /**
   * Returns the mean score over the scenario runs, a run without a score counting as 0.
   *
   * @return the mean, from 0 to 1
   */
  public double mean() {
    return mean;
  }

  /**
   * Returns the standard error of {@link #mean()}, clustered by scenario.
   *
   * @return the standard error; 0 with a single scenario run
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns how many scenario runs the mean is over.
   *
   * @return the number of scenario runs, at least one
   */
  public int scenarioRuns() {
    return scenarioRuns;
  }

  /**
   * Returns how many scenarios the runs belong to: the independent units of the bound.
   *
   * @return the number of scenarios, at least one
   */
  public int scenarios() {
    return scenarioMeans.length;
  }

  /**
   * Returns how {@link #lowerBound(double)} is computed for this outcome: {@link
   * ConfidenceInterval.Method#NO_SPREAD} when every scenario has the same mean score.
   *
   * @return the method
   */
  public ConfidenceInterval.Method lowerBoundMethod() {
    return PairedStatistics.hasSpread(scenarioMeans)
        ? ConfidenceInterval.Method.SKEWNESS_ADJUSTED_STUDENT_T
        : ConfidenceInterval.Method.NO_SPREAD;
  }

  /**
   * Returns the one-sided lower confidence bound of the mean score: the true mean is at least this
   * with probability {@code level}.
   *
   * <pre>{@code
   * MeanScore.of(outcome).lowerBound(0.95);
   * }</pre>
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the bound, from 0 to the mean
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public double lowerBound(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "The confidence level must be between 0 and 1, was " + level);
    }
    double tail = 1 - level;
    if (lowerBoundMethod() == ConfidenceInterval.Method.NO_SPREAD) {
      return PairedStatistics.noSpreadBounds(scenarioMeans[0], scenarioMeans.length, tail, 0, 1)[0];
    }
    double[] bounds =
        PairedStatistics.skewnessAdjustedBounds(
            mean, standardError, skewness, scenarioMeans.length, tail);
    return Math.max(0, bounds[0]);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MeanScore{mean=%.4f, standardError=%.4f, scenarioRuns=%d, scenarios=%d}",
        mean,
        standardError,
        scenarioRuns,
        scenarioMeans.length);
  }
}
