package dev.benchgate.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** How the table writes figures: times, sizes, ratios and counts, always with their unit. */
final class Figures {
  private Figures() {}

  /** E.g. {@code 4.20 ms}, {@code 31.2 ms}, {@code 629 ms}, {@code 1.79 s}. */
  static String millis(double millis) {
    if (millis >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%.0f ms", millis);
    }
    return String.format(Locale.ROOT, millis >= 10 ? "%.1f ms" : "%.2f ms", millis);
  }

  /** E.g. {@code 5.5 KB}, {@code 649 MB}: decimal units. */
  static String bytes(double bytes) {
    if (bytes >= 1e9) {
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
    if (bytes >= 1e6) {
      return String.format(Locale.ROOT, bytes >= 1e8 ? "%.0f MB" : "%.1f MB", bytes / 1e6);
    }
    if (bytes >= 1e3) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  /** E.g. {@code 1.96×}. */
  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  /** E.g. {@code 20,000}. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** E.g. {@code 1,000 / 20,000}. */
  static String counts(List<Integer> counts) {
    return each(counts, count -> count(count));
  }

  /** E.g. {@code 61 %}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  /** The values, each formatted, joined by {@code " / "}. */
  static <T> String each(List<T> values, Function<? super T, String> format) {
    return String.join(" / ", values.stream().map(format).toList());
  }
}
