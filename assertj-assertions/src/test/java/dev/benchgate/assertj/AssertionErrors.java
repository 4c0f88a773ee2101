package dev.benchgate.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The local equivalent of AssertJ's {@code AssertionsUtil}, which its jar does not ship. */
final class AssertionErrors {
  /** AssertJ's message for a {@code null} actual value. */
  static final String ACTUAL_IS_NULL = message("Expecting actual not to be null");

  private AssertionErrors() {}

  /** Runs code that must fail an assertion, and returns the failure for checks on its message. */
  static AssertionError expectAssertionError(ThrowingCallable shouldFail) {
    AssertionError error = catchThrowableOfType(AssertionError.class, shouldFail);
    assertThat(error).as("The code under test should have failed an assertion").isNotNull();
    return error;
  }

  /** A failure message as AssertJ lays it out: each line on its own, after a line break. */
  static String message(String... lines) {
    return System.lineSeparator() + String.join(System.lineSeparator(), lines);
  }
}
