package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import java.io.IOException;
import java.util.List;

/**
 * A job's {@code BenchmarkOutcome} of one agent: needs what JOBS.md §2 requires, its agent's name,
 * its benchmark run (the client fetches its scenario runs by it), its three counts and its scenario
 * outcomes; an average score lies in [0, 1].
 */
final class JobAgentOutcomeViewAdapter extends ModelAdapter<JobAgentOutcomeView> {
  static final JobAgentOutcomeViewAdapter INSTANCE = new JobAgentOutcomeViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "agent_name",
          "benchmark_run_id",
          "n_completed",
          "n_failed",
          "n_timeout",
          "scenario_outcomes",
          "average_score",
          "duration_ms",
          "model_name");

  private JobAgentOutcomeViewAdapter() {
    super("agent outcome");
  }

  @Override
  JobAgentOutcomeView readFields(JsonReader in) throws IOException {
    String agentName = null;
    String benchmarkRunId = null;
    Integer completed = null;
    Integer failed = null;
    Integer timedOut = null;
    List<JobScenarioOutcomeView> scenarioOutcomes = null;
    Double averageScore = null;
    Long durationMs = null;
    String modelName = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> agentName = FieldReader.shared(in);
        case 1 -> benchmarkRunId = FieldReader.string(in);
        case 2 -> completed = FieldReader.integer(in);
        case 3 -> failed = FieldReader.integer(in);
        case 4 -> timedOut = FieldReader.integer(in);
        case 5 ->
            scenarioOutcomes =
                FieldReader.list(in, JobScenarioOutcomeViewAdapter.INSTANCE, "a scenario outcome");
        case 6 -> averageScore = FieldReader.number(in);
        case 7 -> durationMs = FieldReader.wholeNumber(in);
        case 8 -> modelName = FieldReader.shared(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    String id = agentName != null ? agentName : benchmarkRunId;
    return new JobAgentOutcomeView(
        agentName,
        benchmarkRunId,
        required(completed, id, "n_completed"),
        required(failed, id, "n_failed"),
        required(timedOut, id, "n_timeout"),
        required(scenarioOutcomes, id, "scenario_outcomes"),
        averageScore,
        durationMs,
        modelName);
  }

  @Override
  String problem(JobAgentOutcomeView outcome) {
    String problem = requireId(outcome.agentName(), "agent_name");
    if (problem == null) {
      problem = requireId(outcome.benchmarkRunId(), "benchmark_run_id");
    }
    return problem != null ? problem : checkScore(outcome.averageScore(), "average_score");
  }

  @Override
  String id(JobAgentOutcomeView outcome) {
    return outcome.agentName() != null ? outcome.agentName() : outcome.benchmarkRunId();
  }

  @Override
  void writeFields(JsonWriter out, JobAgentOutcomeView outcome) throws IOException {
    FieldWriter.string(out, "agent_name", outcome.agentName());
    FieldWriter.number(out, "average_score", outcome.averageScore());
    FieldWriter.string(out, "benchmark_run_id", outcome.benchmarkRunId());
    FieldWriter.wholeNumber(out, "duration_ms", outcome.durationMs());
    FieldWriter.string(out, "model_name", outcome.modelName());
    out.name("n_completed").value(outcome.nCompleted());
    out.name("n_failed").value(outcome.nFailed());
    out.name("n_timeout").value(outcome.nTimeout());
    FieldWriter.list(
        out,
        "scenario_outcomes",
        outcome.scenarioOutcomes(),
        JobScenarioOutcomeViewAdapter.INSTANCE);
  }
}
