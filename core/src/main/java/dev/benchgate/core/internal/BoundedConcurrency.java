package dev.benchgate.core.internal;

import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a blocking function (an HTTP request) to many inputs, a few at a time. The threads live
 * only as long as one call: nothing is left running, whether it succeeds or fails.
 *
 * <p>Not API: this package may change in any release.
 */
public final class BoundedConcurrency {
  private BoundedConcurrency() {}

  /**
   * Applies the function to every input, at most {@code maxParallel} at once.
   *
   * @param inputs the inputs
   * @param maxParallel how many calls may run at once, at least 1
   * @param function the blocking function
   * @param <I> the input type
   * @param <O> the output type
   * @return the outputs, in the order of the inputs
   * @throws RuntimeException the first failure of the function, in input order, as thrown; the
   *     other calls are interrupted
   */
  public static <I, O> List<O> map(
      Collection<I> inputs, int maxParallel, Function<? super I, ? extends O> function) {
    if (maxParallel < 1) {
      throw new IllegalArgumentException("maxParallel must be at least 1 but was " + maxParallel);
    }
    if (inputs.isEmpty()) {
      return List.of();
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(maxParallel, inputs.size()), DaemonThreads.named("benchgate-fetch-"));
    try {
      List<Future<? extends O>> futures = new ArrayList<>();
      for (I input : inputs) {
        futures.add(executor.submit(() -> function.apply(input)));
      }
      List<O> outputs = new ArrayList<>(futures.size());
      for (Future<? extends O> future : futures) {
        outputs.add(result(future));
      }
      return outputs;
    } finally {
      executor.shutdownNow();
    }
  }

  private static <O> O result(Future<O> future) {
    try {
      return future.get();
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new RunloopException("A concurrent request failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunloopInterruptedException("Interrupted while waiting for concurrent requests", e);
    }
  }
}
