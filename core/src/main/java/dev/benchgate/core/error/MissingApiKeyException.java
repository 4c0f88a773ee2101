package dev.benchgate.core.error;

/**
 * Thrown when a client is built without an API key. The message says where the key is read from, so
 * that a build log shows how to fix it.
 *
 * <pre>{@code
 * try (RunloopClient client = RunloopClient.fromEnvironment()) {
 *   ...
 * } catch (MissingApiKeyException e) {
 *   // RUNLOOP_API_KEY is not set on this machine: skip the gate instead of failing it
 * }
 * }</pre>
 */
public class MissingApiKeyException extends RunloopException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its fixed message. */
  public MissingApiKeyException() {
    super("No Runloop API key is configured: " + ApiKeyAdvice.HOW_TO_SET + ".");
  }
}
