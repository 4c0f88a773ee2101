package dev.benchgate.assertj;

/**
 * A share given as a percentage, made by {@link BenchgateAssertions#percent(double)}: for a budget
 * such as {@code hasInfrastructureFailuresAtMost(percent(10))}. A separate type, so that a
 * percentage can never be read as a count: {@code hasInfrastructureFailuresAtMost(10)} allows ten
 * scenario runs, {@code hasInfrastructureFailuresAtMost(percent(10))} a tenth of them.
 *
 * <pre>{@code
 * assertThat(outcome).hasInfrastructureFailuresAtMost(percent(10));
 * }</pre>
 *
 * @param value the percentage, from 0 to 100, e.g. 10 for a tenth
 */
public record Percent(double value) {

  /** Checks the percentage. */
  public Percent {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(
          "A percentage must be between 0 and 100, but was " + value);
    }
  }
}
