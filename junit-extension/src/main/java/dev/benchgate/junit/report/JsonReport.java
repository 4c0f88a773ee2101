package dev.benchgate.junit.report;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;

/** Renders {@code report.json}, the machine-readable verdict, and reads it back. */
final class JsonReport {
  private static final JsonAdapter<BenchgateReport> ADAPTER =
      RunloopJson.moshi().adapter(BenchgateReport.class).serializeNulls().indent("  ");

  private JsonReport() {}

  static String render(BenchgateReport report) {
    return ADAPTER.toJson(report) + "\n";
  }

  /**
   * Parses a report, refusing what is not one and a schema version newer than this Benchgate's.
   *
   * @param json the text
   * @param origin where it came from, for messages
   */
  static BenchgateReport parse(String json, String origin) {
    BenchgateReport report;
    try {
      report = ADAPTER.fromJson(json);
    } catch (IOException | JsonDataException e) {
      // Reading a string does no I/O: every failure here is malformed or truncated JSON.
      throw new IllegalArgumentException(
          origin + " is not a valid Benchgate report: " + e.getMessage(), e);
    }
    if (report == null || !BenchgateReport.SCHEMA.equals(report.schema())) {
      throw new IllegalArgumentException(
          origin
              + " is not a Benchgate report: expected \"schema\": \""
              + BenchgateReport.SCHEMA
              + "\"");
    }
    if (report.version() > BenchgateReport.VERSION) {
      throw new IllegalArgumentException(
          origin
              + " has report schema version "
              + report.version()
              + ", newer than the version "
              + BenchgateReport.VERSION
              + " this Benchgate reads: upgrade Benchgate");
    }
    return report;
  }
}
