package dev.benchgate.junit;

import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.internal.config.StoreNamespace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives fixture classes an environment and a console of their own: variable {@code NAME} is the kit
 * run's configuration parameter {@code fake-env.NAME}, and nothing of the real environment shows
 * through, so a developer's or CI's {@code RUNLOOP_API_KEY} cannot change a result; the lines the
 * extension prints go to the {@link GateKit} that ran the fixture instead of standard output.
 */
final class FakeEnvironment implements BeforeAllCallback {
  static final String PREFIX = "fake-env.";

  /** The configuration parameter naming the kit whose console a run prints to. */
  static final String CONSOLE = "fake-console";

  private static final Map<String, List<String>> CONSOLES = new ConcurrentHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    Environment environment = name -> root.getConfigurationParameter(PREFIX + name).orElse(null);
    root.getStore(StoreNamespace.BENCHGATE).put(Environment.class, environment);
    root.getConfigurationParameter(CONSOLE)
        .ifPresent(
            id -> {
              Console console = lines(id)::add;
              root.getStore(StoreNamespace.BENCHGATE).put(Console.class, console);
            });
  }

  /** The lines printed to the console of a kit, in the order they came. */
  static List<String> lines(String consoleId) {
    return CONSOLES.computeIfAbsent(consoleId, id -> new CopyOnWriteArrayList<>());
  }
}
