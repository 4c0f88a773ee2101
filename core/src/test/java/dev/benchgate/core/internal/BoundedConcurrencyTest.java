package dev.benchgate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedConcurrencyTest {

  @Test
  void returns_outputs_in_input_order() {
    List<Integer> inputs = IntStream.range(0, 50).boxed().toList();

    List<Integer> outputs = BoundedConcurrency.map(inputs, 8, i -> i * 2);

    assertThat(outputs).isEqualTo(inputs.stream().map(i -> i * 2).toList());
  }

  @Test
  void runs_as_many_at_once_as_the_bound_and_never_more() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch firstThreeMeet = new CountDownLatch(3);

    List<Boolean> met =
        BoundedConcurrency.map(
            IntStream.range(0, 40).boxed().toList(),
            3,
            i -> {
              mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
              try {
                firstThreeMeet.countDown();
                // Only three calls running together get past this: it proves three at once.
                return firstThreeMeet.await(1, TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              } finally {
                running.decrementAndGet();
              }
            });

    assertThat(met).containsOnly(true);
    assertThat(mostAtOnce).hasValue(3);
  }

  @Test
  void runs_on_its_own_daemon_threads() {
    List<Boolean> daemon =
        BoundedConcurrency.map(List.of(1, 2), 2, i -> Thread.currentThread().isDaemon());

    assertThat(daemon).containsOnly(true);
  }

  @Test
  void the_first_failure_ends_the_run_at_once_and_no_thread_outlives_it() {
    IllegalStateException failure = new IllegalStateException("scenario 2 failed");
    CountDownLatch never = new CountDownLatch(1);
    AtomicBoolean blockedOneInterrupted = new AtomicBoolean();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                BoundedConcurrency.map(
                    List.of(1, 2),
                    2,
                    i -> {
                      threads.add(Thread.currentThread());
                      if (i == 2) {
                        throw failure;
                      }
                      try {
                        return never.await(1, TimeUnit.MINUTES);
                      } catch (InterruptedException e) {
                        blockedOneInterrupted.set(true);
                        throw new IllegalStateException("interrupted", e);
                      }
                    }))
        .isSameAs(failure);

    assertThat(blockedOneInterrupted).isTrue();
    assertThat(threads).hasSize(2).noneMatch(Thread::isAlive);
  }

  @Test
  void attaches_the_stack_of_the_thread_that_waited() {
    IllegalStateException failure = new IllegalStateException("failed in a pool thread");

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                BoundedConcurrency.map(
                    List.of(1),
                    1,
                    i -> {
                      throw failure;
                    }))
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .isInstanceOf(BoundedConcurrency.WaitedFor.class)
                    .satisfies(
                        waited ->
                            assertThat(waited.getStackTrace())
                                .anyMatch(
                                    frame ->
                                        frame
                                            .getMethodName()
                                            .equals(
                                                "attaches_the_stack_of_the_thread_that_waited"))));
  }

  @Test
  void gets_two_values_at_once_and_joins_them() {
    CountDownLatch bothRunning = new CountDownLatch(2);

    String joined =
        BoundedConcurrency.both(
            () -> meet(bothRunning, "a"), () -> meet(bothRunning, "b"), (a, b) -> a + b);

    assertThat(joined).isEqualTo("ab");
  }

  private static String meet(CountDownLatch latch, String value) {
    latch.countDown();
    try {
      return latch.await(1, TimeUnit.MINUTES) ? value : "alone";
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void takes_no_threads_for_no_inputs_and_rejects_a_bound_below_one() {
    assertThat(BoundedConcurrency.map(List.<Integer>of(), 8, i -> i)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BoundedConcurrency.map(List.of(1), 0, i -> i));
  }
}
