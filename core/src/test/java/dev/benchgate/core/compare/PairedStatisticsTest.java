package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pins the statistics against scipy 1.17; each reference value comes with the call that produced
 * it. {@code flip(d, alt)} stands for {@code scipy.stats.permutation_test((d,), numpy.sum,
 * permutation_type='samples', alternative=alt, n_resamples=numpy.inf).pvalue}, the exact sign-flip
 * test; {@code interval.py} is the formula of {@link PairedStatistics#meanInterval} written
 * independently in numpy with {@code scipy.stats.t.ppf}.
 */
class PairedStatisticsTest {

  @Test
  void sign_flip_test_is_exact_for_five_drops() {
    // flip([-0.5, -0.4, -0.3, -0.2, -0.1], 'less') = 0.03125, 'two-sided' = 0.0625
    PairedStatistics.SignFlip result =
        PairedStatistics.signFlip(new double[] {-0.5, -0.4, -0.3, -0.2, -0.1});

    assertThat(result.worsePValue()).isEqualTo(0.03125);
    assertThat(result.twoSidedPValue()).isEqualTo(0.0625);
    assertThat(result.method()).isEqualTo(SignificanceTest.Method.EXACT);
  }

  @Test
  void sign_flip_test_ties_equal_changes_exactly_and_drops_zeros() {
    // flip([-0.3, 0.1, -0.2, 0, -0.3, 0.2, -0.1, -0.4, 0.1, -0.2], ...): 'less' 0.080078125,
    // 'two-sided' 0.16015625. 0.1 + 0.2 and 0.3 must tie although their doubles differ.
    double[] deltas = {-0.3, 0.1, -0.2, 0, -0.3, 0.2, -0.1, -0.4, 0.1, -0.2};

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.worsePValue()).isEqualTo(0.080078125);
    assertThat(result.twoSidedPValue()).isEqualTo(0.16015625);
  }

  @Test
  void sign_flip_test_enumerates_twenty_changes() {
    // numpy.round(numpy.random.default_rng(20261123).normal(-0.06, 0.2, 20), 2);
    // flip(d, 'less') = 0.9234066009521484, flip(d, 'two-sided') = 0.15984535217285156
    double[] deltas = {
      0.01, 0.64, 0.06, -0.18, 0.19, -0.04, -0.16, 0.31, 0.17, -0.04, -0.32, -0.04, -0.04, 0.24,
      0.05, 0.31, 0.1, 0.12, 0.12, -0.1
    };

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.worsePValue()).isEqualTo(0.9234066009521484);
    assertThat(result.twoSidedPValue()).isEqualTo(0.15984535217285156);
    assertThat(result.method()).isEqualTo(SignificanceTest.Method.EXACT);
  }

  @Test
  void sign_flip_test_samples_within_its_monte_carlo_error_and_reproducibly() {
    // 48 changes drawn after the 20 above: numpy.round(rng.normal(-0.05, 0.2, 48), 3);
    // permutation_test(..., n_resamples=4_000_000): 'less' 0.008422997894250526, 'two-sided'
    // 0.01684599578850105. 20,000 draws err by about sqrt(p(1-p)/20000) = 0.00065 at p = 0.0084.
    double[] deltas = {
      -0.364, 0.007, -0.121, -0.391, -0.186, -0.265, -0.597, 0.062, -0.024, -0.199, 0.147, -0.162,
      -0.021, -0.244, 0.242, 0.124, 0.151, 0.205, -0.525, 0.077, -0.079, 0.078, -0.506, 0.1, -0.124,
      0.001, -0.023, -0.056, 0.277, -0.009, -0.075, 0.242, -0.164, -0.232, -0.204, -0.193, -0.336,
      -0.167, 0.11, -0.342, -0.001, -0.151, -0.109, 0.158, 0.09, 0.186, 0.272, -0.425
    };

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.method()).isEqualTo(SignificanceTest.Method.MONTE_CARLO);
    assertThat(result.worsePValue()).isCloseTo(0.008422997894250526, within(0.0026));
    assertThat(result.twoSidedPValue()).isCloseTo(0.01684599578850105, within(0.0036));
    assertThat(PairedStatistics.signFlip(deltas)).isEqualTo(result);
  }

  @Test
  void sign_flip_test_of_equal_changes_is_the_exact_binomial_tail() {
    // 100 changes of 0.1, 60 of them down: P(at least 60 of 100 signs negative) =
    // scipy.stats.binom.sf(59, 100, 0.5) = 0.028443966820490444
    double[] deltas = IntStream.range(0, 100).mapToDouble(i -> i < 60 ? -0.1 : 0.1).toArray();

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.method()).isEqualTo(SignificanceTest.Method.MONTE_CARLO);
    assertThat(result.worsePValue()).isCloseTo(0.028443966820490444, within(0.0047));
    assertThat(result.twoSidedPValue()).isCloseTo(0.05688793364098089, within(0.0065));
  }

  @Test
  void normal_approximation_matches_the_exact_binomial_tail_beyond_a_thousand_changes() {
    // 2,000 changes of 0.05, 1,045 down: scipy.stats.binom.sf(1044, 2000, 0.5) =
    // 0.023276410245891777, twice that two-sided
    double[] deltas = IntStream.range(0, 2000).mapToDouble(i -> i < 1045 ? -0.05 : 0.05).toArray();

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.method()).isEqualTo(SignificanceTest.Method.NORMAL_APPROXIMATION);
    assertThat(result.worsePValue()).isCloseTo(0.023276410245891777, within(0.0003));
    assertThat(result.twoSidedPValue()).isCloseTo(0.04655282049178355, within(0.0006));
  }

  @Test
  void normal_approximation_matches_the_exact_permutation_law_of_mixed_changes() {
    // i = numpy.arange(1500); d = numpy.where(i % 23 == 0, -0.5, ((i * 7) % 11 - 5) / 10): 1,370
    // non-zero changes on a grid of 0.1. Their exact law, by convolving the 1,370 two-point laws
    // of ±|dᵢ| in numpy: P(sum ≤ observed) = 0.004643589124201677, two-sided 0.009287178248403354.
    double[] deltas =
        IntStream.range(0, 1500)
            .mapToDouble(i -> i % 23 == 0 ? -0.5 : ((i * 7) % 11 - 5) / 10.0)
            .toArray();

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.method()).isEqualTo(SignificanceTest.Method.NORMAL_APPROXIMATION);
    assertThat(result.worsePValue()).isCloseTo(0.004643589124201677, within(0.0002));
    assertThat(result.twoSidedPValue()).isCloseTo(0.009287178248403354, within(0.0004));
  }

  @Test
  void sign_flip_test_samples_when_a_few_large_changes_dominate_many_tiny_ones() {
    // 1,990 changes of a millionth hide nothing: 10 drops of 0.5 decide the test, and their sum
    // is the smallest of 2^10 assignments, so p is about 1/1024, far from the normal law's 0.
    double[] deltas = IntStream.range(0, 2000).mapToDouble(i -> i < 10 ? -0.5 : 1e-6).toArray();

    PairedStatistics.SignFlip result = PairedStatistics.signFlip(deltas);

    assertThat(result.method()).isEqualTo(SignificanceTest.Method.MONTE_CARLO);
    assertThat(result.worsePValue()).isCloseTo(1.0 / 1024, within(0.0008));
  }

  @Test
  void sign_flip_test_without_changes_is_no_evidence() {
    assertThat(PairedStatistics.signFlip(new double[0]))
        .isEqualTo(new PairedStatistics.SignFlip(1, 1, SignificanceTest.Method.EXACT));
    assertThat(PairedStatistics.signFlip(new double[] {0, 0, 0, 1e-12}).worsePValue())
        .isEqualTo(1.0);
    assertThat(PairedStatistics.signFlip(new double[] {0.3, -0.3}).twoSidedPValue()).isEqualTo(1.0);
  }

  @Test
  void smallest_reachable_sign_flip_p_is_that_of_all_scenarios_dropping() {
    assertThat(PairedStatistics.signFlipSmallestReachablePValue(0)).isEqualTo(1.0);
    assertThat(PairedStatistics.signFlipSmallestReachablePValue(4)).isEqualTo(0.0625);
    assertThat(PairedStatistics.signFlipSmallestReachablePValue(5)).isEqualTo(0.03125);
    assertThat(PairedStatistics.signFlipSmallestReachablePValue(48)).isEqualTo(1.0 / 20_001);
    assertThat(PairedStatistics.signFlipSmallestReachablePValue(5000)).isLessThan(1e-300);
  }

  @Test
  void mcnemar_is_the_one_sided_binomial_tail() {
    // 48 scenarios, 9 newly failing, 2 newly passing: scipy.stats.binom.sf(8, 11, 0.5) =
    // 0.03271484375 = scipy.stats.binomtest(9, 11, alternative='greater').pvalue
    assertThat(PairedStatistics.mcNemarPValue(9, 2)).isEqualTo(0.03271484375);
    assertThat(PairedStatistics.mcNemarPValue(6, 0)).isEqualTo(1.0 / 64);
    // scipy.stats.binom.sf(1, 11, 0.5): more newly passing than failing is no regression
    assertThat(PairedStatistics.mcNemarPValue(2, 9)).isEqualTo(0.994140625);
    assertThat(PairedStatistics.mcNemarPValue(0, 0)).isEqualTo(1.0);
    // scipy.stats.binom.sf(599, 1000, 0.5)
    assertThat(PairedStatistics.mcNemarPValue(600, 400))
        .isCloseTo(1.3642320780329735e-10, withinPercentage(1e-7));
  }

  @Test
  void interval_widens_student_t_towards_a_skewed_tail() {
    // interval.py([-0.4, -0.1, 0.0, 0.05, 0.1, -0.2, -0.3, 0.0], 0.95): lower from Hall's
    // transformation, upper from Student-t
    ConfidenceInterval interval =
        PairedStatistics.meanInterval(
            new double[] {-0.4, -0.1, 0.0, 0.05, 0.1, -0.2, -0.3, 0.0}, 0.95, -1, 1);

    assertThat(interval.lower()).isCloseTo(-0.2783212973727318, within(1e-12));
    assertThat(interval.upper()).isCloseTo(0.042695688773932566, within(1e-12));
    assertThat(interval.level()).isEqualTo(0.95);
    assertThat(interval.sampleSize()).isEqualTo(8);
    assertThat(interval.method()).isEqualTo(ConfidenceInterval.Method.SKEWNESS_ADJUSTED_STUDENT_T);
  }

  @Test
  void interval_of_a_few_large_drops_among_unchanged_scenarios_reaches_far_down() {
    // interval.py([0]*7 + [-0.9, 0, -0.6, 0, 0], 0.95); Student-t alone gives [-0.311, 0.065]
    ConfidenceInterval interval =
        PairedStatistics.meanInterval(
            new double[] {0, 0, 0, 0, 0, 0, 0, -0.9, 0, -0.6, 0, 0}, 0.95, -1, 1);

    assertThat(interval.lower()).isCloseTo(-0.6442290236727833, within(1e-12));
    assertThat(interval.upper()).isCloseTo(0.06488752254139787, within(1e-12));
  }

  @Test
  void interval_of_symmetric_changes_is_student_t() {
    // mean -0.3, s = 0.1581, t(0.975, 4) = 2.7764: interval.py gives -0.3 ± 0.19632568
    ConfidenceInterval interval =
        PairedStatistics.meanInterval(new double[] {-0.5, -0.4, -0.3, -0.2, -0.1}, 0.95, -1, 1);

    assertThat(interval.lower()).isCloseTo(-0.4963243161477557, within(1e-12));
    assertThat(interval.upper()).isCloseTo(-0.1036756838522443, within(1e-12));
  }

  @Test
  void interval_never_has_zero_width_from_identical_changes() {
    // Three drops of 0.2: Student-t would give [-0.2, -0.2], entirely below 0 at p = 0.125.
    // No spread: -1 + 0.8 * 0.05^(1/3) and 1 - 1.2 * 0.05^(1/3).
    ConfidenceInterval interval =
        PairedStatistics.meanInterval(new double[] {-0.2, -0.2, -0.2}, 0.9, -1, 1);

    assertThat(interval.lower()).isCloseTo(-0.7052774801087691, within(1e-12));
    assertThat(interval.upper()).isCloseTo(0.5579162201631536, within(1e-12));
    assertThat(interval.method()).isEqualTo(ConfidenceInterval.Method.NO_SPREAD);
    assertThat(interval.isEntirelyBelow(0)).isFalse();
    assertThat(interval)
        .hasToString(
            "[-0.705, +0.558] (90%, no spread: bound from the range of a" + " score, n = 3)");
  }

  @Test
  void interval_of_one_change_is_the_no_spread_bound() {
    // -1 + 0.3 * 0.025 and 1 - 1.7 * 0.025
    ConfidenceInterval interval = PairedStatistics.meanInterval(new double[] {-0.7}, 0.95, -1, 1);

    assertThat(interval.lower()).isCloseTo(-0.9925, within(1e-12));
    assertThat(interval.upper()).isCloseTo(0.9575, within(1e-12));
  }

  @Test
  void interval_of_many_identical_drops_is_narrow_and_below_zero() {
    // 30 drops of 0.2 are as significant as a sign-flip test can say (p = 2^-30), and the
    // no-spread bound agrees: [-1 + 0.8 * 0.025^(1/30), 1 - 1.2 * 0.025^(1/30)] = [-0.29, -0.06].
    double[] drops = new double[30];
    Arrays.fill(drops, -0.2);

    ConfidenceInterval interval = PairedStatistics.meanInterval(drops, 0.95, -1, 1);

    assertThat(interval.lower()).isCloseTo(-1 + 0.8 * Math.pow(0.025, 1 / 30.0), within(1e-12));
    assertThat(interval.upper()).isCloseTo(1 - 1.2 * Math.pow(0.025, 1 / 30.0), within(1e-12));
    assertThat(interval.isEntirelyBelow(0)).isTrue();
  }

  @Test
  void interval_stays_within_the_range_of_a_score_change() {
    // n = 2: t(0.975, 1) = 12.7 stretches -0.2 ± 0.1 far beyond [-1, 1]
    ConfidenceInterval interval =
        PairedStatistics.meanInterval(new double[] {0.1, 0.3}, 0.95, -1, 1);

    assertThat(interval.lower()).isEqualTo(-1.0);
    assertThat(interval.upper()).isEqualTo(1.0);
  }
}
