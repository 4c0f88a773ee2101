/**
 * Benchgate's core: a client of the Runloop benchmark API ({@link
 * dev.benchgate.core.RunloopClient}), its model records, outcomes, baseline comparison and snapshot
 * files. No JUnit, no AssertJ.
 *
 * <pre>{@code
 * try (RunloopClient client = RunloopClient.fromEnvironment()) {
 *   BenchmarkOutcome outcome = client.outcome("bmr_123");
 * }
 * }</pre>
 */
module dev.benchgate.core {
  // RunloopClientBuilder.okHttpClient(OkHttpClient) takes OkHttp's type.
  requires transitive okhttp3;
  requires retrofit2;
  requires retrofit2.converter.moshi;
  requires com.squareup.moshi;

  exports dev.benchgate.core;
  exports dev.benchgate.core.compare;
  exports dev.benchgate.core.error;
  exports dev.benchgate.core.model;
  exports dev.benchgate.core.outcome;
  exports dev.benchgate.core.repeated;
  exports dev.benchgate.core.snapshot;
  exports dev.benchgate.core.text;

  // Not API. The extension's report and the fake server write the API's JSON with core's one Moshi.
  exports dev.benchgate.core.internal to
      dev.benchgate.junit,
      dev.benchgate.testing;

  // The models and pages have hand-written adapters; Moshi maps the error body reflectively, and
  // the model records stay open to it for applications that map them with a Moshi of their own.
  opens dev.benchgate.core.model to
      com.squareup.moshi;
  opens dev.benchgate.core.internal to
      com.squareup.moshi;
}
