package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads and writes a sealed model type whose JSON names its variant in a {@code type} field: a
 * scenario's scorers, a benchmark job's source and its agent configurations. A variant this version
 * does not know is read by the catch-all variant that keeps the raw type and every other field, so
 * that a variant the API adds later parses, is judged as unknown, and is written back unchanged. An
 * object without a {@code type}, or with one that is not a string, is refused: nothing could say
 * what it is.
 *
 * <p>Reading streams: no tree of the object is built. When {@code type} comes first, as the API
 * usually sends it, the variant's adapter reads the rest of the object straight from the document.
 * When it comes later (a snapshot sorts it among the other fields), the object's fields are copied
 * as raw JSON, unparsed, until the end of the object, and the copy is read by the variant's
 * adapter.
 *
 * <p>Each variant's adapter writes {@code type} among its other fields, in sorted order, so a
 * snapshot's keys stay sorted. (Request bodies put it first; see {@code JsonBodies}.)
 *
 * <p>Why not Moshi's look-ahead ({@code peekJson()}): it copies everything the reader has buffered
 * after this point, on every object, which for a page read into memory makes a page of definitions
 * cost its size squared.
 *
 * @param <T> the sealed type
 */
final class SealedTypeAdapter<T> extends JsonAdapter<T> {
  static final String TYPE = "type";

  private final String kind;
  private final Map<String, Variant<? extends T>> knownByType = new LinkedHashMap<>();
  private final Unknown<? extends T> unknown;

  /**
   * @param kind the sealed type's name in messages, e.g. {@code "scorer"}
   * @param known an adapter for each known variant
   * @param unknown the catch-all variant
   */
  SealedTypeAdapter(String kind, List<Variant<? extends T>> known, Unknown<? extends T> unknown) {
    this.kind = kind;
    known.forEach(variant -> knownByType.put(variant.type, variant));
    this.unknown = unknown;
  }

  @Override
  public T fromJson(JsonReader in) throws IOException {
    if (in.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return unknown.fromJson(in); // null, or refused with the path for not being an object
    }
    in.beginObject();
    if (!in.hasNext()) {
      return unknown.readBegun(in); // refused: no type
    }
    String name = in.nextName();
    if (name.equals(TYPE) && in.peek() == JsonReader.Token.STRING) {
      String type = in.nextString();
      Variant<? extends T> variant = knownByType.get(type);
      return variant != null ? variant.readBegun(in) : copyRest(in, TYPE, type);
    }
    return copyRest(in, name, null);
  }

  /**
   * Copies an object from its first field on, whose name is read (and its value too when it is a
   * string type, given here), then reads the copy as the variant its type names.
   */
  private T copyRest(JsonReader in, String firstName, String firstType) throws IOException {
    Buffer copy = new Buffer();
    JsonWriter out = JsonWriter.of(copy).beginObject();
    String type;
    if (firstType != null) {
      out.name(TYPE).value(firstType);
      type = firstType;
    } else {
      type = copyField(in, out, firstName, null);
    }
    while (in.hasNext()) {
      type = copyField(in, out, in.nextName(), type);
    }
    in.endObject();
    out.endObject();
    ModelAdapter<? extends T> adapter = type == null ? null : knownByType.get(type);
    return readCopy(adapter == null ? unknown : adapter, copy, in);
  }

  /** Copies one field whose name is read, and returns the type as it stands after it. */
  private static String copyField(JsonReader in, JsonWriter out, String name, String type)
      throws IOException {
    out.name(name);
    if (name.equals(TYPE)) {
      if (in.peek() == JsonReader.Token.STRING) {
        String string = in.nextString();
        out.value(string);
        return string;
      }
      type = null; // the last type counts, as it would in a map
    }
    try (BufferedSource value = in.nextSource()) {
      out.value(value);
    }
    return type;
  }

