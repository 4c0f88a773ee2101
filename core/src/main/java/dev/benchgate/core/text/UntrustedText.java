package dev.benchgate.core.text;

/**
 * Makes text that came from a server or a file safe to print as plain text (a terminal, a log line,
 * an assertion message): control characters, and the invisible characters that reorder or hide
 * text, are shown as visible escapes instead of acting on the terminal. A scenario named {@code
 * "fix\u001b[2J"} would clear the screen of whoever reads the build log; printed through this class
 * it reads {@code fix\u001B[2J}.
 *
 * <p>Formats with escaping of their own (HTML, Markdown) apply it after this one, so that every
 * output shows the same visible escapes.
 *
 * <pre>{@code
 * System.out.println("Scenario " + UntrustedText.printable(scenario.name()));
 * }</pre>
 */
public final class UntrustedText {
  private UntrustedText() {}

  /**
   * Returns the text with every control character (C0, DEL, C1), line and paragraph separator,
   * bidirectional override and zero-width character replaced by a visible escape: {@code \n},
   * {@code \r}, {@code \t}, else {@code \}{@code u} and four upper-case hex digits. Everything
   * else, non-ASCII letters included, is kept. Text with nothing to replace is returned as it is.
   *
   * <pre>{@code
   * UntrustedText.printable("a\u001b[31mred\nb")   // a\u001B[31mred\nb
   * }</pre>
   *
   * @param text any text, may be {@code null}
   * @return the printable text; {@code "null"} for {@code null}
   */
  public static String printable(String text) {
    if (text == null) {
      return "null";
    }
    int first = 0;
    while (first < text.length() && !needsEscape(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Tells whether a character is shown as an escape by {@link #printable(String)}.
   *
   * @param c the character
   * @return {@code true} for control, separator, bidirectional and zero-width characters
   */
  static boolean needsEscape(char c) {
    if (c < 0x20 || c == 0x7F) {
      return true;
    }
    if (c < 0x80) {
      return false;
    }
    return (c >= 0x80 && c <= 0x9F) // C1 controls, CSI among them
        || (c >= 0x200B && c <= 0x200F) // zero-width space, joiners, directional marks
        || (c >= 0x2028 && c <= 0x202E) // line and paragraph separators, bidirectional embedding
        || (c >= 0x2060 && c <= 0x2069) // word joiner, invisible operators, bidirectional isolates
        || c == 0xFEFF; // zero-width no-break space
  }
}
