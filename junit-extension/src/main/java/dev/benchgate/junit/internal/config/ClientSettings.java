package dev.benchgate.junit.internal.config;

import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.junit.ConfigurationKeys;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bounds of every request a client built from configuration sends: {@value
 * ConfigurationKeys#REQUEST_TIMEOUT}, {@value ConfigurationKeys#CONNECT_TIMEOUT} and {@value
 * ConfigurationKeys#MAX_RETRIES}. What is not configured keeps the client's default.
 *
 * <pre>{@code
 * RunloopClientBuilder builder = configuration.clientSettings().applyTo(RunloopClient.builder());
 * }</pre>
 *
 * @param requestTimeout how long one attempt may take in all, if configured
 * @param connectTimeout how long to wait for a connection, if configured
 * @param maxRetries how many times a request is retried, if configured
 */
public record ClientSettings(
    Optional<Duration> requestTimeout, Optional<Duration> connectTimeout, OptionalInt maxRetries) {

  /**
   * Sets the configured bounds on a builder.
   *
   * @param builder the builder
   * @return the builder
   */
  public RunloopClientBuilder applyTo(RunloopClientBuilder builder) {
    requestTimeout.ifPresent(builder::requestTimeout);
    connectTimeout.ifPresent(builder::connectTimeout);
    maxRetries.ifPresent(builder::maxRetries);
    return builder;
  }

  /**
   * Says how to let a slow or flaky server more time, for messages.
   *
   * @return e.g. {@code each request may take benchgate.request-timeout (now 1s) and is retried
   *     benchgate.max-retries times (now 1)}
   */
  public String describe() {
    return "each attempt of a request may take "
        + ConfigurationKeys.REQUEST_TIMEOUT
        + " ("
        + requestTimeout.map(Durations::format).map(d -> "now " + d).orElse("60s by default")
        + ") and a failed request is retried "
        + ConfigurationKeys.MAX_RETRIES
        + " times ("
        + (maxRetries.isPresent()
            ? "now " + maxRetries.getAsInt()
            : RunloopClientBuilder.DEFAULT_MAX_RETRIES + " by default")
        + ")";
  }
}
