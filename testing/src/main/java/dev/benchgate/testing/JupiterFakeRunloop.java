package dev.benchgate.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link FakeRunloop} that closes itself as a JUnit Jupiter extension: after its class when it
 * was registered on a static field (or with a per-class lifecycle), else after each test. Only
 * {@link FakeRunloop#create()} makes one, and only when Jupiter is on the class path, so that the
 * fake itself needs no JUnit.
 */
final class JupiterFakeRunloop extends FakeRunloop
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private volatile boolean perClass;

  private JupiterFakeRunloop() {}

  static FakeRunloop started() {
    return new JupiterFakeRunloop();
  }

  /** Called only for a static field (or a per-class lifecycle): the fake serves the class. */
  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
