package dev.benchgate.junit.report;

/**
 * Makes untrusted text (scenario names, metadata, scorer output, failure messages) safe to embed. A
 * scenario named {@code <script>alert(1)</script>} must show as text in every format.
 */
final class Escaping {
  private Escaping() {}

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text any text, may be {@code null}
   * @return the escaped text; empty for {@code null}
   */
  static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for one cell or line of GitHub-flavoured Markdown: HTML is neutralised as
   * entities, Markdown's punctuation is backslash-escaped, and line breaks become spaces so a table
   * row stays one row.
   *
   * @param text any text, may be {@code null}
   * @return the escaped text; empty for {@code null}
   */
  static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r', '\n' -> out.append(' ');
        case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Keeps a terminal line printable: control characters (escape sequences among them) become
   * spaces.
   *
   * @param text any text, may be {@code null}
   * @return the cleaned text; empty for {@code null}
   */
  static String console(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
