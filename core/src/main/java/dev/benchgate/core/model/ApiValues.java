package dev.benchgate.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shared normalisation for the model records: the API's absent collections become empty ones, and
 * every collection an unmodifiable one that is as small as it can be (a run of 20,000 scenarios
 * holds hundreds of thousands of them).
 */
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

  /** An unmodifiable copy; a list that is already an unmodifiable {@code List.of} is kept. */
  static <T> List<T> list(List<T> values) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      return Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
    return List.copyOf(values);
  }

  /**
   * Sorted by key, so that two equal maps print, serialise and diff identically; entries without a
   * value are left out, as the JSON the map came from or goes to leaves them out.
   */
  static Map<String, String> map(Map<String, String> values) {
    return values == null || values.isEmpty() ? Map.of() : SortedArrayMap.copyOf(values);
  }
}
