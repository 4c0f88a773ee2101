package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScoringContractResult;
import java.io.IOException;

/** A scenario run a legacy benchmark run embeds: needs both of its ids. */
final class LegacyScenarioRunAdapter extends ModelAdapter<LegacyScenarioRun> {
  static final LegacyScenarioRunAdapter INSTANCE = new LegacyScenarioRunAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("scenario_id", "scenarioRunId", "scoringResult");

  private LegacyScenarioRunAdapter() {
    super("embedded scenario run");
  }

  @Override
  LegacyScenarioRun readFields(JsonReader in) throws IOException {
    String scenarioId = null;
    String scenarioRunId = null;
    ScoringContractResult result = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> scenarioId = FieldReader.string(in);
        case 1 -> scenarioRunId = FieldReader.string(in);
        case 2 -> result = ScoringContractResultAdapter.INSTANCE.fromJson(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new LegacyScenarioRun(scenarioId, scenarioRunId, result);
  }

  @Override
  String problem(LegacyScenarioRun run) {
    String problem = requireId(run.scenarioRunId(), "scenarioRunId");
    return problem != null ? problem : requireId(run.scenarioId(), "scenario_id");
  }

  @Override
  String id(LegacyScenarioRun run) {
    return run.scenarioRunId();
  }

  @Override
  void writeFields(JsonWriter out, LegacyScenarioRun run) throws IOException {
    // Sorted as String.compareTo sorts: upper case before the underscore.
    FieldWriter.string(out, "scenarioRunId", run.scenarioRunId());
    FieldWriter.string(out, "scenario_id", run.scenarioId());
    FieldWriter.object(
        out, "scoringResult", run.scoringResult(), ScoringContractResultAdapter.INSTANCE);
  }
}
