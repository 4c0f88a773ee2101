package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run with another name, or none.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveName(run, "nightly"));
 * // Expecting benchmark run weekly (bmr_1) to be named "nightly"
 * // but it was named "weekly".
 * }</pre>
 */
public class ShouldHaveName extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveName(run, "nightly"));
   * }</pre>
   *
   * @param run the run
   * @param expected the expected name
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveName(BenchmarkRunView run, String expected) {
    String actual =
        run.name() == null ? "it has no name" : "it was named " + Format.quoted(run.name());
    return new ShouldHaveName(Names.benchmarkRun(run), expected, actual);
  }

  private ShouldHaveName(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to be named %s%nbut %s.",
        unquotedString(subject), unquotedString(Format.quoted(expected)), unquotedString(actual));
  }
}
