package dev.benchgate.benchmarks.server;

import java.util.List;

/**
 * A benchmark as the fake serves it.
 *
 * @param id its id
 * @param json its JSON, {@code scenarioIds} included
 * @param definitions its scenario definitions, in the order they are listed
 */
public record ServedBenchmark(String id, byte[] json, List<Item> definitions) {
  /**
   * Returns the number of scenarios.
   *
   * @return how many definitions it has
   */
  public int size() {
    return definitions.size();
  }
}
