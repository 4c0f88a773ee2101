package dev.benchgate.junit.internal.report;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Redactor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Attaches what the scorers of a failed scenario run said to its test, one text file per scoring
 * function, so that the reason for a low score sits beside the failure in the build's test report
 * instead of on a web page. Files are named after the scenario and the scoring function, as build
 * tools file them under the invocation's index ({@code [17]}); both names come from the server and
 * are made safe ({@link SafeFileNames}), and the output carries no API key.
 *
 * <pre>{@code
 * ScorerOutputs.publish(context, "add-retry", scenarioRun, redactor);
 * // add-retry.unit-tests.txt, add-retry.lint.txt
 * }</pre>
 */
public final class ScorerOutputs {
  private static final TextFilePublisher TEXT_FILES = TextFilePublisher.ofRunningJupiter();

  private ScorerOutputs() {}

  /**
   * Publishes one file per scoring function that produced output, named after the scenario and the
   * function. A file that cannot be published is reported as a warning on the console, so that the
   * test's own failure stays the one reported.
   *
   * @param context the failed invocation's context
   * @param scenarioName the scenario's name
   * @param scenarioRun its scenario run
   * @param redactor removes the API key from the output
   */
  public static void publish(
      ExtensionContext context,
      String scenarioName,
      ScenarioRunView scenarioRun,
      Redactor redactor) {
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
      String fileName =
          uniqueFileName(
              redactor.apply(scenarioName),
              redactor.apply(function.scoringFunctionName()),
              fileNames);
      String output = redactor.apply(function.output());
      try {
        TEXT_FILES.publish(
            context, fileName, file -> Files.writeString(file, output, StandardCharsets.UTF_8));
      } catch (Exception failure) { // JUnit may rethrow the writer's IOException unchecked
        Console.of(context)
            .warning(
                redactor.apply(
                    "Could not attach the output of scoring function "
                        + function.scoringFunctionName()
                        + " of scenario run "
                        + scenarioRun.id()
                        + ": "
                        + failure));
      }
    }
  }

  // Two functions whose names differ only in unsafe characters must not share a file.
  private static String uniqueFileName(
      String scenarioName, String functionName, Set<String> taken) {
    String function =
        functionName == null || functionName.isBlank() ? "scoring-function" : functionName;
    String fileName = SafeFileNames.of("txt", scenarioName, function);
    for (int i = 2; !taken.add(fileName); i++) {
      fileName = SafeFileNames.of("txt", scenarioName, function + "-" + i);
    }
    return fileName;
  }

  /**
   * {@code ExtensionContext.publishFile} for UTF-8 text, whichever Jupiter runs. Jupiter 5.14 moved
   * {@code MediaType} from {@code org.junit.jupiter.api.extension} to {@code org.junit.jupiter.api}
   * and deprecated the old one, for removal in JUnit 6; 5.13, the oldest Jupiter this extension
   * supports, has only the old one. So neither is named in code, which then compiles without
   * deprecation warnings against every line: the newer method is looked up by name, and the older
   * one where it is missing.
   */
  private record TextFilePublisher(Method publishFile, Object textPlainUtf8) {
    private static final List<String> MEDIA_TYPES =
        List.of("org.junit.jupiter.api.MediaType", "org.junit.jupiter.api.extension.MediaType");

    static TextFilePublisher ofRunningJupiter() {
      for (String name : MEDIA_TYPES) {
        Class<?> mediaType;
        try {
          mediaType = Class.forName(name, false, ExtensionContext.class.getClassLoader());
        } catch (ClassNotFoundException notInThisJupiter) {
          continue;
        }
        try {
          return new TextFilePublisher(
              ExtensionContext.class.getMethod(
                  "publishFile", String.class, mediaType, ThrowingConsumer.class),
              mediaType.getField("TEXT_PLAIN_UTF_8").get(null));
        } catch (ReflectiveOperationException changed) {
          throw new IllegalStateException("Unexpected " + name + " in this JUnit Jupiter", changed);
        }
      }
      throw new IllegalStateException("JUnit Jupiter 5.13 or newer is required to attach files");
    }

    void publish(ExtensionContext context, String fileName, ThrowingConsumer<Path> writer)
        throws Exception {
      try {
        publishFile.invoke(context, fileName, textPlainUtf8, writer);
      } catch (InvocationTargetException failed) {
        if (failed.getCause() instanceof Error error) {
          throw error;
        }
        throw (Exception) failed.getCause();
      }
    }
  }
}
