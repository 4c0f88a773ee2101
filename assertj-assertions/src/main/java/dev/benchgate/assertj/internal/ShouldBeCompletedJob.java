package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark job that is not completed, or whose agents did not all finish
 * a run: what state it is in, why it failed, and which agents have no finished run.
 *
 * <pre>{@code
 * throwAssertionError(shouldBeCompleted(job));
 * // Expecting benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) to be completed, every agent with a
 * // finished run
 * // but it was in state running (still in progress); agents without a finished run:
 * //   - goose: benchmark run bmr_Cz90 is running
 * }</pre>
 */
public class ShouldBeCompletedJob extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldBeCompleted(job));
   * }</pre>
   *
   * @param job the job
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeCompleted(BenchmarkJobOutcome job) {
    List<String> unfinished = new ArrayList<>();
    for (JobAgent agent : job.agents()) {
      if (!agent.isFinished()) {
        unfinished.add(
            escape(agent.name())
                + ": benchmark run "
                + escape(agent.benchmarkRunId())
                + " is "
                + escape(agent.inProgressRun().stateValue()));
      }
    }
    for (JobAgentConfig config : job.agentsWithoutRun()) {
      unfinished.add(escape(config.displayName()) + ": no benchmark run");
    }
    String actual =
        job.job().state() == BenchmarkJobState.COMPLETED
            ? "it was completed"
            : "it was in state " + Explanations.state(job.job());
    return new ShouldBeCompletedJob(
        Names.benchmarkJob(job.job()),
        unfinished.isEmpty()
            ? actual + "."
            : actual + "; agents without a finished run:" + Offenders.bullets(unfinished));
  }

  private ShouldBeCompletedJob(String subject, String actual) {
    super(
        "%nExpecting %s to be completed, every agent with a finished run%nbut %s",
        unquotedString(subject), unquotedString(actual));
  }
}
