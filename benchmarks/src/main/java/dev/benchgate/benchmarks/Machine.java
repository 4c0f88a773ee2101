package dev.benchgate.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on and at: the commit, the machine, the JDK, the load. */
final class Machine {
  private Machine() {}

  /** E.g. {@code 7d73c2a (uncommitted changes)}. */
  static String commit() {
    String head = git("rev-parse", "--short", "HEAD");
    if (head.isEmpty()) {
      return "an unknown commit (no git)";
    }
    return head + (git("status", "--porcelain").isEmpty() ? "" : " with uncommitted changes");
  }

  /** E.g. {@code 2 cores (Intel Xeon …), OpenJDK 64-Bit Server VM 17.0.15, Linux 6.1 amd64}. */
  static String description() {
    return Runtime.getRuntime().availableProcessors()
        + " cores"
        + cpuModel()
        + ", "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " "
        + System.getProperty("os.arch");
  }

  /** The system load average of the last minute, or -1 where the system tells none. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith("model name"))
          .findFirst()
          .map(line -> " (" + line.substring(line.indexOf(':') + 1).strip() + ")")
          .orElse("");
    } catch (IOException | RuntimeException unknown) {
      return "";
    }
  }

  private static String git(String... arguments) {
    String[] command = new String[arguments.length + 1];
    command[0] = "git";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    try {
      Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
      String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return git.waitFor(1, TimeUnit.MINUTES) && git.exitValue() == 0 ? output.strip() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
