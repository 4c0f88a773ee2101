package dev.benchgate.benchmarks;

import static dev.benchgate.benchmarks.Figures.bytes;
import static dev.benchgate.benchmarks.Figures.count;
import static dev.benchgate.benchmarks.Figures.millis;
import static dev.benchgate.benchmarks.Figures.ratio;

import dev.benchgate.benchmarks.Microbenchmarks.Figure;
import dev.benchgate.benchmarks.jmh.JoinBenchmark;
import dev.benchgate.benchmarks.jmh.ListingDecodeBenchmark;
import dev.benchgate.benchmarks.jmh.SnapshotBenchmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Measures the rows of issue 15's performance table in one run, each against its floor or peer
 * measured in the same run, and prints them as the Markdown table of the README's Performance
 * section, with the commit and machine they were measured on and what each figure is. Also writes
 * it to {@code target/benchmarks/results.md}.
 *
 * <pre>
 * mvn -B -q -Pbenchmarks -pl benchmarks -am verify
 * mvn -B -q -Pbenchmarks -pl benchmarks -am verify -Dbenchmarks.args="-rows report,heap -no-peer"
 * </pre>
 *
 * <p>The end-to-end rows run a client of a {@link
 * dev.benchgate.benchmarks.server.PrerenderedRunloop} (in this JVM, or in fresh ones for first
 * calls and the heap), Node.js for the TypeScript SDK, and gate classes through the JUnit Platform
 * launcher; the others are JMH benchmarks. See {@link Options} for the command line.
 */
public final class Harness {
  private final Options options;
  private final List<String> details = new ArrayList<>();

  private Harness(Options options) {
    this.options = options;
  }

  /**
   * Runs the harness.
   *
   * @param args see {@link Options}
   */
  public static void main(String[] args) {
    String table = new Harness(Options.parse(args)).measure();
    System.out.println(table);
  }

  /**
   * Measures the rows the options ask for and returns the results as Markdown.
   *
   * @param options the options
   * @return the table, preceded by what it was measured on and followed by what each row is
   */
  static String run(Options options) {
    return new Harness(options).measure();
  }

  private String measure() {
    long start = System.nanoTime();
    double loadBefore = Machine.loadAverage();
    String commit = Machine.commit();
    List<Row> rows = new ArrayList<>();
    Map<String, Figure> jmh = microbenchmarks();
    try (EndToEnd endToEnd = new EndToEnd(options, details::add)) {
      List<Integer> requestSizes = sizes(1_000, 5_000, 20_000);
      List<Integer> peerSizes = sizes(1_000, 20_000);
      List<Integer> reportSizes = sizes(1_000, 5_000, 10_000, 20_000);
      int large = options.size(20_000);
      int source = options.size(10_000);
      TreeSet<Integer> served = new TreeSet<>();
      if (options.measures("requests")) {
        served.addAll(requestSizes);
      }
      if (options.measures("listing-peer")) {
        served.addAll(peerSizes);
      }
      if (options.measures("report")) {
        served.addAll(reportSizes);
      }
      if (options.measures("source")) {
        served.add(source);
      }
      if (Stream.of("first-call", "listing-warm", "heap", "snapshot").anyMatch(options::measures)) {
        served.add(large);
      }
      endToEnd.serve(List.copyOf(served));
      for (String row : options.rows()) {
        switch (row) {
          case "requests" -> rows.add(endToEnd.requests(requestSizes));
          case "first-call" -> rows.add(endToEnd.firstCall(large));
          case "listing-warm" -> rows.add(endToEnd.listingWarm(large, decodeFigures(jmh)));
          case "listing-peer" -> rows.add(endToEnd.listingPeer(peerSizes));
          case "report" -> rows.add(endToEnd.report(reportSizes));
          case "heap" -> rows.add(endToEnd.heap(large));
          case "snapshot" -> rows.addAll(snapshotRows(jmh, large, endToEnd.snapshotBytes(large)));
          case "source" -> rows.add(endToEnd.source(source));
          case "join" -> rows.add(joinRow(jmh, large));
          default -> throw new IllegalArgumentException(row);
        }
      }
    }
    String markdown =
        markdown(
            commit, rows, loadBefore, Machine.loadAverage(), (System.nanoTime() - start) / 6e10);
    write(markdown);
    return markdown;
  }

