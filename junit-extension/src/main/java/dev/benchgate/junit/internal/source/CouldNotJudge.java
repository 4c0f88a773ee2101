package dev.benchgate.junit.internal.source;

import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.UnavailablePolicy;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.opentest4j.TestAbortedException;

/**
 * The one policy for a test whose run Benchgate could not judge: a run that cannot be fetched, that
 * does not finish in time, or a baseline that is missing. Such a test fails by default, so that a
 * green build always means the agent was judged; {@value ConfigurationKeys#UNAVAILABLE} {@code
 * =abort} aborts it instead, for local work. Either way the message says what went wrong, what to
 * change, and what the other choice is.
 *
 * <pre>{@code
 * throw CouldNotJudge.failure(
 *     "Benchmark run bmr_1 did not finish within 30m", "Raise benchgate.await.timeout.", policy, e);
 * }</pre>
 */
public final class CouldNotJudge {
  private CouldNotJudge() {}

  /**
   * Makes the exception that fails or aborts the test.
   *
   * @param what what could not be had, and for whom
   * @param remedy what to change, a sentence or more; may be empty
   * @param policy the configured policy
   * @param cause the original failure, may be {@code null}
   * @return a {@link ParameterResolutionException} to fail, a {@link TestAbortedException} to abort
   */
  public static RuntimeException failure(
      String what, String remedy, UnavailablePolicy policy, Throwable cause) {
    String message = what + (remedy.isEmpty() ? "" : " " + remedy);
    if (policy == UnavailablePolicy.ABORT) {
      return new TestAbortedException(
          message + " The test is aborted, as " + ConfigurationKeys.UNAVAILABLE + "=abort asks.",
          cause);
    }
    String failing =
        message
            + " The test fails rather than pass unjudged; to abort such tests instead while"
            + " working locally, set -D"
            + ConfigurationKeys.UNAVAILABLE
            + "=abort (or "
            + ConfigurationKeys.UNAVAILABLE_VARIABLE
            + "=abort).";
    // JUnit 6 refuses a null cause here.
    return cause == null
        ? new ParameterResolutionException(failing)
        : new ParameterResolutionException(failing, cause);
  }
}
