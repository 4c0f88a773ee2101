package dev.benchgate.junit.report;

import dev.benchgate.core.text.UntrustedText;

/**
 * Makes untrusted text (scenario and run names, ids, states, metadata, scorer output, failure
 * messages) safe to embed: one function per format, each applied to every field that came from a
 * server, a file or a test. A scenario named {@code <script>alert(1)</script>} must show as text in
 * every format, and one named {@code fix\u001b[2J} must not clear the terminal nor hide in a file:
 * every format first shows control characters as visible escapes ({@link
 * UntrustedText#printable(String)}, the same as assertion messages use), then escapes what the
 * format itself gives meaning to. JSON needs neither: its writer escapes control characters.
 */
final class Escaping {
  private Escaping() {}

  /**
   * Escapes text for one line of a terminal.
   *
   * @param text any text, may be {@code null}
   * @return the printable text on one line; empty for {@code null}
   */
  static String console(String text) {
    return text == null ? "" : UntrustedText.printable(text);
  }

  /**
   * Escapes text for HTML element content and quoted attribute values, on one line.
   *
   * @param text any text, may be {@code null}
   * @return the escaped text; empty for {@code null}
   */
  static String html(String text) {
    return escaped(
        text,
        c ->
            switch (c) {
              case '&' -> "&amp;";
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '"' -> "&quot;";
              case '\'' -> "&#39;";
              default -> null;
            });
  }

  /**
   * Escapes text of several lines for a {@code <pre>} element: each line as {@link #html(String)}
   * does, the line breaks kept.
   *
   * @param text any text, may be {@code null}
   * @return the escaped lines joined by line breaks; empty for {@code null}
   */
  static String htmlLines(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    text.lines().forEach(line -> out.append(out.isEmpty() ? "" : "\n").append(html(line)));
    return out.toString();
  }

  /**
   * Escapes text for one cell or line of GitHub-flavoured Markdown: control characters and line
   * breaks show as visible escapes, so a table row stays one row; HTML is neutralised as entities;
   * Markdown's punctuation is backslash-escaped.
   *
   * @param text any text, may be {@code null}
   * @return the escaped text; empty for {@code null}
   */
  static String markdown(String text) {
    return escaped(
        text,
        c ->
            switch (c) {
              case '&' -> "&amp;";
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' ->
                  "\\" + c;
              default -> null;
            });
  }

  /** What one character becomes in a format: its replacement, or {@code null} to keep it. */
  private interface CharacterEscape {
    String replacement(char c);
  }

  /**
   * The text with its control characters shown as visible escapes ({@link UntrustedText}), then
   * each character the format gives a replacement replaced.
   */
  private static String escaped(String text, CharacterEscape format) {
    if (text == null) {
      return "";
    }
    String printable = UntrustedText.printable(text);
    StringBuilder out = new StringBuilder(printable.length() + 16);
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      String replacement = format.replacement(c);
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
      }
    }
    return out.toString();
  }
}
