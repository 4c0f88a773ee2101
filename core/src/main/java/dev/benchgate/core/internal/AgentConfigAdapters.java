package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.AgentEnvironment;
import dev.benchgate.core.model.ExternalApiAgentConfig;
import dev.benchgate.core.model.JobAgentConfig;
import dev.benchgate.core.model.UnknownAgentConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The agent configurations of a benchmark job ({@link AgentConfig}, JOBS.md §2), by their {@code
 * type}: a {@code job_agent} needs its name (agents are matched and named by it), an {@code
 * external_api} agent has nothing required, and {@link UnknownAgentConfig} keeps a type this
 * version does not know with its fields (see {@link SealedTypeAdapter}).
 */
final class AgentConfigAdapters {
  private static final String KIND = "agent config";

  static final SealedTypeAdapter<AgentConfig> AGENT_CONFIGS =
      new SealedTypeAdapter<>(
          KIND,
          List.of(new JobAgent(), new ExternalApi()),
          new SealedTypeAdapter.Unknown<>(
              KIND,
              UnknownAgentConfig.class,
              UnknownAgentConfig::new,
              UnknownAgentConfig::type,
              UnknownAgentConfig::fields));

  private AgentConfigAdapters() {}

  /** A {@code job_agent}: needs its name. */
  private static final class JobAgent extends SealedTypeAdapter.Variant<JobAgentConfig> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of(
            "name", "agent_id", "model_name", "timeout_seconds", "kwargs", "agent_environment");

    JobAgent() {
      super(KIND, JobAgentConfig.class, JobAgentConfig.TYPE);
    }

    @Override
    JobAgentConfig readFields(JsonReader in) throws IOException {
      String name = null;
      String agentId = null;
      String modelName = null;
      Double timeoutSeconds = null;
      Map<String, String> kwargs = null;
      AgentEnvironment agentEnvironment = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> name = FieldReader.shared(in);
          case 1 -> agentId = FieldReader.shared(in);
          case 2 -> modelName = FieldReader.shared(in);
          case 3 -> timeoutSeconds = FieldReader.number(in);
          case 4 -> kwargs = FieldReader.stringMap(in);
          case 5 -> agentEnvironment = AgentEnvironmentAdapter.INSTANCE.fromJson(in);
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new JobAgentConfig(name, agentId, modelName, timeoutSeconds, kwargs, agentEnvironment);
    }

    @Override
    String problem(JobAgentConfig config) {
      return requireId(config.name(), "name");
    }

    @Override
    String id(JobAgentConfig config) {
      return config.name();
    }

    @Override
    void writeFields(JsonWriter out, JobAgentConfig config) throws IOException {
      FieldWriter.object(
          out, "agent_environment", config.agentEnvironment(), AgentEnvironmentAdapter.INSTANCE);
      FieldWriter.string(out, "agent_id", config.agentId());
      FieldWriter.stringMap(out, "kwargs", config.kwargs(), false);
      FieldWriter.string(out, "model_name", config.modelName());
      FieldWriter.string(out, "name", config.name());
      FieldWriter.number(out, "timeout_seconds", config.timeoutSeconds());
      writeType(out);
    }
  }

  /** An {@code external_api} agent: its one field is a placeholder. */
  private static final class ExternalApi extends SealedTypeAdapter.Variant<ExternalApiAgentConfig> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("info");

    ExternalApi() {
      super(KIND, ExternalApiAgentConfig.class, ExternalApiAgentConfig.TYPE);
    }

    @Override
    ExternalApiAgentConfig readFields(JsonReader in) throws IOException {
      String info = null;
      while (in.hasNext()) {
        if (in.selectName(NAMES) == 0) {
          info = FieldReader.string(in);
        } else {
          in.skipName();
          in.skipValue();
        }
      }
      return new ExternalApiAgentConfig(info);
    }

    @Override
    void writeFields(JsonWriter out, ExternalApiAgentConfig config) throws IOException {
      FieldWriter.string(out, "info", config.info());
      writeType(out);
    }
  }
}
