package dev.benchgate.testing.internal;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.internal.RunloopJson;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the API's JSON with core's own Moshi, so that what the fake serves is what the client
 * reads: the same names, the same scorer types, nothing a builder's record cannot round-trip.
 */
final class WireJson {
  private static final JsonAdapter<Object> TREE = RunloopJson.moshi().adapter(Object.class);

  private WireJson() {}

  /** A record as the JSON object the API sends, as a tree of maps and lists; a tree as it is. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> tree(Object record) {
    if (record instanceof Map<?, ?> tree) {
      return (Map<String, Object>) tree;
    }
    JsonAdapter<Object> adapter = RunloopJson.moshi().adapter((Type) record.getClass());
    return (Map<String, Object>) adapter.toJsonValue(record);
  }

  /** A tree (or a record) as UTF-8 JSON. */
  static byte[] bytes(Object tree) {
    Object value = tree instanceof Map<?, ?> || tree instanceof Iterable<?> ? tree : tree(tree);
    return TREE.toJson(value).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a request body as a JSON object.
   *
   * @return the object as a tree, or empty when the body is not a JSON object
   */
  @SuppressWarnings("unchecked")
  static java.util.Optional<Map<String, Object>> object(String body) {
    try {
      Object tree = TREE.fromJson(body);
      return tree instanceof Map<?, ?> map
          ? java.util.Optional.of((Map<String, Object>) map)
          : java.util.Optional.empty();
    } catch (java.io.IOException | RuntimeException notJson) {
      return java.util.Optional.empty();
    }
  }

  /** Reads a JSON tree into a model type with core's Moshi, as the client would. */
  static <T> T read(Object tree, Type type) {
    @SuppressWarnings("unchecked")
    JsonAdapter<T> adapter = (JsonAdapter<T>) RunloopJson.moshi().adapter(type);
    return adapter.fromJsonValue(tree);
  }

  /** A JSON object, as a tree of maps and lists. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(byte[] json) {
    return (Map<String, Object>) parseAny(json);
  }

  /** Any JSON value, as a tree of maps, lists, strings, numbers and booleans. */
  static Object parseAny(byte[] json) {
    try {
      return TREE.fromJson(new String(json, StandardCharsets.UTF_8));
    } catch (java.io.IOException notJson) {
      throw new java.io.UncheckedIOException(notJson);
    }
  }

  /** A text as a JSON string, quotes included. */
  static String string(String text) {
    return TREE.toJson(text);
  }

  /** The API's error body. */
  static byte[] error(String message) {
    return bytes(Map.of("message", message));
  }
}
