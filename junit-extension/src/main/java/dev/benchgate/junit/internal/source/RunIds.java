package dev.benchgate.junit.internal.source;

import dev.benchgate.core.text.UntrustedText;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks run ids before they name a file. A run's id becomes a file name when runs are recorded
 * ({@code <dir>/<id>.json}) and replayed, and ids come from annotations, configuration, snapshot
 * files and the server's answers: an answer with the id {@code "../../x"} or {@code "/etc/x"} must
 * not make Benchgate write outside the directory it was given. So an id names a file only when it
 * is a plain token (Runloop's ids are, e.g. {@code bmr_3f2a}), the file's path stays inside the
 * directory, and a fetched run is the run that was asked for.
 *
 * <pre>{@code
 * Path file = RunIds.fileIn(directory, "bmr_123", ConfigurationKeys.RECORD);   // directory/bmr_123.json
 * }</pre>
 */
final class RunIds {
  /** Letters, digits, {@code _}, {@code -} and {@code .}, not starting with a dot. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

  private RunIds() {}

  /**
   * Tells whether an id is a plain token, safe as a file name.
   *
   * @param id the id, may be {@code null}
   * @return {@code true} for a plain token
   */
  static boolean isPlain(String id) {
    return id != null && PLAIN.matcher(id).matches();
  }

  /**
   * Returns the snapshot file of a run in a directory.
   *
   * @param directory the directory, absolute and normalised
   * @param runId the run's id
   * @param key the configuration key that named the directory, for messages
   * @return {@code directory/<runId>.json}
   * @throws RunSourceException when the id is no plain token or the file would lie outside the
   *     directory
   */
  static Path fileIn(Path directory, String runId, String key) {
    if (isPlain(runId)) {
      Path file = directory.resolve(runId + ".json").normalize();
      if (directory.equals(file.getParent())) {
        return file;
      }
    }
    throw new RunSourceException(
        "The run id '"
            + UntrustedText.printable(runId)
            + "' cannot name a snapshot file in "
            + directory
            + " ("
            + key
            + "): a run id names a file only when it is made of letters, digits, '_', '-' and '.',"
            + " and does not start with a dot, so that no id can lead outside the directory.");
  }

  /**
   * Checks that the server answered with the run that was asked for.
   *
   * @param askedFor the id asked for
   * @param answered the id of the run the server returned
   * @throws RunSourceException when they differ
   */
  static void requireAnswered(String askedFor, String answered) {
    requireAnswered("benchmark run", askedFor, answered);
  }

  /**
   * Checks that the server answered with the run or job that was asked for.
   *
   * @param noun what was asked for, e.g. {@code "benchmark job"}
   * @param askedFor the id asked for
   * @param answered the id the server returned
   * @throws RunSourceException when they differ
   */
  static void requireAnswered(String noun, String askedFor, String answered) {
    if (!askedFor.equals(answered)) {
      throw new RunSourceException(
          "Asked for "
              + noun
              + " "
              + askedFor
              + ", the API answered with the "
              + noun.substring(noun.lastIndexOf(' ') + 1)
              + " '"
              + UntrustedText.printable(answered)
              + "'. Benchgate judges, records and reports only the run it asked for: check"
              + " benchgate.base-url, and any proxy between the tests and Runloop.");
    }
  }
}
