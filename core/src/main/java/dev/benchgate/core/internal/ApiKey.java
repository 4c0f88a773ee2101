package dev.benchgate.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The API key, kept where nothing prints it: {@link #toString()} hides it, only {@link
 * AuthorizationInterceptor} reads it, and {@link #redact(String)} removes it from any text that
 * came from the server before that text reaches an exception message.
 *
 * <p>Redaction finds the key as it is and in the forms a URL gives it (percent-encoded in a path or
 * query), whatever the case of its letters: a host name is lower-cased on its way into a URL, and
 * percent-encoding may use either case of hex digits. JSON escapes are not forms of the key here:
 * whoever reads JSON decodes it first (see {@link ApiErrors}).
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

  /** The key and its URL-encoded forms, longest first, so that no form is cut by a shorter one. */
  private final List<String> forms;

  private final Pattern anyForm;

  private ApiKey(String value) {
    this.value = value;
    Set<String> distinct = new LinkedHashSet<>();
    distinct.add(value);
    distinct.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    distinct.add(pathEncoded(value));
    this.forms =
        distinct.stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(form -> form.toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    this.anyForm =
        Pattern.compile(
            String.join("|", forms.stream().map(Pattern::quote).toList()),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String pathEncoded(String value) {
    return HttpUrl.get("http://localhost/")
        .newBuilder()
        .addPathSegment(value)
        .build()
        .encodedPath()
        .substring(1);
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
   * Tells whether a text holds the key in any form {@link #redact(String)} removes.
   *
   * @param text any text, may be {@code null}
   * @return {@code true} when redacting would change it
   */
  public boolean appearsIn(String text) {
    return text != null && anyForm.matcher(text).find();
  }

  /**
   * Removes the key from a text, in case a server or proxy echoed it back.
   *
   * @param text any text, may be {@code null}
   * @return the text with every occurrence of the key replaced
   */
  public String redact(String text) {
    return text == null
        ? null
        : anyForm.matcher(text).replaceAll(Matcher.quoteReplacement(REDACTED));
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
    int longestStart = 0;
    for (String form : forms) {
      for (int length = Math.min(redacted.length(), form.length() - 1); length > 0; length--) {
        if (redacted.regionMatches(true, redacted.length() - length, form, 0, length)) {
          longestStart = Math.max(longestStart, length);
          break;
        }
      }
    }
    return redacted.substring(0, redacted.length() - longestStart);
  }

  @Override
  public String toString() {
    return "ApiKey" + REDACTED;
  }
}
