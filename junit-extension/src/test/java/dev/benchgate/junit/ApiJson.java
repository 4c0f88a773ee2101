package dev.benchgate.junit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON bodies shaped like the Runloop API's (see REFERENCE.md), built from a few values. */
final class ApiJson {
  private ApiJson() {}

  /** When the runs of {@link #run(String, String, Double, String)} start: 2026-09-01T00:00Z. */
  static final long START_TIME_MS = 1788220800000L;

  /** A {@code BenchmarkRunView} named "nightly" on branch main. */
  static String run(String id, String state, Double score, String benchmarkId) {
    return run(id, state, score, benchmarkId, "nightly", START_TIME_MS, "main");
  }

  /**
   * A {@code BenchmarkRunView} with its own name, start time and {@code branch} metadata; a
   * finished one took 90 minutes.
   */
  static String run(
      String id,
      String state,
      Double score,
      String benchmarkId,
      String name,
      long startTimeMs,
      String branch) {
    return """
        {"id": "%s", "benchmark_id": %s, "name": "%s", "metadata": {"branch": "%s"},
         "start_time_ms": %d, "duration_ms": %s, "state": "%s", "score": %s,
         "purpose": "gate test", "environment_variables": {}, "secrets_provided": {}}
        """
        .formatted(
            id,
            quotedOrNull(benchmarkId),
            name,
            branch,
            startTimeMs,
            state.equals("running") ? "null" : "5400000",
            state,
            score == null ? "null" : number(score));
  }

  /** A {@code ScenarioRunView} with one scoring function result per name and score pair. */
  static String scenarioRun(
      String id,
      String scenarioId,
      String benchmarkRunId,
      String state,
      Double score,
      Object... functionNamesAndScores) {
    String result = "null";
    if (score != null) {
      StringBuilder functions = new StringBuilder();
      for (int i = 0; i < functionNamesAndScores.length; i += 2) {
        if (i > 0) {
          functions.append(", ");
        }
        functions.append(
            """
            {"scoring_function_name": "%s", "score": %s, "output": "ok", "state": "complete"}"""
                .formatted(
                    functionNamesAndScores[i], number((Double) functionNamesAndScores[i + 1])));
      }
      result =
          """
          {"score": %s, "scoring_function_results": [%s]}"""
              .formatted(number(score), functions);
    }
    return """
        {"id": "%s", "scenario_id": "%s", "devbox_id": "dbx_%s", "benchmark_run_id": "%s",
         "metadata": {}, "state": "%s", "start_time_ms": 1788220801000, "duration_ms": 60000,
         "scoring_contract_result": %s, "environment_variables": {}, "secrets_provided": {}}
        """
        .formatted(id, scenarioId, id, benchmarkRunId, state, result);
  }

  /** A {@code ScenarioView} scored by one test-based scorer. */
  static String scenario(String id, String name) {
    return """
        {"id": "%s", "name": "%s", "metadata": {},
         "input_context": {"problem_statement": "Do %s."},
         "scoring_contract": {"scoring_function_parameters": [
           {"name": "unit-tests", "weight": 1.0,
            "scorer": {"type": "test_based_scorer", "test_command": "pytest -q"}}]},
         "status": "active", "validation_type": "FORWARD"}
        """
        .formatted(id, name, name);
  }

  /** A {@code BenchmarkView}. */
  static String benchmark(String id, String... scenarioIds) {
    return """
        {"id": "%s", "name": "swe-lite", "metadata": {}, "scenarioIds": [%s], "status": "active"}
        """
        .formatted(
            id, Arrays.stream(scenarioIds).map(ApiJson::quoted).collect(Collectors.joining(", ")));
  }

  /** One last page of a list: {@code {"<field>": [...], "has_more": false, "total_count": n}}. */
  static String page(String field, String... items) {
    return """
        {"%s": [%s], "has_more": false, "total_count": %d}
        """
        .formatted(field, String.join(", ", items), items.length);
  }

  private static String quoted(String text) {
    return '"' + text + '"';
  }

  private static String quotedOrNull(String text) {
    return text == null ? "null" : quoted(text);
  }

  private static String number(double value) {
    return Double.toString(value);
  }
}
