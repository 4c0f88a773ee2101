package dev.benchgate.core.error;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Duration;
import java.util.Objects;

/**
 * A benchmark run was still not finished when the time allowed for waiting ran out. It carries the
 * run as last seen, e.g. to report how far it got. When the run was in a state this version of
 * Benchgate does not know, the message says so, with the state's raw value: the client could not
 * tell whether the run had finished.
 *
 * <pre>{@code
 * try {
 *   client.awaitCompletion("bmr_123", Duration.ofMinutes(30));
 * } catch (BenchmarkRunTimeoutException e) {
 *   System.err.println(e.lastSeen().displayName() + " is still " + e.lastSeen().stateValue());
 * }
 * }</pre>
 */
public class BenchmarkRunTimeoutException extends RunloopException {
  private static final long serialVersionUID = 1L;

  private final transient BenchmarkRunView lastSeen;
  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param lastSeen the run as the last poll returned it
   * @param waited how long the caller waited
   */
  public BenchmarkRunTimeoutException(BenchmarkRunView lastSeen, Duration waited) {
    super(
        GaveUpWaiting.message(
            "benchmark run " + lastSeen.displayName(),
            waited,
            lastSeen.stateValue(),
            lastSeen.state() == BenchmarkRunState.UNRECOGNIZED));
    this.lastSeen = lastSeen;
    this.waited = Objects.requireNonNull(waited, "waited");
  }

  /**
   * Returns the run as the last poll returned it.
   *
   * @return the run, still in a state that is not final
   */
  public BenchmarkRunView lastSeen() {
    return lastSeen;
  }

  /**
   * Returns how long the caller waited.
   *
   * @return the time from the first poll to giving up
   */
  public Duration waited() {
    return waited;
  }
}
