package dev.benchgate.junit;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.RunloopClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class BuilderTest {

  @Test
  void a_base_url_and_a_client_exclude_each_other() {
    try (RunloopClient client =
        RunloopClient.builder().apiKey(GateKit.CANARY_KEY).baseUrl("http://127.0.0.1:9/").build()) {
      BenchgateExtension.Builder builder =
          BenchgateExtension.builder().baseUrl("https://runloop.example.com").client(client);

      assertThatExceptionOfType(ExtensionConfigurationException.class)
          .isThrownBy(builder::build)
          .withMessage(
              "BenchgateExtension.builder() was given both baseUrl(…) and client(…): the client"
                  + " has its own base URL, so give one or the other.");
    }
  }

  @Test
  void blank_values_are_refused() {
    assertThatExceptionOfType(ExtensionConfigurationException.class)
        .isThrownBy(() -> BenchgateExtension.builder().benchmarkRun(" "))
        .withMessage("BenchgateExtension.builder().benchmarkRun(…) was given a blank value.");
  }
}
