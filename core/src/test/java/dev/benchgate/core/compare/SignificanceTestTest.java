package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignificanceTestTest {
  private static final SignificanceTest FOUR_DROPS =
      new SignificanceTest(
          SignificanceTest.Kind.SIGN_FLIP, SignificanceTest.Method.EXACT, 4, 0.0625, 0.0625);

  @Test
  void is_significant_at_a_level_its_p_value_reaches() {
    SignificanceTest test =
        new SignificanceTest(
            SignificanceTest.Kind.MCNEMAR, SignificanceTest.Method.EXACT, 48, 0.0327, 3.6e-15);

    assertThat(test.isSignificantAt(0.05)).isTrue();
    assertThat(test.isSignificantAt(0.0327)).isTrue();
    assertThat(test.isSignificantAt(0.01)).isFalse();
    assertThat(test.isUnderpoweredAt(0.01)).isFalse();
    assertThat(test).hasToString("p = 0.0327 (one-sided exact McNemar test, exact, 48 scenarios)");
  }

  @Test
  void is_underpowered_when_even_all_scenarios_worse_could_not_reach_the_level() {
    assertThat(FOUR_DROPS.isUnderpoweredAt(0.05)).isTrue();
    assertThat(FOUR_DROPS.isSignificantAt(0.05)).isFalse();
    assertThat(FOUR_DROPS.isUnderpoweredAt(0.1)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"0.5, 1", "0.1, 4", "0.05, 5", "0.03125, 5", "0.01, 7", "0.001, 10", "0.0001, 14"})
  void needs_as_many_scenarios_as_halvings_to_reach_the_level(double alpha, int needed) {
    assertThat(SignificanceTest.scenariosNeededAt(alpha)).isEqualTo(needed);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.00005, 0.51, 1, -0.05, Double.NaN})
  void refuses_a_level_it_cannot_judge(double alpha) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FOUR_DROPS.isSignificantAt(alpha))
        .withMessage("The significance level alpha must be from 0.0001 to 0.5, but was " + alpha);
  }
}
