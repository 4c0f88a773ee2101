package dev.benchgate.core.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Gives every write (see {@link WriteRetries#isWrite}) an {@code x-request-id} header, as the
 * official SDKs do ({@code stainless-node-retry-<uuid>}), unless it has one. It runs before {@link
 * RetryInterceptor}, so every attempt of one write carries the same value: a server that
 * de-duplicates by it sees one request. Reads go without, as in the SDKs.
 *
 * <p>Not API: this package may change in any release.
 */
public final class IdempotencyKeyInterceptor implements Interceptor {
  /** The header's name. */
  public static final String HEADER = "x-request-id";

  /** What the values start with, before a random UUID. */
  public static final String PREFIX = "benchgate-java-retry-";

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!WriteRetries.isWrite(chain.request()) || chain.request().header(HEADER) != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(
        chain.request().newBuilder().header(HEADER, PREFIX + UUID.randomUUID()).build());
  }
}
