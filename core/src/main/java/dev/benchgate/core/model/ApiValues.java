package dev.benchgate.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Shared normalisation for the model records: the API's absent collections become empty ones. */
final class ApiValues {
  private ApiValues() {}

  /**
   * Maps an API string to its enum constant, case-insensitively, or to {@code unrecognized} for a
   * value this version of Benchgate does not know yet (the API adds states over time).
   */
  static <E extends Enum<E> & ApiEnum> E lookup(Class<E> type, String value, E unrecognized) {
    if (value == null) {
      return unrecognized;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant != unrecognized && constant.apiValue().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return unrecognized;
  }

  static <T> List<T> list(List<T> values) {
    return values == null
        ? List.of()
        : Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }

  /** Sorted by key, so that two equal maps print, serialise and diff identically. */
  static Map<String, String> map(Map<String, String> values) {
    return values == null || values.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
