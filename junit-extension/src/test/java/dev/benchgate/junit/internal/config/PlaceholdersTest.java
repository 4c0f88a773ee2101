package dev.benchgate.junit.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class PlaceholdersTest {
  private static final Requester REQUESTER = new Requester("parameter [run]");

  private final Placeholders placeholders =
      new Placeholders(
          Map.of("RUN_PREFIX", "bmr_", "RUN_NUMBER", "42", "EMPTY", "")::get,
          key -> Optional.ofNullable(Map.of("run.suffix", "_b").get(key)));

  @Test
  void expands_every_placeholder_of_a_value_and_strips_it() {
    ConfiguredValue expanded =
        placeholders.expand(
            new ConfiguredValue(" ${env:RUN_PREFIX}${env:RUN_NUMBER}${sys:run.suffix} ", "origin"),
            REQUESTER);

    assertThat(expanded).isEqualTo(new ConfiguredValue("bmr_42_b", "origin"));
  }

  @Test
  void leaves_text_without_placeholders_as_it_is() {
    assertThat(placeholders.expand(new ConfiguredValue("bmr_1", "origin"), REQUESTER).value())
        .isEqualTo("bmr_1");
  }

  @Test
  void keeps_dollar_signs_of_values_literal() {
    Placeholders dollars = new Placeholders(Map.of("RUN", "bmr_$1")::get, key -> Optional.empty());

    assertThat(dollars.expand(new ConfiguredValue("${env:RUN}", "origin"), REQUESTER).value())
        .isEqualTo("bmr_$1");
  }

  @Test
  void refuses_a_placeholder_without_a_name() {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> placeholders.expand(new ConfiguredValue("${env:}", "origin"), REQUESTER))
        .withMessageStartingWith("Unknown placeholder ${env:} in origin for parameter [run]");
  }

  @Test
  void refuses_a_value_that_expands_to_nothing() {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(
            () -> placeholders.expand(new ConfiguredValue("${env:EMPTY}", "origin"), REQUESTER))
        .withMessageContaining("the environment variable EMPTY is blank");
  }
}
