package dev.benchgate.junit.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.junit.ConfigurationKeys;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "PT30S, PT30S",
    "pt5m, PT5M",
    "P1DT2H, PT26H",
    "500ms, PT0.5S",
    "30s, PT30S",
    "5m, PT5M",
    "1h, PT1H",
    "1d, PT24H",
    "' 30 s ', PT30S",
    "0s, PT0S"
  })
  void reads_iso_8601_and_numbers_with_a_unit(String text, Duration expected) {
    assertThat(Durations.parse(ConfigurationKeys.AWAIT_TIMEOUT, text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "30", "-5s", "PT-1S", "30 sec", "1.5m", ""})
  void refuses_anything_else_naming_the_key(String text) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> Durations.parse(ConfigurationKeys.AWAIT_POLL_INTERVAL, text))
        .withMessageStartingWith(
            "The configuration parameter benchgate.await.poll-interval is '" + text + "'");
  }
}
