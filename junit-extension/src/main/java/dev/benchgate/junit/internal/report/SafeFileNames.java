package dev.benchgate.junit.internal.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a file name out of names that came from a server, such as a scenario's and a scoring
 * function's. The name stays recognisable, but can neither leave the folder it is written to
 * ({@code ../x}, {@code /x}, {@code C:\x}), nor hide ({@code .x}), nor be one of the names Windows
 * reserves ({@code CON}, {@code NUL}, …), nor grow longer than file systems allow.
 *
 * <pre>{@code
 * SafeFileNames.of("txt", "fix login/../bug", "unit-tests")   // "fix_login____bug.unit-tests.txt"
 * }</pre>
 */
final class SafeFileNames {
  /** Each part is cut to this length, so that a name stays well under 255 bytes. */
  private static final int MAX_PART_LENGTH = 80;

  /** Dots too: they separate the parts, and a part of dots alone could read as a folder. */
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

  private static final Set<String> RESERVED_ON_WINDOWS =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private SafeFileNames() {}

  /**
   * Joins names into a file name, with dots.
   *
   * @param extension the file's extension, without a dot
   * @param parts the names, each made safe; a blank one becomes {@code _}
   * @return e.g. {@code add-retry.unit-tests.txt}
   */
  static String of(String extension, String... parts) {
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      name.append(safe(part)).append('.');
    }
    return name.append(extension).toString();
  }

  private static String safe(String part) {
    String safe = part == null ? "" : UNSAFE.matcher(part.strip()).replaceAll("_");
    if (safe.length() > MAX_PART_LENGTH) {
      safe = safe.substring(0, MAX_PART_LENGTH);
    }
    if (safe.isEmpty() || RESERVED_ON_WINDOWS.contains(safe.toLowerCase(Locale.ROOT))) {
      safe = "_" + safe;
    }
    return safe;
  }
}
