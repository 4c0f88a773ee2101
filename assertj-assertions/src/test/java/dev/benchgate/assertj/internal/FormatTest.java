package dev.benchgate.assertj.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.compare.ConfidenceInterval;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {

  @ParameterizedTest
  @CsvSource({"0.8, 0.8", "1.0, 1", "0.0, 0", "0.00001, 0.00001", "0.7200, 0.72"})
  void prints_a_score_as_its_shortest_plain_decimal(double score, String printed) {
    then(Format.score(score)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({
    "-0.20000000000000007, -0.2",
    "0.05, +0.05",
    "-0.012345, -0.0123",
    "0.0, 0",
    "-0.0, 0",
    "-0.375, -0.375"
  })
  void prints_a_score_change_signed_with_three_significant_digits(double change, String printed) {
    then(Format.change(change)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({"0.03125, 0.0312", "0.049996, 0.0499", "1.0, 1", "0.0000499975, 0.0000499"})
  void prints_a_p_value_cut_towards_zero_so_it_never_reads_above_the_real_one(
      double pValue, String printed) {
    then(Format.pValue(pValue)).isEqualTo(printed);
  }

  @Test
  void prints_an_interval_with_its_level_and_signed_bounds() {
    then(Format.interval(new ConfidenceInterval(-0.45, 0.15000000000000002, 0.95)))
        .isEqualTo("95 % interval [-0.45, +0.15]");
  }

  @ParameterizedTest
  @CsvSource({
    "PT45M12S, 45m 12s",
    "PT1H5M, 1h 5m",
    "PT26H0M1S, 26h 1s",
    "PT0.25S, 0.25s",
    "PT10M0.25S, 10m 0.25s",
    "PT0S, 0s"
  })
  void prints_a_duration_the_way_people_read_it(Duration duration, String printed) {
    then(Format.duration(duration)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a       | "a"
          a,b     | "a" and "b"
          a,b,c   | "a", "b" and "c"
          """)
  void joins_quoted_names_as_prose(String names, String printed) {
    then(Format.quotedList(List.of(names.split(",")))).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  \n "})
  void says_a_blank_output_is_no_output(String output) {
    then(Format.output(output)).isEqualTo(System.lineSeparator() + "It has no output.");
  }
}
