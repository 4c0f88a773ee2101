package dev.benchgate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
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
  void never_uses_more_threads_than_the_bound() {
    List<String> threads =
        BoundedConcurrency.map(
            IntStream.range(0, 40).boxed().toList(), 3, i -> Thread.currentThread().getName());

    assertThat(threads.stream().distinct()).hasSize(3);
  }

  @Test
  void runs_on_its_own_daemon_threads() {
    List<Boolean> daemon =
        BoundedConcurrency.map(List.of(1, 2), 2, i -> Thread.currentThread().isDaemon());

    assertThat(daemon).containsOnly(true);
  }

  @Test
  void rethrows_the_first_failure_as_thrown() {
    IllegalStateException failure = new IllegalStateException("scenario 3 failed");

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                BoundedConcurrency.map(
                    List.of(1, 2, 3, 4),
                    2,
                    i -> {
                      if (i >= 3) {
                        throw i == 3 ? failure : new IllegalStateException("later");
                      }
                      return i;
                    }))
        .isSameAs(failure);
  }

  @Test
  void takes_no_threads_for_no_inputs_and_rejects_a_bound_below_one() {
    assertThat(BoundedConcurrency.map(List.<Integer>of(), 8, i -> i)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BoundedConcurrency.map(List.of(1), 0, i -> i));
  }
}
