package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code BenchmarkView}: needs its id and its {@code scenarioIds}. Without the list, a gate that
 * checks a run covers all of its benchmark's scenarios would find nothing missing and pass.
 */
final class BenchmarkViewAdapter extends ModelAdapter<BenchmarkView> {
  static final BenchmarkViewAdapter INSTANCE = new BenchmarkViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "name",
          "metadata",
          "scenarioIds",
          "status",
          "attribution",
          "description",
          "is_public",
          "required_environment_variables",
          "required_secret_names");
  private static final FieldReader.Spellings STATUSES = FieldReader.spellings(ScenarioStatus.class);

  private BenchmarkViewAdapter() {
    super("benchmark");
  }

  @Override
  BenchmarkView readFields(JsonReader in) throws IOException {
    String id = null;
    String name = null;
    Map<String, String> metadata = null;
    List<String> scenarioIds = null;
    String status = null;
    String attribution = null;
    String description = null;
    Boolean isPublic = null;
    List<String> requiredEnvironmentVariables = null;
    List<String> requiredSecretNames = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> id = FieldReader.string(in);
        case 1 -> name = FieldReader.string(in);
        case 2 -> metadata = FieldReader.stringMap(in);
        case 3 -> scenarioIds = FieldReader.strings(in, false);
        case 4 -> status = FieldReader.oneOf(in, STATUSES);
        case 5 -> attribution = FieldReader.shared(in);
        case 6 -> description = FieldReader.string(in);
        case 7 -> isPublic = FieldReader.bool(in);
        case 8 -> requiredEnvironmentVariables = FieldReader.strings(in, true);
        case 9 -> requiredSecretNames = FieldReader.strings(in, true);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    if (scenarioIds == null) {
      throw new InvalidField(id, missing("scenarioIds"));
    }
    return new BenchmarkView(
        id,
        name,
        metadata,
        scenarioIds,
        status,
        attribution,
        description,
        isPublic,
        requiredEnvironmentVariables,
        requiredSecretNames);
  }

  @Override
  String problem(BenchmarkView benchmark) {
    String problem = requireId(benchmark.id(), "id");
    if (problem == null) {
      problem = requireIds(benchmark.scenarioIds(), "scenarioIds");
    }
    if (problem == null) {
      problem =
          requireStrings(
              benchmark.requiredEnvironmentVariables(), "required_environment_variables");
    }
    return problem != null
        ? problem
        : requireStrings(benchmark.requiredSecretNames(), "required_secret_names");
  }

  @Override
  String id(BenchmarkView benchmark) {
    return benchmark.id();
  }

  @Override
  void writeFields(JsonWriter out, BenchmarkView benchmark) throws IOException {
    FieldWriter.string(out, "attribution", benchmark.attribution());
    FieldWriter.string(out, "description", benchmark.description());
    FieldWriter.string(out, "id", benchmark.id());
    FieldWriter.bool(out, "is_public", benchmark.isPublic());
    FieldWriter.stringMap(out, "metadata", benchmark.metadata(), false);
    FieldWriter.string(out, "name", benchmark.name());
    FieldWriter.strings(
        out, "required_environment_variables", benchmark.requiredEnvironmentVariables());
    FieldWriter.strings(out, "required_secret_names", benchmark.requiredSecretNames());
    FieldWriter.strings(out, "scenarioIds", benchmark.scenarioIds());
    FieldWriter.string(out, "status", benchmark.statusValue());
  }
}
