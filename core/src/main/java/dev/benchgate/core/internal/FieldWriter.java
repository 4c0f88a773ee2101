package dev.benchgate.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the fields of a model record. Absent values are left out, as Moshi leaves them out; the
 * adapters write their fields in sorted order and maps are written sorted, so two equal models are
 * always the same bytes. In a snapshot (see {@link SnapshotWriting}), the values of a
 * secret-bearing map are written as {@value SnapshotWriting#REDACTED}, also where free-form JSON
 * holds one.
 */
final class FieldWriter {
  /** The keys whose map values are secrets, in the models and in any free-form JSON. */
  private static final Set<String> SECRET_BEARING =
      Set.of("environment_variables", "secrets_provided");

  private FieldWriter() {}

  static void string(JsonWriter out, String name, String value) throws IOException {
    if (value != null) {
      out.name(name).value(value);
    }
  }

  static void number(JsonWriter out, String name, Double value) throws IOException {
    if (value != null) {
      out.name(name).value(value.doubleValue());
    }
  }

  static void wholeNumber(JsonWriter out, String name, Long value) throws IOException {
    if (value != null) {
      out.name(name).value(value.longValue());
    }
  }

  static void bool(JsonWriter out, String name, Boolean value) throws IOException {
    if (value != null) {
      out.name(name).value(value.booleanValue());
    }
  }

  static void strings(JsonWriter out, String name, List<String> values) throws IOException {
    out.name(name).beginArray();
    for (String value : values) {
      out.value(value);
    }
    out.endArray();
  }

  static <T> void list(JsonWriter out, String name, List<T> values, JsonAdapter<T> element)
      throws IOException {
    out.name(name).beginArray();
    for (T value : values) {
      element.toJson(out, value);
    }
    out.endArray();
  }

  static <T> void object(JsonWriter out, String name, T value, JsonAdapter<T> adapter)
      throws IOException {
    if (value != null) {
      out.name(name);
      adapter.toJson(out, value);
    }
  }

  /** A map of strings, keys sorted; redacted in a snapshot when {@code secret}. */
  static void stringMap(JsonWriter out, String name, Map<String, String> values, boolean secret)
      throws IOException {
    out.name(name);
    object(out, values, secret && SnapshotWriting.isOn(out));
  }

  /** Free-form JSON, keys sorted, under a name; absent when {@code null}. */
  static void any(JsonWriter out, String name, Object value) throws IOException {
    if (value != null) {
      out.name(name);
      any(out, value);
    }
  }

  /** Free-form JSON: maps, collections, strings, numbers, booleans and {@code null}. */
  static void any(JsonWriter out, Object value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String string) {
      out.value(string);
    } else if (value instanceof Boolean bool) {
      out.value(bool.booleanValue());
    } else if (value instanceof Number number) {
      out.value(number);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, false);
    } else if (value instanceof Collection<?> array) {
      out.beginArray();
      for (Object element : array) {
        any(out, element);
      }
      out.endArray();
    } else {
      throw new IllegalArgumentException(
          "Free-form JSON holds maps, lists, strings, numbers, booleans and null, not "
              + value.getClass().getName());
    }
  }

  /** Fields of an object without a record of its own (an unknown scorer's), with sorted keys. */
  static void fields(JsonWriter out, Map<String, ?> fields) throws IOException {
    for (Map.Entry<String, ?> entry : sorted(fields)) {
      field(out, entry.getKey(), entry.getValue(), false);
    }
  }

  private static void object(JsonWriter out, Map<?, ?> map, boolean redact) throws IOException {
    out.beginObject();
    for (Map.Entry<String, ?> entry : sorted(map)) {
      field(out, entry.getKey(), entry.getValue(), redact);
    }
    out.endObject();
  }

  private static void field(JsonWriter out, String key, Object value, boolean redact)
      throws IOException {
    if (value == null) {
      return;
    }
    out.name(key);
    if (redact) {
      out.value(SnapshotWriting.REDACTED);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, SECRET_BEARING.contains(key) && SnapshotWriting.isOn(out));
    } else {
      any(out, value);
    }
  }

  /**
   * The entries in key order. The models' maps are sorted already, and are written as they are; any
   * other map is sorted first.
   */
  @SuppressWarnings("unchecked")
  private static List<Map.Entry<String, ?>> sorted(Map<?, ?> map) {
    List<Map.Entry<String, ?>> entries = new ArrayList<>(map.size());
    String previous = null;
    boolean inOrder = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "A JSON object's keys are strings, not "
                + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
      }
      inOrder &= previous == null || previous.compareTo(key) < 0;
      previous = key;
      entries.add((Map.Entry<String, ?>) entry);
    }
    if (!inOrder) {
      entries.sort((a, b) -> a.getKey().compareTo(b.getKey()));
    }
    return entries;
  }
}
