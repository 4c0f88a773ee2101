package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.JobScenarioOutcomeState;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioFailureReason;
import java.io.IOException;

/**
 * A job's {@code ScenarioOutcome}: needs its scenario's id (an agent's setup failure is known by
 * nothing else), its scenario's name and its state; a score lies in [0, 1]. Its scenario run's id
 * may be absent (or blank): the scenario then failed in setup (JOBS.md, pitfall 5).
 */
final class JobScenarioOutcomeViewAdapter extends ModelAdapter<JobScenarioOutcomeView> {
  static final JobScenarioOutcomeViewAdapter INSTANCE = new JobScenarioOutcomeViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "scenario_definition_id",
          "scenario_name",
          "state",
          "score",
          "scenario_run_id",
          "duration_ms",
          "failure_reason");
  private static final FieldReader.Spellings STATES =
      FieldReader.spellings(JobScenarioOutcomeState.class);

  private JobScenarioOutcomeViewAdapter() {
    super("scenario outcome");
  }

  @Override
  JobScenarioOutcomeView readFields(JsonReader in) throws IOException {
    String scenarioId = null;
    String scenarioName = null;
    String state = null;
    Double score = null;
    String scenarioRunId = null;
    Long durationMs = null;
    ScenarioFailureReason failureReason = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> scenarioId = FieldReader.string(in);
        case 1 -> scenarioName = FieldReader.string(in);
        case 2 -> state = FieldReader.oneOf(in, STATES);
        case 3 -> score = FieldReader.number(in);
        case 4 -> scenarioRunId = FieldReader.string(in);
        case 5 -> durationMs = FieldReader.wholeNumber(in);
        case 6 -> failureReason = ScenarioFailureReasonAdapter.INSTANCE.fromJson(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new JobScenarioOutcomeView(
        scenarioId, scenarioName, state, score, scenarioRunId, durationMs, failureReason);
  }

  @Override
  String problem(JobScenarioOutcomeView outcome) {
    String problem = requireId(outcome.scenarioDefinitionId(), "scenario_definition_id");
    if (problem == null && outcome.scenarioName() == null) {
      problem = missing("scenario_name");
    }
    if (problem == null && outcome.stateValue() == null) {
      problem = missing("state");
    }
    return problem != null ? problem : checkScore(outcome.score(), "score");
  }

  @Override
  String id(JobScenarioOutcomeView outcome) {
    return outcome.scenarioDefinitionId();
  }

  @Override
  void writeFields(JsonWriter out, JobScenarioOutcomeView outcome) throws IOException {
    FieldWriter.wholeNumber(out, "duration_ms", outcome.durationMs());
    FieldWriter.object(
        out, "failure_reason", outcome.failureReason(), ScenarioFailureReasonAdapter.INSTANCE);
    FieldWriter.string(out, "scenario_definition_id", outcome.scenarioDefinitionId());
    FieldWriter.string(out, "scenario_name", outcome.scenarioName());
    FieldWriter.string(out, "scenario_run_id", outcome.scenarioRunId());
    FieldWriter.number(out, "score", outcome.score());
    FieldWriter.string(out, "state", outcome.stateValue());
  }
}
