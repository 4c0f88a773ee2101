package dev.benchgate.junit.report;

import com.squareup.moshi.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the test plan learned about benchmark runs: each run it used, and each gate that used
 * or needed one. Written as {@code report.json} (schema {@value #SCHEMA}, version {@value
 * #VERSION}, see REPORT-SCHEMA.md), and rendered for the console, Markdown and HTML. This record
 * and {@link RunReport}, {@link BaselineReport}, {@link ScenarioReport}, {@link GateReport}, {@link
 * JobReport} (with {@link JobAgentReport}, {@link JobScenarioReport}, {@link AgentScenarioReport})
 * and {@link RepeatedReport} (with {@link FlakyScenarioReport}) are the schema: read a report back
 * with {@link #read(Path)}, e.g. to post the verdict elsewhere.
 *
 * <p>The verdict is {@value #PASSED} only when gates ran, every one of them received the runs it
 * needed, none failed and at least one passed. Anything else is {@value #FAILED} (a gate failed) or
 * {@value #ERROR} (nothing was judged, or not everything), with the reasons listed: a report must
 * never tell a CI step that an agent passed when it was not judged.
 *
 * <pre>{@code
 * BenchgateReport report = BenchgateReport.read(Path.of("target/benchgate/report.json"));
 * if (!report.verdict().equals(BenchgateReport.PASSED)) {
 *   report.reasons().forEach(System.out::println);
 *   report.failedGates().forEach(gate -> System.out.println(gate.name() + ": " + gate.message()));
 * }
 * }</pre>
 *
 * @param schema always {@value #SCHEMA}
 * @param version the schema version, {@value #VERSION}; a reader refuses a newer one
 * @param generatedAt when the report was made, ISO-8601 UTC
 * @param verdict {@value #PASSED}, {@value #FAILED} or {@value #ERROR}
 * @param reasons why the verdict is not {@value #PASSED}, one sentence each; empty when it is
 * @param runs the runs, in the order tests first used them (each agent's of a job, each of repeated
 *     runs, included)
 * @param gates the tests that used or needed a run, in the order they finished
 * @param jobs the benchmark jobs tests were given, their agents side by side, in the order tests
 *     first used them; empty when none was
 * @param repeated the repeated runs of one agent tests were given, in the order tests first used
 *     them; empty when none were
 */
public record BenchgateReport(
    String schema,
    int version,
    @Json(name = "generated_at") String generatedAt,
    String verdict,
    List<String> reasons,
    List<RunReport> runs,
    List<GateReport> gates,
    List<JobReport> jobs,
    List<RepeatedReport> repeated) {

  /** The {@code schema} of every report. */
  public static final String SCHEMA = "benchgate-report";

  /** The schema version this Benchgate writes. */
  public static final int VERSION = 1;

  /** The verdict when gates ran, each received its runs, none failed and one at least passed. */
  public static final String PASSED = "passed";

  /** The verdict when a gate failed. */
  public static final String FAILED = "failed";

  /** The verdict when no gate failed, but nothing, or not everything, was judged. */
  public static final String ERROR = "error";

  /** How many different reasons for gates that could not judge the report lists, at most. */
  private static final int REASONS_SHOWN = 10;

  /** Copies the lists; an absent one, in a report read back, is empty. */
  public BenchgateReport {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    runs = runs == null ? List.of() : List.copyOf(runs);
    gates = gates == null ? List.of() : List.copyOf(gates);
    jobs = jobs == null ? List.of() : List.copyOf(jobs);
    repeated = repeated == null ? List.of() : List.copyOf(repeated);
  }

  /**
   * A report without jobs or repeated runs.
   *
   * @param schema always {@value #SCHEMA}
   * @param version the schema version
   * @param generatedAt when, ISO-8601 UTC
   * @param verdict {@value #PASSED}, {@value #FAILED} or {@value #ERROR}
   * @param reasons why the verdict is not {@value #PASSED}
   * @param runs the runs
   * @param gates the gates
   */
  public BenchgateReport(
      String schema,
      int version,
      String generatedAt,
      String verdict,
      List<String> reasons,
      List<RunReport> runs,
      List<GateReport> gates) {
    this(schema, version, generatedAt, verdict, reasons, runs, gates, List.of(), List.of());
  }

  /**
   * Assembles a report, deriving its verdict and the reasons for it from the gates.
   *
   * <pre>{@code
   * BenchgateReport report = BenchgateReport.of(Instant.now().toString(), runs, gates);
   * }</pre>
   *
   * @param generatedAt when, ISO-8601 UTC
   * @param runs the runs
   * @param gates the gates
   * @return the report
   */
  public static BenchgateReport of(
      String generatedAt, List<RunReport> runs, List<GateReport> gates) {
    return of(generatedAt, runs, List.of(), List.of(), gates);
  }

  /**
   * Assembles a report with benchmark jobs and repeated runs, deriving its verdict and the reasons
   * for it from the gates alone, as {@link #of(String, List, List)} does.
   *
   * <pre>{@code
   * BenchgateReport report = BenchgateReport.of(Instant.now().toString(), runs, jobs, repeated, gates);
   * }</pre>
   *
   * @param generatedAt when, ISO-8601 UTC
   * @param runs the runs
   * @param jobs the benchmark jobs
   * @param repeated the repeated runs
   * @param gates the gates
   * @return the report
   */
  public static BenchgateReport of(
      String generatedAt,
      List<RunReport> runs,
      List<JobReport> jobs,
      List<RepeatedReport> repeated,
      List<GateReport> gates) {
    List<String> reasons = new ArrayList<>();
    long failed = gates.stream().filter(GateReport::isFailed).count();
    if (gates.isEmpty()) {
      reasons.add("No gate ran: no test received a benchmark run, so nothing was judged.");
    }
    if (failed > 0) {
      reasons.add(failed + " of " + gates.size() + " gates failed.");
    }
    Map<String, Long> unjudged =
        gates.stream()
            .filter(gate -> !gate.judged())
            .collect(
                Collectors.groupingBy(
                    GateReport::couldNotJudge, LinkedHashMap::new, Collectors.counting()));
    unjudged.entrySet().stream()
        .limit(REASONS_SHOWN)
        .forEach(
            reason ->
                reasons.add(
                    reason.getValue()
                        + (reason.getValue() == 1 ? " gate" : " gates")
                        + " could not judge: "
                        + reason.getKey()));
    if (unjudged.size() > REASONS_SHOWN) {
      reasons.add(
          "Gates could not judge for "
              + (unjudged.size() - REASONS_SHOWN)
              + " more reasons, given with each gate.");
    }
    if (!gates.isEmpty() && failed == 0 && gates.stream().noneMatch(GateReport::isPassed)) {
      reasons.add("No gate passed: all " + gates.size() + " were skipped or aborted.");
    }
    String verdict = failed > 0 ? FAILED : reasons.isEmpty() ? PASSED : ERROR;
    return new BenchgateReport(
        SCHEMA, VERSION, generatedAt, verdict, reasons, runs, gates, jobs, repeated);
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
   * Writes {@code report.json}, the text of {@link #toJson()}, into a stream in UTF-8 as it is
   * rendered, so that the report of a large run is never held whole in memory.
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(directory.resolve("report.json"))) {
   *   report.writeJson(out);
   * }
   * }</pre>
   *
   * @param out where the JSON goes; flushed, not closed
   * @throws IOException when the stream fails
   */
  public void writeJson(OutputStream out) throws IOException {
    JsonReport.write(this, out);
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
   * Writes {@code report.html}, the text of {@link #toHtml()}, into a stream in UTF-8 as it is
   * rendered (at 20,000 scenarios the page is about 19 MB).
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(directory.resolve("report.html"))) {
   *   report.writeHtml(out);
   * }
   * }</pre>
   *
   * @param out where the page goes; flushed, not closed
   * @throws IOException when the stream fails
   */
  public void writeHtml(OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    TextOutput.write(writer, text -> HtmlReport.render(this, text));
    writer.flush();
  }

  /**
   * Renders the compact table printed at the end of a test run.
   *
   * <pre>{@code
   * System.out.print(report.toConsoleTable());
   * }</pre>
   *
   * @return lines ending in line breaks, control characters shown as escapes
   */
  public String toConsoleTable() {
    return ConsoleReport.render(this);
  }
}
