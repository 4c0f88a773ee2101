package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.UnavailablePolicy;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Where a benchmark job comes from: a job id ({@code bmj_…}), fetched from the API (or replayed
 * from and recorded to snapshot directories like runs), or a job snapshot ({@code file:…}, {@code
 * classpath:…}). The text is parsed as a {@link RunSource} is, so that the two read the same and
 * share one loader per location; {@code latest:} names runs, not jobs, and is refused.
 *
 * <pre>{@code
 * JobSource source = JobSource.parse(new ConfiguredValue("bmj_1", "@BenchmarkJob"), requester);
 * BenchmarkJobOutcome job = runloop.job(source, text, requester);
 * }</pre>
 *
 * @param location the job's id or snapshot, parsed as a run's would be
 */
public record JobSource(RunSource location) {

  /** Requires a location. */
  public JobSource {
    Objects.requireNonNull(location, "location");
  }

  /**
   * Parses an expanded source text.
   *
   * @param text the text, placeholders expanded
   * @param requester what needs the job, for messages
   * @return the source
   * @throws ExtensionConfigurationException for a text that names no job id or snapshot
   */
  public static JobSource parse(ConfiguredValue text, Requester requester) {
    RunSource location = RunSource.parse(text, requester);
    if (location instanceof LatestRun) {
      throw new ExtensionConfigurationException(
          RunSource.named("job", text, requester)
              + " is a latest: query, which names benchmark runs, not a job: give a benchmark"
              + " job id such as bmj_123, file:path/to/job.json or classpath:path/to/job.json.");
    }
    return new JobSource(location);
  }

  /**
   * Names the job for messages.
   *
   * @return e.g. {@code "benchmark job bmj_1"} or {@code "job snapshot file /work/job.json"}
   */
  public String describe() {
    return location instanceof RunSource.RunId id
        ? "benchmark job " + id.id()
        : "job " + location.describe();
  }

  /**
   * Loads the job, once per test plan.
   *
   * @param runloop the test plan's shared resources
   * @param requester what needs the job, for messages
   * @return the job, finished
   */
  BenchmarkJobOutcome load(SharedRunloop runloop, Requester requester) {
    if (location instanceof RunSource.SnapshotFile file) {
      return runloop
          .snapshotFile(file.path(), SnapshotReader.Contents.JOB)
          .orElseThrow(file::missing);
    }
    if (location instanceof RunSource.ClasspathSnapshot resource) {
      return runloop.classpathSnapshot(resource.name(), SnapshotReader.Contents.JOB);
    }
    return runloop.job(((RunSource.RunId) location).id(), requester);
  }

  /**
   * Requires a job whose agents' runs have all finished: a job can end (failed, canceled, timed
   * out) with an agent's run still in progress, and gates over half a run could pass without
   * judging it.
   *
   * @param job the job, in a final state
   * @param requester what needs it, for messages
   * @param policy what to do with a test that cannot be judged
   * @return the job
   * @throws RuntimeException through {@link CouldNotJudge} when an agent's run has not finished
   */
  public static BenchmarkJobOutcome requireFinishedRuns(
      BenchmarkJobOutcome job, Requester requester, UnavailablePolicy policy) {
    for (JobAgent agent : job.agents()) {
      if (!agent.isFinished() || !agent.outcome().run().state().isFinal()) {
        throw CouldNotJudge.failure(
            UntrustedText.printable(
                    "Benchmark job "
                        + job.job().displayName()
                        + " is "
                        + job.job().stateValue()
                        + ", but the run "
                        + agent.benchmarkRunId()
                        + " of its agent "
                        + agent.name()
                        + " is "
                        + agent.outcome().run().stateValue())
                + ", so "
                + requester
                + " could not be given a finished job.",
            "Run the tests again once that run has finished, or start the job again.",
            policy,
            null);
      }
    }
    return job;
  }

  /**
   * Returns one agent's run of a job whose runs have finished (see {@link #requireFinishedRuns}).
   *
   * @param job the job
   * @param agent the agent's name
   * @param requester what needs the run, for messages
   * @param policy what to do with a test that cannot be judged
   * @return the agent's outcome
   * @throws ParameterResolutionException when the job has no such agent, naming those it has
   * @throws RuntimeException through {@link CouldNotJudge} when the job never started the agent's
   *     run: there is nothing to judge, which is no reason to pass
   */
  public static BenchmarkOutcome agent(
      BenchmarkJobOutcome job, String agent, Requester requester, UnavailablePolicy policy) {
    try {
      return job.agent(agent);
    } catch (NoSuchElementException noSuchAgent) {
      // Core's message tells a wrong name from an agent without a run yet, and lists the agents.
      String why = UntrustedText.printable(noSuchAgent.getMessage());
      if (job.agentsWithoutRun().stream().anyMatch(config -> agent.equals(config.name()))) {
        throw CouldNotJudge.failure(
            why + ", so " + requester + " could not be given its run.",
            "Run the tests again once the job has run the agent, or start the job again.",
            policy,
            noSuchAgent);
      }
      throw new ParameterResolutionException(
          why
              + ". Fix the agent's name in what "
              + requester
              + " asks for ('"
              + UntrustedText.printable(agent)
              + "').",
          noSuchAgent);
    }
  }
}
