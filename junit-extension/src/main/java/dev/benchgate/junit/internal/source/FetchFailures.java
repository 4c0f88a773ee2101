package dev.benchgate.junit.internal.source;

import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.error.NotEnoughRunsException;
import dev.benchgate.core.error.RateLimitException;
import dev.benchgate.core.error.RunloopConnectionException;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.BenchgateConfiguration;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Says what a failed fetch means to one test. The original exception stays the cause, so every test
 * that needed the resource shows the same root cause; the message adds who needed it and what to
 * change. A failure that leaves the run unjudged (the server could not be reached or was
 * overloaded, the run did not finish, nothing matched a {@code latest:} query) goes through {@link
 * CouldNotJudge}; one that names a misconfiguration (a wrong id or key, a broken snapshot) always
 * fails.
 *
 * <pre>{@code
 * throw FetchFailures.explain(failure, "benchmark run bmr_123", source, requester, configuration);
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
   * @param configuration the configuration, for the policy and the settings to suggest
   * @return the exception to throw: a {@link ParameterResolutionException}, or the abort that
   *     {@link CouldNotJudge} makes
   */
  static RuntimeException explain(
      RuntimeException failure,
      String resource,
      ConfiguredValue source,
      Requester requester,
      BenchgateConfiguration configuration) {
    if (failure instanceof RunNotFinishedException notFinished) {
      return CouldNotJudge.failure(
          failure.getMessage() + ", so " + requester + " could not be given it.",
          "Raise "
              + ConfigurationKeys.AWAIT_TIMEOUT
              + " to wait longer, or run the tests once the "
              + notFinished.subject()
              + " has finished.",
          configuration.unavailable(),
          failure);
    }
    if (failure instanceof NotEnoughRunsException) {
      return CouldNotJudge.failure(
          couldNotLoad(resource, requester, failure, source) + ".",
          "",
          configuration.unavailable(),
          failure);
    }
    if (failure instanceof RunSourceException) {
      return new ParameterResolutionException(
          couldNotLoad(resource, requester, failure, source), failure);
    }
    String message =
        "Could not fetch "
            + resource
            + " for "
            + requester
            + ": "
            + failure.getMessage()
            + " (the id came from "
            + source.origin()
            + ")";
    if (unreachable(failure)) {
      return CouldNotJudge.failure(
          message + ".",
          configuration.code().client() == null
              ? "If the server is slow or overloaded: "
                  + configuration.clientSettings().describe()
                  + "."
              : "The client given to BenchgateExtension.builder().client(…) sets its own timeouts"
                  + " and retries.",
          configuration.unavailable(),
          failure);
    }
    return new ParameterResolutionException(message, failure);
  }

  /**
   * Tells whether a failure says nothing about the gate's configuration, only that the server could
   * not answer in time: an I/O failure or timeout, {@code 429} or a {@code 5xx}, each after the
   * client's retries.
   */
  private static String couldNotLoad(
      String resource, Requester requester, RuntimeException failure, ConfiguredValue source) {
    return "Could not load "
        + resource
        + " for "
        + requester
        + ": "
        + failure.getMessage()
        + " (the source came from "
        + source.origin()
        + ")";
  }

  private static boolean unreachable(RuntimeException failure) {
    return failure instanceof RunloopConnectionException
        || failure instanceof RateLimitException
        || failure instanceof InternalServerException;
  }
}
