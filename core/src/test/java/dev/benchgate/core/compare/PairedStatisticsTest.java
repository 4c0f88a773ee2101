package dev.benchgate.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pins the statistics on cases small enough to check by hand. */
class PairedStatisticsTest {

  @Test
  void exact_mcnemar_matches_the_binomial_tail_by_hand() {
    // 7 pass->fail, 1 fail->pass: 2 * (C(8,0) + C(8,1)) / 2^8 = 18/256
    assertThat(PairedStatistics.exactMcNemarPValue(7, 1)).isCloseTo(0.0703125, within(1e-12));
    // 10 flips all one way: 2 / 2^10
    assertThat(PairedStatistics.exactMcNemarPValue(10, 0)).isCloseTo(0.001953125, within(1e-12));
    assertThat(PairedStatistics.exactMcNemarPValue(0, 10)).isCloseTo(0.001953125, within(1e-12));
  }

  @Test
  void exact_mcnemar_is_one_without_flips_or_with_balanced_flips() {
    assertThat(PairedStatistics.exactMcNemarPValue(0, 0)).isEqualTo(1.0);
    assertThat(PairedStatistics.exactMcNemarPValue(5, 5)).isEqualTo(1.0);
  }

  @Test
  void exact_mcnemar_stays_finite_for_large_counts() {
    assertThat(PairedStatistics.exactMcNemarPValue(600, 400)).isBetween(0.0, 1e-9);
    assertThat(PairedStatistics.exactMcNemarPValue(500, 500)).isEqualTo(1.0);
  }

  @Test
  void sign_flip_test_enumerates_all_assignments_for_small_samples() {
    // Only all-positive and all-negative reach |sum| = 0.6: 2 of 8 assignments.
    assertThat(PairedStatistics.signFlipPValue(new double[] {0.1, 0.2, 0.3})).isEqualTo(0.25);
    // Five drops in a row: 2 of 32.
    assertThat(PairedStatistics.signFlipPValue(new double[] {-0.5, -0.4, -0.3, -0.2, -0.1}))
        .isEqualTo(0.0625);
    // A balanced change is no evidence at all.
    assertThat(PairedStatistics.signFlipPValue(new double[] {0.3, -0.3})).isEqualTo(1.0);
    assertThat(PairedStatistics.signFlipPValue(new double[0])).isEqualTo(1.0);
  }

  @Test
  void sign_flip_test_samples_reproducibly_for_large_samples() {
    double[] drops = new double[40];
    Arrays.fill(drops, -0.1);
    double[] noise = new double[40];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = i % 2 == 0 ? 0.1 : -0.1;
    }

    double p = PairedStatistics.signFlipPValue(drops);

    assertThat(p).isEqualTo(PairedStatistics.signFlipPValue(drops));
    assertThat(p).isEqualTo(1.0 / (PairedStatistics.PERMUTATION_SAMPLES + 1));
    assertThat(PairedStatistics.signFlipPValue(noise)).isEqualTo(1.0);
  }

  @Test
  void bootstrap_interval_is_pinned_by_its_fixed_seed() {
    double[] deltas = {-0.4, -0.1, 0.0, 0.05, 0.1, -0.2, -0.3, 0.0};

    ConfidenceInterval interval = PairedStatistics.bootstrapMeanInterval(deltas, 0.95);

    assertThat(interval).isEqualTo(PairedStatistics.bootstrapMeanInterval(deltas, 0.95));
    assertThat(interval.level()).isEqualTo(0.95);
    assertThat(interval.lower()).isCloseTo(-0.225, within(1e-9));
    assertThat(interval.upper()).isCloseTo(0.0, within(1e-9));
    assertThat(PairedStatistics.mean(deltas)).isBetween(interval.lower(), interval.upper());
  }

  @Test
  void bootstrap_interval_of_identical_deltas_is_a_point() {
    ConfidenceInterval interval =
        PairedStatistics.bootstrapMeanInterval(new double[] {-0.2, -0.2, -0.2}, 0.9);

    assertThat(interval.lower()).isCloseTo(-0.2, within(1e-12));
    assertThat(interval.upper()).isCloseTo(-0.2, within(1e-12));
    assertThat(interval.isEntirelyBelow(0)).isTrue();
    assertThat(interval).hasToString("[-0.200, -0.200] (90%)");
  }
}
