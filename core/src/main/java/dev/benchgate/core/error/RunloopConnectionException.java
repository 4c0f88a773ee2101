package dev.benchgate.core.error;

/**
 * The API could not be reached, or the connection broke, and every retry failed too. Its cause is
 * the last I/O failure.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (RunloopConnectionException e) {
 *   // offline, DNS, proxy or TLS trouble: see e.getCause()
 * }
 * }</pre>
 */
public class RunloopConnectionException extends RunloopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed; must never contain the API key
   * @param cause the I/O failure
   */
  public RunloopConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
