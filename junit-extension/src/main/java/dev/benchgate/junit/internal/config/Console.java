package dev.benchgate.junit.internal.config;

import dev.benchgate.core.text.UntrustedText;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where Benchgate tells people what it is doing while tests run (a run awaited, a {@code latest:}
 * pick, a recorded run, a rewritten baseline), one line each, prefixed {@code [benchgate]}: on the
 * build's standard output, where Maven, Gradle and IDEs show test output as it comes. The same
 * lines are JUnit report entries, which build tools keep with each test's results.
 *
 * <p>Why not a logger: java.util.logging's default format takes two lines per message, and changing
 * its format or handlers would change the logging of the whole test JVM, which belongs to the user;
 * {@code System.Logger} may not be java.util.logging at all. Printing the line ourselves keeps it
 * one line, whatever the logging set-up. Text is printed with {@link
 * UntrustedText#printable(String)}, so that what a server sent cannot act on the terminal.
 *
 * <pre>{@code
 * Console.of(context).info("bmr_123: 37/50 scenario runs finished");
 * // [benchgate] bmr_123: 37/50 scenario runs finished
 * }</pre>
 */
@FunctionalInterface
public interface Console {
  /** The prefix of every line Benchgate prints. */
  String PREFIX = "[benchgate] ";

  /** Prints on {@code System.out}, looked up at each line: build tools swap it while tests run. */
  Console STANDARD_OUT = line -> System.out.println(line);

  /**
   * Prints one line as it is.
   *
   * @param line the whole line, without a line break
   */
  void print(String line);

  /**
   * Tells what Benchgate is doing.
   *
   * @param message one line
   */
  default void info(String message) {
    print(PREFIX + UntrustedText.printable(message));
  }

  /**
   * Tells that something went wrong without failing a test, such as a report file that could not be
   * written.
   *
   * @param message one line
   */
  default void warning(String message) {
    print(PREFIX + "WARNING: " + UntrustedText.printable(message));
  }

  /**
   * Finds the console in force for a test plan.
   *
   * @param context any context of the plan
   * @return the console in the root store (tests of gates put one there), else {@link
   *     #STANDARD_OUT}
   */
  static Console of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(StoreNamespace.BENCHGATE)
        .getOrDefault(Console.class, Console.class, STANDARD_OUT);
  }
}
