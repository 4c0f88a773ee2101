package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.JobSpec;
import dev.benchgate.core.model.OrchestratorConfig;
import java.io.IOException;
import java.util.List;

/**
 * {@code JobSpec}: needs its agent configurations and its scenario ids, the resolved list each
 * agent runs (JOBS.md §2).
 */
final class JobSpecAdapter extends ModelAdapter<JobSpec> {
  static final JobSpecAdapter INSTANCE = new JobSpecAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("agent_configs", "scenario_ids", "orchestrator_config");

  private JobSpecAdapter() {
    super("job spec");
  }

  @Override
  JobSpec readFields(JsonReader in) throws IOException {
    List<AgentConfig> agentConfigs = null;
    List<String> scenarioIds = null;
    OrchestratorConfig orchestratorConfig = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 ->
            agentConfigs =
                FieldReader.list(in, AgentConfigAdapters.AGENT_CONFIGS, "an agent config");
        case 1 -> scenarioIds = FieldReader.strings(in, true);
        case 2 -> orchestratorConfig = OrchestratorConfigAdapter.INSTANCE.fromJson(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    if (agentConfigs == null) {
      throw new InvalidField(null, missing("agent_configs"));
    }
    if (scenarioIds == null) {
      throw new InvalidField(null, missing("scenario_ids"));
    }
    return new JobSpec(agentConfigs, scenarioIds, orchestratorConfig);
  }

  @Override
  String problem(JobSpec spec) {
    return requireIds(spec.scenarioIds(), "scenario_ids");
  }

  @Override
  void writeFields(JsonWriter out, JobSpec spec) throws IOException {
    FieldWriter.list(out, "agent_configs", spec.agentConfigs(), AgentConfigAdapters.AGENT_CONFIGS);
    FieldWriter.object(
        out, "orchestrator_config", spec.orchestratorConfig(), OrchestratorConfigAdapter.INSTANCE);
    FieldWriter.strings(out, "scenario_ids", spec.scenarioIds());
  }
}
