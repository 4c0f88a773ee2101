package dev.benchgate.junit.internal.report;

import java.util.List;
import org.opentest4j.MultipleFailuresError;

/**
 * The message a report gives for a failed gate. For soft assertions that is every failure they
 * collected, each with its own message, instead of the heading {@code Multiple Failures (3
 * failures)} and the stack lines AssertJ adds to it.
 *
 * <pre>{@code
 * FailureMessages.of(error)
 * // Multiple Failures (2 failures)
 * // 1) [benchmark run nightly (bmr_1)]
 * //    Expecting ... to have a score of at least 0.8
 * //    but it was 0.65
 * // 2) ...
 * }</pre>
 */
final class FailureMessages {
  private FailureMessages() {}

  /**
   * Returns the message of what a test threw.
   *
   * @param throwable what the test threw
   * @return its message, stripped; its type's name when it has none
   */
  static String of(Throwable throwable) {
    if (throwable instanceof MultipleFailuresError multiple && multiple.hasFailures()) {
      List<Throwable> failures = multiple.getFailures();
      // The first line is the heading and count, "Multiple Failures (3 failures)"; the rest
      // repeats each failure with stack lines, which the failures themselves are free of.
      StringBuilder out = new StringBuilder(plain(multiple).lines().findFirst().orElse(""));
      for (int i = 0; i < failures.size(); i++) {
        String number = (i + 1) + ") ";
        String continuation = " ".repeat(number.length());
        List<String> lines = plain(failures.get(i)).lines().toList();
        for (int line = 0; line < lines.size(); line++) {
          out.append('\n').append(line == 0 ? number : continuation).append(lines.get(line));
        }
      }
      return out.toString();
    }
    return plain(throwable);
  }

  private static String plain(Throwable throwable) {
    String message = throwable.getMessage();
    return message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
  }
}
