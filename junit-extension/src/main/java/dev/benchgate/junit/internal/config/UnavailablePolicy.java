package dev.benchgate.junit.internal.config;

import dev.benchgate.junit.ConfigurationKeys;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What becomes of a test whose run Benchgate could not judge ({@value
 * ConfigurationKeys#UNAVAILABLE}): it fails, by default, so that a green build always means the
 * agent was judged; or, on request for local work, it is aborted.
 *
 * <pre>{@code
 * if (configuration.unavailable() == UnavailablePolicy.ABORT) { ... }
 * }</pre>
 */
public enum UnavailablePolicy {
  /** The test fails. */
  FAIL,
  /** The test is aborted, reported as skipped. */
  ABORT;

  /**
   * Reads the configured policy.
   *
   * @param value the configured text and where it came from
   * @return the policy
   * @throws ExtensionConfigurationException when it is neither {@code fail} nor {@code abort}
   */
  static UnavailablePolicy parse(ConfiguredValue value) {
    return switch (value.value().strip().toLowerCase(Locale.ROOT)) {
      case "fail" -> FAIL;
      case "abort" -> ABORT;
      default ->
          throw new ExtensionConfigurationException(
              "Benchgate read '"
                  + value.value()
                  + "' from "
                  + value.origin()
                  + ", which is neither fail nor abort: set it to fail (the default) to fail the"
                  + " tests whose run could not be judged, or to abort to abort them.");
    };
  }
}
