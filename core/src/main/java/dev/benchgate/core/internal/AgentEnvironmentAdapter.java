package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.AgentEnvironment;
import java.io.IOException;
import java.util.Map;

/**
 * {@code AgentEnvironment}: both maps optional. A snapshot redacts the values of both: environment
 * variables often carry credentials, and the secrets' names or ids are nobody's business in a file
 * under version control either.
 */
final class AgentEnvironmentAdapter extends ModelAdapter<AgentEnvironment> {
  static final AgentEnvironmentAdapter INSTANCE = new AgentEnvironmentAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("environment_variables", "secrets");

  private AgentEnvironmentAdapter() {
    super("agent environment");
  }

  @Override
  AgentEnvironment readFields(JsonReader in) throws IOException {
    Map<String, String> environmentVariables = null;
    Map<String, String> secrets = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> environmentVariables = FieldReader.stringMap(in);
        case 1 -> secrets = FieldReader.stringMap(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new AgentEnvironment(environmentVariables, secrets);
  }

  @Override
  void writeFields(JsonWriter out, AgentEnvironment environment) throws IOException {
    FieldWriter.stringMap(out, "environment_variables", environment.environmentVariables(), true);
    FieldWriter.stringMap(out, "secrets", environment.secrets(), true);
  }
}
