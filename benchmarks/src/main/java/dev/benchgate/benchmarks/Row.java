package dev.benchgate.benchmarks;

/**
 * One row of the results table.
 *
 * @param what what is measured, and at which size
 * @param benchgate Benchgate's figure
 * @param reference the floor's or the peer's figure, measured in the same run
 * @param ratio Benchgate's figure over the reference
 * @param goal issue 15's goal for it
 */
record Row(String what, String benchgate, String reference, String ratio, String goal) {
  /** A row that could not be measured, saying why. */
  static Row notMeasured(String what, String why, String goal) {
    return new Row(what, "not measured: " + why, "", "", goal);
  }
}
