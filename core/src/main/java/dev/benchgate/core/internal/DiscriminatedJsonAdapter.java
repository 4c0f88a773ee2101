package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads and writes a sealed model type whose JSON names its variant in a {@code type} field: each
 * known type as its record, any other as the variant that keeps the raw type and the other fields
 * (so a variant the API adds later parses, and a snapshot writes it back unchanged). Writing puts
 * {@code type} first, then the record's fields; Moshi leaves out {@code null} ones.
 *
 * <p>Used for benchmark jobs' {@code job_source} and agent configs (JOBS.md §2). Scorers predate it
 * and have an adapter of their own.
 *
 * @param <T> the sealed type
 */
final class DiscriminatedJsonAdapter<T> extends JsonAdapter<T> {
  private static final String TYPE = "type";

  /**
   * The variants of one sealed type.
   *
   * @param base the sealed type
   * @param known the record of each known {@code type} value
   * @param typeOf a value's {@code type}
   * @param unknown makes the catch-all variant from the raw type (may be {@code null}) and the
   *     other fields
   * @param unknownFields the other fields a catch-all variant kept, {@code null} for known variants
   * @param <T> the sealed type
   */
  record Variants<T>(
      Class<T> base,
      Map<String, Class<? extends T>> known,
      Function<T, String> typeOf,
      BiFunction<String, Map<String, Object>, T> unknown,
      Function<T, Map<String, Object>> unknownFields) {

    /** Creates the factory Moshi asks for the adapter of {@link #base()}, and only of it. */
    JsonAdapter.Factory factory() {
      return (type, annotations, moshi) ->
          type == base && annotations.isEmpty()
              ? new DiscriminatedJsonAdapter<>(this, moshi)
              : null;
    }
  }

  private final Variants<T> variants;
  private final Moshi moshi;
  private final JsonAdapter<Map<String, Object>> objectAdapter;

  private DiscriminatedJsonAdapter(Variants<T> variants, Moshi moshi) {
    this.variants = variants;
    this.moshi = moshi;
    this.objectAdapter =
        moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    Map<String, Object> fields = Objects.requireNonNull(objectAdapter.fromJson(reader));
    Object type = fields.get(TYPE);
    if (type != null && !(type instanceof String)) {
      throw new JsonDataException(
          "Expected the type of "
              + variants.base().getSimpleName()
              + " to be a string but was "
              + type
              + " at path "
              + path);
    }
    Class<? extends T> known = type == null ? null : variants.known().get(type);
    if (known != null) {
      return moshi.adapter(known).fromJsonValue(fields);
    }
    Map<String, Object> rest = new LinkedHashMap<>(fields);
    rest.remove(TYPE);
    return variants.unknown().apply((String) type, rest);
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    String type = variants.typeOf().apply(value);
    if (type != null) {
      fields.put(TYPE, type);
    }
    Map<String, Object> unknown = variants.unknownFields().apply(value);
    if (unknown != null) {
      fields.putAll(unknown);
    } else {
      @SuppressWarnings("unchecked")
      JsonAdapter<Object> adapter = moshi.adapter((Type) value.getClass());
      @SuppressWarnings("unchecked")
      Map<String, Object> known = (Map<String, Object>) adapter.toJsonValue(value);
      fields.putAll(known);
    }
    objectAdapter.toJson(writer, fields);
  }

  @Override
  public String toString() {
    return "DiscriminatedJsonAdapter(" + variants.base().getSimpleName() + ")";
  }
}
