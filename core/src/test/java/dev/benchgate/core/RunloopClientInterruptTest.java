package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.RunloopInterruptedException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupted caller gets a {@link RunloopInterruptedException} at once, its interrupt flag set
 * again, and no further attempt, however the interrupt reaches the client.
 */
class RunloopClientInterruptTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private OkHttpClient shared;

  @AfterEach
  void clearTheInterruptAndShutDownTheSharedClient() {
    Thread.interrupted();
    if (shared != null) {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  private RunloopClientBuilder builder() {
    return TestClients.builder(server, time).apiGeneration(ApiGeneration.CURRENT);
  }

  /** A client sharing an OkHttp client with this interceptor, in the given role. */
  private RunloopClient sharing(Interceptor interceptor, boolean network) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    shared =
        (network ? builder.addNetworkInterceptor(interceptor) : builder.addInterceptor(interceptor))
            .build();
    return builder().okHttpClient(shared).build();
  }

  @Test
  void a_thread_interrupted_before_the_call_sends_nothing() {
    try (RunloopClient client = builder().build()) {
      Thread.currentThread().interrupt();

      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessage("GET /v1/benchmark_runs/bmr_1 was interrupted");

      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void an_interrupt_during_a_stalled_response_cancels_it_at_once_without_retrying() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    Thread caller = Thread.currentThread();
    CompletableFuture<Void> interrupter =
        CompletableFuture.runAsync(
            () -> {
              try {
                server.takeRequest();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              caller.interrupt();
            });

    try (RunloopClient client = builder().build()) {
      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withMessage("GET /v1/benchmark_runs/bmr_1 was interrupted");

      assertThat(Thread.interrupted()).isTrue();
    }
    interrupter.join();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void an_interrupt_while_waiting_to_retry_stops_retrying() {
    server.enqueue(status(503, "{}"));

    try (RunloopClient client =
        builder()
            .sleeper(
                duration -> {
                  throw new InterruptedException("test");
                })
            .build()) {
      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));

      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void an_undeclared_interrupted_exception_sets_the_flag_again() {
    try (RunloopClient client =
        sharing(chain -> sneakyThrow(new InterruptedException("from Kotlin")), false)) {
      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"))
          .withCauseInstanceOf(InterruptedException.class);

      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void an_interruption_whose_flag_was_cleared_is_neither_retried_nor_forgotten() {
    AtomicInteger attempts = new AtomicInteger();

    try (RunloopClient client =
        sharing(
            chain -> {
              attempts.incrementAndGet();
              throw new InterruptedIOException("interrupted");
            },
            true)) {
      assertThatExceptionOfType(RunloopInterruptedException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));

      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(attempts).hasValue(1);
    assertThat(time.sleeps()).isEmpty();
  }

  /** Throws a checked exception without declaring it, as Kotlin code does. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> okhttp3.Response sneakyThrow(Throwable checked) throws E {
    throw (E) checked;
  }
}
