package dev.benchgate.junit.internal.config;

import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Where the extension keeps its values in JUnit's stores: one namespace for all its packages, so
 * that what one puts (the environment, the settings made in code, the shared fetches) the others
 * find.
 *
 * <pre>{@code
 * context.getRoot().getStore(StoreNamespace.BENCHGATE).put(Environment.class, environment);
 * }</pre>
 */
public final class StoreNamespace {
  /** The namespace of everything the extension keeps in JUnit's stores. */
  public static final Namespace BENCHGATE = Namespace.create("dev.benchgate.junit");

  private StoreNamespace() {}
}
