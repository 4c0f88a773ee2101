package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link Scorer} by its {@code type} discriminator, which may come anywhere in the
 * object (a snapshot sorts it last): the object is read as free-form JSON, then the scorer type's
 * own adapter reads that. A type this version does not know becomes an {@link UnknownScorer}
 * holding the other fields, and is written back unchanged. A scorer without a {@code type} is
 * refused: nothing could say how it scores.
 */
final class ScorerJsonAdapter extends JsonAdapter<Scorer> {
  static final ScorerJsonAdapter INSTANCE = new ScorerJsonAdapter();

  private static final String TYPE = "type";
  private static final Map<String, ModelAdapter<? extends Scorer>> KNOWN_BY_TYPE =
      Map.of(
          AstGrepScorer.TYPE, new AstGrep(),
          BashScriptScorer.TYPE, new BashScript(),
          CommandScorer.TYPE, new Command(),
          CustomScorer.TYPE, new Custom(),
          PythonScriptScorer.TYPE, new PythonScript(),
          TestBasedScorer.TYPE, new TestBased());
  private static final Unknown UNKNOWN = new Unknown();

  private ScorerJsonAdapter() {}

  @Override
  public Scorer fromJson(JsonReader in) throws IOException {
    if (in.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return UNKNOWN.fromJson(in); // null, or refused with the path for not being an object
    }
    // Looking ahead with peekJson() would copy everything the reader has buffered after this
    // point, on every scorer: a whole page when the body was read into memory, so a page of
    // definitions would cost its size squared. The fields are read once instead, then typed.
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) FieldReader.any(in);
    String path = FieldReader.previousElement(in);
    Object type = fields.get(TYPE);
    ModelAdapter<? extends Scorer> adapter =
        type instanceof String name ? KNOWN_BY_TYPE.getOrDefault(name, UNKNOWN) : UNKNOWN;
    try {
      return adapter.fromJsonValue(fields);
    } catch (JsonDataException relative) {
      // Its paths start at the scorer: make them the document's.
      String message = relative.getMessage();
      int root = message.indexOf('$');
      throw new JsonDataException(
          root < 0 ? message : message.substring(0, root) + path + message.substring(root + 1),
          relative);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void toJson(JsonWriter out, Scorer scorer) throws IOException {
    if (scorer == null) {
      out.nullValue();
      return;
    }
    ModelAdapter<Scorer> adapter =
        (ModelAdapter<Scorer>) (ModelAdapter<?>) adapterFor(scorer.getClass());
    adapter.toJson(out, scorer);
  }

  /** The adapter of one scorer record, for Moshi's lookups of the records themselves. */
  static ModelAdapter<? extends Scorer> adapterFor(Class<?> type) {
    for (ModelAdapter<? extends Scorer> adapter : KNOWN_BY_TYPE.values()) {
      if (((Typed<?>) adapter).type == type) {
        return adapter;
      }
    }
    return UNKNOWN;
  }

  /** The scorer records, each read and written by its own adapter below. */
  static final List<Class<? extends Scorer>> RECORDS =
      List.of(
          AstGrepScorer.class,
          BashScriptScorer.class,
          CommandScorer.class,
          CustomScorer.class,
          PythonScriptScorer.class,
          TestBasedScorer.class,
          UnknownScorer.class);

  @Override
  public String toString() {
    return "ScorerJsonAdapter";
  }

  /** An adapter of one known scorer type: skips {@code type} when reading, writes it in order. */
  private abstract static class Typed<S extends Scorer> extends ModelAdapter<S> {
    final Class<S> type;

    Typed(Class<S> type) {
      super("scorer");
      this.type = type;
    }
  }

  private static final class AstGrep extends Typed<AstGrepScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("pattern", "search_directory", "lang");

    AstGrep() {
      super(AstGrepScorer.class);
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
      out.name(TYPE).value(AstGrepScorer.TYPE);
    }
  }

  private static final class BashScript extends Typed<BashScriptScorer> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("bash_script");

    BashScript() {
      super(BashScriptScorer.class);
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
      out.name(TYPE).value(BashScriptScorer.TYPE);
    }
  }

  private static final class Command extends Typed<CommandScorer> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("command");

    Command() {
      super(CommandScorer.class);
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
      out.name(TYPE).value(CommandScorer.TYPE);
    }
  }

  private static final class Custom extends Typed<CustomScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("custom_scorer_type", "scorer_params");

    Custom() {
      super(CustomScorer.class);
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
      out.name(TYPE).value(CustomScorer.TYPE);
    }
  }

  private static final class PythonScript extends Typed<PythonScriptScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of(
            "python_script", "python_version_constraint", "requirements_contents");

    PythonScript() {
      super(PythonScriptScorer.class);
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
      out.name(TYPE).value(PythonScriptScorer.TYPE);
    }
  }

  private static final class TestBased extends Typed<TestBasedScorer> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("test_command", "test_files");

    TestBased() {
      super(TestBasedScorer.class);
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
      out.name(TYPE).value(TestBasedScorer.TYPE);
    }
  }

  /** A scorer of a type this version does not know: every field kept as free-form JSON. */
  private static final class Unknown extends ModelAdapter<UnknownScorer> {
    Unknown() {
      super("scorer");
    }

    @Override
    UnknownScorer readFields(JsonReader in) throws IOException {
      StringPool pool = StringPool.of(in);
      Map<String, Object> fields = new LinkedHashMap<>();
      while (in.hasNext()) {
        fields.put(pool.share(in.nextName()), FieldReader.any(in));
      }
      Object type = fields.remove(TYPE);
      if (!(type instanceof String name)) {
        throw new InvalidField(null, type == null ? missing(TYPE) : "\"type\" is not a string");
      }
      return new UnknownScorer(name, fields);
    }

    @Override
    String problem(UnknownScorer scorer) {
      return scorer.type() == null ? missing(TYPE) : null;
    }

    @Override
    void writeFields(JsonWriter out, UnknownScorer scorer) throws IOException {
      Map<String, Object> fields = new TreeMap<>(scorer.fields());
      fields.put(TYPE, scorer.type());
      FieldWriter.fields(out, fields);
    }
  }
}
