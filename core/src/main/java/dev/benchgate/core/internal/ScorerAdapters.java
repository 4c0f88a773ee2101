package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.AstGrepScorer;
import dev.benchgate.core.model.BashScriptScorer;
import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.CustomScorer;
import dev.benchgate.core.model.PythonScriptScorer;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.TestFile;
import dev.benchgate.core.model.UnknownScorer;
import java.io.IOException;
import java.util.List;

/**
 * The scorers of a scoring function ({@link Scorer}), by their {@code type}: one adapter per scorer
 * type, and {@link UnknownScorer} for a type this version does not know, which keeps the other
 * fields and is written back unchanged (see {@link SealedTypeAdapter}). A scorer without a {@code
 * type} is refused: nothing could say how it scores.
 */
final class ScorerAdapters {
  private static final String KIND = "scorer";

  static final SealedTypeAdapter<Scorer> SCORERS =
      new SealedTypeAdapter<>(
          KIND,
          List.of(
              new AstGrep(),
              new BashScript(),
              new Command(),
              new Custom(),
              new PythonScript(),
              new TestBased()),
          new SealedTypeAdapter.Unknown<>(
              KIND,
              UnknownScorer.class,
              UnknownScorer::new,
              UnknownScorer::type,
              UnknownScorer::fields));

  private ScorerAdapters() {}

  private static final class AstGrep extends SealedTypeAdapter.Variant<AstGrepScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("pattern", "search_directory", "lang");

    AstGrep() {
      super(KIND, AstGrepScorer.class, AstGrepScorer.TYPE);
    }

    @Override
    AstGrepScorer readFields(JsonReader in) throws IOException {
      String pattern = null;
      String searchDirectory = null;
      String lang = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> pattern = FieldReader.string(in);
          case 1 -> searchDirectory = FieldReader.shared(in);
          case 2 -> lang = FieldReader.shared(in);
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new AstGrepScorer(pattern, searchDirectory, lang);
    }

    @Override
    void writeFields(JsonWriter out, AstGrepScorer scorer) throws IOException {
      FieldWriter.string(out, "lang", scorer.lang());
      FieldWriter.string(out, "pattern", scorer.pattern());
      FieldWriter.string(out, "search_directory", scorer.searchDirectory());
      writeType(out);
    }
  }

  private static final class BashScript extends SealedTypeAdapter.Variant<BashScriptScorer> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("bash_script");

    BashScript() {
      super(KIND, BashScriptScorer.class, BashScriptScorer.TYPE);
    }

    @Override
    BashScriptScorer readFields(JsonReader in) throws IOException {
      String script = null;
      while (in.hasNext()) {
        if (in.selectName(NAMES) == 0) {
          script = FieldReader.string(in);
        } else {
          in.skipName();
          in.skipValue();
        }
      }
      return new BashScriptScorer(script);
    }

    @Override
    void writeFields(JsonWriter out, BashScriptScorer scorer) throws IOException {
      FieldWriter.string(out, "bash_script", scorer.bashScript());
      writeType(out);
    }
  }

  private static final class Command extends SealedTypeAdapter.Variant<CommandScorer> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("command");

    Command() {
      super(KIND, CommandScorer.class, CommandScorer.TYPE);
    }

    @Override
    CommandScorer readFields(JsonReader in) throws IOException {
      String command = null;
      while (in.hasNext()) {
        if (in.selectName(NAMES) == 0) {
          command = FieldReader.shared(in);
        } else {
          in.skipName();
          in.skipValue();
        }
      }
      return new CommandScorer(command);
    }

    @Override
    void writeFields(JsonWriter out, CommandScorer scorer) throws IOException {
      FieldWriter.string(out, "command", scorer.command());
      writeType(out);
    }
  }

  private static final class Custom extends SealedTypeAdapter.Variant<CustomScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("custom_scorer_type", "scorer_params");

    Custom() {
      super(KIND, CustomScorer.class, CustomScorer.TYPE);
    }

    @Override
    CustomScorer readFields(JsonReader in) throws IOException {
      String customType = null;
      Object params = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> customType = FieldReader.shared(in);
          case 1 -> params = FieldReader.any(in);
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new CustomScorer(customType, params);
    }

    @Override
    void writeFields(JsonWriter out, CustomScorer scorer) throws IOException {
      FieldWriter.string(out, "custom_scorer_type", scorer.customScorerType());
      FieldWriter.any(out, "scorer_params", scorer.scorerParams());
      writeType(out);
    }
  }

  private static final class PythonScript extends SealedTypeAdapter.Variant<PythonScriptScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of(
            "python_script", "python_version_constraint", "requirements_contents");

    PythonScript() {
      super(KIND, PythonScriptScorer.class, PythonScriptScorer.TYPE);
    }

    @Override
    PythonScriptScorer readFields(JsonReader in) throws IOException {
      String script = null;
      String version = null;
      String requirements = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> script = FieldReader.string(in);
          case 1 -> version = FieldReader.shared(in);
          case 2 -> requirements = FieldReader.shared(in);
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new PythonScriptScorer(script, version, requirements);
    }

    @Override
    void writeFields(JsonWriter out, PythonScriptScorer scorer) throws IOException {
      FieldWriter.string(out, "python_script", scorer.pythonScript());
      FieldWriter.string(out, "python_version_constraint", scorer.pythonVersionConstraint());
      FieldWriter.string(out, "requirements_contents", scorer.requirementsContents());
      writeType(out);
    }
  }

  private static final class TestBased extends SealedTypeAdapter.Variant<TestBasedScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("test_command", "test_files");

    TestBased() {
      super(KIND, TestBasedScorer.class, TestBasedScorer.TYPE);
    }

    @Override
    TestBasedScorer readFields(JsonReader in) throws IOException {
      String command = null;
      List<TestFile> files = null;
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> command = FieldReader.shared(in);
          case 1 -> files = FieldReader.list(in, TestFileAdapter.INSTANCE, "a test file");
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      return new TestBasedScorer(command, files);
    }

    @Override
    void writeFields(JsonWriter out, TestBasedScorer scorer) throws IOException {
      FieldWriter.string(out, "test_command", scorer.testCommand());
      FieldWriter.list(out, "test_files", scorer.testFiles(), TestFileAdapter.INSTANCE);
      writeType(out);
    }
  }
}