  private Map<String, Figure> microbenchmarks() {
    List<Class<?>> classes = new ArrayList<>();
    if (options.measures("snapshot")) {
      classes.add(SnapshotBenchmark.class);
    }
    if (options.measures("join")) {
      classes.add(JoinBenchmark.class);
    }
    if (options.measures("listing-warm")) {
      classes.add(ListingDecodeBenchmark.class);
    }
    return classes.isEmpty()
        ? Map.of()
        : Microbenchmarks.run(classes, options.size(20_000), options);
  }

  private static Map<String, Double> decodeFigures(Map<String, Figure> jmh) {
    if (!jmh.containsKey("ListingDecodeBenchmark.decode")) {
      return Map.of();
    }
    return Map.of(
        "decode", jmh.get("ListingDecodeBenchmark.decode").millis(),
        "tokenize", jmh.get("ListingDecodeBenchmark.tokenize").millis(),
        "copy", jmh.get("ListingDecodeBenchmark.copy").millis());
  }

  private List<Row> snapshotRows(Map<String, Figure> jmh, int size, long fileBytes) {
    Figure write = jmh.get("SnapshotBenchmark.write");
    Figure writeFloor = jmh.get("SnapshotBenchmark.writeFloor");
    Figure read = jmh.get("SnapshotBenchmark.read");
    Figure readFloor = jmh.get("SnapshotBenchmark.readFloor");
    details.add(
        "Snapshots (JMH, "
            + jmhRuns()
            + "): `BenchmarkSnapshots.write` and `read` of the outcome of N = "
            + count(size)
            + " ("
            + bytes(fileBytes)
            + " file) against Moshi writing the same records straight into a file with Benchgate's"
            + " adapters (pretty, unsorted, unredacted) and reading the snapshot file straight"
            + " back into them (no join). Allocated per read: "
            + bytes(read.allocatedBytes())
            + " vs "
            + bytes(readFloor.allocatedBytes())
            + ".");
    return List.of(
        new Row(
            "snapshot write, N = " + count(size),
            millis(write.millis()) + ", " + bytes(write.allocatedBytes()) + " allocated",
            "Moshi write: "
                + millis(writeFloor.millis())
                + ", "
                + bytes(writeFloor.allocatedBytes()),
            ratio(write.millis() / writeFloor.millis()),
            "≤ 1.5× floor, streamed"),
        new Row(
            "snapshot read, N = " + count(size),
            millis(read.millis()),
            "Moshi read: " + millis(readFloor.millis()),
            ratio(read.millis() / readFloor.millis()),
            "≤ 1.2× floor"));
  }

  private Row joinRow(Map<String, Figure> jmh, int size) {
    Figure join = jmh.get("JoinBenchmark.join");
    Figure floor = jmh.get("JoinBenchmark.sortOnNamesComputedOnce");
    details.add(
        "Join (JMH, "
            + jmhRuns()
            + "): `BenchmarkOutcome.of` of a run's scenario runs in the API's order and their"
            + " definitions, against indexing the definitions by id, naming each scenario run"
            + " once and sorting by name, then id (the same order).");
    return new Row(
        "`BenchmarkOutcome.of` join, N = " + count(size),
        millis(join.millis()),
        "sort on names computed once: " + millis(floor.millis()),
        ratio(join.millis() / floor.millis()),
        "≤ 1.2×");
  }

  private String jmhRuns() {
    return options.jmhSeconds() == 0
        ? "one operation, unforked"
        : String.format(
            Locale.ROOT,
            "median of 5 iterations of %.0f s after 3 of warm-up, one fork",
            options.jmhSeconds());
  }

  private List<Integer> sizes(int... full) {
    List<Integer> sizes = new ArrayList<>();
    for (int size : full) {
      sizes.add(options.size(size));
    }
    return sizes;
  }

  private String markdown(
      String commit, List<Row> rows, double loadBefore, double loadAfter, double minutes) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Measured on commit %s, %s, on %s; load average %.1f before, %.1f after; took %.1f min.%n%n",
            commit,
            LocalDate.now(),
            Machine.description(),
            loadBefore,
            loadAfter,
            minutes));
    text.append("| what | Benchgate | floor or peer (same run) | ratio | goal (issue 15) |\n");
    text.append("| --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      text.append(
          String.format(
              "| %s | %s | %s | %s | %s |%n",
              row.what(), row.benchgate(), row.reference(), row.ratio(), row.goal()));
    }
    text.append('\n');
    for (String detail : details) {
      text.append("- ").append(detail).append('\n');
    }
    return text.toString();
  }

  private void write(String markdown) {
    try {
      Files.createDirectories(options.out());
      Files.writeString(options.out().resolve("results.md"), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
