package dev.benchgate.core;

import dev.benchgate.core.model.ApiEnum;

/** How the query records turn their enum filters into query parameters. */
final class QueryValues {
  private QueryValues() {}

  /**
   * Rejects {@code UNRECOGNIZED} as a filter: it stands for values this version cannot name, so
   * there is nothing to send.
   */
  static <E extends ApiEnum> E requireKnown(E value, String filter) {
    if (value != null && value.apiValue() == null) {
      throw new IllegalArgumentException(
          "Cannot filter by " + filter + " " + value + ": it has no API value to send");
    }
    return value;
  }

  /** Returns the query parameter for a filter, {@code null} (omitted) when there is none. */
  static String apiValue(ApiEnum value) {
    return value == null ? null : value.apiValue();
  }
}
