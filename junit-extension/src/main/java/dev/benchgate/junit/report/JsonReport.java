package dev.benchgate.junit.report;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.internal.RunloopJson;

/** Renders {@code report.json}: the machine-readable verdict. */
final class JsonReport {
  private static final JsonAdapter<BenchgateReport> ADAPTER =
      RunloopJson.moshi().adapter(BenchgateReport.class).serializeNulls().indent("  ");

  private JsonReport() {}

  static String render(BenchgateReport report) {
    return ADAPTER.toJson(report) + "\n";
  }
}
