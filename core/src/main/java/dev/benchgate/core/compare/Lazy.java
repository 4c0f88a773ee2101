package dev.benchgate.core.compare;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, however many threads ask for it at the same time: the
 * statistics of an {@link OutcomeComparison} are costly, optional and shared by every gate and the
 * report.
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<T> computation;
  private volatile T value;

  Lazy(Supplier<T> computation) {
    this.computation = Objects.requireNonNull(computation, "computation");
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(computation.get(), "computed value");
          value = result;
          computation = null;
        }
      }
    }
    return result;
  }
}
