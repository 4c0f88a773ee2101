package dev.benchgate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's command line.
 *
 * <pre>
 * -quick            every row at about 1/200 of its size, one process, one round: proves each runs
 * -processes K      fresh processes per first-call figure (default 7)
 * -rounds R         measured rounds of each warm figure (default 7)
 * -no-peer          skips the TypeScript SDK (it needs Node.js and npm)
 * -rows a,b         measures only these rows (default: all; see {@link #ROWS})
 * -out DIR          where the table, logs and scratch files go (default target/benchmarks)
 * </pre>
 *
 * @param scale the rows' sizes are multiplied by this
 * @param processes fresh processes per first-call figure
 * @param rounds measured rounds per warm figure
 * @param warmups unmeasured rounds before them
 * @param jmhSeconds JMH's iteration time; 0 for a single short iteration without a fork
 * @param peer whether to measure the TypeScript SDK
 * @param rows the rows to measure
 * @param out where the results go
 */
record Options(
    double scale,
    int processes,
    int rounds,
    int warmups,
    double jmhSeconds,
    boolean peer,
    Set<String> rows,
    Path out) {

  /** The rows, in the table's order. */
  static final List<String> ROWS =
      List.of(
          "requests",
          "first-call",
          "listing-warm",
          "listing-peer",
          "report",
          "heap",
          "snapshot",
          "source",
          "join");

  static Options parse(String... args) {
    double scale = 1;
    int processes = 7;
    int rounds = 7;
    int warmups = 5;
    double jmhSeconds = 2;
    boolean peer = true;
    Set<String> rows = new LinkedHashSet<>(ROWS);
    Path out = Path.of("target", "benchmarks");
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      switch (option) {
        case "-quick" -> {
          scale = 0.005;
          processes = 1;
          rounds = 1;
          warmups = 0;
          jmhSeconds = 0;
        }
        case "-processes" -> processes = Integer.parseInt(value(option, rest));
        case "-rounds" -> rounds = Integer.parseInt(value(option, rest));
        case "-no-peer" -> peer = false;
        case "-rows" -> {
          rows = new LinkedHashSet<>(Arrays.asList(value(option, rest).split(",")));
          if (!ROWS.containsAll(rows)) {
            throw new IllegalArgumentException("Rows are " + ROWS + ", not " + rows);
          }
        }
        case "-out" -> out = Path.of(value(option, rest));
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    return new Options(scale, processes, rounds, warmups, jmhSeconds, peer, rows, out);
  }

  /** A row's size at this scale, at least 10. */
  int size(int full) {
    return Math.max(10, (int) Math.round(full * scale));
  }

  boolean measures(String row) {
    return rows.contains(row);
  }

  private static String value(String option, List<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.remove(0);
  }
}
