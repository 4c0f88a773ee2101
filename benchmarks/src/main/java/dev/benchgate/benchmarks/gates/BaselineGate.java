package dev.benchgate.benchmarks.gates;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.Test;

/**
 * One gate that receives a run and its baseline, both from configuration: the end-of-run report
 * then compares them. Its own check is trivial, so that a session's time is the extension's and the
 * report's.
 */
public class BaselineGate {
  @Test
  void noRegression(@BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
    if (current.scenarioRuns().size() != baseline.scenarioRuns().size()) {
      throw new AssertionError("The run and its baseline differ in size");
    }
  }
}
