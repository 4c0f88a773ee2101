package dev.benchgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  @Test
  void shows_terminal_escape_sequences_as_visible_escapes() {
    assertThat(UntrustedText.printable("bmr_base\u001b[2J\u001b[31mred\u0007"))
        .isEqualTo("bmr_base\\u001B[2J\\u001B[31mred\\u0007");
  }

  @Test
  void shows_line_breaks_and_tabs_by_their_usual_escapes() {
    assertThat(UntrustedText.printable("a\nb\r\tc")).isEqualTo("a\\nb\\r\\tc");
  }

  @Test
  void shows_c1_controls_separators_bidirectional_overrides_and_zero_width_characters() {
    assertThat(UntrustedText.printable("\u009b2J|\u2028|\u202e|\u2066|\u200b|\ufeff|\u007f"))
        .isEqualTo("\\u009B2J|\\u2028|\\u202E|\\u2066|\\u200B|\\uFEFF|\\u007F");
  }

  @Test
  void an_osc_8_hyperlink_cannot_hide_its_target() {
    assertThat(UntrustedText.printable("\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007"))
        .isEqualTo("\\u001B]8;;https://evil.example\\u0007click\\u001B]8;;\\u0007");
  }

  @Test
  void keeps_printable_text_of_every_script_as_it_is() {
    String text = "fix-utf8 — Grüße, 日本語, émoji 🚀, <b>&amp;</b>";

    assertThat(UntrustedText.printable(text)).isSameAs(text);
  }

  @Test
  void prints_null_as_null() {
    assertThat(UntrustedText.printable(null)).isEqualTo("null");
  }
}
