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
  void redacts_the_key_in_any_case_and_in_the_forms_a_url_gives_it() {
    ApiKey key = ApiKey.of("Sk+Live/Key=0042");

    assertThat(key.redact("UnknownHostException: sk+live/key=0042.invalid"))
        .isEqualTo("UnknownHostException: [redacted API key].invalid");
    assertThat(
            key.redact("https://proxy.example/Sk+Live%2FKey=0042/v1?token=Sk%2BLive%2fKey%3D0042"))
        .isEqualTo("https://proxy.example/[redacted API key]/v1?token=[redacted API key]");
    assertThat(key.appearsIn("path /sk%2BLIVE%2FKEY%3D0042")).isTrue();
    assertThat(key.appearsIn("nothing here")).isFalse();
    assertThat(key.appearsIn(null)).isFalse();
  }

  @Test
  void redacts_a_cut_text_and_drops_the_start_of_a_key_left_at_its_end() {
    ApiKey key = ApiKey.of(CANARY);

    assertThat(key.redactCut("token test-key-cana")).isEqualTo("token ");
    assertThat(key.redactCut("token t")).isEqualTo("token ");
    assertThat(key.redactCut("token " + CANARY)).isEqualTo("token [redacted API key]");
    assertThat(key.redactCut(CANARY + " and test-key")).isEqualTo("[redacted API key] and ");
    assertThat(key.redactCut("no key here")).isEqualTo("no key here");
    assertThat(key.redactCut("token TEST-KEY-CA")).isEqualTo("token ");
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
