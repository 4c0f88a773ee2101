package dev.benchgate.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Shared normalisation for the model records: the API's absent collections become empty ones, and
 * every collection an unmodifiable one that is as small as it can be (a run of 20,000 scenarios
 * holds hundreds of thousands of them).
 */
final class ApiValues {
  private ApiValues() {}

  /**
   * Maps an API string to its enum constant, case-insensitively, or to {@code unrecognized} for a
   * value this version of Benchgate does not know yet (the API adds states over time). The API
   * spells one word two ways: benchmark jobs end {@code cancelled}, runs and scenario outcomes
   * {@code canceled}/{@code CANCELED} (JOBS.md, pitfall 1); either spelling matches either
   * constant, as rl-cli reads them.
   */
  static <E extends Enum<E> & ApiEnum> E lookup(Class<E> type, String value, E unrecognized) {
    if (value == null) {
      return unrecognized;
    }
    String wanted = americanSpelling(value);
    for (E constant : type.getEnumConstants()) {
      if (constant != unrecognized
          && americanSpelling(constant.apiValue()).equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    return unrecognized;
  }

  private static String americanSpelling(String value) {
    return value.equalsIgnoreCase("cancelled") ? "canceled" : value;
  }

  /** An unmodifiable copy; a list that is already an unmodifiable {@code List.of} is kept. */
  static <T> List<T> list(List<T> values) {
    if (values == null) {
      return List.of();
    }
    for (T value : values) { // a loop, not a stream: this runs for every list of every record
      if (value == null) {
        return Collections.unmodifiableList(new java.util.ArrayList<>(values));
      }
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

  /** A copy of a map with one more entry, for the records' {@code with…} methods. */
  static Map<String, String> with(Map<String, String> values, String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return copy;
  }
}
