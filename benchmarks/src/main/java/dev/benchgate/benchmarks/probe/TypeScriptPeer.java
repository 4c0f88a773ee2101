package dev.benchgate.benchmarks.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The peer for listings: Runloop's official TypeScript SDK, {@code @runloop/api-client} {@value
 * #VERSION}, in a fresh Node.js process running {@code listing.cjs}. {@link #install} puts the SDK
 * into a scratch directory with npm, once; nothing of it is ever committed.
 *
 * <pre>{@code
 * TypeScriptPeer peer = TypeScriptPeer.install(Path.of("target/typescript-peer"));
 * Map<String, Double> figures = peer.listing(baseUrl, apiKey, "bmr_1", 500, logs);
 * }</pre>
 */
public final class TypeScriptPeer {
  /** The SDK's version. */
  public static final String VERSION = "1.32.0";

  private static final String PACKAGE = "@runloop/api-client";
  private static final String SCRIPT = "listing.cjs";

  private final Path directory;

  private TypeScriptPeer(Path directory) {
    this.directory = directory;
  }

  /**
   * Installs the SDK into a directory, unless it is there already, and copies the probe script
   * beside it.
   *
   * @param directory the scratch directory, e.g. under {@code target}
   * @return the peer
   * @throws IllegalStateException when Node.js or npm is missing or the install fails
   */
  public static TypeScriptPeer install(Path directory) {
    try {
      Files.createDirectories(directory);
      Path manifest = directory.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
      if (!Files.isRegularFile(manifest)
          || !Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"")) {
        Files.writeString(
            directory.resolve("package.json"),
            "{\"name\":\"benchgate-typescript-peer\",\"private\":true}\n",
            StandardCharsets.UTF_8);
        command(directory, "npm", "install", "--no-audit", "--no-fund", PACKAGE + "@" + VERSION);
      }
      try (InputStream script = TypeScriptPeer.class.getResourceAsStream(SCRIPT)) {
        Files.copy(script, directory.resolve(SCRIPT), StandardCopyOption.REPLACE_EXISTING);
      }
      return new TypeScriptPeer(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot install " + PACKAGE + " into " + directory, e);
    }
  }

  /**
   * Returns the Node.js version that runs the peer.
   *
   * @return e.g. {@code v20.20.2}
   */
  public String nodeVersion() {
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      String version = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      node.waitFor(1, TimeUnit.MINUTES);
      return version.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /**
   * Lists a run's scenario runs in a fresh Node.js process.
   *
   * @param baseUrl the server's base URL
   * @param apiKey its key
   * @param runId the run
   * @param pageSize the {@code limit} of each request
   * @param logs where to keep the process's error output
   * @return {@code build.ms} (loading the SDK and building its client), {@code total.ms} (that and
   *     the whole listing) and {@code scenarioRuns}
   */
  public Map<String, Double> listing(
      String baseUrl, String apiKey, String runId, int pageSize, Path logs) {
    return ChildProcess.of(
            directory, "node", SCRIPT, baseUrl, apiKey, runId, Integer.toString(pageSize))
        .run(logs);
  }

  private static void command(Path directory, String... command) throws IOException {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
