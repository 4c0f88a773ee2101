package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.benchgate.core.model.AstGrepScorer;
import dev.benchgate.core.model.BashScriptScorer;
import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.CustomScorer;
import dev.benchgate.core.model.PythonScriptScorer;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.UnknownScorer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link Scorer} by its {@code type} discriminator. A type this version does not
 * know becomes an {@link UnknownScorer} holding the other fields, and is written back unchanged.
 */
final class ScorerJsonAdapter extends JsonAdapter<Scorer> {
  private static final String TYPE = "type";
  private static final Map<String, Class<? extends Scorer>> KNOWN =
      Map.of(
          AstGrepScorer.TYPE, AstGrepScorer.class,
          BashScriptScorer.TYPE, BashScriptScorer.class,
          CommandScorer.TYPE, CommandScorer.class,
          CustomScorer.TYPE, CustomScorer.class,
          PythonScriptScorer.TYPE, PythonScriptScorer.class,
          TestBasedScorer.TYPE, TestBasedScorer.class);

  private final Moshi moshi;
  private final JsonAdapter<Map<String, Object>> objectAdapter;

  private ScorerJsonAdapter(Moshi moshi) {
    this.moshi = moshi;
    this.objectAdapter =
        moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  @Override
  public Scorer fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Map<String, Object> fields = objectAdapter.fromJson(reader);
    Object type = fields.get(TYPE);
    Class<? extends Scorer> known = type instanceof String name ? KNOWN.get(name) : null;
    if (known != null) {
      return moshi.adapter(known).fromJsonValue(fields);
    }
    if (type != null && !(type instanceof String)) {
      throw new JsonDataException(
          "Expected scorer type to be a string but was " + type + " at path " + reader.getPath());
    }
    Map<String, Object> rest = new LinkedHashMap<>(fields);
    rest.remove(TYPE);
    return new UnknownScorer((String) type, rest);
  }

  @Override
  public void toJson(JsonWriter writer, Scorer scorer) throws IOException {
    if (scorer == null) {
      writer.nullValue();
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(TYPE, scorer.type());
    if (scorer instanceof UnknownScorer unknown) {
      fields.putAll(unknown.fields());
    } else {
      @SuppressWarnings("unchecked")
      JsonAdapter<Scorer> adapter = (JsonAdapter<Scorer>) moshi.adapter(scorer.getClass());
      @SuppressWarnings("unchecked")
      Map<String, Object> known = (Map<String, Object>) adapter.toJsonValue(scorer);
      fields.putAll(known);
    }
    objectAdapter.toJson(writer, fields);
  }

  /** Creates the adapter for the declared type {@link Scorer} only; its records use Moshi's own. */
  static final class Factory implements JsonAdapter.Factory {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      return type == Scorer.class && annotations.isEmpty() ? new ScorerJsonAdapter(moshi) : null;
    }
  }
}
