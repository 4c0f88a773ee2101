package dev.benchgate.assertj;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.Optional;

/**
 * Assertions on a {@link BenchmarkRunView} alone. Its scenario runs are unknown here, so score
 * failures cannot list them; assert on a {@code BenchmarkOutcome} for that.
 *
 * <pre>{@code
 * assertThat(run).isCompleted().hasScoreAtLeast(0.8);
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 * @param <ACTUAL> the type of the value under test; AssertJ's soft assertions read it from this
 *     type argument when they follow a navigation
 */
public abstract class AbstractBenchmarkRunAssert<
        SELF extends AbstractBenchmarkRunAssert<SELF, ACTUAL>, ACTUAL extends BenchmarkRunView>
    extends AbstractBenchmarkRunLevelAssert<SELF, ACTUAL> {

  /**
   * Creates the assertion.
   *
   * @param actual the run under test, may be {@code null}
   * @param selfType the concrete assertion type
   */
  protected AbstractBenchmarkRunAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  @Override
  protected BenchmarkRunView run() {
    return actual;
  }

  @Override
  protected Optional<BenchmarkOutcome> outcome() {
    return Optional.empty();
  }
}
