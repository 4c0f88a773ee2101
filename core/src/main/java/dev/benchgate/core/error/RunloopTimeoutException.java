package dev.benchgate.core.error;

/**
 * Connecting to the API, or reading its answer, took longer than the client's timeout, on every
 * retry. A kind of {@link RunloopConnectionException}.
 *
 * <pre>{@code
 * RunloopClient client = RunloopClient.builder().readTimeout(Duration.ofMinutes(2)).build();
 * }</pre>
 */
public class RunloopTimeoutException extends RunloopConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out; must never contain the API key
   * @param cause the I/O timeout
   */
  public RunloopTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
