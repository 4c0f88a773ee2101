package dev.benchgate.junit.report;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.internal.RunloopJson;
import java.io.IOException;
import java.io.OutputStream;
import okio.BufferedSink;
import okio.Okio;

/**
 * Renders {@code report.json}, the machine-readable verdict, and reads it back. A number JSON
 * cannot hold (a mean that overflowed to infinity, a NaN) is written as {@code null}, so that such
 * a figure never stops the report from being written.
 */
final class JsonReport {
  private static final JsonAdapter<BenchgateReport> ADAPTER =
      RunloopJson.moshi()
          .newBuilder()
          .add(Double.class, new FiniteOrNull().nullSafe())
          .add(double.class, new FiniteOrNull())
          .build()
          .adapter(BenchgateReport.class)
          .serializeNulls()
          .indent("  ");

  private JsonReport() {}

  static String render(BenchgateReport report) {
    return ADAPTER.toJson(report) + "\n";
  }

  /**
   * Writes what {@link #render} returns into a stream as it is rendered; flushes, does not close.
   */
  static void write(BenchgateReport report, OutputStream out) throws IOException {
    BufferedSink sink = Okio.buffer(Okio.sink(out));
    ADAPTER.toJson(sink, report);
    sink.writeUtf8("\n");
    sink.flush();
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

  /** Writes a number JSON cannot hold as {@code null}; reads {@code null} back as NaN. */
  private static final class FiniteOrNull extends JsonAdapter<Double> {
    @Override
    public Double fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return Double.NaN;
      }
      return reader.nextDouble();
    }

    @Override
    public void toJson(JsonWriter writer, Double value) throws IOException {
      if (value == null || !Double.isFinite(value)) {
        writer.nullValue();
      } else {
        writer.value(value.doubleValue());
      }
    }
  }
}
