package dev.benchgate.junit.internal.source;

import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.opentest4j.TestAbortedException;

/**
 * Says what a failed fetch means to one test. The original exception stays the cause, so every test
 * that needed the resource shows the same root cause; the message adds who needed it and what to
 * change.
 *
 * <pre>{@code
 * throw FetchFailures.explain(failure, "benchmark run bmr_123", source, requester);
 * }</pre>
 */
public final class FetchFailures {
  private FetchFailures() {}

  /**
   * Explains a failed fetch.
   *
   * @param failure the original exception
   * @param resource what was fetched, e.g. {@code "benchmark run bmr_123"}
   * @param source the text that named it and where that came from
   * @param requester what needed it
   * @return a {@link TestAbortedException} when the run was still running at the deadline (the gate
   *     can say nothing yet), else a {@link ParameterResolutionException}
   */
  static RuntimeException explain(
      RuntimeException failure, String resource, ConfiguredValue source, Requester requester) {
    if (failure instanceof RunSourceException) {
      return new ParameterResolutionException(
          "Could not load "
              + resource
              + " for "
              + requester
              + ": "
              + failure.getMessage()
              + " (the source came from "
              + source.origin()
              + ")",
          failure);
    }
    if (failure instanceof BenchmarkRunTimeoutException) {
      return new TestAbortedException(
          failure.getMessage()
              + ", so "
              + requester
              + " cannot be given it yet: raise "
              + ConfigurationKeys.AWAIT_TIMEOUT
              + " to wait longer, or run the tests once the run has finished.",
          failure);
    }
    return new ParameterResolutionException(
        "Could not fetch "
            + resource
            + " for "
            + requester
            + ": "
            + failure.getMessage()
            + " (the id came from "
            + source.origin()
            + ")",
        failure);
  }
}
