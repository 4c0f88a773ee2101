package dev.benchgate.junit.internal.config;

import java.util.Optional;

/**
 * Removes the API key from text before Benchgate writes it anywhere: report entries, console lines,
 * the report's files and attached scorer output. Core's client never puts the key in its messages,
 * but a server (a proxy, a fake, a misbehaving one) may echo it back in any field it returns.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.of(configuration.apiKey());
 * redactor.apply("token sk-123 rejected")   // "token <redacted> rejected"
 * }</pre>
 */
public final class Redactor {
  /** What stands in for the key. */
  public static final String REDACTED = "<redacted>";

  /** Redacts nothing, for when no key is known. */
  public static final Redactor NONE = new Redactor(null);

  private final String secret;

  private Redactor(String secret) {
    this.secret = secret;
  }

  /**
   * Makes a redactor of one secret.
   *
   * @param secret the API key, if one is configured
   * @return the redactor; {@link #NONE} without a key
   */
  public static Redactor of(Optional<String> secret) {
    return secret.filter(key -> !key.isBlank()).map(Redactor::new).orElse(NONE);
  }

  /**
   * Replaces every occurrence of the key.
   *
   * @param text any text, may be {@code null}
   * @return the text without the key; {@code null} for {@code null}
   */
  public String apply(String text) {
    return secret == null || text == null || !text.contains(secret)
        ? text
        : text.replace(secret, REDACTED);
  }

  @Override
  public String toString() {
    return secret == null ? "Redactor[none]" : "Redactor[" + REDACTED + "]";
  }
}
