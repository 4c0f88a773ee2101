package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScenarioEnvironment;
import java.io.IOException;

/** A scenario's {@code environment}; its ids repeat across a benchmark's scenarios. */
final class ScenarioEnvironmentAdapter extends ModelAdapter<ScenarioEnvironment> {
  static final ScenarioEnvironmentAdapter INSTANCE = new ScenarioEnvironmentAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "blueprint_id", "snapshot_id", "prebuilt_id", "working_directory", "launch_parameters");

  private ScenarioEnvironmentAdapter() {
    super("scenario environment");
  }

  @Override
  ScenarioEnvironment readFields(JsonReader in) throws IOException {
    String blueprintId = null;
    String snapshotId = null;
    String prebuiltId = null;
    String workingDirectory = null;
    Object launchParameters = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> blueprintId = FieldReader.shared(in);
        case 1 -> snapshotId = FieldReader.shared(in);
        case 2 -> prebuiltId = FieldReader.shared(in);
        case 3 -> workingDirectory = FieldReader.shared(in);
        case 4 -> launchParameters = FieldReader.any(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScenarioEnvironment(
        blueprintId, snapshotId, prebuiltId, workingDirectory, launchParameters);
  }

  @Override
  void writeFields(JsonWriter out, ScenarioEnvironment environment) throws IOException {
    FieldWriter.string(out, "blueprint_id", environment.blueprintId());
    FieldWriter.any(out, "launch_parameters", environment.launchParameters());
    FieldWriter.string(out, "prebuilt_id", environment.prebuiltId());
    FieldWriter.string(out, "snapshot_id", environment.snapshotId());
    FieldWriter.string(out, "working_directory", environment.workingDirectory());
  }
}
