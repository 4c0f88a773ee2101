package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run that is still running.
 *
 * <pre>{@code
 * throwAssertionError(shouldNotBeRunning(run));
 * // Expecting benchmark run nightly (bmr_1) not to be running
 * // but it is still running.
 * }</pre>
 */
public class ShouldNotBeRunning extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldNotBeRunning(run));
   * }</pre>
   *
   * @param run the running run
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotBeRunning(BenchmarkRunView run) {
    return new ShouldNotBeRunning(Names.benchmarkRun(run));
  }

  private ShouldNotBeRunning(String subject) {
    super("%nExpecting %s not to be running%nbut it is still running.", unquotedString(subject));
  }
}
