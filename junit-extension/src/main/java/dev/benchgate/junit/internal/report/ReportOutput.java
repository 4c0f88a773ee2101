package dev.benchgate.junit.internal.report;

import dev.benchgate.junit.internal.config.Environment;
import dev.benchgate.junit.report.BenchgateReport;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Puts the end-of-run report where people look: three files in the report folder, the console table
 * and, on GitHub Actions, the job summary. A file that cannot be written is logged as a warning:
 * the report must never change the outcome of the tests it describes.
 *
 * <pre>{@code
 * ReportOutput output = new ReportOutput(System::getenv, System.out::print);
 * output.writeFiles(report, Path.of("target", "benchgate"));   // report.json, report.md, report.html
 * output.show(report);                                         // console and job summary
 * }</pre>
 */
public final class ReportOutput {
  /** The file GitHub Actions shows as the job summary, named by this environment variable. */
  static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  private static final System.Logger LOGGER = System.getLogger("dev.benchgate.junit");

  private final Environment environment;
  private final Consumer<String> console;

  /**
   * Creates the output.
   *
   * @param environment where {@value #GITHUB_STEP_SUMMARY} is looked up
   * @param console prints text as it is, without adding a line break
   */
  public ReportOutput(Environment environment, Consumer<String> console) {
    this.environment = environment;
    this.console = console;
  }

  /**
   * Writes {@code report.json}, {@code report.md} and {@code report.html}, replacing earlier ones.
   *
   * @param report the report
   * @param directory the folder, created if missing
   */
  void writeFiles(BenchgateReport report, Path directory) {
    write(directory.resolve("report.json"), report.toJson(), StandardOpenOption.TRUNCATE_EXISTING);
    write(
        directory.resolve("report.md"), report.toMarkdown(), StandardOpenOption.TRUNCATE_EXISTING);
    write(directory.resolve("report.html"), report.toHtml(), StandardOpenOption.TRUNCATE_EXISTING);
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
        write(Path.of(summary), report.toMarkdown(), StandardOpenOption.APPEND);
      } catch (InvalidPathException unusable) {
        warn(summary, unusable);
      }
    }
  }

  // A file already there is replaced (TRUNCATE_EXISTING) or added to (APPEND).
  private static void write(Path file, String text, StandardOpenOption mode) {
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
          mode);
    } catch (IOException | SecurityException failure) {
      warn(file.toString(), failure);
    }
  }

  private static void warn(String file, Exception failure) {
    LOGGER.log(
        Level.WARNING,
        "Benchgate could not write its report to {0}: {1}",
        file,
        failure.toString());
  }
}
