package dev.benchgate.junit.internal.source;

import dev.benchgate.core.LatestRuns;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A {@code latest:} source: the newest completed runs of a benchmark whose metadata holds every
 * given entry, {@code latest:bmd_42?metadata.branch=main&count=5}. The query itself, its parsing
 * and its pick are core's {@link LatestRuns}, the one parser of {@code latest:} texts; this adds
 * what a test needs around it: loading through the test plan's shared resources, and messages that
 * name who asked.
 *
 * <pre>{@code
 * LatestRun latest = LatestRun.parse(new ConfiguredValue("latest:bmd_42?count=5", "@BenchmarkRun"), requester);
 * List<BenchmarkOutcome> newestFirst = latest.loadRuns(runloop, requester);
 * }</pre>
 *
 * @param query the query, with any exclusion
 */
public record LatestRun(LatestRuns query) implements RunSource {

  /** Requires the query. */
  public LatestRun {
    Objects.requireNonNull(query, "query");
  }

  /**
   * Parses a whole {@code latest:} text with {@link LatestRuns#parse(String)}.
   *
   * @param text the text, {@code latest:} included, and its origin
   * @param requester what needs the run, for messages
   * @return the source, excluding no run
   * @throws ExtensionConfigurationException when core refuses the query; its message is kept
   */
  static LatestRun parse(ConfiguredValue text, Requester requester) {
    try {
      return new LatestRun(LatestRuns.parse(text.value()));
    } catch (IllegalArgumentException refused) {
      throw new ExtensionConfigurationException(
          RunSource.named("run", text, requester)
              + " is no usable latest: query. "
              + refused.getMessage(),
          refused);
    }
  }

  /**
   * Returns this query never picking a run.
   *
   * @param runId the run to pass over, the run under test of a baseline's method
   * @return the source
   */
  LatestRun excluding(String runId) {
    return new LatestRun(query.excluding(runId));
  }

  /**
   * Tells how many runs the query names.
   *
   * @return its {@code count}, 1 unless given
   */
  public int count() {
    return query.count();
  }

  @Override
  public String describe() {
    return query.text();
  }

  /**
   * Refuses a {@code latest:} query of several runs where one run is received: a parameter of a
   * run's type, or the scenario runs of {@code @ScenarioRunSource}. Taking the newest of them would
   * test fewer runs than the query asks for, and say nothing.
   *
   * @param source the parsed source
   * @param text the text it was parsed from, for messages
   * @param requester what receives one run
   * @return the source
   * @throws ExtensionConfigurationException for a query with a {@code count} above 1
   */
  public static RunSource requireOneRun(
      RunSource source, ConfiguredValue text, Requester requester) {
    if (source instanceof LatestRun latest && latest.count() > 1) {
      throw new ExtensionConfigurationException(
          text.value()
              + " from "
              + text.origin()
              + " names "
              + latest.count()
              + " runs for "
              + requester
              + ", which receives one: leave out count, or receive them as repeated runs in a"
              + " parameter declared as RepeatedOutcome.");
    }
    return source;
  }

  /**
   * Loads the newest matching run; the query must name one run (see {@link #requireOneRun}).
   *
   * @param runloop the test plan's shared resources
   * @param requester what needs the run, for messages
   * @return its outcome
   */
  @Override
  public BenchmarkOutcome load(SharedRunloop runloop, Requester requester) {
    return runloop.latest(this, requester).get(0);
  }

  /**
   * Loads every run the query names, newest first.
   *
   * @param runloop the test plan's shared resources
   * @param requester what needs the runs, for messages
   * @return their outcomes, {@link #count()} of them
   */
  @Override
  public List<BenchmarkOutcome> loadRuns(SharedRunloop runloop, Requester requester) {
    return runloop.latest(this, requester);
  }

  /**
   * Says which runs were picked, for the log and the report.
   *
   * @param runs the picked runs, newest first
   * @return e.g. {@code latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed
   *     2026-11-20T03:00Z)}
   */
  public String picked(List<BenchmarkRunView> runs) {
    return query.describe(runs);
  }

  /**
   * Explains that the run picked has an id that cannot be used safely: it would name a file when
   * recorded, and a path on the API.
   *
   * @param run the run picked
   * @param searched where the runs were searched, e.g. {@code "on the API"}
   * @return the failure
   */
  RunSourceException pickedNoPlainId(BenchmarkRunView run, String searched) {
    return new RunSourceException(
        query.text()
            + " picked the run with the id '"
            + UntrustedText.printable(run.id())
            + "' "
            + searched
            + ", which is no plain id (letters, digits, '_', '-' and '.'): Benchgate does not"
            + " use a run whose id could lead a file or a request elsewhere.");
  }
}
