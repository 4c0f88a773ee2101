package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import java.io.IOException;
import java.util.Map;

/**
 * {@code ScenarioRunView}: needs its id, its scenario's id (an outcome joins and names it by that)
 * and its state (the gates judge by it).
 */
final class ScenarioRunViewAdapter extends ModelAdapter<ScenarioRunView> {
  static final ScenarioRunViewAdapter INSTANCE = new ScenarioRunViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "scenario_id",
          "devbox_id",
          "benchmark_run_id",
          "name",
          "metadata",
          "state",
          "start_time_ms",
          "duration_ms",
          "purpose",
          "scoring_contract_result",
          "environment_variables",
          "secrets_provided");
  private static final FieldReader.Spellings STATES = FieldReader.spellings(ScenarioRunState.class);

  private ScenarioRunViewAdapter() {
    super("scenario run");
  }

  @Override
  ScenarioRunView readFields(JsonReader in) throws IOException {
    String id = null;
    String scenarioId = null;
    String devboxId = null;
    String benchmarkRunId = null;
    String name = null;
    Map<String, String> metadata = null;
    String state = null;
    Long startTimeMs = null;
    Long durationMs = null;
    String purpose = null;
    ScoringContractResult result = null;
    Map<String, String> environmentVariables = null;
    Map<String, String> secretsProvided = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> id = FieldReader.string(in);
        case 1 -> scenarioId = FieldReader.string(in);
        case 2 -> devboxId = FieldReader.string(in);
        case 3 -> benchmarkRunId = FieldReader.shared(in);
        case 4 -> name = FieldReader.string(in);
        case 5 -> metadata = FieldReader.stringMap(in);
        case 6 -> state = FieldReader.oneOf(in, STATES);
        case 7 -> startTimeMs = FieldReader.wholeNumber(in);
        case 8 -> durationMs = FieldReader.wholeNumber(in);
        case 9 -> purpose = FieldReader.shared(in);
        case 10 -> result = ScoringContractResultAdapter.INSTANCE.fromJson(in);
        case 11 -> environmentVariables = FieldReader.stringMap(in);
        case 12 -> secretsProvided = FieldReader.stringMap(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScenarioRunView(
        id,
        scenarioId,
        devboxId,
        benchmarkRunId,
        name,
        metadata,
        state,
        startTimeMs,
        durationMs,
        purpose,
        result,
        environmentVariables,
        secretsProvided);
  }

  @Override
  String problem(ScenarioRunView run) {
    String problem = requireId(run.id(), "id");
    if (problem == null) {
      problem = requireId(run.scenarioId(), "scenario_id");
    }
    if (problem == null && run.stateValue() == null) {
      problem = missing("state");
    }
    return problem;
  }

  @Override
  String id(ScenarioRunView run) {
    return run.id();
  }

  @Override
  void writeFields(JsonWriter out, ScenarioRunView run) throws IOException {
    FieldWriter.string(out, "benchmark_run_id", run.benchmarkRunId());
    FieldWriter.string(out, "devbox_id", run.devboxId());
    FieldWriter.wholeNumber(out, "duration_ms", run.durationMs());
    FieldWriter.stringMap(out, "environment_variables", run.environmentVariables(), true);
    FieldWriter.string(out, "id", run.id());
    FieldWriter.stringMap(out, "metadata", run.metadata(), false);
    FieldWriter.string(out, "name", run.name());
    FieldWriter.string(out, "purpose", run.purpose());
    FieldWriter.string(out, "scenario_id", run.scenarioId());
    FieldWriter.object(
        out,
        "scoring_contract_result",
        run.scoringContractResult(),
        ScoringContractResultAdapter.INSTANCE);
    FieldWriter.stringMap(out, "secrets_provided", run.secretsProvided(), true);
    FieldWriter.wholeNumber(out, "start_time_ms", run.startTimeMs());
    FieldWriter.string(out, "state", run.stateValue());
  }
}
