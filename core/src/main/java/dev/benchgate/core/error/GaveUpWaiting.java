package dev.benchgate.core.error;

import java.time.Duration;
import java.util.Locale;

/**
 * The first sentence of every "gave up waiting" message, for runs and jobs alike: what was awaited,
 * for how long, and the state it was last seen in, or that its state is one this client does not
 * know and so cannot call finished.
 */
final class GaveUpWaiting {
  private GaveUpWaiting() {}

  /**
   * Says why a wait ended without the thing awaited finishing.
   *
   * @param what e.g. {@code "benchmark run bmr_123 (nightly)"}
   * @param waited how long the caller waited
   * @param stateValue the state as the API spelled it in the last poll
   * @param unknownState whether that state is one this client does not know
   * @return e.g. {@code Gave up waiting for benchmark run bmr_1 after 30.0 s: it is still running}
   */
  static String message(String what, Duration waited, String stateValue, boolean unknownState) {
    return String.format(
        Locale.ROOT,
        "Gave up waiting for %s after %.1f s: %s",
        what,
        waited.toMillis() / 1000.0,
        unknownState
            ? "its state \""
                + stateValue
                + "\" is unknown to this client, which cannot tell whether that means finished"
            : "it is still " + stateValue);
  }
}
