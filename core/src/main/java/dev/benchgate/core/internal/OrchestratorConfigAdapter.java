package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.OrchestratorConfig;
import java.io.IOException;

/** {@code OrchestratorConfig}: every field optional, each of its JSON type. */
final class OrchestratorConfigAdapter extends ModelAdapter<OrchestratorConfig> {
  static final OrchestratorConfigAdapter INSTANCE = new OrchestratorConfigAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("n_attempts", "n_concurrent_trials", "quiet", "timeout_multiplier");

  private OrchestratorConfigAdapter() {
    super("orchestrator config");
  }

  @Override
  OrchestratorConfig readFields(JsonReader in) throws IOException {
    Integer attempts = null;
    Integer concurrentTrials = null;
    Boolean quiet = null;
    Double timeoutMultiplier = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> attempts = FieldReader.integer(in);
        case 1 -> concurrentTrials = FieldReader.integer(in);
        case 2 -> quiet = FieldReader.bool(in);
        case 3 -> timeoutMultiplier = FieldReader.number(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new OrchestratorConfig(attempts, concurrentTrials, quiet, timeoutMultiplier);
  }

  @Override
  void writeFields(JsonWriter out, OrchestratorConfig config) throws IOException {
    FieldWriter.wholeNumber(
        out, "n_attempts", config.nAttempts() == null ? null : config.nAttempts().longValue());
    FieldWriter.wholeNumber(
        out,
        "n_concurrent_trials",
        config.nConcurrentTrials() == null ? null : config.nConcurrentTrials().longValue());
    FieldWriter.bool(out, "quiet", config.quiet());
    FieldWriter.number(out, "timeout_multiplier", config.timeoutMultiplier());
  }
}
