package dev.benchgate.assertj.internal;

import dev.benchgate.core.model.BenchmarkRunView;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run that lacks a metadata entry.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveMetadataEntry(run, "branch", "main"));
 * // Expecting benchmark run nightly (bmr_1) to have metadata entry "branch"="main"
 * // but "branch" was "dev".
 * }</pre>
 */
public class ShouldHaveMetadataEntry extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMetadataEntry(run, "branch", "main"));
   * }</pre>
   *
   * @param run the run
   * @param key the expected key
   * @param value the expected value
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMetadataEntry(
      BenchmarkRunView run, String key, String value) {
    String actual;
    if (run.metadata().containsKey(key)) {
      actual = Format.quoted(key) + " was " + Format.quoted(run.metadata().get(key));
    } else if (run.metadata().isEmpty()) {
      actual = "it has no metadata";
    } else {
      actual = "it has no key " + Format.quoted(key) + "; its metadata is " + entries(run);
    }
    return new ShouldHaveMetadataEntry(Names.benchmarkRun(run), key, value, actual);
  }

  /** The metadata as a map prints, {@code {commit=abc, branch=dev}}, each key and value escaped. */
  private static String entries(BenchmarkRunView run) {
    return run.metadata().entrySet().stream()
        .map(entry -> Escaping.escape(entry.getKey()) + "=" + Escaping.escape(entry.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private ShouldHaveMetadataEntry(String subject, String key, String value, String actual) {
    super(
        "%nExpecting %s to have metadata entry %s=%s%nbut %s.",
        unquotedString(subject),
        unquotedString(Format.quoted(key)),
        unquotedString(Format.quoted(value)),
        unquotedString(actual));
  }
}
