package dev.benchgate.assertj;

/**
 * A confidence level for a gate that must hold "not by luck", made by {@link
 * BenchgateAssertions#withConfidence(double)}: a benchmark is a sample of the tasks an agent will
 * meet, so a mean score of 0.82 on 20 scenarios may come from an agent whose true mean is below
 * 0.8. A separate type, rather than a second {@code double}, so that {@code
 * hasMeanScoreAtLeast(0.8, withConfidence(0.95))} cannot be misread or its arguments swapped.
 *
 * <pre>{@code
 * assertThat(outcome).hasMeanScoreAtLeast(0.8, withConfidence(0.95));
 * }</pre>
 *
 * @param level the probability that the bound a gate checks is below the true value, strictly
 *     between 0 and 1, e.g. 0.95
 */
public record Confidence(double level) {

  /** Checks the level. */
  public Confidence {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "The confidence level must be between 0 and 1, both excluded, but was " + level);
    }
  }
}
