package dev.benchgate.core.error;

/**
 * The root of every exception the Runloop client throws. Unchecked, so that code which only reads a
 * run is not cluttered with {@code throws} clauses; catch it, or one of its subclasses, where a
 * failure can be handled.
 *
 * <pre>{@code
 * try {
 *   BenchmarkOutcome outcome = client.outcome("bmr_123");
 * } catch (RunloopException e) {
 *   System.err.println("Could not read the run: " + e.getMessage());
 * }
 * }</pre>
 */
public class RunloopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message for people.
   *
   * @param message what went wrong; must never contain the API key
   */
  public RunloopException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message for people and the failure that caused it.
   *
   * @param message what went wrong; must never contain the API key
   * @param cause the underlying failure
   */
  public RunloopException(String message, Throwable cause) {
    super(message, cause);
  }
}
