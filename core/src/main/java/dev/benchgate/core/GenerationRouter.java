package dev.benchgate.core;

import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.RunloopApiException;
import dev.benchgate.core.internal.CallExecutor;
import dev.benchgate.core.model.BenchmarkRunView;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import retrofit2.Call;

/**
 * Sends a benchmark-run request to the path of the client's {@link ApiGeneration}, and in {@link
 * ApiGeneration#AUTO} finds out which generation the server speaks and pins the client to it.
 */
final class GenerationRouter {
  private static final String CURRENT_RUNS = "benchmark_runs";
  private static final String LEGACY_RUNS = "benchmarks/runs";

  private final CallExecutor calls;
  private final AtomicReference<ApiGeneration> generation;

  GenerationRouter(CallExecutor calls, ApiGeneration generation) {
    this.calls = calls;
    this.generation = new AtomicReference<>(generation);
  }

  /** The configured generation, or the one {@link ApiGeneration#AUTO} has pinned since. */
  ApiGeneration generation() {
    return generation.get();
  }

  /**
   * Executes a benchmark-run call.
   *
   * @param call makes the call given the path of benchmark runs, e.g. {@code "benchmark_runs"}
   */
  <T> T execute(Function<String, Call<T>> call) {
    return route(call, calls::execute);
  }

  /**
   * Executes a fetch of one benchmark run by id, checked to answer with that run ({@link
   * CallExecutor#fetch}).
   *
   * @param call makes the call given the path of benchmark runs
   * @param runId the id asked for
   */
  BenchmarkRunView fetchRun(Function<String, Call<BenchmarkRunView>> call, String runId) {
    // Checked once routed: a readable answer of another run still tells the generation, and a
    // wrong id must be reported as itself, never as the 404 of the path that was tried first.
    AtomicReference<Call<BenchmarkRunView>> sent = new AtomicReference<>();
    BenchmarkRunView run =
        route(
            call,
            one -> {
              sent.set(one);
              return calls.execute(one);
            });
    return calls.requireAskedFor(sent.get(), run, "benchmark run", runId, BenchmarkRunView::id);
  }

  private <T> T route(Function<String, Call<T>> call, Function<Call<T>, T> send) {
    return switch (generation.get()) {
      case CURRENT -> send.apply(call.apply(CURRENT_RUNS));
      case LEGACY -> send.apply(call.apply(LEGACY_RUNS));
      case AUTO -> discover(call, send);
    };
  }

  private <T> T discover(Function<String, Call<T>> call, Function<Call<T>, T> send) {
    T answer;
    try {
      answer = send.apply(call.apply(CURRENT_RUNS));
    } catch (NotFoundException currentMissing) {
      return fallBack(call, send, currentMissing);
    }
    generation.compareAndSet(ApiGeneration.AUTO, ApiGeneration.CURRENT);
    return answer;
  }

  /**
   * Only an answer the client can read pins the legacy generation. Any other answer of the legacy
   * path says nothing about the server but that it is not simply legacy, so the current path's
   * {@code 404} is what the caller learns, with the legacy answer attached; I/O failures are thrown
   * as they are, as they say nothing about the server's generation.
   */
  private <T> T fallBack(
      Function<String, Call<T>> call, Function<Call<T>, T> send, NotFoundException currentMissing) {
    T answer;
    try {
      answer = send.apply(call.apply(LEGACY_RUNS));
    } catch (RunloopApiException | MalformedResponseException legacyFailed) {
      currentMissing.addSuppressed(legacyFailed);
      throw currentMissing;
    }
    generation.compareAndSet(ApiGeneration.AUTO, ApiGeneration.LEGACY);
    return answer;
  }
}
