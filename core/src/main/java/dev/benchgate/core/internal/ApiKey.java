package dev.benchgate.core.internal;

import java.util.Objects;

/**
 * The API key, kept where nothing prints it: {@link #toString()} hides it, only {@link
 * AuthorizationInterceptor} reads it, and {@link #redact(String)} removes it from any text that
 * came from the server before that text reaches an exception message.
 *
 * <p>Not API: this package may change in any release.
 */
public final class ApiKey {
  /**
   * The shortest key accepted. Runloop's keys are far longer; a shorter value is a placeholder or a
   * truncated paste, and redacting so short a string from server text would mangle ordinary words.
   */
  static final int MIN_LENGTH = 8;

  private static final String REDACTED = "[redacted API key]";

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  /**
   * Wraps a key.
   *
   * @param value the key
   * @return the wrapped key
   * @throws IllegalArgumentException when the key is blank, shorter than 8 characters, or holds
   *     whitespace or control characters (a pasted newline would otherwise break the request
   *     header); the message never repeats the key
   */
  public static ApiKey of(String value) {
    Objects.requireNonNull(value, "apiKey");
    if (value.isBlank()) {
      throw new IllegalArgumentException("The API key is blank");
    }
    if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "The API key contains whitespace or control characters; check how it was copied");
    }
    if (value.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "The API key has "
              + value.length()
              + " characters, fewer than the "
              + MIN_LENGTH
              + " of any real key; check how it was copied");
    }
    return new ApiKey(value);
  }

  /** Returns the value of the {@code Authorization} header. */
  String authorization() {
    return "Bearer " + value;
  }

  /**
   * Removes the key from a text, in case a server or proxy echoed it back.
   *
   * @param text any text, may be {@code null}
   * @return the text with every occurrence of the key replaced
   */
  public String redact(String text) {
    return text == null ? null : text.replace(value, REDACTED);
  }

  /**
   * Redacts the key from a text that was cut short, and drops what the cut left of a key at its
   * end: a text cut inside the key ends with the key's first characters, which {@link
   * #redact(String)} cannot recognize.
   *
   * @param cutText a text cut short at its end
   * @return the text with every occurrence of the key replaced and a trailing start of the key
   *     removed
   */
  public String redactCut(String cutText) {
    String redacted = redact(cutText);
    for (int length = Math.min(redacted.length(), value.length() - 1); length > 0; length--) {
      if (redacted.endsWith(value.substring(0, length))) {
        return redacted.substring(0, redacted.length() - length);
      }
    }
    return redacted;
  }

  @Override
  public String toString() {
    return "ApiKey" + REDACTED;
  }
}
