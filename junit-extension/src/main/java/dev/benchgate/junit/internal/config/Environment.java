package dev.benchgate.junit.internal.config;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where environment variables come from. The process's own, unless the root store holds another
 * lookup: tests of gates put one there to set variables without touching the real environment.
 */
@FunctionalInterface
public interface Environment {
  /**
   * Reads a variable.
   *
   * @param name the variable's name
   * @return its value, or {@code null} when unset
   */
  String variable(String name);

  /**
   * Finds the lookup in force for a test plan.
   *
   * @param context any context of the plan
   * @return the lookup in the root store, else the process's environment
   */
  static Environment of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(StoreNamespace.BENCHGATE)
        .getOrDefault(Environment.class, Environment.class, System::getenv);
  }
}
