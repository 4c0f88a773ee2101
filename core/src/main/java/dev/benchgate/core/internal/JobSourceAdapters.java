package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkJobSource;
import dev.benchgate.core.model.HarborJobSource;
import dev.benchgate.core.model.JobSource;
import dev.benchgate.core.model.ScenariosJobSource;
import dev.benchgate.core.model.UnknownJobSource;
import java.io.IOException;
import java.util.List;

/**
 * What a benchmark job was made from ({@link JobSource}, JOBS.md §2), by its {@code type}: each
 * needs what the API requires of it (a benchmark's id, a list of scenarios, a Harbor
 * configuration), and {@link UnknownJobSource} keeps a type this version does not know with its
 * fields (see {@link SealedTypeAdapter}).
 */
final class JobSourceAdapters {
  private static final String KIND = "job source";

  static final SealedTypeAdapter<JobSource> JOB_SOURCES =
      new SealedTypeAdapter<>(
          KIND,
          List.of(new Benchmark(), new Scenarios(), new Harbor()),
          new SealedTypeAdapter.Unknown<>(
              KIND,
              UnknownJobSource.class,
              UnknownJobSource::new,
              UnknownJobSource::type,
              UnknownJobSource::fields));

  private JobSourceAdapters() {}

  /** A job of a benchmark: needs the benchmark's id, which the client fetches its scenarios by. */
  private static final class Benchmark extends SealedTypeAdapter.Variant<BenchmarkJobSource> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("benchmark_id", "benchmark_name");

    Benchmark() {
      super(KIND, BenchmarkJobSource.class, BenchmarkJobSource.TYPE);
    }

    @Override
    BenchmarkJobSource readFields(JsonReader in) throws IOException {
      String benchmarkId = null;
      String benchmarkName = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> benchmarkId = FieldReader.shared(in);
          case 1 -> benchmarkName = FieldReader.shared(in);
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new BenchmarkJobSource(benchmarkId, benchmarkName);
    }

    @Override
    String problem(BenchmarkJobSource source) {
      return requireId(source.benchmarkId(), "benchmark_id");
    }

    @Override
    void writeFields(JsonWriter out, BenchmarkJobSource source) throws IOException {
      FieldWriter.string(out, "benchmark_id", source.benchmarkId());
      FieldWriter.string(out, "benchmark_name", source.benchmarkName());
      writeType(out);
    }
  }

  /** A job of a list of scenarios: needs the list. */
  private static final class Scenarios extends SealedTypeAdapter.Variant<ScenariosJobSource> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("scenario_ids");

    Scenarios() {
      super(KIND, ScenariosJobSource.class, ScenariosJobSource.TYPE);
    }

    @Override
    ScenariosJobSource readFields(JsonReader in) throws IOException {
      List<String> scenarioIds = null;
      while (in.hasNext()) {
        if (in.selectName(NAMES) == 0) {
          scenarioIds = FieldReader.strings(in, true);
        } else {
          in.skipName();
          in.skipValue();
        }
      }
      if (scenarioIds == null) {
        throw new InvalidField(null, missing("scenario_ids"));
      }
      return new ScenariosJobSource(scenarioIds);
    }

    @Override
    String problem(ScenariosJobSource source) {
      return requireIds(source.scenarioIds(), "scenario_ids");
    }

    @Override
    void writeFields(JsonWriter out, ScenariosJobSource source) throws IOException {
      FieldWriter.strings(out, "scenario_ids", source.scenarioIds());
      writeType(out);
    }
  }

  /** A job of a Harbor configuration: needs the configuration. */
  private static final class Harbor extends SealedTypeAdapter.Variant<HarborJobSource> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("inline_yaml");

    Harbor() {
      super(KIND, HarborJobSource.class, HarborJobSource.TYPE);
    }

    @Override
    HarborJobSource readFields(JsonReader in) throws IOException {
      String inlineYaml = null;
      while (in.hasNext()) {
        if (in.selectName(NAMES) == 0) {
          inlineYaml = FieldReader.string(in);
        } else {
          in.skipName();
          in.skipValue();
        }
      }
      return new HarborJobSource(inlineYaml);
    }

    @Override
    String problem(HarborJobSource source) {
      return source.inlineYaml() == null ? missing("inline_yaml") : null;
    }

    @Override
    void writeFields(JsonWriter out, HarborJobSource source) throws IOException {
      FieldWriter.string(out, "inline_yaml", source.inlineYaml());
      writeType(out);
    }
  }
}
