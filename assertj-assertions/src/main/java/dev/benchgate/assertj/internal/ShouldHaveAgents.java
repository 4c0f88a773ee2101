package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;

import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark job that lacks agents a gate expects, naming the agents it
 * has.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveAgents(job, List.of("candidate", "baseline"), List.of("baseline")));
 * // Expecting benchmark job pr-1187 (bmj_1) to have the agents "candidate" and "baseline", each
 * // with a benchmark run
 * // but it has no agent "baseline"; its agents are "candidate" and "other"
 * }</pre>
 */
public class ShouldHaveAgents extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveAgents(job, expected, missing));
   * }</pre>
   *
   * @param job the job
   * @param expected the names of the agents it should have
   * @param missing those it does not have
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAgents(
      BenchmarkJobOutcome job, List<String> expected, List<String> missing) {
    List<String> without = job.agentsWithoutRun().stream().map(JobAgentConfig::name).toList();
    String has =
        job.agents().isEmpty()
            ? "it has no agent with a benchmark run"
            : "its agents are " + Format.quotedList(job.agentNames());
    return new ShouldHaveAgents(
        Names.benchmarkJob(job.job()),
        (expected.size() == 1 ? "the agent " : "the agents ")
            + Format.quotedList(expected)
            + (expected.size() == 1 ? ", with a benchmark run" : ", each with a benchmark run"),
        (missing.size() == 1 ? "it has no agent " : "it has no agents ")
            + Format.quotedList(missing)
            + "; "
            + has
            + (without.isEmpty()
                ? ""
                : ", and without a benchmark run (yet) "
                    + Format.quotedList(without)
                    + " (the job is "
                    + escape(job.job().stateValue())
                    + ")"));
  }

  private ShouldHaveAgents(String subject, String expected, String actual) {
    super(
        "%nExpecting %s to have %s%nbut %s",
        unquotedString(subject), unquotedString(expected), unquotedString(actual));
  }
}
