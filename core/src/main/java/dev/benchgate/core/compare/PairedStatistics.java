package dev.benchgate.core.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The statistics behind {@link OutcomeComparison} and {@link MeanScore}, on per-scenario values.
 * Every random draw comes from a generator seeded with {@link #SEED}, so the same data gives the
 * same figures on every run and every machine: a gate must not flip between two builds of the same
 * commit.
 */
final class PairedStatistics {
  /** The seed of every random draw; fixed so that figures are reproducible. */
  static final long SEED = 20_261_123L;

  /** Up to this many non-zero score changes, the sign-flip test enumerates all 2ⁿ assignments. */
  static final int EXACT_PERMUTATION_LIMIT = 20;

  /** Random sign assignments drawn when the sign-flip test is neither exact nor approximated. */
  static final int PERMUTATION_SAMPLES = 20_000;

  /**
   * Beyond this many non-zero score changes the sign-flip test uses its normal approximation, whose
   * error is then below the Monte Carlo error of {@value #PERMUTATION_SAMPLES} draws (about 0.0015
   * at p = 0.05): at 1,001 changes the continuity-corrected normal law was off by at most 0.00015
   * from the exact law of changes on a grid of 0.1 or 0.05, and by 0.00003 for pass/fail changes
   * (90 random samples each, with p from 0.0001 to 0.5; the tests pin it at larger sizes).
   */
  static final int MONTE_CARLO_LIMIT = 1_000;

  /**
   * The normal approximation also needs the change to be spread over many scenarios: its effective
   * number of terms (Σdᵢ²)²/Σdᵢ⁴, which is n for equal changes and small when a few large changes
   * dominate many tiny ones, must reach this. Below it the Monte Carlo test is used at any size.
   */
  static final double MIN_EFFECTIVE_TERMS = 100;

  private PairedStatistics() {}

  /** The p-values of the sign-flip test on some score changes, and how they were computed. */
  record SignFlip(double worsePValue, double twoSidedPValue, SignificanceTest.Method method) {}

  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /**
   * The paired sign-flip permutation test of the mean score change (Fisher 1935, §21): under the
   * null hypothesis of no change each change dᵢ is as likely to be −dᵢ, so the sum T = Σdᵢ is
   * compared with the 2ⁿ sums Σ±|dᵢ|. The one-sided p-value of "the candidate is worse" is the
   * share of sums at most T; the two-sided one the share with |sum| at least |T|.
   *
   * <p>Changes are counted in multiples of {@link Scores#TOLERANCE}, in integers, so that equal
   * changes tie exactly; changes of zero flip to themselves and drop out. With n non-zero changes
   * the test is exact up to {@value #EXACT_PERMUTATION_LIMIT}, draws {@value #PERMUTATION_SAMPLES}
   * sign assignments up to {@value #MONTE_CARLO_LIMIT} (or at any size when a few changes
   * dominate), and beyond uses the normal law N(0, Σdᵢ²) with a continuity correction of half the
   * lattice step: every sum differs from T by a multiple of 2g, g the greatest common divisor of
   * the |dᵢ|, so P(sum ≤ T) ≈ Φ((T + g)/√Σdᵢ²).
   */
  static SignFlip signFlip(double[] deltas) {
    int nonZero = 0;
    for (double delta : deltas) {
      if (units(delta) != 0) {
        nonZero++;
      }
    }
    long[] magnitudes = new long[nonZero];
    long observed = 0;
    int next = 0;
    for (double delta : deltas) {
      long units = units(delta);
      if (units != 0) {
        magnitudes[next++] = units;
        observed += delta < 0 ? -units : units;
      }
    }
    if (nonZero == 0) {
      return new SignFlip(1, 1, SignificanceTest.Method.EXACT);
    }
    if (nonZero <= EXACT_PERMUTATION_LIMIT) {
      return exactSignFlip(magnitudes, observed);
    }
    double sumOfSquares = 0;
    double sumOfFourthPowers = 0;
    for (long magnitude : magnitudes) {
      double scaled = magnitude * Scores.TOLERANCE;
      double squared = scaled * scaled;
      sumOfSquares += squared;
      sumOfFourthPowers += squared * squared;
    }
    double effectiveTerms = sumOfSquares * sumOfSquares / sumOfFourthPowers;
    if (nonZero > MONTE_CARLO_LIMIT && effectiveTerms >= MIN_EFFECTIVE_TERMS) {
      return normalSignFlip(magnitudes, observed);
    }
    return monteCarloSignFlip(magnitudes, observed);
  }

  /**
   * The smallest one-sided p-value the sign-flip test gives on n paired scenarios: the p of n equal
   * drops, computed the way {@link #signFlip} would compute it.
   */
  static double signFlipSmallestReachablePValue(int pairedScenarios) {
    if (pairedScenarios <= EXACT_PERMUTATION_LIMIT) {
      return Math.scalb(1.0, -pairedScenarios);
    }
    if (pairedScenarios <= MONTE_CARLO_LIMIT) {
      return 1.0 / (PERMUTATION_SAMPLES + 1);
    }
    return Distributions.normalCdf((1.0 - pairedScenarios) / Math.sqrt(pairedScenarios));
  }

  /** Walks all 2ⁿ assignments in Gray-code order, so each differs from the last by one sign. */
  private static SignFlip exactSignFlip(long[] magnitudes, long observed) {
    long sum = 0;
    for (long magnitude : magnitudes) {
      sum += magnitude;
    }
    long absObserved = Math.abs(observed);
    long assignments = 1L << magnitudes.length;
    long negative = 0;
    long atMost = sum <= observed ? 1 : 0;
    long asExtreme = 1;
    for (long k = 1; k < assignments; k++) {
      int index = Long.numberOfTrailingZeros(k);
      long bit = 1L << index;
      sum += (negative & bit) == 0 ? -2 * magnitudes[index] : 2 * magnitudes[index];
      negative ^= bit;
      if (sum <= observed) {
        atMost++;
      }
      if (Math.abs(sum) >= absObserved) {
        asExtreme++;
      }
    }
    return new SignFlip(
        (double) atMost / assignments,
        (double) asExtreme / assignments,
        SignificanceTest.Method.EXACT);
  }

  /**
   * Draws {@value #PERMUTATION_SAMPLES} sign assignments from random words, one bit per sign. Equal
   * changes are grouped, and a group of k changes of size a adds a·(k − 2B), B the number of set
   * bits among k random ones: a pass/fail benchmark, whose changes are all of size 1, costs one
   * word per 64 scenarios and draw, and scores on a grid of 0.01 at most a hundred groups.
   */
  private static SignFlip monteCarloSignFlip(long[] magnitudes, long observed) {
    long[] sorted = magnitudes.clone();
    Arrays.sort(sorted);
    int groups = 0;
    long[] sizes = new long[sorted.length];
    int[] counts = new int[sorted.length];
    for (long magnitude : sorted) {
      if (groups > 0 && sizes[groups - 1] == magnitude) {
        counts[groups - 1]++;
      } else {
        sizes[groups] = magnitude;
        counts[groups++] = 1;
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    long absObserved = Math.abs(observed);
    int atMost = 0;
    int asExtreme = 0;
    for (int draw = 0; draw < PERMUTATION_SAMPLES; draw++) {
      long sum = 0;
      long bits = 0;
      int available = 0;
      for (int group = 0; group < groups; group++) {
        int negative = 0;
        for (int remaining = counts[group]; remaining > 0; ) {
          if (available == 0) {
            bits = random.nextLong();
            available = Long.SIZE;
          }
          int take = Math.min(remaining, available);
          if (take == Long.SIZE) {
            negative += Long.bitCount(bits);
            bits = 0;
          } else {
            negative += Long.bitCount(bits & ((1L << take) - 1));
            bits >>>= take;
          }
          available -= take;
          remaining -= take;
        }
        sum += sizes[group] * (counts[group] - 2L * negative);
      }
      if (sum <= observed) {
        atMost++;
      }
      if (Math.abs(sum) >= absObserved) {
        asExtreme++;
      }
    }
    return new SignFlip(
        (atMost + 1.0) / (PERMUTATION_SAMPLES + 1.0),
        (asExtreme + 1.0) / (PERMUTATION_SAMPLES + 1.0),
        SignificanceTest.Method.MONTE_CARLO);
  }

  private static SignFlip normalSignFlip(long[] magnitudes, long observed) {
    double variance = 0;
    long step = 0;
    for (long magnitude : magnitudes) {
      variance += (double) magnitude * magnitude;
      step = gcd(step, magnitude);
    }
    double sd = Math.sqrt(variance);
    double worse = Distributions.normalCdf((observed + step) / sd);
    double twoSided = 2 * Distributions.normalCdf((step - Math.abs((double) observed)) / sd);
    return new SignFlip(worse, Math.min(1, twoSided), SignificanceTest.Method.NORMAL_APPROXIMATION);
  }

  /**
   * The one-sided exact McNemar test (McNemar 1947) of "more scenarios newly fail than newly pass":
   * under no change a discordant pair is as likely to flip either way, so p = P(X ≥ passToFail) for
   * X ~ Binomial(passToFail + failToPass, 1/2).
   *
   * @param passToFail pairs that passed in the baseline and fail in the candidate
   * @param failToPass pairs that failed in the baseline and pass in the candidate
   * @return the p-value, 1 when there are no flips
   */
  static double mcNemarPValue(int passToFail, int failToPass) {
    return Distributions.binomialHalfUpperTail(passToFail + failToPass, passToFail);
  }

  /**
   * A two-sided confidence interval of the mean of independent values that lie in [min, max]:
   * {@link ConfidenceInterval.Method#SKEWNESS_ADJUSTED_STUDENT_T} when at least two values differ,
   * {@link ConfidenceInterval.Method#NO_SPREAD} otherwise, so that it never has zero width. The
   * bounds never leave [min, max], where the mean must lie.
   *
   * @param values at least one value
   * @param level the confidence level, in (0, 1)
   */
  static ConfidenceInterval meanInterval(double[] values, double level, double min, double max) {
    int n = values.length;
    double tail = (1 - level) / 2;
    if (!hasSpread(values)) {
      double[] bounds = noSpreadBounds(values[0], n, tail, min, max);
      return new ConfidenceInterval(
          bounds[0], bounds[1], level, n, ConfidenceInterval.Method.NO_SPREAD);
    }
    double mean = mean(values);
    double sd = Math.sqrt(sumOfSquaredDeviations(values, mean) / (n - 1));
    double skewness = skewness(values, mean, sd);
    double[] bounds = skewnessAdjustedBounds(mean, sd / Math.sqrt(n), skewness, n, tail);
    return new ConfidenceInterval(
        Math.max(min, bounds[0]),
        Math.min(max, bounds[1]),
        level,
        n,
        ConfidenceInterval.Method.SKEWNESS_ADJUSTED_STUDENT_T);
  }

  /**
   * Whether at least two values differ by more than {@link Scores#TOLERANCE}: with fewer than two
   * distinct values the sample has no spread and a standard error of zero.
   */
  static boolean hasSpread(double[] values) {
    for (double value : values) {
      if (!Scores.areEqual(value, values[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bounds of {@link ConfidenceInterval.Method#SKEWNESS_ADJUSTED_STUDENT_T} with a tail
   * probability {@code tail} on each side: the wider of Student's mean ∓ t · se and the interval of
   * Hall's (1992) transformation of the studentized mean T = (mean − μ)/se, g(T) = T + aT² + a²T³/3
   * + b with a = γ/(3√n), b = γ/(6√n) and γ the sample skewness, whose inverse is g⁻¹(y) = ((1 +
   * 3a(y − b))^(1/3) − 1)/a, held at g's stationary point. Both use the quantile t of Student's t
   * with n − 1 degrees of freedom.
   *
   * @param mean the estimate
   * @param standardError its standard error
   * @param skewness the skewness of the independent units: third central moment over the cube of
   *     the standard deviation
   * @param units the number of independent units, at least 2
   * @param tail the probability left out on each side, e.g. 0.025 for a 95 % interval
   * @return the lower and the upper bound
   */
  static double[] skewnessAdjustedBounds(
      double mean, double standardError, double skewness, int units, double tail) {
    double t = Distributions.studentTQuantile(1 - tail, units - 1);
    double a = skewness / (3 * Math.sqrt(units));
    double b = skewness / (6 * Math.sqrt(units));
    double lower = Math.min(mean - t * standardError, mean - standardError * inverseHall(t, a, b));
    double upper = Math.max(mean + t * standardError, mean - standardError * inverseHall(-t, a, b));
    return new double[] {lower, upper};
  }

  /**
   * g⁻¹(y), held at T = −1/a, where g has its stationary point: g is the cubic ((1 + aT)³ − 1)/(3a)
   * + b, a local correction of the Edgeworth expansion that stops being one beyond it. Unheld, nine
   * perfect scores and one zero would give a 95 % lower bound of 0.17 for a mean of 0.9; held, 0.48
   * (the exact binomial bound is 0.61).
   */
  private static double inverseHall(double y, double a, double b) {
    // Without skewness g is a shift; the closed form would divide rounding noise by a tiny a.
    if (Math.abs(a) < 1e-8) {
      return y - b;
    }
    return (Math.cbrt(Math.max(0, 1 + 3 * a * (y - b))) - 1) / a;
  }

  /**
   * The bounds of {@link ConfidenceInterval.Method#NO_SPREAD}: n values all equal to v in [min,
   * max], with a tail probability {@code tail} on each side.
   */
  static double[] noSpreadBounds(double value, int n, double tail, double min, double max) {
    double shrink = Math.pow(tail, 1.0 / n);
    return new double[] {min + (value - min) * shrink, max - (max - value) * shrink};
  }

  static double sumOfSquaredDeviations(double[] values, double mean) {
    double sum = 0;
    for (double value : values) {
      sum += (value - mean) * (value - mean);
    }
    return sum;
  }

  /**
   * The sample skewness γ = m₃/s³: the mean cubed deviation over the cube of the standard deviation
   * {@code sd} (with n − 1), as Hall's transformation takes it.
   */
  static double skewness(double[] values, double mean, double sd) {
    double sum = 0;
    for (double value : values) {
      double deviation = value - mean;
      sum += deviation * deviation * deviation;
    }
    return sum / values.length / (sd * sd * sd);
  }

  private static long units(double delta) {
    return Math.round(Math.abs(delta) / Scores.TOLERANCE);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long remainder = a % b;
      a = b;
      b = remainder;
    }
    return a;
  }
}
