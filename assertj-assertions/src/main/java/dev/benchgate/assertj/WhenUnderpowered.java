package dev.benchgate.assertj;

/**
 * What a significance gate does when its tests have too few scenarios to ever reach its level: a
 * test on n scenarios cannot give a p-value below 2⁻ⁿ, so with 4 scenarios nothing is significant
 * at 0.05, and the gate could never fail. Such a gate could not judge, so it never passes.
 *
 * <pre>{@code
 * assertThat(current).comparedTo(baseline).hasNoSignificantRegression(0.05, WhenUnderpowered.ABORT);
 * }</pre>
 */
public enum WhenUnderpowered {
  /**
   * Fail, saying the smallest p-value each test can reach and how many scenarios it needs. The
   * default.
   */
  FAIL,
  /**
   * Abort the test with the same message, through AssertJ's assumptions: JUnit reports it as
   * skipped, neither passed nor failed. For gates shared by benchmarks of different sizes, where a
   * small one is expected.
   */
  ABORT
}
