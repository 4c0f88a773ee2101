package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the test plan learned about benchmark runs: each run it used, and each gate that used
 * one. Written as {@code report.json} (schema {@value #SCHEMA}, version {@value #VERSION}, see
 * REPORT-SCHEMA.md), and rendered for the console, Markdown and HTML. This record and {@link
 * RunReport}, {@link BaselineReport}, {@link ScenarioReport} and {@link GateReport} are the schema:
 * read a report back with {@link #read(Path)}, e.g. to post the verdict elsewhere.
 *
 * <pre>{@code
 * BenchgateReport report = BenchgateReport.read(Path.of("target/benchgate/report.json"));
 * if (report.verdict().equals("failed")) {
 *   report.failedGates().forEach(gate -> System.out.println(gate.name() + ": " + gate.message()));
 * }
 * }</pre>
 *
 * @param schema always {@value #SCHEMA}
 * @param version the schema version, {@value #VERSION}; a reader refuses a newer one
 * @param generatedAt when the report was made, ISO-8601 UTC
 * @param verdict {@code passed} when no gate failed, else {@code failed}
 * @param runs the runs, in the order tests first used them
 * @param gates the tests that used a run, in the order they finished
 */
public record BenchgateReport(
    String schema,
    int version,
    @Json(name = "generated_at") String generatedAt,
    String verdict,
    List<RunReport> runs,
    List<GateReport> gates) {

  /** The {@code schema} of every report. */
  public static final String SCHEMA = "benchgate-report";

  /** The schema version this Benchgate writes. */
  public static final int VERSION = 1;

  /** Copies the lists; an absent one, in a report read back, is empty. */
  public BenchgateReport {
    runs = runs == null ? List.of() : List.copyOf(runs);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /**
   * Assembles a report, deriving its verdict from the gates.
   *
   * @param generatedAt when, ISO-8601 UTC
   * @param runs the runs
   * @param gates the gates
   * @return the report
   */
  public static BenchgateReport of(
      String generatedAt, List<RunReport> runs, List<GateReport> gates) {
    boolean failed = gates.stream().anyMatch(GateReport::isFailed);
    return new BenchgateReport(
        SCHEMA, VERSION, generatedAt, failed ? "failed" : "passed", runs, gates);
  }

  /**
   * Reads a {@code report.json} back. Fields are only ever added within a schema version, so a
   * report of an older Benchgate reads too; one of a newer schema version is refused.
   *
   * <pre>{@code
   * BenchgateReport report = BenchgateReport.read(Path.of("target/benchgate/report.json"));
   * }</pre>
   *
   * @param path the file
   * @return the report
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is no report, or of a newer schema version
   */
  public static BenchgateReport read(Path path) {
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read report " + path + ": " + e.getMessage(), e);
    }
    return fromJson(json, path.toString());
  }

  /**
   * Parses {@code report.json}'s text; see {@link #read(Path)}.
   *
   * @param json the text
   * @param origin where it came from, for messages (a path, a URL)
   * @return the report
   * @throws IllegalArgumentException when it is no report, or of a newer schema version
   */
  public static BenchgateReport fromJson(String json, String origin) {
    return JsonReport.parse(json, origin);
  }

  /**
   * Returns the gates that failed.
   *
   * @return the failed gates, in order
   */
  public List<GateReport> failedGates() {
    return gates.stream().filter(GateReport::isFailed).toList();
  }

  /**
   * Renders {@code report.json}: the machine-readable verdict, names verbatim.
   *
   * <pre>{@code
   * Files.writeString(directory.resolve("report.json"), report.toJson());
   * }</pre>
   *
   * @return indented JSON ending in a line break
   */
  public String toJson() {
    return JsonReport.render(this);
  }

  /**
   * Renders {@code report.md}: a summary table, the failed gates and each run's worst scenarios in
   * GitHub-flavoured Markdown, suited to {@code $GITHUB_STEP_SUMMARY}.
   *
   * <pre>{@code
   * Files.writeString(directory.resolve("report.md"), report.toMarkdown());
   * }</pre>
   *
   * @return the Markdown, untrusted text escaped
   */
  public String toMarkdown() {
    return MarkdownReport.render(this);
  }

  /**
   * Renders {@code report.html}: one self-contained page with a score bar per scenario.
   *
   * <pre>{@code
   * Files.writeString(directory.resolve("report.html"), report.toHtml());
   * }</pre>
   *
   * @return the page, untrusted text escaped; it loads nothing and runs no script
   */
  public String toHtml() {
    return HtmlReport.render(this);
  }

  /**
   * Renders the compact table printed at the end of a test run.
   *
   * <pre>{@code
   * System.out.print(report.toConsoleTable());
   * }</pre>
   *
   * @return lines ending in line breaks, control characters removed
   */
  public String toConsoleTable() {
    return ConsoleReport.render(this);
  }
}
