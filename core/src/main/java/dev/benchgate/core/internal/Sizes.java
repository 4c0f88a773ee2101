package dev.benchgate.core.internal;

import java.util.Locale;

/** Sizes and counts as messages print them: {@code 64 MiB (67,108,864 bytes)}, {@code 1,000}. */
final class Sizes {
  private static final long MIB = 1024 * 1024;

  private Sizes() {}

  /** A byte count, in MiB too when it is at least one. */
  static String bytes(long bytes) {
    if (bytes < MIB) {
      return count(bytes) + " bytes";
    }
    String mebibytes =
        bytes % MIB == 0
            ? Long.toString(bytes / MIB)
            : String.format(Locale.ROOT, "%.1f", bytes / (double) MIB);
    return mebibytes + " MiB (" + count(bytes) + " bytes)";
  }

  /** A count with thousands separated by commas. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
