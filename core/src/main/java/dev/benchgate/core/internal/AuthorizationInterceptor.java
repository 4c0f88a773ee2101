package dev.benchgate.core.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends the API key as {@code Authorization: Bearer …} on every request. It is the only place the
 * key leaves {@link ApiKey}; OkHttp itself hides this header when it prints requests.
 *
 * <p>Not API: this package may change in any release.
 */
public final class AuthorizationInterceptor implements Interceptor {
  private final ApiKey apiKey;

  /**
   * Creates the interceptor.
   *
   * @param apiKey the key to send
   */
  public AuthorizationInterceptor(ApiKey apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", apiKey.authorization()).build());
  }
}
