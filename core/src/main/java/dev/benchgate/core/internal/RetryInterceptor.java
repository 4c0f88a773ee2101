package dev.benchgate.core.internal;

import dev.benchgate.core.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a request's attempts, the one place that decides what is sent again: at most {@code
 * maxRetries + 1} requests per call, whatever the statuses, headers or failures (the {@link
 * Transport} sends each attempt as exactly one request).
 *
 * <p>It retries a request that failed for a reason that may pass: an I/O error or timeout (also
 * while the body of a successful response arrives, as the {@link Transport} reads it whole within
 * the attempt) other than the permanent ones {@link IoFailures#isPermanent} names, or the statuses
 * {@code 408}, {@code 409}, {@code 429} and {@code 5xx}. A response header {@code x-should-retry:
 * true} or {@code false} overrides the status. Waits come from {@link RetryDelay} and pass through
 * the {@link Sleeper}, so tests do not wait. Once the attempts are spent the last response (or I/O
 * error) is passed on. Writes are retried only as {@link WriteRetries} allows, and never follow a
 * redirect.
 *
 * <p>It follows a redirect ({@code 301}, {@code 302}, {@code 303}, {@code 307}, {@code 308}) only
 * within the request's origin (scheme, host and port), at once and as one of the call's attempts; a
 * redirect to another origin is passed on, for {@link ApiErrors} to refuse.
 *
 * <p>An interrupted thread gets no further attempt: an interrupt is a request to stop, and neither
 * the failure it causes nor a wait cut short by it is retried.
 *
 * <p>It is the last application interceptor and does not proceed down the chain: each attempt is a
 * call of its own, sent by the {@link Transport}.
 *
 * <p>Not API: this package may change in any release.
 */
public final class RetryInterceptor implements Interceptor {
  private final int maxRetries;
  private final Sleeper sleeper;
  private final RetryDelay delay;
  private final Transport transport;

  /**
   * Creates the interceptor.
   *
   * @param maxRetries how many times to retry one request, at least 0
   * @param sleeper waits between attempts
   * @param delay how long to wait
   * @param transport sends each attempt
   */
  public RetryInterceptor(int maxRetries, Sleeper sleeper, RetryDelay delay, Transport transport) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be at least 0 but was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.delay = Objects.requireNonNull(delay, "delay");
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    // Writes have a rule of their own: retried only when the server provably did not act.
    boolean write = WriteRetries.isWrite(request);
    int attempts = maxRetries + 1;
    for (int attempt = 1; ; attempt++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted before sending the request");
      }
      boolean last = attempt == attempts;
      Response response;
      try {
        response = transport.send(request, attempt, attempts);
      } catch (IOException failure) {
        if (last
            || !(write ? WriteRetries.mayRetry(failure) : IoFailures.isRetryable(failure))
            || chain.call().isCanceled()
            || transport.isClosed()) {
          throw failure;
        }
        pause(delay.backoff(attempt - 1));
        continue;
      }
      HttpUrl redirect = write ? null : sameOriginRedirect(response);
      if (redirect != null && !last) {
        response.close();
        request = request.newBuilder().url(redirect).build();
        continue;
      }
      if (last
          || redirect != null
          || !(write ? WriteRetries.mayRetry(response) : shouldRetry(response))) {
        return response;
      }
      Duration wait = delay.afterResponse(response, attempt - 1);
      response.close();
      pause(wait);
    }
  }

  /**
   * Where a redirect within the request's origin points; {@code null} for any other response, a
   * redirect without a location, or one to another origin.
   */
  static HttpUrl sameOriginRedirect(Response response) {
    HttpUrl target = redirectTarget(response);
    return target != null && Redactor.sameOrigin(target, response.request().url()) ? target : null;
  }

  /** Where a redirect points, resolved against the request; {@code null} when it is none. */
  static HttpUrl redirectTarget(Response response) {
    int code = response.code();
    boolean redirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    String location = response.header("Location");
    return redirect && location != null ? response.request().url().resolve(location) : null;
  }

  private static boolean shouldRetry(Response response) {
    String override = response.header("x-should-retry");
    if ("true".equalsIgnoreCase(override)) {
      return true;
    }
    if ("false".equalsIgnoreCase(override)) {
      return false;
    }
    int code = response.code();
    return code == 408 || code == 409 || code == 429 || code >= 500;
  }

  private void pause(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
