package dev.benchgate.core.repeated;

/**
 * The unbiased estimators of how often an agent solves a scenario within k tries, from n runs of
 * which c passed, for one scenario; {@link RepeatedOutcome} averages them over scenarios.
 *
 * <ul>
 *   <li><b>pass@k</b>, the chance that at least one of k runs drawn without replacement from the n
 *       passes: pass@k = 1 − C(n−c, k) / C(n, k) (Chen et al. 2021, "Evaluating Large Language
 *       Models Trained on Code", arXiv:2107.03374, §2.1). It is the unbiased estimate of the chance
 *       that one of k fresh tries solves the scenario; 1 − (1 − c/n)ᵏ is not.
 *   <li><b>pass^k</b> ("pass hat k"), the chance that all of k runs drawn without replacement pass:
 *       pass^k = C(c, k) / C(n, k) (Yao et al. 2024, "τ-bench", arXiv:2406.12045, §4): how reliably
 *       the agent solves it, every time.
 * </ul>
 *
 * <p>Both are computed as products of k ratios, C(n−c, k)/C(n, k) = ∏ᵢ₌₀ᵏ⁻¹ (n−c−i)/(n−i) and C(c,
 * k)/C(n, k) = ∏ᵢ₌₀ᵏ⁻¹ (c−i)/(n−i), never as binomial coefficients, which overflow a double beyond
 * n ≈ 1,030; every factor lies in [0, 1], so the product neither overflows nor loses more than k
 * rounding steps. With k = 1 both are c/n.
 *
 * <pre>{@code
 * PassAtK.passAtK(5, 2, 3);   // 0.9: at least one of 3 of these 5 runs passes
 * PassAtK.passHatK(5, 2, 2);  // 0.1: both of 2 of these 5 runs pass
 * }</pre>
 */
public final class PassAtK {
  private PassAtK() {}

  /**
   * Estimates pass@k of one scenario: 1 − C(n−c, k) / C(n, k).
   *
   * <pre>{@code
   * PassAtK.passAtK(10, 3, 1); // 0.3
   * }</pre>
   *
   * @param n the scenario's runs, at least 1
   * @param c how many of them passed, from 0 to n
   * @param k the tries, from 1 to n
   * @return the estimate, from 0 to 1; 1 when fewer than k runs failed
   * @throws IllegalArgumentException when a count is out of its range
   */
  public static double passAtK(int n, int c, int k) {
    check(n, c, k);
    if (n - c < k) {
      return 1; // every draw of k runs holds one that passed
    }
    return 1 - ratioOfChoices(n - c, n, k);
  }

  /**
   * Estimates pass^k of one scenario: C(c, k) / C(n, k).
   *
   * <pre>{@code
   * PassAtK.passHatK(10, 9, 3); // 0.7
   * }</pre>
   *
   * @param n the scenario's runs, at least 1
   * @param c how many of them passed, from 0 to n
   * @param k the tries, from 1 to n
   * @return the estimate, from 0 to 1; 0 when fewer than k runs passed
   * @throws IllegalArgumentException when a count is out of its range
   */
  public static double passHatK(int n, int c, int k) {
    check(n, c, k);
    if (c < k) {
      return 0; // no draw of k runs passes throughout
    }
    return ratioOfChoices(c, n, k);
  }

  /** C(m, k) / C(n, k) for m ≤ n, as ∏ᵢ₌₀ᵏ⁻¹ (m − i)/(n − i). */
  private static double ratioOfChoices(int m, int n, int k) {
    double ratio = 1;
    for (int i = 0; i < k; i++) {
      ratio *= (double) (m - i) / (n - i);
    }
    return ratio;
  }

  private static void check(int n, int c, int k) {
    if (n < 1) {
      throw new IllegalArgumentException("There must be at least one run, but n was " + n);
    }
    if (c < 0 || c > n) {
      throw new IllegalArgumentException(
          "The runs that passed must be from 0 to the " + n + " runs, but c was " + c);
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException(
          "k must be from 1 to the "
              + n
              + " runs: an estimate of k tries needs at least k runs, but k was "
              + k);
    }
  }
}
