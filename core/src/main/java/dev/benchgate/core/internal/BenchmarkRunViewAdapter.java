package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.LegacyScenarioRun;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code BenchmarkRunView}, of both API generations: needs its id, its state and its start time (a
 * {@code latest:} baseline is chosen by it).
 */
final class BenchmarkRunViewAdapter extends ModelAdapter<BenchmarkRunView> {
  static final BenchmarkRunViewAdapter INSTANCE = new BenchmarkRunViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "benchmark_id",
          "name",
          "metadata",
          "start_time_ms",
          "duration_ms",
          "state",
          "score",
          "purpose",
          "environment_variables",
          "secrets_provided",
          "pending_scenarios",
          "scenario_runs");
  private static final FieldReader.Spellings STATES =
      FieldReader.spellings(BenchmarkRunState.class);

  private BenchmarkRunViewAdapter() {
    super("benchmark run");
  }

  @Override
  BenchmarkRunView readFields(JsonReader in) throws IOException {
    String id = null;
    String benchmarkId = null;
    String name = null;
    Map<String, String> metadata = null;
    Long startTimeMs = null;
    Long durationMs = null;
    String state = null;
    Double score = null;
    String purpose = null;
    Map<String, String> environmentVariables = null;
    Map<String, String> secretsProvided = null;
    List<String> pendingScenarios = null;
    List<LegacyScenarioRun> scenarioRuns = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> id = FieldReader.string(in);
        case 1 -> benchmarkId = FieldReader.shared(in);
        case 2 -> name = FieldReader.string(in);
        case 3 -> metadata = FieldReader.stringMap(in);
        case 4 -> startTimeMs = FieldReader.wholeNumber(in);
        case 5 -> durationMs = FieldReader.wholeNumber(in);
        case 6 -> state = FieldReader.oneOf(in, STATES);
        case 7 -> score = FieldReader.number(in);
        case 8 -> purpose = FieldReader.shared(in);
        case 9 -> environmentVariables = FieldReader.stringMap(in);
        case 10 -> secretsProvided = FieldReader.stringMap(in);
        case 11 -> pendingScenarios = FieldReader.strings(in, false);
        case 12 ->
            scenarioRuns =
                FieldReader.list(in, LegacyScenarioRunAdapter.INSTANCE, "an embedded scenario run");
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    if (startTimeMs == null) {
      throw new InvalidField(id, missing("start_time_ms"));
    }
    return new BenchmarkRunView(
        id,
        benchmarkId,
        name,
        metadata,
        startTimeMs,
        durationMs,
        state,
        score,
        purpose,
        environmentVariables,
        secretsProvided,
        pendingScenarios,
        scenarioRuns);
  }

  @Override
  String problem(BenchmarkRunView run) {
    String problem = requireId(run.id(), "id");
    if (problem == null && run.stateValue() == null) {
      problem = missing("state");
    }
    if (problem == null) {
      problem = checkScore(run.score(), "score");
    }
    return problem != null
        ? problem
        : requireIds(run.legacyPendingScenarios(), "pending_scenarios");
  }

  @Override
  String id(BenchmarkRunView run) {
    return run.id();
  }

  @Override
  void writeFields(JsonWriter out, BenchmarkRunView run) throws IOException {
    FieldWriter.string(out, "benchmark_id", run.benchmarkId());
    FieldWriter.wholeNumber(out, "duration_ms", run.durationMs());
    FieldWriter.stringMap(out, "environment_variables", run.environmentVariables(), true);
    FieldWriter.string(out, "id", run.id());
    FieldWriter.stringMap(out, "metadata", run.metadata(), false);
    FieldWriter.string(out, "name", run.name());
    FieldWriter.strings(out, "pending_scenarios", run.legacyPendingScenarios());
    FieldWriter.string(out, "purpose", run.purpose());
    FieldWriter.list(
        out, "scenario_runs", run.legacyScenarioRuns(), LegacyScenarioRunAdapter.INSTANCE);
    FieldWriter.number(out, "score", run.score());
    FieldWriter.stringMap(out, "secrets_provided", run.secretsProvided(), true);
    out.name("start_time_ms").value(run.startTimeMs());
    FieldWriter.string(out, "state", run.stateValue());
  }
}
