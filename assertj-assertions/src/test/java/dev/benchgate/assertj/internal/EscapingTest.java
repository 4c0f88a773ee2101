package dev.benchgate.assertj.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.assertj.core.presentation.CompositeRepresentation;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscapingTest {

  private record Label(String text) {}

  @ParameterizedTest(name = "U+{0} prints as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "001B | \\u001B", // ESC: starts colour, cursor and OSC 8 hyperlink sequences
        "0007 | \\u0007", // BEL
        "0000 | \\u0000",
        "000A | \\n", // a line feed would forge a line of the message
        "000D | \\r", // a carriage return would overwrite it
        "0009 | \\t",
        "000B | \\u000B",
        "007F | \\u007F", // DEL
        "0085 | \\u0085", // NEL, a C1 control
        "009B | \\u009B", // CSI, the one-character ESC [
        "202E | \\u202E", // RIGHT-TO-LEFT OVERRIDE
        "202A | \\u202A", // LEFT-TO-RIGHT EMBEDDING
        "2066 | \\u2066", // LEFT-TO-RIGHT ISOLATE
        "2069 | \\u2069", // POP DIRECTIONAL ISOLATE
        "200F | \\u200F", // RIGHT-TO-LEFT MARK
        "061C | \\u061C", // ARABIC LETTER MARK
        "200B | \\u200B", // ZERO WIDTH SPACE
        "FEFF | \\uFEFF", // ZERO WIDTH NO-BREAK SPACE
        "2028 | \\u2028", // LINE SEPARATOR
        "2029 | \\u2029", // PARAGRAPH SEPARATOR
        "D800 | \\uD800" // an unpaired surrogate
      })
  void shows_a_control_or_format_character_as_a_visible_escape(String hex, String shown) {
    // GIVEN
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
    // WHEN/THEN
    then(Escaping.escape(text)).isEqualTo("a" + shown + "b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fix-login-bug",
        "naïve café – größe",
        "修复登录错误",
        "إصلاح الخطأ", // right-to-left text is shown; only the invisible overrides are escaped
        "emoji 🚀", // a surrogate pair
        "back\\slash and \"quotes\" and 50 %"
      })
  void keeps_printable_text_as_it_is(String text) {
    then(Escaping.escape(text)).isSameAs(text);
  }

  @Test
  void escapes_a_format_character_outside_the_basic_plane_as_its_surrogate_pair() {
    // GIVEN U+E0001 LANGUAGE TAG
    String text = "a" + new String(Character.toChars(0xE0001)) + "b";
    // WHEN/THEN
    then(Escaping.escape(text)).isEqualTo("a\\uDB40\\uDC01b");
  }

  @Test
  void shows_terminal_sequences_as_the_text_they_are() {
    // GIVEN a colour, a screen clear, a bell and an OSC 8 hyperlink
    String text = "\u001B[31mred\u001B[0m\u001B[2J\u0007\u001B]8;;https://evil.example\u001B\\link";
    // WHEN/THEN
    then(Escaping.escape(text))
        .isEqualTo(
            "\\u001B[31mred\\u001B[0m\\u001B[2J\\u0007\\u001B]8;;https://evil.example\\u001B\\link");
  }

  @Test
  void escaping_escaped_text_changes_nothing() {
    // GIVEN
    String once = Escaping.escape("a\u001B\nb\u202Ec");
    // WHEN/THEN
    then(Escaping.escape(once)).isEqualTo(once);
  }

  @Test
  void prints_null_as_string_concatenation_does() {
    then(Escaping.escape(null)).isEqualTo("null");
  }

  @Test
  void keeps_the_line_breaks_of_a_text_of_several_lines_and_escapes_the_rest() {
    // GIVEN
    String text = "one\u001B\ntwo\r\nthree\rstill three\u2028";
    // WHEN/THEN
    then(Escaping.escapeLines(text)).isEqualTo("one\\u001B\ntwo\r\nthree\\rstill three\\u2028");
  }

  @Test
  void a_representation_escapes_every_value_it_prints() {
    // GIVEN
    var representation = Escaping.representation(new StandardRepresentation());
    // WHEN/THEN
    then(representation.toStringOf("a\u001Bb")).isEqualTo("\"a\\u001Bb\"");
    then(representation.unambiguousToStringOf("a\u202Eb")).contains("a\\u202Eb");
    then(Escaping.representation(representation)).isSameAs(representation);
  }

  @Test
  void assertj_default_representation_escapes_inside_each_value_and_keeps_its_own_layout() {
    // GIVEN AssertJ's default, its composite of the standard representation alone
    Representation representation =
        Escaping.representation(
            new CompositeRepresentation(List.of(StandardRepresentation.STANDARD_REPRESENTATION)));
    List<Label> labels =
        List.of(new Label("one\nFORGED"), new Label("x".repeat(60)), new Label("y".repeat(60)));
    // WHEN
    String printed = representation.toStringOf(labels);
    // THEN
    then(representation.toStringOf(new Label("a\r\nb\u001B")))
        .isEqualTo("Label[text=a\\r\\nb\\u001B]");
    then(printed.lines())
        .containsExactly(
            "[Label[text=one\\nFORGED],",
            "    Label[text=" + "x".repeat(60) + "],",
            "    Label[text=" + "y".repeat(60) + "]]");
  }

  @Test
  void a_representation_of_the_user_keeps_its_line_breaks_and_escapes_the_rest() {
    // GIVEN
    Representation custom = object -> "custom\n" + object + "\u001B";
    // WHEN/THEN
    then(Escaping.representation(custom).toStringOf("x")).isEqualTo("custom\nx\\u001B");
  }

  @Test
  void a_description_prints_escaped() {
    // GIVEN
    var description = Escaping.description(new TextDescription("run %s", "a\u001B[2Jb"));
    // WHEN/THEN
    then(description.value()).isEqualTo("run a\\u001B[2Jb");
    then(Escaping.description(new TextDescription("a%sb", "\n")).value()).isEqualTo("a\\nb");
    then(Escaping.description(description)).isSameAs(description);
    then(Escaping.description(null)).isNull();
  }
}
