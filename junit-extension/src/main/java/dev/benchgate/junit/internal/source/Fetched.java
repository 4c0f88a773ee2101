package dev.benchgate.junit.internal.source;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The result of one fetch: a value or the exception that ended it. Kept in the root store so that a
 * failed fetch is reported to every test that needs it instead of being retried once per test;
 * JUnit's store does not promise to remember a failure itself.
 *
 * <pre>{@code
 * Fetched<ScenarioView> fetched = Fetched.of(() -> client.scenario("scn_1"));
 * ScenarioView scenario = fetched.orElseThrow(failure -> new IllegalStateException(failure));
 * }</pre>
 *
 * @param value the value, {@code null} after a failure
 * @param failure the failure, {@code null} after a success
 * @param <T> the value's type
 */
public record Fetched<T>(T value, RuntimeException failure) {

  /**
   * Runs a fetch and keeps what came of it.
   *
   * @param fetch the fetch
   * @param <T> the value's type
   * @return its value or failure
   */
  static <T> Fetched<T> of(Supplier<T> fetch) {
    try {
      return new Fetched<>(Objects.requireNonNull(fetch.get(), "fetched value"), null);
    } catch (RuntimeException failure) {
      return new Fetched<>(null, failure);
    }
  }

  /**
   * Returns the value, or throws what the failure means to the caller.
   *
   * @param translation turns the original failure into the caller's exception
   * @return the value
   */
  T orElseThrow(Function<RuntimeException, RuntimeException> translation) {
    if (failure != null) {
      throw translation.apply(failure);
    }
    return value;
  }
}
