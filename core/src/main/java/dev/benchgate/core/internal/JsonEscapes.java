package dev.benchgate.core.internal;

/**
 * Decodes the escapes of JSON strings (<code>&#92;u0073</code>, {@code \n}, {@code \/}, …) wherever
 * they stand in a text, for text that looks like JSON but does not parse (a body cut short, say),
 * so that redaction sees what a reader would: an escape can spell any character, the key's
 * included.
 */
final class JsonEscapes {
  private JsonEscapes() {}

  /**
   * Decodes every well-formed escape; anything else stays as it is.
   *
   * @param text any text
   * @return the text with its JSON escapes decoded
   */
  static String decode(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder decoded = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        decoded.append(c);
        i++;
        continue;
      }
      char escaped = text.charAt(i + 1);
      int unicode = escaped == 'u' ? hex4(text, i + 2) : -1;
      String simple = simple(escaped);
      if (unicode >= 0) {
        decoded.append((char) unicode);
        i += 6;
      } else if (simple != null) {
        decoded.append(simple);
        i += 2;
      } else {
        decoded.append(c);
        i++;
      }
    }
    return decoded.toString();
  }

  private static String simple(char escaped) {
    return switch (escaped) {
      case '"' -> "\"";
      case '\\' -> "\\";
      case '/' -> "/";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      default -> null;
    };
  }

  /** The value of four hex digits at {@code from}, or -1. */
  private static int hex4(String text, int from) {
    if (from + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
