package dev.benchgate.assertj;

/**
 * The score a scenario run needs to pass, for a pass-rate gate, made by {@link
 * BenchgateAssertions#atScore(double)}. A separate type, rather than a second {@code double}, so
 * that the pass rate and the score of {@code hasPassRateAtLeast(0.9, atScore(0.5))} cannot be
 * swapped or misread: both are numbers from 0 to 1.
 *
 * <pre>{@code
 * assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5)); // 90 % of the scenario runs score >= 0.5
 * }</pre>
 *
 * @param score the lowest score that passes, from 0 to 1
 */
public record PassingScore(double score) {

  /** Checks the score. */
  public PassingScore {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "The passing score must be between 0 and 1, but was " + score);
    }
  }
}
