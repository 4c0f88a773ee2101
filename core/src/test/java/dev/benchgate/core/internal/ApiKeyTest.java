package dev.benchgate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApiKeyTest {
  private static final String CANARY = "test-key-canary-0000";

  @Test
  void never_prints_the_key() {
    assertThat(ApiKey.of(CANARY)).hasToString("ApiKey[redacted API key]");
  }

  @Test
  void redacts_the_key_from_text_a_server_sent() {
    ApiKey key = ApiKey.of(CANARY);

    assertThat(key.redact("bad token Bearer " + CANARY + " and " + CANARY))
        .isEqualTo("bad token Bearer [redacted API key] and [redacted API key]");
    assertThat(key.redact(null)).isNull();
  }

  @Test
  void rejects_blank_keys_and_keys_with_whitespace() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ApiKey.of(" "))
        .withMessage("The API key is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> ApiKey.of("test-key\tcanary"));
    assertThatIllegalArgumentException().isThrownBy(() -> ApiKey.of("test-key\u0000canary"));
  }

  @Test
  void rejects_keys_too_short_to_be_real_without_repeating_them() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ApiKey.of("test-ke"))
        .withMessage(
            "The API key has 7 characters, fewer than the 8 of any real key; check how it was"
                + " copied");
    assertThat(ApiKey.of("test-key")).isNotNull();
  }
}
