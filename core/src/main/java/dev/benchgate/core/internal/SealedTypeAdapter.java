package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
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
 * <p>Reading streams: no tree of the object is built. When {@code type} comes first and names a
 * known variant, as the API usually sends it, the variant's adapter reads the rest of the object
 * straight from the document. Otherwise (a snapshot sorts {@code type} among the other fields) the
 * object's fields are copied as they came, raw JSON scanned to its end but not checked, and the
 * copy is read by the variant's adapter, or the catch-all's, whose failures name the document's
 * paths. The first {@code type} of an object counts, on either way.
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
    Copy copy;
    if (name.equals(TYPE) && in.peek() == JsonReader.Token.STRING) {
      String type = in.nextString();
      Variant<? extends T> variant = knownByType.get(type);
      if (variant != null) {
        return variant.readBegun(in); // it skips any later type, as the copy's readers do
      }
      copy = new Copy(); // made only here: its buffer takes a segment that only reading returns
      copy.type(type);
    } else {
      copy = new Copy();
      copy.field(in, name);
    }
    while (in.hasNext()) {
      copy.field(in, in.nextName());
    }
    in.endObject();
    ModelAdapter<? extends T> adapter = copy.type == null ? null : knownByType.get(copy.type);
    return readCopy(adapter == null ? unknown : adapter, copy.end(), in);
  }

  /** Reads the copy of an object the document's reader has just passed. */
  private T readCopy(ModelAdapter<? extends T> adapter, Buffer copy, JsonReader in)
      throws IOException {
    JsonReader replay = JsonReader.of(copy);
    replay.setTag(StringPool.class, StringPool.of(in));
    try {
      return adapter.fromJson(replay);
    } catch (JsonDataException relative) {
      throw new JsonDataException(documentPaths(relative.getMessage(), in), relative);
    } catch (JsonEncodingException relative) {
      // Malformed JSON inside a field: the copy holds it as it came, and only its reading says so.
      JsonEncodingException absolute =
          new JsonEncodingException(documentPaths(relative.getMessage(), in));
      absolute.initCause(relative);
      throw absolute;
    }
  }

  /** A message about the copy, its paths made the document's: the copy's root is this object. */
  private static String documentPaths(String message, JsonReader in) {
    int root = message.indexOf('$');
    return root < 0
        ? message
        : message.substring(0, root)
            + FieldReader.previousElement(in)
            + message.substring(root + 1);
  }

  /**
   * An object copied field by field as raw JSON, with its type: the first {@code type} field
   * counts, wherever it comes, as it does when the type comes first and its variant reads the rest
   * (the known variants skip every {@code type}; the catch-all keeps the first).
   */
  private static final class Copy {
    private final Buffer buffer = new Buffer();
    private final JsonWriter out = JsonWriter.of(buffer);
    private boolean typed;

    /** The first type, or {@code null} when there is none or it is not a string. */
    private String type;

    Copy() throws IOException {
      out.beginObject();
    }

    /** Copies the first type, read already. */
    void type(String value) throws IOException {
      typed = true;
      type = value;
      out.name(TYPE).value(value);
    }

    /** Copies one field whose name is read; a type after the first is left out. */
    void field(JsonReader in, String name) throws IOException {
      if (name.equals(TYPE)) {
        if (typed) {
          in.skipValue();
          return;
        }
        typed = true;
        if (in.peek() == JsonReader.Token.STRING) {
          type(in.nextString());
          return;
        }
      }
      out.name(name);
      try (BufferedSource value = in.nextSource()) {
        out.value(value);
      }
    }

    Buffer end() throws IOException {
      out.endObject();
      return buffer;
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
        String name = pool.share(in.nextName());
        Object value = FieldReader.any(in);
        if (!name.equals(TYPE) || !fields.containsKey(TYPE)) { // the first type counts (see Copy)
          fields.put(name, value);
        }
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
