package dev.benchgate.junit;

import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.internal.config.StoreNamespace;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives fixture classes an environment of their own: variable {@code NAME} is the kit run's
 * configuration parameter {@code fake-env.NAME}, and nothing of the real environment shows through,
 * so a developer's or CI's {@code RUNLOOP_API_KEY} cannot change a result.
 */
final class FakeEnvironment implements BeforeAllCallback {
  static final String PREFIX = "fake-env.";

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    Environment environment = name -> root.getConfigurationParameter(PREFIX + name).orElse(null);
    root.getStore(StoreNamespace.BENCHGATE).put(Environment.class, environment);
  }
}
