package dev.benchgate.core.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The statistics behind {@link OutcomeComparison}, on paired per-scenario data. Every random draw
 * comes from a generator seeded with {@link #SEED}, so the same data gives the same figures on
 * every run and every machine: a gate must not flip between two builds of the same commit.
 */
final class PairedStatistics {
  /** The seed of every resampling; fixed so that figures are reproducible. */
  static final long SEED = 20_261_123L;

  /** Bootstrap resamples for a confidence interval. */
  static final int BOOTSTRAP_RESAMPLES = 10_000;

  /** Up to this many pairs, the permutation test enumerates all 2^n sign assignments. */
  static final int EXACT_PERMUTATION_LIMIT = 20;

  /**
   * Random sign assignments drawn when there are more pairs than {@link #EXACT_PERMUTATION_LIMIT}.
   */
  static final int PERMUTATION_SAMPLES = 20_000;

  private static final double TIE_TOLERANCE = 1e-12;

  private PairedStatistics() {}

  static double mean(double[] values) {
    return sum(values) / values.length;
  }

  /**
   * Percentile bootstrap interval of the mean of paired differences.
   *
   * @param deltas the per-pair differences, at least one
   * @param level the confidence level, in (0, 1)
   */
  static ConfidenceInterval bootstrapMeanInterval(double[] deltas, double level) {
    SplittableRandom random = new SplittableRandom(SEED);
    int n = deltas.length;
    double[] means = new double[BOOTSTRAP_RESAMPLES];
    for (int resample = 0; resample < BOOTSTRAP_RESAMPLES; resample++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += deltas[random.nextInt(n)];
      }
      means[resample] = sum / n;
    }
    Arrays.sort(means);
    double tail = (1 - level) / 2;
    int lower = (int) Math.floor(tail * BOOTSTRAP_RESAMPLES);
    int upper = (int) Math.ceil((1 - tail) * BOOTSTRAP_RESAMPLES) - 1;
    return new ConfidenceInterval(means[lower], means[upper], level);
  }

  /**
   * Two-sided exact McNemar test: under the null hypothesis a discordant pair is equally likely to
   * flip either way, so the smaller flip count follows Binomial(b + c, 1/2).
   *
   * @param passToFail pairs that passed in the baseline and fail in the candidate
   * @param failToPass pairs that failed in the baseline and pass in the candidate
   * @return the p-value, 1 when there are no flips
   */
  static double exactMcNemarPValue(int passToFail, int failToPass) {
    int n = passToFail + failToPass;
    if (n == 0) {
      return 1.0;
    }
    int k = Math.min(passToFail, failToPass);
    double logHalfToTheN = n * Math.log(0.5);
    double logChoose = 0; // log C(n, 0)
    double tail = 0;
    for (int i = 0; i <= k; i++) {
      if (i > 0) {
        logChoose += Math.log((double) (n - i + 1) / i);
      }
      tail += Math.exp(logChoose + logHalfToTheN);
    }
    return Math.min(1.0, 2 * tail);
  }

  /**
   * Two-sided paired permutation (sign-flip) test of the mean difference: under the null hypothesis
   * each difference is as likely to have the opposite sign. Exact up to {@link
   * #EXACT_PERMUTATION_LIMIT} pairs, Monte Carlo beyond, with the (count + 1) / (samples + 1)
   * estimate that never reports an impossible p of 0.
   *
   * @param deltas the per-pair differences
   * @return the p-value, 1 when there are no pairs
   */
  static double signFlipPValue(double[] deltas) {
    int n = deltas.length;
    if (n == 0) {
      return 1.0;
    }
    double observed = Math.abs(sum(deltas)) - TIE_TOLERANCE;
    if (n <= EXACT_PERMUTATION_LIMIT) {
      long assignments = 1L << n;
      long atLeastAsExtreme = 0;
      for (long mask = 0; mask < assignments; mask++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += (mask & (1L << i)) == 0 ? deltas[i] : -deltas[i];
        }
        if (Math.abs(sum) >= observed) {
          atLeastAsExtreme++;
        }
      }
      return (double) atLeastAsExtreme / assignments;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int atLeastAsExtreme = 0;
    for (int sample = 0; sample < PERMUTATION_SAMPLES; sample++) {
      double sum = 0;
      for (double delta : deltas) {
        sum += random.nextBoolean() ? delta : -delta;
      }
      if (Math.abs(sum) >= observed) {
        atLeastAsExtreme++;
      }
    }
    return (atLeastAsExtreme + 1.0) / (PERMUTATION_SAMPLES + 1.0);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
