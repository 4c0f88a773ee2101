package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins each distribution function to scipy 1.17 (the call that produced each value is above it).
 */
class DistributionsTest {

  /** {@code scipy.stats.norm.cdf(z)}. */
  @ParameterizedTest
  @CsvSource({
    "-8, 6.22096057427174e-16",
    "-5, 2.866515718791933e-07",
    "-3, 0.0013498980316300933",
    "-1.959963984540054, 0.025",
    "-1, 0.15865525393145707",
    "-0.3, 0.3820885778110474",
    "0, 0.5",
    "0.5, 0.6914624612740131",
    "1.2247, 0.8896558629290543",
    "1.6448536269514722, 0.95",
    "2.5, 0.9937903346742238",
    "4, 0.9999683287581669",
    "7, 0.9999999999987201"
  })
  void normal_cdf_matches_scipy(double z, double expected) {
    assertThat(Distributions.normalCdf(z)).isCloseTo(expected, withinPercentage(1e-10));
  }

  /** {@code scipy.stats.t.cdf(t, df)}. */
  @ParameterizedTest
  @CsvSource({
    "-2.5, 1, 0.12111894159084341",
    "0.7, 2, 0.7218034876835673",
    "-1.3, 5, 0.12515031708533855",
    "2.1, 10, 0.9689613778988907",
    "-0.05, 31, 0.4802215822643968",
    "3.0, 200, 0.9984784764430471"
  })
  void student_t_cdf_matches_scipy(double t, int degreesOfFreedom, double expected) {
    assertThat(Distributions.studentTCdf(t, degreesOfFreedom))
        .isCloseTo(expected, withinPercentage(1e-10));
  }

  /** {@code scipy.stats.t.ppf(p, df)}. */
  @ParameterizedTest
  @CsvSource({
    "0.975, 1, 12.706204736174694",
    "0.975, 2, 4.302652729749462",
    "0.975, 3, 3.1824463052837078",
    "0.975, 9, 2.262157162798205",
    "0.975, 47, 2.0117405137297655",
    "0.95, 15, 1.753050355692572",
    "0.995, 4, 4.604094871349992",
    "0.975, 1000, 1.9623390808264083",
    "0.975, 49999, 1.9600114320426525",
    "0.9, 100, 1.290074761346516",
    "0.6, 7, 0.2631668613520229",
    "0.025, 9, -2.262157162798205",
    "0.5, 9, 0"
  })
  void student_t_quantile_matches_scipy(double p, int degreesOfFreedom, double expected) {
    assertThat(Distributions.studentTQuantile(p, degreesOfFreedom))
        .isCloseTo(expected, withinPercentage(1e-10));
  }

  /** {@code scipy.stats.binom.sf(k - 1, n, 0.5)}, which is P(X ≥ k). */
  @ParameterizedTest
  @CsvSource({
    "11, 9, 0.03271484375",
    "8, 7, 0.03515625",
    "10, 10, 0.0009765625",
    "48, 30, 0.05570144553050939",
    "1000, 530, 0.031011597549181716",
    "1000, 600, 1.3642320780329735e-10",
    "50000, 25300, 0.0036939172590179452",
    "50000, 24000, 1.0",
    "5, 0, 1.0",
    "5, 6, 0.0"
  })
  void binomial_upper_tail_matches_scipy(int n, int k, double expected) {
    assertThat(Distributions.binomialHalfUpperTail(n, k))
        .isCloseTo(expected, withinPercentage(1e-9));
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "1, 5", "0.5, 0"})
  void refuses_a_quantile_outside_0_and_1_or_without_degrees_of_freedom(double p, int df) {
    assertThatIllegalArgumentException().isThrownBy(() -> Distributions.studentTQuantile(p, df));
  }
}
