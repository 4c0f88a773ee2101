package dev.benchgate.junit;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Where a run comes from, parsed from an annotation's value or a configured default after
 * placeholders are expanded. Each kind of source loads its outcome its own way; a text with a
 * {@code prefix:} this version does not know is refused instead of being taken for a run id.
 *
 * <pre>{@code
 * RunSource source = RunSource.parse(new ConfiguredValue("bmr_123", "@BenchmarkRun"), requester);
 * BenchmarkOutcome outcome = source.load(fetcher);
 * }</pre>
 */
sealed interface RunSource permits RunSource.RunId {
  /** A scheme such as {@code file:} or {@code latest:}; run ids have none. */
  Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  /**
   * Parses an expanded source text.
   *
   * @param text the text, placeholders expanded
   * @param requester what needs the run, for messages
   * @return the source
   * @throws ExtensionConfigurationException for a prefix this version does not support
   */
  static RunSource parse(ConfiguredValue text, Requester requester) {
    Matcher prefix = PREFIX.matcher(text.value());
    if (prefix.lookingAt()) {
      throw new ExtensionConfigurationException(
          "The run source '"
              + text.value()
              + "' from "
              + text.origin()
              + " for "
              + requester
              + " starts with '"
              + prefix.group()
              + "', which this version of Benchgate does not support: give a benchmark run id"
              + " such as bmr_123, optionally through ${env:NAME} or ${sys:name}.");
    }
    return new RunId(text.value());
  }

  /**
   * Names the run for messages.
   *
   * @return e.g. {@code "benchmark run bmr_123"}
   */
  String describe();

  /**
   * Loads the run's outcome.
   *
   * @param fetcher fetches runs from the API
   * @return the outcome of the finished run
   */
  BenchmarkOutcome load(RunFetcher fetcher);

  /**
   * A run on the API, named by its id.
   *
   * @param id the run's id, e.g. {@code bmr_123}
   */
  record RunId(String id) implements RunSource {
    @Override
    public String describe() {
      return "benchmark run " + id;
    }

    @Override
    public BenchmarkOutcome load(RunFetcher fetcher) {
      return fetcher.finishedOutcome(id);
    }
  }
}
