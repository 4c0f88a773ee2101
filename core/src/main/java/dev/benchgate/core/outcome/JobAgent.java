package dev.benchgate.core.outcome;

import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentOutcomeView;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent of a benchmark job, joined with the outcome of its benchmark run: what {@link
 * BenchmarkJobOutcome#agents()} lists.
 *
 * <pre>{@code
 * for (JobAgent agent : jobOutcome.agents()) {
 *   System.out.println(agent.displayName() + ": " + agent.outcome().scenarioRuns().size()
 *       + (agent.isFinished() ? "" : " (still running)"));
 * }
 * }</pre>
 *
 * @param name the name {@link BenchmarkJobOutcome#agent(String)} knows it by: the agent's name, or,
 *     when several agents of the job share it, {@code name:model} (rl-cli's {@code --agent}
 *     syntax), or {@code name:bmr_…} when that is not unique either; the run's id for an agent
 *     without a name (an {@code external_api} one)
 * @param agentName the agent configuration's name, {@code null} when the job gives none
 * @param modelName the model it used, {@code null} when the job gives none
 * @param outcome its benchmark run joined with its scenario runs and what the job reported about
 *     them (see {@link BenchmarkOutcome#withJobScenarioOutcomes})
 * @param reported the job's outcome of this agent; {@code null} while its run is in progress
 * @param inProgressRun the job's entry for its run while in progress; {@code null} once finished
 */
public record JobAgent(
    String name,
    String agentName,
    String modelName,
    BenchmarkOutcome outcome,
    JobAgentOutcomeView reported,
    InProgressRunView inProgressRun) {

  /** Rejects a missing name or outcome, and an agent that is both finished and in progress. */
  public JobAgent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    if ((reported == null) == (inProgressRun == null)) {
      throw new IllegalArgumentException(
          "An agent of a job is either finished (reported) or in progress, not "
              + (reported == null ? "neither" : "both"));
    }
  }

  /**
   * Returns the id of the agent's benchmark run.
   *
   * @return e.g. {@code bmr_Ak41}
   */
  public String benchmarkRunId() {
    return outcome.runId();
  }

  /**
   * Tells whether the job reports an outcome for this agent.
   *
   * @return {@code false} while its run is in progress
   */
  public boolean isFinished() {
    return reported != null;
  }

  /**
   * Returns the job's outcome of this agent.
   *
   * @return it, or empty while the agent's run is in progress
   */
  public Optional<JobAgentOutcomeView> reportedOutcome() {
    return Optional.ofNullable(reported);
  }

  /**
   * Returns a name for messages, with the model as rl-cli's results table shows it.
   *
   * @return e.g. {@code "codex (gpt-5)"}; the name alone without a model, or when the name is
   *     {@code name:model} already
   */
  public String displayName() {
    return modelName == null || modelName.isBlank() || !name.equals(agentName)
        ? name
        : name + " (" + modelName + ")";
  }
}
