package dev.benchgate.core;

import dev.benchgate.core.error.NotEnoughRunsException;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The newest completed runs of a benchmark whose metadata holds every given entry: what {@code
 * latest:bmd_42?metadata.branch=main&count=5} names, for a baseline (one run) or for repeated runs
 * of an agent ({@link RunloopClient#repeatedOutcome(LatestRuns)}). The API filters runs by
 * benchmark and state but not by metadata, and does not document its order, so the runs are listed
 * whole, filtered here, and ordered by start time (newest first; runs that started at the same
 * millisecond by id, so that the pick never depends on the order they came in). Immutable: each
 * {@code with…} method returns a new query.
 *
 * <pre>{@code
 * LatestRuns query = LatestRuns.parse("latest:bmd_42?metadata.git_sha=" + sha + "&count=5");
 * RepeatedOutcome runs = client.repeatedOutcome(query);
 *
 * // or, with runs at hand (the snapshots of a replay directory, say):
 * List<BenchmarkRunView> newest = LatestRuns.of("bmd_42").excluding("bmr_123").pick(runs.stream());
 * }</pre>
 *
 * @param benchmarkId the benchmark whose runs are searched ({@code bmd_…})
 * @param metadata the entries a run's metadata must hold, sorted by key, unmodifiable
 * @param count how many runs are wanted, at least 1
 * @param excludedRunIds runs never picked, such as the run under test of a baseline; sorted,
 *     unmodifiable, not part of {@link #text()}
 */
public record LatestRuns(
    String benchmarkId,
    SortedMap<String, String> metadata,
    int count,
    SortedSet<String> excludedRunIds) {

  /** The scheme of a query's text. */
  public static final String PREFIX = "latest:";

  private static final String METADATA = "metadata.";
  private static final String COUNT = "count=";
  private static final Pattern FILTER = Pattern.compile("metadata\\.([^=]+)=(.+)");
  private static final Pattern ID = Pattern.compile("[^\\s/?&=]+");
  private static final String EXAMPLE = "latest:bmd_123?metadata.branch=main&count=5";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmX").withZone(ZoneOffset.UTC);

  /**
   * Checks the query and keeps its filters and exclusions sorted and unmodifiable, so that equal
   * queries are equal keys.
   */
  public LatestRuns {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    if (!ID.matcher(benchmarkId).matches()) {
      throw new IllegalArgumentException(
          "The benchmark id of a latest: query must be an id such as bmd_123, but was '"
              + benchmarkId
              + "'");
    }
    if (count < 1) {
      throw new IllegalArgumentException(
          "A latest: query must ask for at least one run, but count was " + count);
    }
    metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    excludedRunIds = Collections.unmodifiableSortedSet(new TreeSet<>(excludedRunIds));
  }

  /**
   * Starts a query for the newest completed run of a benchmark.
   *
   * <pre>{@code
   * LatestRuns query = LatestRuns.of("bmd_42").withMetadata("branch", "main").withCount(5);
   * }</pre>
   *
   * @param benchmarkId the benchmark ({@code bmd_…})
   * @return the query, for one run, without filters
   */
  public static LatestRuns of(String benchmarkId) {
    return new LatestRuns(benchmarkId, new TreeMap<>(), 1, new TreeSet<>());
  }

  /**
   * Parses a query's text: a benchmark id, then optionally {@code ?} and filters joined with {@code
   * &}, each {@code metadata.<key>=<value>} (once per key) or {@code count=<n>} (once). The {@code
   * latest:} scheme in front is optional.
   *
   * <pre>{@code
   * LatestRuns.parse("latest:bmd_42?metadata.branch=main&metadata.agent=v2&count=5");
   * }</pre>
   *
   * @param text e.g. {@code bmd_42?metadata.branch=main&count=5}
   * @return the query
   * @throws IllegalArgumentException when the benchmark id is missing, or a filter is neither form,
   *     repeated, or a count that is not a positive whole number; the message says which and shows
   *     the form
   */
  public static LatestRuns parse(String text) {
    Objects.requireNonNull(text, "text");
    String query = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    int question = query.indexOf('?');
    String benchmarkId = question < 0 ? query : query.substring(0, question);
    if (!ID.matcher(benchmarkId).matches()) {
      throw refused(text, "names no benchmark: give its id after latest:");
    }
    SortedMap<String, String> metadata = new TreeMap<>();
    Integer count = null;
    if (question >= 0) {
      for (String filter : query.substring(question + 1).split("&", -1)) {
        if (filter.startsWith(COUNT)) {
          if (count != null) {
            throw refused(text, "gives count twice: keep one");
          }
          count = parseCount(text, filter.substring(COUNT.length()));
          continue;
        }
        Matcher entry = FILTER.matcher(filter);
        if (!entry.matches()) {
          throw refused(
              text,
              "has the filter '"
                  + filter
                  + "': filter by metadata, each as metadata.<key>=<value>, and give how many"
                  + " runs as count=<n>, joined with &");
        }
        if (metadata.put(entry.group(1), entry.group(2)) != null) {
          throw refused(
              text, "filters metadata." + entry.group(1) + " twice: keep one value per key");
        }
      }
    }
    return new LatestRuns(benchmarkId, metadata, count == null ? 1 : count, new TreeSet<>());
  }

  private static int parseCount(String text, String value) {
    try {
      int count = Integer.parseInt(value);
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, with the others
    }
    throw refused(text, "asks for count=" + value + ": give a whole number of runs from 1");
  }

  private static IllegalArgumentException refused(String text, String problem) {
    return new IllegalArgumentException(
        "The query '" + text + "' " + problem + ", as in " + EXAMPLE + ".");
  }

  /**
   * Returns this query for runs whose metadata also holds an entry.
   *
   * @param key the metadata key
   * @param value the value it must have
   * @return a new query
   */
  public LatestRuns withMetadata(String key, String value) {
    SortedMap<String, String> more = new TreeMap<>(metadata);
    more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new LatestRuns(benchmarkId, more, count, excludedRunIds);
  }

  /**
   * Returns this query for another number of runs.
   *
   * @param count how many runs, at least 1
   * @return a new query
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public LatestRuns withCount(int count) {
    return new LatestRuns(benchmarkId, metadata, count, excludedRunIds);
  }

  /**
   * Returns this query never picking a run: a baseline's query passes over the run under test.
   *
   * @param runId the run to pass over
   * @return a new query
   */
  public LatestRuns excluding(String runId) {
    SortedSet<String> more = new TreeSet<>(excludedRunIds);
    more.add(Objects.requireNonNull(runId, "runId"));
    return new LatestRuns(benchmarkId, metadata, count, more);
  }

  /**
   * Returns the API query that lists the candidates: the completed runs of the benchmark. The
   * metadata filters and the order are applied by {@link #pick(Stream)}.
   *
   * @return the query of {@code GET /v1/benchmark_runs}
   */
  public BenchmarkRunQuery apiQuery() {
    return BenchmarkRunQuery.forBenchmark(benchmarkId).withState(BenchmarkRunState.COMPLETED);
  }

  /**
   * Tells whether a run is a candidate: completed, of this benchmark, holding every metadata
   * filter, and not excluded.
   *
   * @param run a run
   * @return {@code true} when it matches
   */
  public boolean matches(BenchmarkRunView run) {
    return run.state() == BenchmarkRunState.COMPLETED
        && benchmarkId.equals(run.benchmarkId())
        && !excludedRunIds.contains(run.id())
        && run.metadata().entrySet().containsAll(metadata.entrySet());
  }

  /**
   * Picks the newest matching runs.
   *
   * <pre>{@code
   * List<BenchmarkRunView> newest = query.pick(client.benchmarkRuns(query.apiQuery()));
   * }</pre>
   *
   * @param runs the candidates, in any order
   * @return at most {@link #count()} matching runs, newest first (by start time, then id); fewer
   *     when fewer match
   */
  public List<BenchmarkRunView> pick(Stream<BenchmarkRunView> runs) {
    return runs.filter(this::matches)
        .sorted(
            Comparator.comparingLong(BenchmarkRunView::startTimeMs)
                .thenComparing(BenchmarkRunView::id)
                .reversed())
        .limit(count)
        .toList();
  }

  /**
   * Returns the query as its normalised text: filters sorted by key, the count last and only when
   * it is not 1; the exclusions are left out.
   *
   * @return e.g. {@code latest:bmd_42?metadata.branch=main&count=5}
   */
  public String text() {
    Stream<String> filters =
        Stream.concat(
            metadata.entrySet().stream()
                .map(filter -> METADATA + filter.getKey() + "=" + filter.getValue()),
            count == 1 ? Stream.empty() : Stream.of(COUNT + count));
    String joined = filters.collect(Collectors.joining("&"));
    return PREFIX + benchmarkId + (joined.isEmpty() ? "" : "?" + joined);
  }

  /**
   * Says which runs were picked, for a log or a report.
   *
   * @param picked the picked runs, newest first
   * @return e.g. {@code latest:bmd_1?metadata.branch=main picked bmr_9 (nightly-41, completed
   *     2026-11-20T03:00Z)}
   */
  public String describe(List<BenchmarkRunView> picked) {
    return text()
        + " picked "
        + picked.stream().map(LatestRuns::describe).collect(Collectors.joining(", "));
  }

  private static String describe(BenchmarkRunView run) {
    Instant started = Instant.ofEpochMilli(run.startTimeMs());
    String when =
        run.duration()
            .map(duration -> "completed " + MINUTES.format(started.plus(duration)))
            .orElseGet(() -> "started " + MINUTES.format(started));
    String name = run.name() == null || run.name().isBlank() ? "" : run.name() + ", ";
    return run.id() + " (" + name + when + ")";
  }

  /**
   * Makes the failure of a search that found fewer runs than this query asks for.
   *
   * <pre>{@code
   * List<BenchmarkRunView> found = query.pick(replayedRuns.stream());
   * if (found.size() < query.count()) throw query.notEnough(found, "among the snapshots in " + dir);
   * }</pre>
   *
   * @param found the matching runs, newest first
   * @param searched where the runs were searched, e.g. {@code "on the API"}
   * @return the exception, whose message says what was asked, what was found and what to do
   */
  public NotEnoughRunsException notEnough(List<BenchmarkRunView> found, String searched) {
    String runs =
        "run"
            + (count == 1 && found.isEmpty() ? "" : "s")
            + " of benchmark "
            + benchmarkId
            + (metadata.isEmpty() ? "" : " with " + describeFilters())
            + (excludedRunIds.isEmpty() ? "" : " other than " + String.join(", ", excludedRunIds));
    String message;
    if (found.isEmpty()) {
      message =
          "No completed "
              + runs
              + " was found "
              + searched
              + " for "
              + text()
              + ". Check the benchmark id and the metadata filters, or name the runs by id or"
              + " snapshot file.";
    } else {
      message =
          "Only "
              + found.size()
              + " completed "
              + runs
              + (found.size() == 1 ? " was" : " were")
              + " found "
              + searched
              + ", but "
              + text()
              + " asks for "
              + count
              + ": "
              + found.stream().map(BenchmarkRunView::id).collect(Collectors.joining(", "))
              + ". Wait until the other runs have completed, or ask for fewer with count="
              + found.size()
              + ".";
    }
    return new NotEnoughRunsException(
        message, text(), count, found.stream().map(BenchmarkRunView::id).toList());
  }

  private String describeFilters() {
    return metadata.entrySet().stream()
        .map(filter -> METADATA + filter.getKey() + "=" + filter.getValue())
        .collect(Collectors.joining(" and "));
  }
}
