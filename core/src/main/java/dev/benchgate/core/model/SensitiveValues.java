package dev.benchgate.core.model;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable, key-sorted map whose values are secret: environment variables and provided
 * secrets of a run. It compares like any map but prints only its keys, so that a record's {@code
 * toString}, a log line or an assertion message never shows a value.
 */
final class SensitiveValues extends AbstractMap<String, String> {
  private static final SensitiveValues EMPTY = new SensitiveValues(Map.of());

  private final Map<String, String> values;

  private SensitiveValues(Map<String, String> values) {
    this.values = values;
  }

  static Map<String, String> of(Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return EMPTY;
    }
    if (values instanceof SensitiveValues sensitive) {
      return sensitive;
    }
    return new SensitiveValues(SortedArrayMap.copyOf(values));
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return values.entrySet();
  }

  @Override
  public String get(Object key) {
    return values.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return values.containsKey(key);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (String key : values.keySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(key).append("=<redacted>");
    }
    return out.append('}').toString();
  }
}
