package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.AgentConfig;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.InProgressRunView;
import java.io.IOException;

/**
 * A job's {@code InProgressRun}: needs its benchmark run (awaiting and cancelling go by it), its
 * start time and its state.
 */
final class InProgressRunViewAdapter extends ModelAdapter<InProgressRunView> {
  static final InProgressRunViewAdapter INSTANCE = new InProgressRunViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "benchmark_run_id", "start_time_ms", "state", "agent_config", "duration_ms");
  private static final FieldReader.Spellings STATES =
      FieldReader.spellings(BenchmarkRunState.class);

  private InProgressRunViewAdapter() {
    super("in-progress run");
  }

  @Override
  InProgressRunView readFields(JsonReader in) throws IOException {
    String benchmarkRunId = null;
    Long startTimeMs = null;
    String state = null;
    AgentConfig agentConfig = null;
    Long durationMs = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> benchmarkRunId = FieldReader.string(in);
        case 1 -> startTimeMs = FieldReader.wholeNumber(in);
        case 2 -> state = FieldReader.oneOf(in, STATES);
        case 3 -> agentConfig = AgentConfigAdapters.AGENT_CONFIGS.fromJson(in);
        case 4 -> durationMs = FieldReader.wholeNumber(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new InProgressRunView(
        benchmarkRunId,
        required(startTimeMs, benchmarkRunId, "start_time_ms"),
        state,
        agentConfig,
        durationMs);
  }

  @Override
  String problem(InProgressRunView run) {
    String problem = requireId(run.benchmarkRunId(), "benchmark_run_id");
    return problem == null && run.stateValue() == null ? missing("state") : problem;
  }

  @Override
  String id(InProgressRunView run) {
    return run.benchmarkRunId();
  }

  @Override
  void writeFields(JsonWriter out, InProgressRunView run) throws IOException {
    FieldWriter.object(out, "agent_config", run.agentConfig(), AgentConfigAdapters.AGENT_CONFIGS);
    FieldWriter.string(out, "benchmark_run_id", run.benchmarkRunId());
    FieldWriter.wholeNumber(out, "duration_ms", run.durationMs());
    out.name("start_time_ms").value(run.startTimeMs());
    FieldWriter.string(out, "state", run.stateValue());
  }
}
