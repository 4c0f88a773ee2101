package dev.benchgate.benchmarks.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Wall-clock timing of repeated runs: the median, and tasks run in turn so that a drift of the
 * machine (another build, a hotter JIT) falls on all of them alike.
 *
 * <pre>{@code
 * Map<String, Double> medians =
 *     Timing.interleaved(5, 7, Map.of("benchgate", () -> list(), "raw", () -> readRaw()));
 * }</pre>
 */
public final class Timing {
  private Timing() {}

  /**
   * Runs every task {@code warmups} times, then {@code rounds} times more, in turn, and returns the
   * median time of each task's rounds.
   *
   * @param warmups unmeasured runs of each task first
   * @param rounds measured runs of each task
   * @param tasks the tasks by name, run in this map's order within a round
   * @return the median milliseconds of each task, by name, in the same order
   */
  public static Map<String, Double> interleaved(
      int warmups, int rounds, Map<String, Runnable> tasks) {
    return interleaved(warmups, rounds, tasks, () -> {});
  }

  /**
   * Runs every task as {@link #interleaved(int, int, Map)} does, with an untimed step before each
   * measured run: a full collection, say, so that the garbage one session leaves (a 60 MB snapshot
   * read, a report written) is not collected in the time of the next.
   *
   * @param warmups unmeasured runs of each task first
   * @param rounds measured runs of each task
   * @param tasks the tasks by name, run in this map's order within a round
   * @param beforeEach runs before each measured run, outside its time
   * @return the median milliseconds of each task, by name, in the same order
   */
  public static Map<String, Double> interleaved(
      int warmups, int rounds, Map<String, Runnable> tasks, Runnable beforeEach) {
    for (int i = 0; i < warmups; i++) {
      tasks.values().forEach(Runnable::run);
    }
    Map<String, List<Double>> times = new LinkedHashMap<>();
    tasks.keySet().forEach(name -> times.put(name, new ArrayList<>()));
    for (int i = 0; i < rounds; i++) {
      for (Map.Entry<String, Runnable> task : tasks.entrySet()) {
        beforeEach.run();
        long start = System.nanoTime();
        task.getValue().run();
        times.get(task.getKey()).add(millisSince(start));
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    times.forEach((name, measured) -> medians.put(name, median(measured)));
    return medians;
  }

  /**
   * What two tasks cost, measured in pairs: the median of each and the median of the difference
   * within a pair, which, unlike the difference of the medians, cancels what drifts from pair to
   * pair (a collection, another process on the machine).
   *
   * @param first the first task's median milliseconds
   * @param second the second task's median milliseconds
   * @param difference the median of first minus second within each pair
   */
  public record Paired(double first, double second, double difference) {}

  /**
   * Runs two tasks in pairs, the first task first in even rounds and second in odd ones, so that
   * neither always runs on the other's leftovers, with an untimed step before each measured run.
   *
   * @param warmups unmeasured pairs first
   * @param rounds measured pairs
   * @param first the first task
   * @param second the second task
   * @param beforeEach runs before each measured run, outside its time
   * @return the medians and the median difference
   */
  public static Paired paired(
      int warmups, int rounds, Runnable first, Runnable second, Runnable beforeEach) {
    return paired(warmups, rounds, first, second, beforeEach, System::nanoTime);
  }

  /** {@link #paired(int, int, Runnable, Runnable, Runnable)} on a clock of nanoseconds. */
  static Paired paired(
      int warmups,
      int rounds,
      Runnable first,
      Runnable second,
      Runnable beforeEach,
      LongSupplier nanoTime) {
    for (int i = 0; i < warmups; i++) {
      first.run();
      second.run();
    }
    List<Double> firsts = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    List<Double> differences = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      double a;
      double b;
      if (i % 2 == 0) {
        a = timed(first, beforeEach, nanoTime);
        b = timed(second, beforeEach, nanoTime);
      } else {
        b = timed(second, beforeEach, nanoTime);
        a = timed(first, beforeEach, nanoTime);
      }
      firsts.add(a);
      seconds.add(b);
      differences.add(a - b);
    }
    return new Paired(median(firsts), median(seconds), median(differences));
  }

  private static double timed(Runnable task, Runnable before, LongSupplier nanoTime) {
    before.run();
    long start = nanoTime.getAsLong();
    task.run();
    return (nanoTime.getAsLong() - start) / 1e6;
  }

  /**
   * Returns the milliseconds since a {@link System#nanoTime()}.
   *
   * @param startNanos the start
   * @return milliseconds, with fractions
   */
  public static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  /**
   * Returns the median: the middle value, or the mean of the two middle ones.
   *
   * @param values at least one value
   * @return the median
   */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("No values to take the median of");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
