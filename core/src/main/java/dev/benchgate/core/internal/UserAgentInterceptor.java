package dev.benchgate.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Names Benchgate and its version in the {@code User-Agent} of every request, e.g. {@code
 * benchgate/0.1.0} ({@code benchgate/dev} outside a jar, or when the version cannot be read), so
 * that Runloop can tell its traffic apart.
 *
 * <p>Not API: this package may change in any release.
 */
public final class UserAgentInterceptor implements Interceptor {
  /** Maven writes this into every jar it builds; absent when running from a class folder. */
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.benchgate/benchgate-core/pom.properties";

  private static final String UNKNOWN_VERSION = "dev";

  private static final String USER_AGENT =
      "benchgate/" + version(() -> UserAgentInterceptor.class.getResourceAsStream(POM_PROPERTIES));

  /** Creates the interceptor. */
  public UserAgentInterceptor() {}

  /** Opens a resource; returns {@code null} when there is none. */
  @FunctionalInterface
  interface Resource {
    InputStream open() throws IOException;
  }

  /**
   * Reads the version from Maven's {@code pom.properties}. A header is not worth failing for: an
   * unreadable file means {@value #UNKNOWN_VERSION}, never an error in the class initializer, which
   * would make every later use of the client fail with {@code NoClassDefFoundError}.
   */
  static String version(Resource pomProperties) {
    try (InputStream in = pomProperties.open()) {
      if (in == null) {
        return UNKNOWN_VERSION;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN_VERSION);
    } catch (IOException | IllegalArgumentException unreadable) {
      return UNKNOWN_VERSION;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
  }
}
