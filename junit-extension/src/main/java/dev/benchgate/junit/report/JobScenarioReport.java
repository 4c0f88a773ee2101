package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One scenario of a benchmark job, side by side for every agent: a row of the job's table.
 *
 * @param scenarioId the scenario's id
 * @param name its name
 * @param agents one cell per agent, in the order of {@link JobReport#agents()}
 */
public record JobScenarioReport(
    @Json(name = "scenario_id") String scenarioId, String name, List<AgentScenarioReport> agents) {

  /** Copies the cells; absent, in a report read back, they are none. */
  public JobScenarioReport {
    agents = agents == null ? List.of() : List.copyOf(agents);
  }
}
