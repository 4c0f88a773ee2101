package dev.benchgate.benchmarks.server;

import java.util.List;

/**
 * A benchmark run as the fake serves it.
 *
 * @param id its id
 * @param json its JSON
 * @param scenarioRuns its scenario runs, in the order they are listed
 */
public record ServedRun(String id, byte[] json, List<Item> scenarioRuns) {
  /**
   * Returns the number of scenario runs.
   *
   * @return how many it has
   */
  public int size() {
    return scenarioRuns.size();
  }
}
