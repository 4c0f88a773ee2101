package dev.benchgate.benchmarks.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe in a process of its own, a fresh JVM or Node.js, and collects the figures it prints
 * (see {@link Results}). Its error output goes to a log file, shown when it fails.
 *
 * <pre>{@code
 * Map<String, Double> figures =
 *     ChildProcess.java(List.of(), OutcomeProbe.class, baseUrl, runId).run(logs);
 * }</pre>
 */
public final class ChildProcess {
  private static final long TIMEOUT_MINUTES = 30;

  private final List<String> command;
  private final Path directory;

  private ChildProcess(List<String> command, Path directory) {
    this.command = List.copyOf(command);
    this.directory = directory;
  }

  /**
   * A fresh JVM of the running one's kind and class path, with the JVM's default settings unless
   * given others.
   *
   * @param jvmOptions options before the class name
   * @param main the class whose {@code main} to run
   * @param arguments its arguments
   * @return the process to run
   */
  public static ChildProcess java(List<String> jvmOptions, Class<?> main, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(arguments));
    return new ChildProcess(command, Path.of("").toAbsolutePath());
  }

  /**
   * Any other command, run in a directory.
   *
   * @param directory its working directory
   * @param command the command and its arguments
   * @return the process to run
   */
  public static ChildProcess of(Path directory, String... command) {
    return new ChildProcess(List.of(command), directory);
  }

  /**
   * Runs the process to its end.
   *
   * @param logs where to keep its error output
   * @return the figures it printed
   * @throws IllegalStateException when it fails or prints none
   */
  public Map<String, Double> run(Path logs) {
    try {
      Files.createDirectories(logs);
      Path log = Files.createTempFile(logs, "probe-", ".log");
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectError(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      List<String> lines = new ArrayList<>();
      try (var output = process.inputReader(StandardCharsets.UTF_8)) {
        output.lines().forEach(lines::add);
      }
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", command));
      }
      Map<String, Double> figures = Results.parse(lines);
      if (process.exitValue() != 0 || figures.isEmpty()) {
        throw new IllegalStateException(
            "Failed with exit code "
                + process.exitValue()
                + ": "
                + String.join(" ", summary())
                + "\n"
                + String.join("\n", lines)
                + "\n"
                + tail(log));
      }
      return figures;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + String.join(" ", summary()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** The command without the class path, which can be thousands of characters. */
  private List<String> summary() {
    int classPath = command.indexOf("-cp");
    if (classPath < 0) {
      return command;
    }
    List<String> shown = new ArrayList<>(command);
    shown.set(classPath + 1, "…");
    return shown;
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
