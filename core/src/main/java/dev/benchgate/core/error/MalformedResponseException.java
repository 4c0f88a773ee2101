package dev.benchgate.core.error;

/**
 * The API answered successfully with something the client cannot use: JSON that does not parse or
 * does not match the documented shape, an empty body, or pages whose cursor does not advance. The
 * message names the request and what was wrong.
 *
 * <pre>{@code
 * try {
 *   client.benchmarkRun("bmr_123");
 * } catch (MalformedResponseException e) {
 *   // e.g. "GET /v1/benchmark_runs/bmr_123 returned JSON this client cannot read: ..."
 * }
 * }</pre>
 */
public class MalformedResponseException extends RunloopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong; must never contain the API key
   */
  public MalformedResponseException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the parser's failure.
   *
   * @param message what was wrong; must never contain the API key
   * @param cause the parser's failure
   */
  public MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
