package dev.benchgate.core.error;

/**
 * A library on the classpath is not the version Benchgate needs: a request failed with a {@link
 * LinkageError} (a {@link NoSuchMethodError}, a {@link NoClassDefFoundError}, …), its cause. A
 * setup error of the build, not a network failure: it is never retried, and its message names the
 * library and the versions Benchgate is built with.
 *
 * <pre>{@code
 * GET /v1/benchmark_runs/bmr_123 failed: okio (com.squareup.okio:okio-jvm) on the classpath is not
 * the version okhttp was built against: java.lang.NoSuchMethodError: 'okio.Socket
 * okio.Okio.socket(java.net.Socket)'. okio.Okio comes from okio-jvm-3.7.0.jar. Benchgate 0.1.0 is
 * built and tested with okio-jvm 3.18.2, okhttp-jvm 5.5.1, … Align the versions: declare
 * com.squareup.okio:okio-jvm:3.18.2 in your build …
 * }</pre>
 *
 * <p>In Maven, {@code mvn dependency:tree -Dverbose -Dincludes=com.squareup.okio:okio-jvm} shows
 * which dependency brings the other version; in Gradle, {@code gradle dependencyInsight
 * --dependency okio-jvm}.
 */
public class IncompatibleDependencyException extends RunloopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, the library and how to fix it; must never contain the API key
   * @param cause the linkage error
   */
  public IncompatibleDependencyException(String message, LinkageError cause) {
    super(message, cause);
  }
}
