package dev.benchgate.core;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.internal.RunloopJson;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Writes the bodies of the write requests as the API (and rl-cli) sends them: keys in the order
 * given (a model's in sorted order, as its adapter writes it), a variant's {@code type} first, as
 * the SDKs write a discriminator, nothing for what is absent (no {@code null}, no empty map or
 * list), and whole numbers without a fraction ({@code "timeout_seconds": 7200}, as JOBS.md §4 shows
 * it).
 */
final class JsonBodies {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final JsonAdapter<Object> TREE = RunloopJson.moshi().adapter(Object.class);
  private static final String TYPE = "type";

  private JsonBodies() {}

  /** A model record (or a value of a sealed model type) as a JSON tree of maps and lists. */
  static Object tree(Object record, Type type) {
    return RunloopJson.moshi().adapter(type).toJsonValue(record);
  }

  /** A request body of JSON text. */
  static RequestBody body(String json) {
    return RequestBody.create(json, JSON);
  }

  /** The JSON text of a tree, pruned as described above. */
  static String json(Map<String, Object> tree) {
    return TREE.toJson(pruned(tree));
  }

  private static Object pruned(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> kept = new LinkedHashMap<>();
      if (map.get(TYPE) != null) {
        kept.put(TYPE, map.get(TYPE));
      }
      map.forEach(
          (key, entry) -> {
            Object prunedEntry = pruned(entry);
            if (prunedEntry != null
                && !(prunedEntry instanceof Map<?, ?> nested && nested.isEmpty())
                && !(prunedEntry instanceof List<?> items && items.isEmpty())) {
              kept.put(key, prunedEntry);
            }
          });
      return kept;
    }
    if (value instanceof List<?> list) {
      List<Object> kept = new ArrayList<>();
      list.forEach(item -> kept.add(pruned(item)));
      return kept;
    }
    if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
      return number.longValue();
    }
    return value;
  }
}
