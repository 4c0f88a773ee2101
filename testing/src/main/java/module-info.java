/**
 * Testing gates without Runloop: {@link dev.benchgate.testing.FakeRunloop}, a Runloop benchmark API
 * on loopback with a request log and fault injection, usable as a JUnit Jupiter extension or on its
 * own, and {@link dev.benchgate.testing.Models}, builders of the model records it serves.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeRunloop runloop = FakeRunloop.create().addSnapshot(Path.of("nightly.json"));
 * }</pre>
 */
module dev.benchgate.testing {
  requires transitive dev.benchgate.core;
  requires jdk.httpserver;
  requires com.squareup.moshi;
  // Only for registering the fake as an extension; the fake works without JUnit.
  requires static org.junit.jupiter.api;

  exports dev.benchgate.testing;
}
