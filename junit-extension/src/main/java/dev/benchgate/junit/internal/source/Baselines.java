package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.junit.Baseline;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.report.ReportEntries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Resolves the source of a {@link Baseline} against the run under test of its method ({@link
 * RunUnderTest}): a {@code latest:} query passes over that run, and a {@code file:} snapshot
 * follows the baseline workflow.
 *
 * <ul>
 *   <li>With {@value ConfigurationKeys#UPDATE_BASELINE} (or {@value
 *       ConfigurationKeys#UPDATE_BASELINE_VARIABLE}) {@code true}, a snapshot that is missing or
 *       differs from the run under test is (re)written from it, and the test is told so.
 *   <li>Otherwise a missing snapshot is written from the run under test and the test fails once,
 *       asking for the file to be committed; on CI ({@value ConfigurationKeys#CI_VARIABLE}{@code
 *       =true}), where a written file would be lost, nothing is written and the test cannot be
 *       judged: it fails (or, with {@value ConfigurationKeys#UNAVAILABLE}{@code =abort}, is
 *       aborted), through {@link CouldNotJudge}.
 * </ul>
 *
 * <pre>{@code
 * BenchmarkOutcome baseline = Baselines.outcome(runloop, source, text, requester, runUnderTest);
 * }</pre>
 */
public final class Baselines {
  private Baselines() {}

  /**
   * Loads a baseline.
   *
   * @param runloop the shared resources
   * @param source the baseline's source
   * @param text the text the source was parsed from, for messages
   * @param requester the baseline parameter, for messages
   * @param runUnderTest the run it is compared with, if its method names one
   * @return the baseline's outcome
   * @throws ParameterResolutionException when the load failed, a missing snapshot was written, or
   *     is missing on CI
   * @throws ExtensionConfigurationException when a snapshot is to be written but the method names
   *     no run under test
   */
  public static BenchmarkOutcome outcome(
      SharedRunloop runloop,
      RunSource source,
      ConfiguredValue text,
      Requester requester,
      Optional<RunUnderTest> runUnderTest) {
    if (source instanceof LatestRun latest && runUnderTest.isPresent()) {
      String current = runUnderTest.get().load(runloop).runId();
      return runloop.outcome(latest.excluding(current), text, requester);
    }
    if (source instanceof RunSource.SnapshotFile file) {
      return snapshot(runloop, file, text, requester, runUnderTest);
    }
    return runloop.outcome(source, text, requester);
  }

  private static BenchmarkOutcome snapshot(
      SharedRunloop runloop,
      RunSource.SnapshotFile file,
      ConfiguredValue text,
      Requester requester,
      Optional<RunUnderTest> runUnderTest) {
    Path path = file.path();
    if (runloop.configuration().updateBaseline()) {
      BenchmarkOutcome current =
          required(runUnderTest, path, requester, "is to be rewritten").load(runloop);
      String done =
          runloop.explained(
              file,
              text,
              requester,
              () ->
                  runloop.once(
                      new Update(path, current.runId()),
                      () -> update(path, current, runloop.reportEntries())));
      runloop.reportEntries().baselineUpdate(done);
      return current;
    }
    Optional<BenchmarkOutcome> baseline =
        runloop.explained(file, text, requester, () -> runloop.snapshotFile(path));
    if (baseline.isPresent()) {
      return baseline.get();
    }
    if (runloop.configuration().onCi()) {
      throw CouldNotJudge.failure(
          "No baseline: the baseline snapshot "
              + path
              + " for "
              + requester
              + " does not exist, and on CI ("
              + ConfigurationKeys.CI_VARIABLE
              + "=true) Benchgate does not write it, as the workspace is thrown away: the run"
              + " under test cannot be compared with a baseline.",
          "Run the tests once locally to write the baseline, review it and commit it (git add "
              + path
              + ").",
          runloop.configuration().unavailable(),
          null);
    }
    BenchmarkOutcome current =
        required(runUnderTest, path, requester, "does not exist").load(runloop);
    String writtenFrom =
        runloop.explained(
            file,
            text,
            requester,
            () ->
                runloop.once(
                    new Creation(path), () -> create(path, current, runloop.reportEntries())));
    throw new ParameterResolutionException(
        "The baseline snapshot "
            + path
            + " for "
            + requester
            + " did not exist, so Benchgate wrote it from the run under test, benchmark run "
            + writtenFrom
            + ". Review it, commit it (git add "
            + path
            + ") and run the tests again. On CI ("
            + ConfigurationKeys.CI_VARIABLE
            + "=true) a missing baseline is not written, and fails the test; -D"
            + ConfigurationKeys.UPDATE_BASELINE
            + "=true rewrites baselines on purpose.");
  }

  private static RunUnderTest required(
      Optional<RunUnderTest> runUnderTest, Path path, Requester requester, String state) {
    return runUnderTest.orElseThrow(
        () ->
            new ExtensionConfigurationException(
                "The baseline snapshot "
                    + path
                    + " for "
                    + requester
                    + " "
                    + state
                    + ", but the method has no @BenchmarkRun parameter to write it from: add the"
                    + " run under test as a parameter."));
  }

  private static String update(Path path, BenchmarkOutcome current, ReportEntries entries) {
    String json = BenchmarkSnapshots.toJson(current);
    if (holds(path, json)) {
      return path + " already holds benchmark run " + current.runId();
    }
    BenchmarkSnapshots.write(current, path);
    String line =
        "Rewrote the baseline snapshot "
            + path
            + " from benchmark run "
            + current.runId()
            + " ("
            + ConfigurationKeys.UPDATE_BASELINE
            + "=true)";
    entries.log(line);
    return line;
  }

  private static boolean holds(Path path, String json) {
    try {
      return Files.exists(path) && Files.readString(path, StandardCharsets.UTF_8).equals(json);
    } catch (IOException unreadable) {
      // An unreadable baseline is as stale as a different one: rewriting it is the fix.
      return false;
    }
  }

  private static String create(Path path, BenchmarkOutcome current, ReportEntries entries) {
    BenchmarkSnapshots.write(current, path);
    entries.log(
        "Wrote the missing baseline snapshot " + path + " from benchmark run " + current.runId());
    return current.runId();
  }

  /** The rewrite of a baseline snapshot from one run under test, done once per test plan. */
  private record Update(Path path, String runId) {}

  /** The writing of a missing baseline snapshot, done once per test plan. */
  private record Creation(Path path) {}
}
