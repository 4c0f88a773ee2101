package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings among the models one JSON document decodes into: metadata keys and values,
 * states, scorer and scoring-function names, free-form JSON keys. A page of 5,000 scenario runs
 * repeats each of them thousands of times, and a string costs about 40 bytes before its first
 * character. One pool serves one document (it rides on the {@link JsonReader} as a tag), so it dies
 * with the document and needs no locking. It is bounded, so that a hostile document full of
 * distinct strings costs no more than one without a pool.
 */
final class StringPool {
  /** Longer strings are rarely repeated, and comparing them costs more than sharing saves. */
  static final int MAX_LENGTH = 64;

  private static final int MAX_ENTRIES = 1 << 14;

  private final Map<String, String> strings = new HashMap<>();

  private StringPool() {}

  /** Returns the pool of the document a reader reads, starting one on the first call. */
  static StringPool of(JsonReader reader) {
    StringPool pool = reader.tag(StringPool.class);
    if (pool == null) {
      pool = new StringPool();
      reader.setTag(StringPool.class, pool);
    }
    return pool;
  }

  /** Returns an equal string seen before in this document, or this one. */
  String share(String value) {
    if (value.length() > MAX_LENGTH) {
      return value;
    }
    String shared = strings.get(value);
    if (shared != null) {
      return shared;
    }
    if (strings.size() < MAX_ENTRIES) {
      strings.put(value, value);
    }
    return value;
  }
}
