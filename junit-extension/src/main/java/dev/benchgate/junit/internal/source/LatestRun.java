package dev.benchgate.junit.internal.source;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The newest completed run of a benchmark whose metadata holds every given entry: {@code
 * latest:bmd_42?metadata.branch=main&metadata.agent=v2}. The API filters runs by benchmark and
 * state but not by metadata, and does not document its order, so the filtering and the choice of
 * the newest (by start time) happen here. A baseline never picks the run it is compared with.
 *
 * <pre>{@code
 * LatestRun latest = LatestRun.parse("bmd_42?metadata.branch=main", text, requester);
 * Optional<BenchmarkRunView> newest = latest.excluding("bmr_123").pick(client.benchmarkRuns(query));
 * }</pre>
 *
 * @param benchmarkId the benchmark whose runs are searched
 * @param metadata the entries a run's metadata must hold, sorted by key
 * @param excludedRunId a run never picked (the run under test of a baseline's method), or {@code
 *     null}
 */
public record LatestRun(
    String benchmarkId, SortedMap<String, String> metadata, String excludedRunId)
    implements RunSource {
  private static final String PREFIX = "latest:";
  private static final String METADATA = "metadata.";
  private static final Pattern FILTER = Pattern.compile("metadata\\.([^=]+)=(.+)");
  private static final Pattern ID = Pattern.compile("[^\\s/?&=]+");
  private static final String EXAMPLE = "latest:bmd_123?metadata.branch=main";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmX").withZone(ZoneOffset.UTC);

  /** Keeps the filters sorted and unmodifiable, so that equal queries are equal keys. */
  public LatestRun {
    metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
  }

  /**
   * Parses what follows {@code latest:}.
   *
   * @param query e.g. {@code bmd_42?metadata.branch=main}
   * @param text the whole source text and its origin, for messages
   * @param requester what needs the run, for messages
   * @return the query, excluding no run
   * @throws ExtensionConfigurationException when the benchmark id is missing or a filter is not
   *     {@code metadata.<key>=<value>}
   */
  static LatestRun parse(String query, ConfiguredValue text, Requester requester) {
    int question = query.indexOf('?');
    String benchmarkId = question < 0 ? query : query.substring(0, question);
    if (!ID.matcher(benchmarkId).matches()) {
      throw refused(text, requester, "names no benchmark: give its id after latest:");
    }
    SortedMap<String, String> metadata = new TreeMap<>();
    if (question >= 0) {
      for (String filter : query.substring(question + 1).split("&", -1)) {
        Matcher entry = FILTER.matcher(filter);
        if (!entry.matches()) {
          throw refused(
              text,
              requester,
              "has the filter '"
                  + filter
                  + "': filter by metadata only, each as metadata.<key>=<value>, joined with &");
        }
        if (metadata.put(entry.group(1), entry.group(2)) != null) {
          throw refused(
              text,
              requester,
              "filters metadata." + entry.group(1) + " twice: keep one value per key");
        }
      }
    }
    return new LatestRun(benchmarkId, metadata, null);
  }

  private static ExtensionConfigurationException refused(
      ConfiguredValue text, Requester requester, String problem) {
    return new ExtensionConfigurationException(
        "The run source '"
            + text.value()
            + "' from "
            + text.origin()
            + " for "
            + requester
            + " "
            + problem
            + ", as in "
            + EXAMPLE
            + ".");
  }

  /**
   * Returns this query never picking a run.
   *
   * @param runId the run to pass over, the run under test of a baseline's method
   * @return the query
   */
  LatestRun excluding(String runId) {
    return new LatestRun(benchmarkId, metadata, runId);
  }

  /**
   * Returns the query as its normalised text, filters sorted by key.
   *
   * @return e.g. {@code latest:bmd_42?metadata.branch=main}
   */
  String text() {
    return PREFIX
        + benchmarkId
        + metadata.entrySet().stream()
            .map(filter -> METADATA + filter.getKey() + "=" + filter.getValue())
            .collect(Collectors.joining("&", metadata.isEmpty() ? "" : "?", ""));
  }

  @Override
  public String describe() {
    return text();
  }

  @Override
  public BenchmarkOutcome load(SharedRunloop runloop, Requester requester) {
    return runloop.latest(this, requester);
  }

  /**
   * Picks the newest matching run: completed, of this benchmark, holding every metadata filter, and
   * not the excluded run. Runs that started at the same millisecond are told apart by id, so the
   * pick never depends on the order they came in.
   *
   * @param runs the candidates, in any order
   * @return the newest match, or empty when none matches
   */
  Optional<BenchmarkRunView> pick(Stream<BenchmarkRunView> runs) {
    return runs.filter(this::matches)
        .max(
            Comparator.comparingLong(BenchmarkRunView::startTimeMs)
                .thenComparing(BenchmarkRunView::id));
  }

  private boolean matches(BenchmarkRunView run) {
    return run.state() == BenchmarkRunState.COMPLETED
        && benchmarkId.equals(run.benchmarkId())
        && !run.id().equals(excludedRunId)
        && run.metadata().entrySet().containsAll(metadata.entrySet());
  }

  /**
   * Says which run was picked, for the log and the report.
   *
   * @param run the picked run
   * @return e.g. {@code latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed
   *     2026-11-20T03:00Z)}
   */
  public String picked(BenchmarkRunView run) {
    Instant started = Instant.ofEpochMilli(run.startTimeMs());
    String when =
        run.duration()
            .map(duration -> "completed " + MINUTES.format(started.plus(duration)))
            .orElseGet(() -> "started " + MINUTES.format(started));
    String name = run.name() == null || run.name().isBlank() ? "" : run.name() + ", ";
    return text() + " picked " + run.id() + " (" + name + when + ")";
  }

  /**
   * Explains that no run matched.
   *
   * @param searched where the runs were searched, e.g. {@code "on the API"}
   * @return the failure
   */
  RunSourceException nothingMatched(String searched) {
    return RunSourceException.noRunYet(
        "No completed run of benchmark "
            + benchmarkId
            + (metadata.isEmpty() ? "" : " with " + describeFilters())
            + (excludedRunId == null ? "" : " other than the run under test " + excludedRunId)
            + " was found "
            + searched
            + ". Check the benchmark id and the metadata filters, or name the baseline by run id"
            + " or snapshot file.");
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
        text()
            + " picked the run with the id '"
            + UntrustedText.printable(run.id())
            + "' "
            + searched
            + ", which is no plain id (letters, digits, '_', '-' and '.'): Benchgate does not"
            + " use a run whose id could lead a file or a request elsewhere.");
  }

  private String describeFilters() {
    return metadata.entrySet().stream()
        .map(filter -> METADATA + filter.getKey() + "=" + filter.getValue())
        .collect(Collectors.joining(" and "));
  }
}
