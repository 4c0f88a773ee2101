package dev.benchgate.assertj.error;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import java.util.List;
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
