package dev.benchgate.junit.internal.report;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunctionResult;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.MediaType;

/**
 * Attaches what the scorers of a failed scenario run said to its test, one text file per scoring
 * function, so that the reason for a low score sits beside the failure in the build's test report
 * instead of on a web page.
 *
 * <pre>{@code
 * ScorerOutputs.publish(context, scenarioRun);   // unit-tests.txt, lint.txt
 * }</pre>
 */
public final class ScorerOutputs {
  private static final System.Logger LOGGER = System.getLogger("dev.benchgate.junit");

  private ScorerOutputs() {}

  /**
   * Publishes one file per scoring function that produced output, named after the function. A file
   * that cannot be published is logged as a warning, so that the test's own failure stays the one
   * reported.
   *
   * @param context the failed invocation's context
   * @param scenarioRun its scenario run
   */
  public static void publish(ExtensionContext context, ScenarioRunView scenarioRun) {
    Set<String> fileNames = new HashSet<>();
    List<ScoringFunctionResult> functions =
        scenarioRun
            .scoringResult()
            .map(ScoringContractResult::scoringFunctionResults)
            .orElse(List.of());
    for (ScoringFunctionResult function : functions) {
      if (function.output() == null) {
        continue;
      }
      String fileName = uniqueFileName(function.scoringFunctionName(), fileNames);
      try {
        context.publishFile(
            fileName,
            MediaType.TEXT_PLAIN_UTF_8,
            file -> Files.writeString(file, function.output(), StandardCharsets.UTF_8));
      } catch (Exception failure) { // JUnit may rethrow the writer's IOException unchecked
        LOGGER.log(
            Level.WARNING,
            "Could not attach the output of scoring function {0} of scenario run {1}: {2}",
            function.scoringFunctionName(),
            scenarioRun.id(),
            failure.toString());
      }
    }
  }

  // Function names come from the API: keep them from escaping the folder or clashing.
  private static String uniqueFileName(String functionName, Set<String> taken) {
    String base =
        functionName == null || functionName.isBlank()
            ? "scoring-function"
            : functionName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    String fileName = base + ".txt";
    for (int i = 2; !taken.add(fileName); i++) {
      fileName = base + "-" + i + ".txt";
    }
    return fileName;
  }
}
