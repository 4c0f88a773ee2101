package dev.benchgate.core;

/**
 * A monotonic time source in nanoseconds, like {@link System#nanoTime()}: measures durations, never
 * tells the time of day. Tests pass one that only their {@link Sleeper} moves.
 */
@FunctionalInterface
interface Ticker {
  /** Returns the current value, in nanoseconds since an arbitrary origin. */
  long nanoTime();

  /** Returns the ticker of {@link System#nanoTime()}, the default. */
  static Ticker system() {
    return System::nanoTime;
  }
}
