package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a gate over every agent of a benchmark job that some agents failed: each
 * failing agent with its own failure message, indented under it, and the agents the gate could not
 * judge because they have no run. Every failing agent is reported, not only the first.
 *
 * <pre>{@code
 * throwAssertionError(shouldSatisfyForEveryAgent(job, failures));
 * // Expecting every agent of benchmark job swe-smoke-0821 (bmj_3kQ8vLx2) to pass the gate
 * // but 1 of 2 agents did not:
 * //   - agent codex (gpt-5), benchmark run bmr_Bq72:
 * //       Expecting benchmark run bmr_Bq72 to have a pass rate of at least 90 % (...)
 * //       but it was 50 % (2 of 4 passed); those that did not, worst first:
 * //         - retry-flag (no-run:scn_b2): failed, no score [infrastructure outcome: ...]
 * }</pre>
 */
public class ShouldSatisfyForEveryAgent extends BasicErrorMessageFactory {

  /** One agent that failed the gate, and its failure message as it was thrown. */
  public record AgentFailure(String agent, String message) {}

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldSatisfyForEveryAgent(job, failures));
   * }</pre>
   *
   * @param job the job
   * @param failures the agents that failed the gate, each named by {@link Names#agent}
   * @return the message factory
   */
  public static ErrorMessageFactory shouldSatisfyForEveryAgent(
      BenchmarkJobOutcome job, List<AgentFailure> failures) {
    List<String> notJudged = new ArrayList<>();
    for (JobAgentConfig config : job.agentsWithoutRun()) {
      notJudged.add(
          "agent "
              + escape(config.displayName())
              + ": no benchmark run to judge (the job is "
              + escape(job.job().stateValue())
              + ")");
    }
    int agents = job.agents().size() + job.agentsWithoutRun().size();
    String actual;
    if (agents == 0) {
      actual = "it has no agent to judge (the job is " + escape(job.job().stateValue()) + ").";
    } else {
      StringBuilder lines = new StringBuilder();
      for (AgentFailure failure : failures) {
        lines.append("%n  - %s:".formatted(failure.agent()));
        // The agent's own message is escaped already; it only moves in by its indentation.
        failure
            .message()
            .strip()
            .lines()
            .forEach(line -> lines.append("%n      %s".formatted(line)));
      }
      notJudged.forEach(line -> lines.append("%n  - %s".formatted(line)));
      actual =
          "%d of %s did not:%s"
              .formatted(
                  failures.size() + notJudged.size(),
                  Format.count(agents, "agent", "agents"),
                  lines);
    }
    return new ShouldSatisfyForEveryAgent(Names.benchmarkJob(job.job()), actual);
  }

  private ShouldSatisfyForEveryAgent(String subject, String actual) {
    super(
        "%nExpecting every agent of %s to pass the gate%nbut %s",
        unquotedString(subject), unquotedString(actual));
  }
}
