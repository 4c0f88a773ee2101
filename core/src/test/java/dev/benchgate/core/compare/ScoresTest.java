package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void a_mean_that_prints_as_the_threshold_reaches_it() {
    double meanOfThreeRunsOf07 = (0.7 + 0.7 + 0.7) / 3;

    assertThat(meanOfThreeRunsOf07).isLessThan(0.7);
    assertThat(Scores.isAtLeast(meanOfThreeRunsOf07, 0.7)).isTrue();
    assertThat(Scores.isAtLeast(0.7 - 1e-8, 0.7)).isFalse();
  }

  @Test
  void a_drop_that_prints_as_the_margin_is_within_it() {
    assertThat(0.7 - 0.9).isLessThan(-0.2);
    assertThat(Scores.isAtLeast(0.7 - 0.9, -0.2)).isTrue();
    assertThat(Scores.isAtMost(0.9 - 0.7, 0.2)).isTrue();
    assertThat(Scores.isAtMost(0.2 + 1e-8, 0.2)).isFalse();
  }

  @Test
  void above_means_beyond_the_tolerance() {
    assertThat(Scores.isAbove(0.1 + 0.2, 0.3)).isFalse();
    assertThat(Scores.isAbove(0.3 + 1e-8, 0.3)).isTrue();
  }

  @Test
  void equal_and_within_allow_the_tolerance() {
    assertThat(Scores.areEqual(0.1 + 0.2, 0.3)).isTrue();
    assertThat(Scores.areEqual(0.3, 0.3 + 1e-8)).isFalse();
    assertThat(Scores.isWithin(0.75, 0.8, 0.05, false)).isTrue();
    assertThat(Scores.isWithin(0.75, 0.8, 0.05, true)).isFalse();
    assertThat(Scores.isWithin(0.76, 0.8, 0.05, true)).isTrue();
  }
}
