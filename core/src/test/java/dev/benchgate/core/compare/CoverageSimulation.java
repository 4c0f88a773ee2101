package dev.benchgate.core.compare;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Simulates how often Benchgate's confidence intervals and bounds contain the true mean: the
 * populations a benchmark's score changes and scores plausibly come from, each with its known mean,
 * sampled from a fixed seed. Shared by {@link IntervalCoverageTest} and {@link CoverageHarness}.
 */
final class CoverageSimulation {
  /** The seed of every simulation, so that the figures never move between builds. */
  static final long SEED = 20_261_124L;

  /** A population of per-scenario values with a known mean. */
  record Population(String name, double mean, ToDoubleFunction<SplittableRandom> draw) {}

  /** Score changes of a scenario, candidate minus baseline, from −1 to 1. */
  static final List<Population> SCORE_CHANGES =
      List.of(
          new Population(
              "normal(-0.05, 0.2)",
              -0.05,
              random -> Math.max(-1, Math.min(1, random.nextGaussian(-0.05, 0.2)))),
          new Population(
              "uniform score minus uniform score",
              0,
              random -> random.nextDouble() - random.nextDouble()),
          new Population(
              "pass/fail: Bernoulli(0.6) minus Bernoulli(0.7)",
              -0.1,
              random -> bernoulli(random, 0.6) - bernoulli(random, 0.7)),
          new Population(
              "drops of exponential size, mean 0.1, at most 1",
              -0.1 * (1 - Math.exp(-10)),
              random -> -Math.min(1, random.nextExponential() * 0.1)),
          new Population(
              "30 % drop by uniform(0, 1), the rest unchanged",
              -0.15, random -> random.nextDouble() < 0.3 ? -random.nextDouble() : 0),
          new Population(
              "15 % drop and 5 % rise by uniform(0, 1)",
              -0.05,
              random -> {
                double u = random.nextDouble();
                return u < 0.15 ? -random.nextDouble() : u < 0.2 ? random.nextDouble() : 0;
              }),
          new Population(
              "10 % drop by uniform(0, 1), the rest unchanged",
              -0.05, random -> random.nextDouble() < 0.1 ? -random.nextDouble() : 0),
          new Population(
              "10 % drop by 0.8, the rest unchanged",
              -0.08, random -> random.nextDouble() < 0.1 ? -0.8 : 0),
          new Population(
              "5 % drop by uniform(0, 1), the rest unchanged",
              -0.025, random -> random.nextDouble() < 0.05 ? -random.nextDouble() : 0));

  /** Scores of a scenario, from 0 to 1. */
  static final List<Population> SCORES =
      List.of(
          new Population("pass/fail, Bernoulli(0.8)", 0.8, random -> bernoulli(random, 0.8)),
          new Population("pass/fail, Bernoulli(0.9)", 0.9, random -> bernoulli(random, 0.9)),
          new Population("Beta(4, 1)", 0.8, random -> Math.pow(random.nextDouble(), 0.25)),
          new Population(
              "85 % perfect, the rest uniform(0, 1)",
              0.925, random -> random.nextDouble() < 0.85 ? 1 : random.nextDouble()),
          new Population("uniform(0, 1)", 0.5, SplittableRandom::nextDouble));

  /**
   * How many runs each scenario gets in {@link #clusteredLowerBoundCoverage}: pass/fail runs of a
   * scenario whose difficulty is uniform(0.5, 1), so that runs of one scenario are correlated.
   */
  static final int RUNS_PER_SCENARIO = 3;

  /** The true mean of {@link #clusteredLowerBoundCoverage}'s population. */
  static final double CLUSTERED_MEAN = 0.75;

  private CoverageSimulation() {}

  /** The share of two-sided 95 % intervals of n changes that contain the population's mean. */
  static double intervalCoverage(Population population, int n, int replicates) {
    SplittableRandom random = new SplittableRandom(SEED);
    int covered = 0;
    double[] values = new double[n];
    for (int replicate = 0; replicate < replicates; replicate++) {
      for (int i = 0; i < n; i++) {
        values[i] = population.draw().applyAsDouble(random);
      }
      ConfidenceInterval interval = PairedStatistics.meanInterval(values, 0.95, -1, 1);
      if (interval.lower() <= population.mean() && population.mean() <= interval.upper()) {
        covered++;
      }
    }
    return (double) covered / replicates;
  }

  /** The share of one-sided 95 % lower bounds of the mean of n scores below the true mean. */
  static double lowerBoundCoverage(Population population, int n, int replicates) {
    SplittableRandom random = new SplittableRandom(SEED);
    int covered = 0;
    for (int replicate = 0; replicate < replicates; replicate++) {
      double[][] scores = new double[n][1];
      for (int i = 0; i < n; i++) {
        scores[i][0] = population.draw().applyAsDouble(random);
      }
      if (MeanScore.of(scores).lowerBound(0.95) <= population.mean()) {
        covered++;
      }
    }
    return (double) covered / replicates;
  }

  /**
   * The share of one-sided 95 % lower bounds below the true mean for n scenarios of {@value
   * #RUNS_PER_SCENARIO} correlated runs each.
   */
  static double clusteredLowerBoundCoverage(int n, int replicates) {
    SplittableRandom random = new SplittableRandom(SEED);
    int covered = 0;
    for (int replicate = 0; replicate < replicates; replicate++) {
      double[][] scores = new double[n][RUNS_PER_SCENARIO];
      for (int i = 0; i < n; i++) {
        double passProbability = 0.5 + random.nextDouble() / 2;
        for (int run = 0; run < RUNS_PER_SCENARIO; run++) {
          scores[i][run] = bernoulli(random, passProbability);
        }
      }
      if (MeanScore.of(scores).lowerBound(0.95) <= CLUSTERED_MEAN) {
        covered++;
      }
    }
    return (double) covered / replicates;
  }

  private static double bernoulli(SplittableRandom random, double p) {
    return random.nextDouble() < p ? 1 : 0;
  }
}
