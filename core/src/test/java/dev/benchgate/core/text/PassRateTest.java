package dev.benchgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PassRateTest {

  @Test
  void prints_the_share_with_four_significant_digits_and_the_counts() {
    assertThat(PassRate.of(35, 48)).hasToString("0.7291 (35 of 48 passed)");
    assertThat(PassRate.of(2, 4)).hasToString("0.5 (2 of 4 passed)");
    assertThat(PassRate.of(1, 3)).hasToString("0.3333 (1 of 3 passed)");
  }

  @Test
  void cuts_the_share_towards_zero_so_a_failing_rate_never_prints_as_the_limit() {
    // 89,999 of 100,000 is below 0.9 and must not print as 0.9
    assertThat(PassRate.of(89_999, 100_000).shareText()).isEqualTo("0.8999");
    assertThat(PassRate.of(2, 3).shareText()).isEqualTo("0.6666");
  }

  @Test
  void prints_whole_shares_without_decimals() {
    assertThat(PassRate.of(4, 4)).hasToString("1 (4 of 4 passed)");
    assertThat(PassRate.of(0, 4)).hasToString("0 (0 of 4 passed)");
  }

  @Test
  void nothing_judged_is_no_rate() {
    assertThat(PassRate.of(0, 0)).hasToString("none (0 judged)");
    assertThat(PassRate.of(0, 0).share()).isZero();
  }

  @Test
  void refuses_counts_that_make_no_rate() {
    assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(3, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(-1, 2));
  }
}
