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
   * Returns the text with every character that could act on a terminal or an IDE console instead of
   * being read, or forge a line, replaced by a visible escape: the controls (C0, DEL, C1; {@code
   * \n}, {@code \r} and {@code \t} for line feed, carriage return and tab), Unicode's format
   * characters (bidirectional overrides and isolates, zero-width characters), the line and
   * paragraph separators, and unpaired surrogates, each else as {@code \}{@code u} and four
   * upper-case hex digits. Everything else, non-ASCII letters and emoji included, is kept.
   * Backslashes are not escaped, so escaping escaped text changes nothing. Text with nothing to
   * replace is returned as it is.
   *
   * <pre>{@code
   * UntrustedText.printable("a\u001b[31mred\nb")   // a\u001B[31mred\nb
   * }</pre>
   *
   * @param text any text, may be {@code null}
   * @return the printable text; {@code "null"} for {@code null}, as string concatenation prints it
   */
  public static String printable(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isShown(text, i)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          out.append("\\u");
          for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xF]);
          }
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Tells whether the character at an index prints as itself. */
  private static boolean isShown(String text, int index) {
    char c = text.charAt(index);
    if (c >= 0x20 && c < 0x7F) {
      return true; // printable ASCII, the common case
    }
    if (Character.isHighSurrogate(c)) {
      return index + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(index + 1))
          && isShown(Character.codePointAt(text, index));
    }
    if (Character.isLowSurrogate(c)) {
      return index > 0
          && Character.isHighSurrogate(text.charAt(index - 1))
          && isShown(Character.codePointAt(text, index - 1));
    }
    return isShown(c);
  }

  private static boolean isShown(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          false;
      default -> true;
    };
  }
}
