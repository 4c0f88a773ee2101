package dev.benchgate.core.error;

import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A benchmark job was still not finished when the time allowed for waiting ran out. It carries the
 * job as last seen, e.g. to report how far its agents got, and, when the wait was told to cancel
 * the job's unfinished runs, which runs were canceled and which could not be (their failures are
 * attached as suppressed exceptions). When the job was in a state this version of Benchgate does
 * not know, the message says so, with the state's raw value: the client could not tell whether the
 * job had finished.
 *
 * <pre>{@code
 * try {
 *   client.awaitJobCompletion("bmj_3kQ8vLx2", Duration.ofHours(2));
 * } catch (BenchmarkJobTimeoutException e) {
 *   System.err.println(e.lastSeen().displayName() + " is still " + e.lastSeen().stateValue());
 * }
 * }</pre>
 */
public class BenchmarkJobTimeoutException extends RunloopException {
  private static final long serialVersionUID = 1L;

  private final transient BenchmarkJobView lastSeen;
  private final Duration waited;
  private final List<String> canceledRunIds;
  private final List<String> uncanceledRunIds;

  /**
   * Creates the exception.
   *
   * @param lastSeen the job as the last poll returned it
   * @param waited how long the caller waited
   * @param canceledRunIds the runs of the job canceled at the deadline, empty when none were
   * @param uncanceledRunIds the runs of the job that could not be canceled, empty when none failed
   */
  public BenchmarkJobTimeoutException(
      BenchmarkJobView lastSeen,
      Duration waited,
      List<String> canceledRunIds,
      List<String> uncanceledRunIds) {
    super(
        GaveUpWaiting.message(
                "benchmark job " + lastSeen.displayName(),
                waited,
                lastSeen.stateValue(),
                lastSeen.state() == BenchmarkJobState.UNRECOGNIZED)
            + (canceledRunIds.isEmpty()
                ? ""
                : "; canceled its unfinished benchmark runs " + String.join(", ", canceledRunIds))
            + (uncanceledRunIds.isEmpty()
                ? ""
                : "; could not cancel "
                    + String.join(", ", uncanceledRunIds)
                    + " (see the suppressed exceptions)"));
    this.lastSeen = lastSeen;
    this.waited = Objects.requireNonNull(waited, "waited");
    this.canceledRunIds = List.copyOf(canceledRunIds);
    this.uncanceledRunIds = List.copyOf(uncanceledRunIds);
  }

  /**
   * Returns the job as the last poll returned it.
   *
   * @return the job, still in a state that is not final
   */
  public BenchmarkJobView lastSeen() {
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

  /**
   * Returns the runs canceled at the deadline, when the wait was told to cancel them.
   *
   * @return their ids, in the job's order; empty when none were canceled
   */
  public List<String> canceledRunIds() {
    return canceledRunIds;
  }

  /**
   * Returns the runs that could not be canceled at the deadline; why is in the suppressed
   * exceptions, one each, in the same order.
   *
   * @return their ids; empty when every cancellation asked for succeeded, or none was asked for
   */
  public List<String> uncanceledRunIds() {
    return uncanceledRunIds;
  }
}
