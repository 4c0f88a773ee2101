package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import dev.benchgate.core.compare.ScenarioResult;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A benchmark job as the end-of-run report shows it: its agents side by side, one summary each, and
 * every scenario with each agent's result, a setup failure and its reason included. Each agent's
 * run is among {@link BenchgateReport#runs()} as well.
 *
 * @param jobId the job's id
 * @param name the job's name, may be {@code null}
 * @param state the job's state as the API spelled it
 * @param failureReason why the job failed, {@code null} when it did not or gave no reason
 * @param passThreshold the score at which a scenario counts as passed
 * @param agents one per agent with a run, by name
 * @param scenarios every scenario any agent has a result for, by name, then id
 */
public record JobReport(
    @Json(name = "job_id") String jobId,
    String name,
    String state,
    @Json(name = "failure_reason") String failureReason,
    @Json(name = "pass_threshold") double passThreshold,
    List<JobAgentReport> agents,
    List<JobScenarioReport> scenarios) {

  /** Copies the lists; absent ones, in a report read back, are empty. */
  public JobReport {
    agents = agents == null ? List.of() : List.copyOf(agents);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
  }

  /**
   * Summarises a job in time linear in its agents' scenario runs (and the sort of its scenarios).
   *
   * @param job the job
   * @param passThreshold the score at which a scenario counts as passed
   * @return the job's report
   */
  public static JobReport of(BenchmarkJobOutcome job, double passThreshold) {
    List<JobAgentReport> agents = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, AgentScenarioReport[]> cells = new HashMap<>();
    int agentCount = job.agents().size();
    for (int index = 0; index < agentCount; index++) {
      JobAgent agent = job.agents().get(index);
      BenchmarkOutcome outcome = agent.outcome();
      int passed = 0;
      int infrastructure = 0;
      int setup = 0;
      Map<String, ScenarioResult> results = ScenarioResult.byScenario(outcome);
      for (ScenarioResult result : results.values()) {
        // Failed in setup: the job reported the scenario without any scenario run. (A scenario
        // run the job named but the run's list lacked is synthesized too, yet it ran.)
        boolean setupFailure =
            result.runs().stream()
                .map(outcome::jobScenarioOutcome)
                .flatMap(Optional::stream)
                .anyMatch(reported -> !reported.hasScenarioRun());
        String reason =
            result.runs().stream()
                .map(outcome::failureReason)
                .flatMap(Optional::stream)
                .map(ScenarioFailureReason::describe)
                .findFirst()
                .orElse(null);
        if (result.passes(passThreshold)) {
          passed++;
        } else if (result.isInfrastructureFailure()) {
          infrastructure++;
        }
        if (setupFailure) {
          setup++;
        }
        names.putIfAbsent(result.scenarioId(), result.scenarioName());
        cells
                .computeIfAbsent(result.scenarioId(), id -> new AgentScenarioReport[agentCount])[
                index] =
            new AgentScenarioReport(
                agent.name(),
                RunReport.worstState(result.runs()),
                result.meanScore(),
                setupFailure,
                reason);
      }
      agents.add(
          new JobAgentReport(
              agent.name(),
              agent.modelName(),
              agent.benchmarkRunId(),
              outcome.run().stateValue(),
              outcome.run().score(),
              results.size(),
              passed,
              results.size() - passed - infrastructure,
              infrastructure,
              setup,
              agent.isFinished()));
    }
    List<JobScenarioReport> scenarios = new ArrayList<>(names.size());
    names.forEach(
        (id, name) -> {
          AgentScenarioReport[] row = cells.get(id);
          List<AgentScenarioReport> filled = new ArrayList<>(agentCount);
          for (int index = 0; index < agentCount; index++) {
            filled.add(
                row[index] == null
                    ? new AgentScenarioReport(
                        job.agents().get(index).name(), null, null, false, null)
                    : row[index]);
          }
          scenarios.add(new JobScenarioReport(id, name, filled));
        });
    scenarios.sort(
        Comparator.comparing(
                (JobScenarioReport s) -> s.name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(JobScenarioReport::scenarioId));
    return new JobReport(
        job.jobId(),
        job.job().name(),
        job.job().stateValue(),
        job.job().failureReason(),
        passThreshold,
        agents,
        scenarios);
  }

  /**
   * Returns a short name for people.
   *
   * @return the name with the id, or the id alone
   */
  public String displayName() {
    return name == null || name.isBlank() ? jobId : name + " (" + jobId + ")";
  }
}