  /** Reads the copy of an object the document's reader has just passed. */
  private T readCopy(ModelAdapter<? extends T> adapter, Buffer copy, JsonReader in)
      throws IOException {
    JsonReader replay = JsonReader.of(copy);
    replay.setTag(StringPool.class, StringPool.of(in));
    try {
      return adapter.fromJson(replay);
    } catch (JsonDataException relative) {
      // Its paths start at this object: make them the document's.
      String path = FieldReader.previousElement(in);
      String message = relative.getMessage();
      int root = message.indexOf('$');
      throw new JsonDataException(
          root < 0 ? message : message.substring(0, root) + path + message.substring(root + 1),
          relative);
    }
  }

  @Override
  public void toJson(JsonWriter out, T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    adapterOf(value).toJson(out, value);
  }

  @SuppressWarnings("unchecked")
  private ModelAdapter<T> adapterOf(T value) {
    for (Variant<? extends T> variant : knownByType.values()) {
      if (variant.recordType == value.getClass()) {
        return (ModelAdapter<T>) variant;
      }
    }
    return (ModelAdapter<T>) unknown;
  }

  /** The adapter of each variant's record, for Moshi's lookups of the records themselves. */
  Map<Class<?>, JsonAdapter<?>> variantAdapters() {
    Map<Class<?>, JsonAdapter<?>> adapters = new LinkedHashMap<>();
    knownByType.values().forEach(variant -> adapters.put(variant.recordType, variant));
    adapters.put(unknown.recordType, unknown);
    return adapters;
  }

  @Override
  public String toString() {
    return "SealedTypeAdapter(" + kind + ")";
  }

  /**
   * The adapter of one known variant. Reading skips {@code type} as it skips any field it does not
   * know; writing puts it in its sorted place with {@link #writeType}.
   *
   * @param <S> the variant's record
   */
  abstract static class Variant<S> extends ModelAdapter<S> {
    final Class<S> recordType;
    final String type;

    /**
     * @param kind the sealed type's name in messages
     * @param recordType the variant's record
     * @param type its {@code type} in JSON
     */
    Variant(String kind, Class<S> recordType, String type) {
      super(kind);
      this.recordType = recordType;
      this.type = type;
    }

    void writeType(JsonWriter out) throws IOException {
      out.name(TYPE).value(type);
    }
  }

  /**
   * The variant of a type this version does not know: its raw type and every other field, kept as
   * free-form JSON.
   *
   * @param <U> the catch-all record
   */
  static final class Unknown<U> extends ModelAdapter<U> {
    private final Class<U> recordType;
    private final BiFunction<String, Map<String, Object>, U> create;
    private final Function<U, String> typeOf;
    private final Function<U, Map<String, Object>> fieldsOf;

    /**
     * @param kind the sealed type's name in messages
     * @param recordType the catch-all record
     * @param create makes it of the raw type and the other fields
     * @param typeOf its raw type
     * @param fieldsOf its other fields
     */
    Unknown(
        String kind,
        Class<U> recordType,
        BiFunction<String, Map<String, Object>, U> create,
        Function<U, String> typeOf,
        Function<U, Map<String, Object>> fieldsOf) {
      super(kind);
      this.recordType = recordType;
      this.create = create;
      this.typeOf = typeOf;
      this.fieldsOf = fieldsOf;
    }

    @Override
    U readFields(JsonReader in) throws IOException {
      StringPool pool = StringPool.of(in);
      Map<String, Object> fields = new LinkedHashMap<>();
      while (in.hasNext()) {
        fields.put(pool.share(in.nextName()), FieldReader.any(in));
      }
      Object type = fields.remove(TYPE);
      if (!(type instanceof String name)) {
        throw new InvalidField(null, type == null ? missing(TYPE) : "\"type\" is not a string");
      }
      return create.apply(name, fields);
    }

    @Override
    String problem(U value) {
      return typeOf.apply(value) == null ? missing(TYPE) : null;
    }

    @Override
    void writeFields(JsonWriter out, U value) throws IOException {
      Map<String, Object> fields = new TreeMap<>(fieldsOf.apply(value));
      fields.put(TYPE, typeOf.apply(value));
      FieldWriter.fields(out, fields);
    }
  }
}
