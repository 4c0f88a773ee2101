package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.ScenarioEnvironment;
import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ValidationType;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code ScenarioView}, a scenario definition: needs its id, by which scenario runs find it. Its
 * name may be absent (scenario runs are then named by their own name or scenario id), and older API
 * versions send no status, validation type or scoring contract.
 */
final class ScenarioViewAdapter extends ModelAdapter<ScenarioView> {
  static final ScenarioViewAdapter INSTANCE = new ScenarioViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "name",
          "metadata",
          "input_context",
          "scoring_contract",
          "status",
          "environment",
          "reference_output",
          "required_environment_variables",
          "required_secret_names",
          "is_public",
          "scorer_timeout_sec",
          "validation_type");
  private static final FieldReader.Spellings STATUSES = FieldReader.spellings(ScenarioStatus.class);
  private static final FieldReader.Spellings VALIDATION_TYPES =
      FieldReader.spellings(ValidationType.class);

  private ScenarioViewAdapter() {
    super("scenario");
  }

  @Override
  ScenarioView readFields(JsonReader in) throws IOException {
    String id = null;
    String name = null;
    Map<String, String> metadata = null;
    InputContext inputContext = null;
    ScoringContract scoringContract = null;
    String status = null;
    ScenarioEnvironment environment = null;
    String referenceOutput = null;
    List<String> requiredEnvironmentVariables = null;
    List<String> requiredSecretNames = null;
    Boolean isPublic = null;
    Long scorerTimeoutSec = null;
    String validationType = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> id = FieldReader.string(in);
        case 1 -> name = FieldReader.string(in);
        case 2 -> metadata = FieldReader.stringMap(in);
        case 3 -> inputContext = InputContextAdapter.INSTANCE.fromJson(in);
        case 4 -> scoringContract = ScoringContractAdapter.INSTANCE.fromJson(in);
        case 5 -> status = FieldReader.oneOf(in, STATUSES);
        case 6 -> environment = ScenarioEnvironmentAdapter.INSTANCE.fromJson(in);
        case 7 -> referenceOutput = FieldReader.string(in);
        case 8 -> requiredEnvironmentVariables = FieldReader.strings(in, true);
        case 9 -> requiredSecretNames = FieldReader.strings(in, true);
        case 10 -> isPublic = FieldReader.bool(in);
        case 11 -> scorerTimeoutSec = FieldReader.wholeNumber(in);
        case 12 -> validationType = FieldReader.oneOf(in, VALIDATION_TYPES);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScenarioView(
        id,
        name,
        metadata,
        inputContext,
        scoringContract,
        status,
        environment,
        referenceOutput,
        requiredEnvironmentVariables,
        requiredSecretNames,
        isPublic,
        scorerTimeoutSec,
        validationType);
  }

  @Override
  String problem(ScenarioView scenario) {
    String problem = requireId(scenario.id(), "id");
    if (problem == null) {
      problem =
          requireStrings(scenario.requiredEnvironmentVariables(), "required_environment_variables");
    }
    return problem != null
        ? problem
        : requireStrings(scenario.requiredSecretNames(), "required_secret_names");
  }

  @Override
  String id(ScenarioView scenario) {
    return scenario.id();
  }

  @Override
  void writeFields(JsonWriter out, ScenarioView scenario) throws IOException {
    FieldWriter.object(
        out, "environment", scenario.environment(), ScenarioEnvironmentAdapter.INSTANCE);
    FieldWriter.string(out, "id", scenario.id());
    FieldWriter.object(out, "input_context", scenario.inputContext(), InputContextAdapter.INSTANCE);
    FieldWriter.bool(out, "is_public", scenario.isPublic());
    FieldWriter.stringMap(out, "metadata", scenario.metadata(), false);
    FieldWriter.string(out, "name", scenario.name());
    FieldWriter.string(out, "reference_output", scenario.referenceOutput());
    FieldWriter.strings(
        out, "required_environment_variables", scenario.requiredEnvironmentVariables());
    FieldWriter.strings(out, "required_secret_names", scenario.requiredSecretNames());
    FieldWriter.wholeNumber(out, "scorer_timeout_sec", scenario.scorerTimeoutSec());
    FieldWriter.object(
        out, "scoring_contract", scenario.scoringContract(), ScoringContractAdapter.INSTANCE);
    FieldWriter.string(out, "status", scenario.statusValue());
    FieldWriter.string(out, "validation_type", scenario.validationTypeValue());
  }
}
