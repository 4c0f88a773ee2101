package dev.benchgate.junit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void prints_scores_and_deltas_as_the_formatter_would() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      double value = (random.nextDouble() * 2 - 1) * (i % 2 == 0 ? 1 : 400);
      assertThat(Figures.fixed(value, 2))
          .as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
      assertThat(Figures.delta(value)).isEqualTo(String.format(Locale.ROOT, "%+.2f", value));
    }
  }

  @Test
  void rounds_the_edges_as_the_formatter_does() {
    for (double value : new double[] {0, 0.125, 0.005, 2.675, 1.005, -0.001, -0.005, 0.995, 1}) {
      assertThat(Figures.fixed(value, 2))
          .as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
      assertThat(Figures.fixed(value * 320, 1))
          .isEqualTo(String.format(Locale.ROOT, "%.1f", value * 320));
    }
  }

  @Test
  void prints_what_is_no_number_as_java_does() {
    assertThat(Figures.score(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Figures.delta(Double.NaN)).isEqualTo("NaN");
    assertThat(Figures.score(null)).isEqualTo("–");
  }
}
