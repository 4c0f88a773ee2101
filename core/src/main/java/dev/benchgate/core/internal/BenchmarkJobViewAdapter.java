package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkJobState;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.InProgressRunView;
import dev.benchgate.core.model.JobAgentOutcomeView;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.JobSpec;
import java.io.IOException;
import java.util.List;

/**
 * {@code BenchmarkJobView}: needs what JOBS.md §2 requires, its id, name, state and creation time;
 * its source, spec, agents' outcomes and in-progress runs may be absent or {@code null}. A record
 * inside it that is not usable names the job too, when its id came first (as the API sends it).
 */
final class BenchmarkJobViewAdapter extends ModelAdapter<BenchmarkJobView> {
  static final BenchmarkJobViewAdapter INSTANCE = new BenchmarkJobViewAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "name",
          "state",
          "create_time_ms",
          "failure_reason",
          "job_source",
          "job_spec",
          "benchmark_outcomes",
          "in_progress_runs");
  private static final FieldReader.Spellings STATES =
      FieldReader.spellings(BenchmarkJobState.class);

  private BenchmarkJobViewAdapter() {
    super("benchmark job");
  }

  @Override
  BenchmarkJobView readFields(JsonReader in) throws IOException {
    String id = null;
    String name = null;
    String state = null;
    Long createTimeMs = null;
    String failureReason = null;
    JobSource jobSource = null;
    JobSpec jobSpec = null;
    List<JobAgentOutcomeView> benchmarkOutcomes = null;
    List<InProgressRunView> inProgressRuns = null;
    while (in.hasNext()) {
      String jobId = id; // as read so far, for the records inside
      switch (in.selectName(NAMES)) {
        case 0 -> id = FieldReader.string(in);
        case 1 -> name = FieldReader.string(in);
        case 2 -> state = FieldReader.oneOf(in, STATES);
        case 3 -> createTimeMs = FieldReader.wholeNumber(in);
        case 4 -> failureReason = FieldReader.string(in);
        case 5 -> jobSource = nested(jobId, () -> JobSourceAdapters.JOB_SOURCES.fromJson(in));
        case 6 -> jobSpec = nested(jobId, () -> JobSpecAdapter.INSTANCE.fromJson(in));
        case 7 ->
            benchmarkOutcomes =
                nested(
                    jobId,
                    () ->
                        FieldReader.list(
                            in, JobAgentOutcomeViewAdapter.INSTANCE, "an agent outcome"));
        case 8 ->
            inProgressRuns =
                nested(
                    jobId,
                    () ->
                        FieldReader.list(
                            in, InProgressRunViewAdapter.INSTANCE, "an in-progress run"));
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new BenchmarkJobView(
        id,
        name,
        state,
        required(createTimeMs, id, "create_time_ms"),
        failureReason,
        jobSource,
        jobSpec,
        benchmarkOutcomes,
        inProgressRuns);
  }

  @Override
  String problem(BenchmarkJobView job) {
    String problem = requireId(job.id(), "id");
    if (problem == null && job.name() == null) {
      problem = missing("name");
    }
    return problem == null && job.stateValue() == null ? missing("state") : problem;
  }

  @Override
  String id(BenchmarkJobView job) {
    return job.id();
  }

  @Override
  void writeFields(JsonWriter out, BenchmarkJobView job) throws IOException {
    FieldWriter.list(
        out, "benchmark_outcomes", job.benchmarkOutcomes(), JobAgentOutcomeViewAdapter.INSTANCE);
    out.name("create_time_ms").value(job.createTimeMs());
    FieldWriter.string(out, "failure_reason", job.failureReason());
    FieldWriter.string(out, "id", job.id());
    FieldWriter.list(
        out, "in_progress_runs", job.inProgressRuns(), InProgressRunViewAdapter.INSTANCE);
    FieldWriter.object(out, "job_source", job.jobSource(), JobSourceAdapters.JOB_SOURCES);
    FieldWriter.object(out, "job_spec", job.jobSpec(), JobSpecAdapter.INSTANCE);
    FieldWriter.string(out, "name", job.name());
    FieldWriter.string(out, "state", job.stateValue());
  }
}
