package dev.benchgate.benchmarks.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a probe in a child process hands its figures to the harness: one line {@code @result name
 * value} each on standard output, which may carry other lines too.
 *
 * <pre>{@code
 * Results.emit("first.ms", 1791.2);              // in the probe
 * Map<String, Double> figures = Results.parse(lines);  // in the harness
 * }</pre>
 */
public final class Results {
  private static final String PREFIX = "@result ";

  private Results() {}

  /**
   * Prints one figure.
   *
   * @param name its name, without spaces
   * @param value its value
   */
  public static void emit(String name, double value) {
    System.out.println(PREFIX + name + " " + String.format(Locale.ROOT, "%.6f", value));
    System.out.flush();
  }

  /**
   * Collects the figures among a process's output lines.
   *
   * @param lines its standard output
   * @return the figures by name, in the order printed
   */
  public static Map<String, Double> parse(List<String> lines) {
    Map<String, Double> figures = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith(PREFIX)) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        figures.put(parts[0], Double.parseDouble(parts[1]));
      }
    }
    return figures;
  }
}
