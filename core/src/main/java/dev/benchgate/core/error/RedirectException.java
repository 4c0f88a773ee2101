package dev.benchgate.core.error;

import java.util.Optional;

/**
 * The API answered with a redirect ({@code 301}, {@code 302}, {@code 303}, {@code 307} or {@code
 * 308}) the client did not follow: to another origin (another scheme, host or port), which the
 * client never follows, so that neither the API key nor an answer travels to or from a server you
 * did not configure; or within the API's origin, but after the last request the call's retry budget
 * allows ({@code maxRetries + 1} requests in all). Both URLs are in the message, without the API
 * key.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (RedirectException e) {
 *   System.err.println("The API moved to " + e.location().orElse("?") + ": update the base URL");
 * }
 * }</pre>
 */
public class RedirectException extends UnexpectedStatusException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates the exception.
   *
   * @param request the request that was redirected, e.g. {@code "GET /v1/benchmark_runs/bmr_1"}
   * @param statusCode the redirect's status
   * @param location where it pointed, absolute, or {@code null}; must never contain the API key
   * @param requestId the API's {@code x-request-id}, or {@code null}
   * @param explanation which URL redirected where, and why it was not followed; must never contain
   *     the API key
   */
  public RedirectException(
      String request, int statusCode, String location, String requestId, String explanation) {
    super(request, statusCode, null, requestId, explanation);
    this.location = location;
  }

  /**
   * Returns where the redirect pointed.
   *
   * @return the absolute URL of its {@code Location}, the API key redacted
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
