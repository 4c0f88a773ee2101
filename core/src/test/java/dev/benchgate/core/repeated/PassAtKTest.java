package dev.benchgate.core.repeated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * pass@k and pass^k of one scenario against exact reference values, computed with scipy 1.17.1 in
 * exact rational arithmetic:
 *
 * <pre>
 * from scipy.special import comb
 * from fractions import Fraction
 * pass_at_k  = 1 - Fraction(comb(n - c, k, exact=True), comb(n, k, exact=True))
 * pass_hat_k = Fraction(comb(c, k, exact=True), comb(n, k, exact=True))
 * float(pass_at_k), float(pass_hat_k)
 * </pre>
 *
 * The large cases are where binomial coefficients overflow a double (C(1200, 600) is {@code inf} in
 * floating point) while the products of ratios stay exact to a few ulps.
 */
class PassAtKTest {

  @ParameterizedTest(name = "n={0} c={1} k={2}")
  @CsvSource({
    "5, 2, 1, 0.4, 0.4",
    "5, 2, 2, 0.7, 0.1",
    "5, 2, 3, 0.9, 0.0",
    "5, 2, 4, 1.0, 0.0",
    "10, 3, 1, 0.3, 0.3",
    "10, 3, 2, 0.5333333333333333, 0.06666666666666667",
    "10, 3, 5, 0.9166666666666666, 0.0",
    "10, 9, 3, 1.0, 0.7",
    "20, 7, 10, 0.9984520123839009, 0.0",
    "2000, 1500, 100, 1.0, 1.359351465499221e-13",
    "2000, 3, 100, 0.1426927427677803, 0.0",
    "5000, 4999, 2500, 1.0, 0.5",
    "5000, 4000, 1000, 1.0, 1.906153803628727e-110",
    "100000, 99000, 50, 1.0, 0.6049311850717303",
    "100000, 10, 500, 0.04889202041991359, 0.0",
    "3000, 2, 1500, 0.7500833611203734, 0.0",
    "1500, 1499, 1000, 1.0, 0.3333333333333333",
    "1200, 600, 300, 1.0, 4.3967565225445515e-113",
  })
  void match_the_exact_values_of_chen_et_al_and_yao_et_al(
      int n, int c, int k, double passAtK, double passHatK) {
    assertThat(PassAtK.passAtK(n, c, k)).isCloseTo(passAtK, within(1e-12));
    // pass^k spans a hundred orders of magnitude: compare it relatively
    assertThat(PassAtK.passHatK(n, c, k))
        .isCloseTo(passHatK, within(Math.max(passHatK * 1e-12, 1e-300)));
  }

  @ParameterizedTest(name = "n={0} c={1}")
  @CsvSource({"1, 0", "1, 1", "7, 3", "50, 50", "50, 0"})
  void both_are_the_pass_rate_for_one_try(int n, int c) {
    assertThat(PassAtK.passAtK(n, c, 1)).isCloseTo(c / (double) n, within(1e-15));
    assertThat(PassAtK.passHatK(n, c, 1)).isCloseTo(c / (double) n, within(1e-15));
  }

  @ParameterizedTest(name = "n={0} c={1} k={2}")
  @CsvSource({
    "5, 2, 6, 'k must be from 1 to the 5 runs: an estimate of k tries needs at least k runs, but k"
        + " was 6'",
    "5, 2, 0, 'k must be from 1 to the 5 runs: an estimate of k tries needs at least k runs, but k"
        + " was 0'",
    "5, 6, 1, 'The runs that passed must be from 0 to the 5 runs, but c was 6'",
    "5, -1, 1, 'The runs that passed must be from 0 to the 5 runs, but c was -1'",
    "0, 0, 1, 'There must be at least one run, but n was 0'",
  })
  void refuse_counts_out_of_range(int n, int c, int k, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassAtK.passAtK(n, c, k))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassAtK.passHatK(n, c, k))
        .withMessage(message);
  }
}
