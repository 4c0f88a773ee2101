package dev.benchgate.core.internal;

import java.io.IOException;
import java.net.ConnectException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * When a write may be sent again: only when the server provably did not act on it. A write (any
 * method but {@code GET} and {@code HEAD}: starting a job or a run, canceling a run) that the
 * server may have carried out is never repeated, as a second job or run would cost real money and
 * the API's de-duplication of {@code x-request-id} is undocumented; the caller gets the failure and
 * decides.
 *
 * <p>Provably not acted on:
 *
 * <ul>
 *   <li>no connection was made ({@link ConnectException}: refused, unreachable, connect timeout),
 *       so the request never left;
 *   <li>{@code 429}: the rate limiter turned it away before it was processed;
 *   <li>{@code x-should-retry: true}: the server says so itself (and {@code false} wins over {@code
 *       429}).
 * </ul>
 *
 * <p>Everything else ends at the first attempt: {@code 408}, {@code 409}, {@code 5xx}, a read
 * timeout, a connection reset or a body that breaks off may all come after the server acted. The
 * same {@code x-request-id} goes with every attempt ({@link IdempotencyKeyInterceptor}), so a
 * server that does de-duplicate it may.
 *
 * <p>Not API: this package may change in any release.
 */
public final class WriteRetries {
  private WriteRetries() {}

  /**
   * Tells whether a request is a write, whose retries this class decides.
   *
   * @param request the request
   * @return {@code true} for any method but {@code GET} and {@code HEAD}
   */
  public static boolean isWrite(Request request) {
    return !request.method().equals("GET") && !request.method().equals("HEAD");
  }

  /**
   * Tells whether a write that failed this way may be sent again.
   *
   * @param failure the attempt's I/O failure
   * @return {@code true} only when no connection was made
   */
  public static boolean mayRetry(IOException failure) {
    return failure instanceof ConnectException && !IoFailures.isInterruption(failure);
  }

  /**
   * Tells whether a write that got this answer may be sent again.
   *
   * @param response the attempt's response
   * @return {@code true} for {@code x-should-retry: true}, and for {@code 429} unless {@code
   *     x-should-retry: false}
   */
  public static boolean mayRetry(Response response) {
    String override = response.header("x-should-retry");
    if (override != null
        && (override.equalsIgnoreCase("true") || override.equalsIgnoreCase("false"))) {
      return override.equalsIgnoreCase("true");
    }
    return response.code() == 429;
  }
}
