package dev.benchgate.junit.internal.report;

import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.report.BenchgateReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the end-of-run report where people look: three files in the report folder, the console table
 * and, on GitHub Actions, the job summary. It writes only these three names in the folder it is
 * given (each first as {@code <name>.partial}, moved over the name when whole), and removes only
 * them and their partial files. A file that cannot be written or rendered is a warning on the
 * console: the report must never change the outcome of the tests it describes, and one format that
 * fails must not keep the others from being written.
 *
 * <pre>{@code
 * ReportOutput output = new ReportOutput(System::getenv, System.out::print);
 * output.removeFiles(Path.of("target", "benchgate"));          // when a test plan starts
 * output.writeFiles(report, Path.of("target", "benchgate"));   // report.json, report.md, report.html
 * output.show(report);                                         // console and job summary
 * }</pre>
 */
public final class ReportOutput {
  /** The file GitHub Actions shows as the job summary, named by this environment variable. */
  static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  /** The report's files, the only names written or removed in its folder. */
  private static final List<ReportFile> FILES =
      List.of(
          new ReportFile("report.json", BenchgateReport::writeJson),
          new ReportFile(
              "report.md",
              (report, out) -> out.write(report.toMarkdown().getBytes(StandardCharsets.UTF_8))),
          new ReportFile("report.html", BenchgateReport::writeHtml));

  private final Environment environment;
  private final Consumer<String> console;
  private final Console warnings;

  /**
   * Creates the output.
   *
   * @param environment where {@value #GITHUB_STEP_SUMMARY} is looked up
   * @param console prints text as it is, without adding a line break
   */
  public ReportOutput(Environment environment, Consumer<String> console) {
    this.environment = environment;
    this.console = console;
    this.warnings = line -> console.accept(line + "\n");
  }

  /**
   * Returns where warnings go: the console, one line each.
   *
   * @return the console of warnings
   */
  Console warnings() {
    return warnings;
  }

  /**
   * Removes the report files an earlier test plan left, so that none outlives the plan that wrote
   * it: a CI step that publishes {@code report.json} must never find an old verdict. A {@code
   * .partial} file goes too: what a JVM that ended while writing left. (Two JVMs that write into
   * one folder at once replace each other's reports anyway; each needs a folder of its own.)
   *
   * @param directory the report's folder
   */
  void removeFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return; // nothing to remove; writing will say what is wrong with the path
    }
    for (ReportFile file : FILES) {
      remove(directory.resolve(file.name()));
      remove(partial(directory.resolve(file.name())));
    }
  }

  private void remove(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException | SecurityException failure) {
      warnings.warning("Benchgate could not remove its earlier report " + path + ": " + failure);
    }
  }

  /** Where a report file is written before it is whole. */
  private static Path partial(Path path) {
    return path.resolveSibling(path.getFileName() + ".partial");
  }

  /**
   * Writes {@code report.json}, {@code report.md} and {@code report.html}, replacing earlier ones.
   *
   * @param report the report
   * @param directory the folder, created if missing
   */
  void writeFiles(BenchgateReport report, Path directory) {
    for (ReportFile file : FILES) {
      write(report, file, directory.resolve(file.name()));
    }
  }

  // Rendered into a file beside the report's, which then replaces it: a format that fails halfway
  // leaves no half-written report, and the others are still written.
  private void write(BenchgateReport report, ReportFile file, Path path) {
    Path partial = partial(path);
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        file.writer().write(report, out);
      } catch (RuntimeException failure) {
        Files.deleteIfExists(partial);
        warnings.warning("Benchgate could not render its report " + path + ": " + failure);
        return;
      }
      Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | SecurityException failure) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException | SecurityException ignored) {
        // The warning below names the report; the partial file is only beside it.
      }
      warnings.warning("Benchgate could not write its report to " + path + ": " + failure);
    }
  }

  /**
   * Prints the console table and appends the Markdown report to the GitHub Actions job summary when
   * {@value #GITHUB_STEP_SUMMARY} names one.
   *
   * @param report the report
   */
  void show(BenchgateReport report) {
    console.accept(report.toConsoleTable());
    String summary = environment.variable(GITHUB_STEP_SUMMARY);
    if (summary != null && !summary.isBlank()) {
      try {
        append(Path.of(summary), report.toMarkdown());
      } catch (InvalidPathException unusable) {
        warnings.warning("Benchgate could not write its report to " + summary + ": " + unusable);
      }
    }
  }

  // The job summary collects every step's Markdown: added to, never replaced.
  private void append(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException | SecurityException failure) {
      warnings.warning("Benchgate could not write its report to " + file + ": " + failure);
    }
  }

  /** One of the report's files: its name in the folder, and how it is written. */
  private record ReportFile(String name, ReportWriter writer) {}

  /** Writes one format of a report into a stream. */
  private interface ReportWriter {
    void write(BenchgateReport report, OutputStream out) throws IOException;
  }
}
