package dev.benchgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassRateTest {

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
    "2, 4, 50 %",
    "11, 12, 91.6 %", // 91.666…: cut, never rounded up
    "35, 48, 72.9 %", // 72.916…
    "2, 3, 66.6 %",
    "1, 3, 33.3 %",
    "29, 50, 58 %", // 0.58 is 0.57999999999999996 in binary
    "7, 10, 70 %",
    "899, 1000, 89.9 %",
    "8999, 10000, 89.9 %", // a rate that misses 90 % never prints as 90 %
    "9999, 10000, 99.9 %", // 100 % means every one passed
    "10, 10, 100 %",
    "0, 10, 0 %",
    "1, 10000, 0 %"
  })
  void prints_a_share_as_a_percentage_cut_to_one_decimal(int passed, int total, String printed) {
    assertThat(PassRate.percent(passed / (double) total)).isEqualTo(printed);
    assertThat(PassRate.of(passed, total).shareText()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void refuses_what_is_not_a_rate(double rate) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassRate.percent(rate))
        .withMessage("A rate must be between 0 and 1, but was " + rate);
  }

  @Test
  void prints_the_share_with_the_counts_it_comes_from() {
    assertThat(PassRate.of(35, 48)).hasToString("72.9 % (35 of 48 passed)");
    assertThat(PassRate.of(2, 4)).hasToString("50 % (2 of 4 passed)");
    assertThat(PassRate.of(4, 4)).hasToString("100 % (4 of 4 passed)");
    assertThat(PassRate.of(0, 4)).hasToString("0 % (0 of 4 passed)");
  }

  @Test
  void says_when_nothing_was_judged() {
    assertThat(PassRate.of(0, 0)).hasToString("none (0 judged)");
    assertThat(PassRate.of(0, 0).share()).isZero();
  }

  @Test
  void refuses_counts_that_make_no_rate() {
    assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(3, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(-1, 2));
  }
}
