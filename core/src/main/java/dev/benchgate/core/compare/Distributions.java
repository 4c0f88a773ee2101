package dev.benchgate.core.compare;

/**
 * The three distributions Benchgate's statistics need, computed to close to double precision
 * without a statistics library: the standard normal, Student's t with an integer number of degrees
 * of freedom, and the binomial with success probability one half. Tests pin each against scipy.
 */
final class Distributions {
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double EPSILON = 1e-16;
  private static final int MAX_ITERATIONS = 10_000;

  private Distributions() {}

  /**
   * The standard normal distribution function Φ(z), through the complementary error function: Φ(z)
   * = erfc(−z/√2)/2 (Abramowitz & Stegun 26.2.29), and erfc(x) = Q(1/2, x²), the regularized upper
   * incomplete gamma function (A&S 6.5.17), evaluated by its power series (A&S 6.5.29) near zero
   * and its continued fraction (A&S 6.5.31) in the tails, each summed until it stops changing.
   */
  static double normalCdf(double z) {
    double x = z / Math.sqrt(2);
    return x < 0 ? erfc(-x) / 2 : 1 - erfc(x) / 2;
  }

  /** erfc(x) for x ≥ 0. */
  private static double erfc(double x) {
    double squared = x * x;
    if (squared < 1.5) {
      return 1 - lowerIncompleteGammaHalf(squared);
    }
    return upperIncompleteGammaHalf(squared);
  }

  /** P(1/2, y) by its power series: e^(−y) y^(1/2) / Γ(3/2) · Σ y^n / ((3/2)(5/2)···(1/2 + n)). */
  private static double lowerIncompleteGammaHalf(double y) {
    double term = 1;
    double sum = 1;
    for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
      term *= y / (0.5 + n);
      sum += term;
    }
    return sum * Math.exp(-y) * Math.sqrt(y) / (SQRT_PI / 2);
  }

  /**
   * Q(1/2, y) by its continued fraction e^(−y) y^(1/2) / Γ(1/2) · 1/(y + 1/2 − 1·(1/2)/(y + 5/2 −
   * 2·(3/2)/(y + 9/2 − …))), evaluated with the modified Lentz method.
   */
  private static double upperIncompleteGammaHalf(double y) {
    double tiny = 1e-300;
    double b = y + 0.5;
    double c = 1 / tiny;
    double d = 1 / b;
    double fraction = d;
    for (int i = 1; i < MAX_ITERATIONS; i++) {
      double an = -i * (i - 0.5);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = d * c;
      fraction *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.exp(-y) * Math.sqrt(y) / SQRT_PI * fraction;
  }

  /**
   * The distribution function of Student's t with {@code degreesOfFreedom} degrees of freedom, by
   * the finite series of Abramowitz & Stegun 26.7.3 (odd) and 26.7.4 (even): with θ = atan(t/√ν),
   * P(|T| ≤ t) is 2θ/π + (2/π) sinθ cosθ (1 + (2/3)cos²θ + … + (2·4···(ν−3))/(1·3···(ν−2))
   * cos^(ν−3)θ) for odd ν, and sinθ (1 + (1/2)cos²θ + … + (1·3···(ν−3))/(2·4···(ν−2)) cos^(ν−2)θ)
   * for even ν. Every term is positive, so the sum is exact to rounding.
   */
  static double studentTCdf(double t, int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("Student's t needs at least 1 degree of freedom");
    }
    double theta = Math.atan(Math.abs(t) / Math.sqrt(degreesOfFreedom));
    double sin = Math.sin(theta);
    double cos = Math.cos(theta);
    double cosSquared = cos * cos;
    double centralMass;
    if (degreesOfFreedom % 2 == 1) {
      double sum = 0;
      if (degreesOfFreedom > 1) {
        double term = 1;
        sum = 1;
        for (int k = 3; k <= degreesOfFreedom - 2; k += 2) {
          term *= cosSquared * (k - 1) / k;
          sum += term;
        }
      }
      centralMass = 2 / Math.PI * (theta + sin * cos * sum);
    } else {
      double term = 1;
      double sum = 1;
      for (int k = 2; k <= degreesOfFreedom - 2; k += 2) {
        term *= cosSquared * (k - 1) / k;
        sum += term;
      }
      centralMass = sin * sum;
    }
    return t < 0 ? (1 - centralMass) / 2 : (1 + centralMass) / 2;
  }

  /**
   * The {@code probability} quantile of Student's t, found by bisection on {@link #studentTCdf},
   * which is monotone: exact to the last bit a double can resolve.
   *
   * @param probability strictly between 0 and 1
   */
  static double studentTQuantile(double probability, int degreesOfFreedom) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException(
          "A quantile needs a probability in (0, 1): " + probability);
    }
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("Student's t needs at least 1 degree of freedom");
    }
    if (probability < 0.5) {
      return -studentTQuantile(1 - probability, degreesOfFreedom);
    }
    if (probability == 0.5) {
      return 0;
    }
    double low = 0;
    double high = 1;
    while (studentTCdf(high, degreesOfFreedom) < probability) {
      low = high;
      high *= 2;
    }
    while (true) {
      double middle = low + (high - low) / 2;
      if (middle <= low || middle >= high) {
        return middle;
      }
      if (studentTCdf(middle, degreesOfFreedom) < probability) {
        low = middle;
      } else {
        high = middle;
      }
    }
  }

  /**
   * The upper tail P(X ≥ k) of X ~ Binomial(n, 1/2): the sum of C(n, i)/2ⁿ for i from k to n,
   * summed over the shorter tail, smallest terms first. By symmetry P(X ≥ k) = P(X ≤ n − k); a
   * lower tail reaching past the middle is one minus the other one.
   */
  static double binomialHalfUpperTail(int n, int k) {
    if (k <= 0) {
      return 1;
    }
    if (k > n) {
      return 0;
    }
    return binomialHalfLowerTail(n, n - k);
  }

  /**
   * P(X ≤ m) for X ~ Binomial(n, 1/2), 0 ≤ m ≤ n, with m below n/2 summed directly: C(n, i) is
   * built from C(n, i − 1) by one multiplication and one division, in a floating scale that is
   * moved by 2⁻⁹⁰⁰ whenever the sum grows past 2⁹⁰⁰ and applied with 2⁻ⁿ at the end. Every term is
   * positive, so the sum is exact for small n and accurate to about 10⁻¹³ at n = 50,000.
   */
  private static double binomialHalfLowerTail(int n, int m) {
    if (2L * m >= n) {
      return 1 - binomialHalfLowerTail(n, n - m - 1);
    }
    if (m < 0) {
      return 0;
    }
    double term = 1;
    double sum = 1;
    int scale = 0;
    for (int i = 1; i <= m; i++) {
      term = term * (n - i + 1) / i;
      sum += term;
      if (sum > 0x1p900) {
        term = Math.scalb(term, -900);
        sum = Math.scalb(sum, -900);
        scale += 900;
      }
    }
    return Math.min(1, Math.scalb(sum, scale - n));
  }
}
