package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunSourceTest {
  private static final Requester REQUESTER = new Requester("parameter [run]");

  @Test
  void a_run_id_names_a_run_on_the_api() {
    RunSource source = RunSource.parse(new ConfiguredValue("bmr_123", "origin"), REQUESTER);

    assertThat(source).isEqualTo(new RunSource.RunId("bmr_123"));
    assertThat(source.describe()).isEqualTo("benchmark run bmr_123");
  }

  @ParameterizedTest
  @CsvSource({
    "file:baselines/main.json, file:",
    "classpath:runs/nightly.json, classpath:",
    "latest:bmd_1?metadata.branch=main, latest:",
    "https://api.runloop.ai/v1/benchmark_runs/bmr_1, https:"
  })
  void prefixes_this_version_does_not_know_are_refused(String text, String prefix) {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> RunSource.parse(new ConfiguredValue(text, "origin"), REQUESTER))
        .withMessage(
            "The run source '"
                + text
                + "' from origin for parameter [run] starts with '"
                + prefix
                + "', which this version of Benchgate does not support: give a benchmark run id"
                + " such as bmr_123, optionally through ${env:NAME} or ${sys:name}.");
  }
}
