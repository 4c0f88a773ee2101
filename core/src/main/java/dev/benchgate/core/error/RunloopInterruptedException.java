package dev.benchgate.core.error;

/**
 * The calling thread was interrupted while the client sent a request, waited for an answer, or
 * waited between attempts or polls; JUnit's {@code @Timeout} and a shutting-down executor interrupt
 * threads, for example. The request in flight is canceled, no retry follows, and the thread's
 * interrupt flag is set again, so that the code that interrupted it still sees the interruption.
 *
 * <pre>{@code
 * try {
 *   client.awaitCompletion("bmr_123", Duration.ofHours(1));
 * } catch (RunloopInterruptedException e) {
 *   return;   // shutting down: Thread.currentThread().isInterrupted() is true again
 * }
 * }</pre>
 */
public class RunloopInterruptedException extends RunloopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was interrupted; must never contain the API key
   * @param cause the interruption, e.g. an {@link InterruptedException}
   */
  public RunloopInterruptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
