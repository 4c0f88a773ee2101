package dev.benchgate.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Names Benchgate and its version in the {@code User-Agent} of every request, e.g. {@code
 * benchgate/0.1.0} ({@code benchgate/dev} outside a jar), so that Runloop can tell its traffic
 * apart.
 *
 * <p>Not API: this package may change in any release.
 */
public final class UserAgentInterceptor implements Interceptor {
  /** Maven writes this into every jar it builds; absent when running from a class folder. */
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.benchgate/benchgate-core/pom.properties";

  private static final String USER_AGENT = "benchgate/" + version();

  /** Creates the interceptor. */
  public UserAgentInterceptor() {}

  private static String version() {
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + POM_PROPERTIES, e);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
  }
}
