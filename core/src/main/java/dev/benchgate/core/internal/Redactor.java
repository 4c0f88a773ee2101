package dev.benchgate.core.internal;

import dev.benchgate.core.text.UntrustedText;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * What the client prints of server text, URLs, requests and failures, so that the API key shows in
 * none of them and no text a server chose can drive a terminal: every text passes through {@link
 * ApiKey#redact(String)}, and its control characters and bidirectional overrides are shown as
 * escapes by {@link UntrustedText#printable(String)} (<code>&#92;u001B[2J</code>, {@code \n},
 * <code>&#92;u202E</code>); a URL never shows a user name or password; a request is named by its
 * path below the base URL ({@code GET /v1/benchmark_runs/bmr_1}), so a base URL's own path shows
 * only where the client names its base URL, redacted; and a failure attached as a cause is replaced
 * by a redacted copy when any text in its chain holds the key (see {@link #cause(Throwable)}).
 *
 * <p>Not API: this package may change in any release.
 */
public final class Redactor {
  private final ApiKey apiKey;
  private final HttpUrl baseUrl;

  /**
   * Creates the redactor of one client.
   *
   * @param apiKey the key never to print
   * @param baseUrl the client's base URL, whose path is left out of request labels
   */
  public Redactor(ApiKey apiKey, HttpUrl baseUrl) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /**
   * Redacts a text and makes its invisible characters visible.
   *
   * @param text any text, may be {@code null}
   * @return the text without the key, its control and bidirectional formatting characters escaped
   */
  public String text(String text) {
    return text == null ? null : UntrustedText.printable(apiKey.redact(text));
  }

  /**
   * Redacts a text that was cut short, dropping what the cut left of the key at its end (see {@link
   * ApiKey#redactCut(String)}).
   *
   * @param cutText a text cut short at its end
   * @return the text without the key or a trailing start of it
   */
  public String cut(String cutText) {
    return apiKey.redactCut(cutText);
  }

  /**
   * Names a request by its method and its path below the base URL.
   *
   * @param request the request
   * @return e.g. {@code GET /v1/benchmark_runs/bmr_1}
   */
  public String label(Request request) {
    String path = request.url().encodedPath();
    String base = baseUrl.encodedPath();
    boolean below = sameOrigin(request.url(), baseUrl) && path.startsWith(base);
    return request.method() + " " + text(below ? path.substring(base.length() - 1) : path);
  }

  /**
   * Prints a URL without its user name and password, redacted.
   *
   * @param url the URL
   * @return e.g. {@code https://api.runloop.ai/v1/benchmark_runs/bmr_1}
   */
  public String url(HttpUrl url) {
    return text(url.newBuilder().username("").password("").build().toString());
  }

  /**
   * Prints the origin of a URL, redacted.
   *
   * @param url the URL
   * @return e.g. {@code https://api.runloop.ai:443}
   */
  public String origin(HttpUrl url) {
    return text(url.scheme() + "://" + url.host() + ":" + url.port());
  }

  /**
   * Tells whether two URLs have one origin: the same scheme, host and port.
   *
   * @param a a URL
   * @param b another URL
   * @return whether a request to one may be sent to the other with the same credentials
   */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  /**
   * Returns a failure fit to attach as a cause: the failure itself when no text in it, its causes
   * or its suppressed failures holds the key, else a {@link RedactedException} copy of the whole
   * chain. The copy keeps every stack trace and names each original type in its message; the
   * original keeps its type, so that callers can still tell an {@code UnknownHostException} from a
   * timeout in the common case.
   *
   * @param failure the failure, may be {@code null}
   * @return the failure, or its redacted copy
   */
  public Throwable cause(Throwable failure) {
    if (failure == null || !holdsKey(failure, Collections.newSetFromMap(new IdentityHashMap<>()))) {
      return failure;
    }
    return RedactedException.copyOf(failure, apiKey, new IdentityHashMap<>());
  }

  private boolean holdsKey(Throwable failure, Set<Throwable> seen) {
    if (!seen.add(failure)) {
      return false;
    }
    if (apiKey.appearsIn(failure.toString()) || apiKey.appearsIn(failure.getMessage())) {
      return true;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (holdsKey(suppressed, seen)) {
        return true;
      }
    }
    return failure.getCause() != null && holdsKey(failure.getCause(), seen);
  }

  /**
   * A failure that stands in for another whose text held the API key: its message is the original's
   * {@code toString()}, redacted, and it has the original's stack trace, and copies of its cause
   * and suppressed failures.
   */
  static final class RedactedException extends Exception {
    private static final long serialVersionUID = 1L;

    private RedactedException(String message) {
      super(message);
    }

    static RedactedException copyOf(
        Throwable original, ApiKey apiKey, Map<Throwable, RedactedException> copies) {
      RedactedException done = copies.get(original);
      if (done != null) {
        return done;
      }
      RedactedException copy =
          new RedactedException(UntrustedText.printable(apiKey.redact(original.toString())));
      copies.put(original, copy);
      copy.setStackTrace(original.getStackTrace());
      if (original.getCause() != null && original.getCause() != original) {
        copy.initCause(copyOf(original.getCause(), apiKey, copies));
      }
      for (Throwable suppressed : original.getSuppressed()) {
        copy.addSuppressed(copyOf(suppressed, apiKey, copies));
      }
      return copy;
    }
  }
}
