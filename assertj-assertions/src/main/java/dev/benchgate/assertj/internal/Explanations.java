package dev.benchgate.assertj.internal;

import static dev.benchgate.assertj.internal.Escaping.escape;
import static dev.benchgate.assertj.internal.Format.INFRASTRUCTURE;

import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioFailureReason;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringFunctionResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Explains states and missing scores in words, so that no message says {@code null} and every
 * message tells an infrastructure outcome (failed, timed out, canceled, a scorer in error) apart
 * from a low score.
 */
final class Explanations {
  private Explanations() {}

  /** The run's state as "but it was in state …" ends. */
  static String state(BenchmarkRunView run) {
    return switch (run.state()) {
      case RUNNING -> "running (still in progress)";
      case COMPLETED -> "completed";
      case CANCELED, FAILED -> escape(run.stateValue()) + " (" + INFRASTRUCTURE + ")";
      case UNRECOGNIZED -> unknownState(run.stateValue());
    };
  }

  /** The job's state as "but it was in state …" ends, with its failure reason. */
  static String state(BenchmarkJobView job) {
    String reason =
        job.failureReason() == null || job.failureReason().isBlank()
            ? ""
            : ": " + escape(job.failureReason());
    return switch (job.state()) {
      case INITIALIZING, QUEUED, RUNNING -> escape(job.stateValue()) + " (still in progress)";
      case COMPLETED -> escape(job.stateValue());
      case FAILED, CANCELLED, TIMEOUT ->
          escape(job.stateValue()) + " (" + INFRASTRUCTURE + ")" + reason;
      case UNRECOGNIZED -> unknownState(job.stateValue()) + reason;
    };
  }

  /** Why a run has no score, as "but it has no score: …" ends. */
  static String whyNoScore(BenchmarkRunView run) {
    return switch (run.state()) {
      case RUNNING -> "it is still running";
      case COMPLETED -> "it completed without one";
      case CANCELED -> "it was canceled (" + INFRASTRUCTURE + ")";
      case FAILED -> "it failed (" + INFRASTRUCTURE + ")";
      case UNRECOGNIZED -> "it is in state " + unknownState(run.stateValue());
    };
  }

  /** What a reader must know about a run's score besides its value; empty when nothing. */
  static String aboutScore(BenchmarkRunView run) {
    return switch (run.state()) {
      case CANCELED ->
          ", and the run was canceled, so its score covers only the scenario runs that finished";
      case FAILED -> ", and the run failed (" + INFRASTRUCTURE + ")";
      default -> "";
    };
  }

  /** Why a run reports no duration, as "but it reports no duration: …" ends. */
  static String whyNoDuration(BenchmarkRunView run) {
    return switch (run.state()) {
      case RUNNING -> "it is still running";
      case UNRECOGNIZED -> "it is in state " + unknownState(run.stateValue());
      default -> "the API sent none";
    };
  }

  /** The scenario run's state as "but it was in state …" ends. */
  static String state(ScenarioRunView scenarioRun) {
    ScenarioRunState state = scenarioRun.state();
    if (state == ScenarioRunState.UNRECOGNIZED) {
      return unknownState(scenarioRun.stateValue());
    }
    String value = escape(scenarioRun.stateValue());
    if (state.isInfrastructureFailure()) {
      return value + " (" + INFRASTRUCTURE + ")";
    }
    return state.isInProgress() ? value + " (still in progress)" : value;
  }

  /** Why a scenario run has no score, as "but it has no score: …" ends. */
  static String whyNoScore(ScenarioRunView scenarioRun) {
    ScenarioRunState state = scenarioRun.state();
    if (state.isInfrastructureFailure()) {
      return infrastructureIssues(scenarioRun) + " (" + INFRASTRUCTURE + ")";
    }
    if (state == ScenarioRunState.UNRECOGNIZED) {
      return "it is in state " + unknownState(scenarioRun.stateValue());
    }
    if (state.isInProgress()) {
      return state == ScenarioRunState.RUNNING ? "it is still running" : "it is still being scored";
    }
    return (scenarioRun.scoringResult().isEmpty()
            ? "it finished without a scoring result"
            : "its scoring result has no total score")
        + aboutScore(scenarioRun);
  }

  /** Why a scenario run reports no duration, as "but it reports no duration: …" ends. */
  static String whyNoDuration(ScenarioRunView scenarioRun) {
    return switch (scenarioRun.state()) {
      case RUNNING -> "it is still running";
      case SCORING -> "it is still being scored";
      default -> "the API sent none";
    };
  }

  /** What a reader must know about a scenario run's score besides its value; empty when nothing. */
  static String aboutScore(ScenarioRunView scenarioRun) {
    return infrastructureIssue(scenarioRun)
        .map(issues -> ", and " + issues + " (" + INFRASTRUCTURE + ")")
        .orElse("");
  }

  /**
   * The infrastructure outcomes of a scenario run, e.g. {@code it timed out} or {@code scorer
   * "unit-tests" ended in error}; empty when it has none.
   */
  static Optional<String> infrastructureIssue(ScenarioRunView scenarioRun) {
    String issues = infrastructureIssues(scenarioRun);
    return issues.isEmpty() ? Optional.empty() : Optional.of(issues);
  }

  /**
   * Marks a listed scenario run with its infrastructure outcome: {@code [infrastructure outcome]},
   * with what is known of it, such as {@code [infrastructure outcome: scorer "unit-tests" ended in
   * error]} or, for a scenario of a benchmark job, the reason the job gave: {@code [infrastructure
   * outcome: EnvironmentSetupError: devbox failed to start]}; empty when it has none.
   */
  static String infrastructureTag(
      ScenarioRunView scenarioRun, Optional<ScenarioFailureReason> reason) {
    if (infrastructureIssue(scenarioRun).isEmpty()) {
      return "";
    }
    List<String> details =
        Stream.concat(
                reason.map(ScenarioFailureReason::describe).map(Escaping::escape).stream(),
                scorersInError(scenarioRun).stream())
            .toList();
    return details.isEmpty()
        ? " [infrastructure outcome]"
        : " [infrastructure outcome: " + String.join("; ", details) + "]";
  }

  /** The scorers of a scenario run that ended in error, as prose; empty when none did. */
  static Optional<String> scorersInError(ScenarioRunView scenarioRun) {
    List<String> names =
        scenarioRun.scoringResult().stream()
            .flatMap(result -> result.scoringFunctionResults().stream())
            .filter(ScoringFunctionResult::isError)
            .map(ScoringFunctionResult::scoringFunctionName)
            .toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String noun = names.size() == 1 ? "scorer " : "scorers ";
    return Optional.of(noun + Format.quotedList(names) + " ended in error");
  }

  /** The scoring function result's state as "but it was in state …" ends. */
  static String state(ScoringFunctionResult result) {
    return switch (result.state()) {
      case COMPLETE, UNKNOWN -> escape(result.stateValue());
      case ERROR -> "error (the scorer itself failed: " + INFRASTRUCTURE + ")";
      case UNRECOGNIZED -> unknownState(result.stateValue());
    };
  }

  /** Why a scoring function result has no score, as "but it has no score: …" ends. */
  static String whyNoScore(ScoringFunctionResult result) {
    return result.isError()
        ? "the scorer itself failed (" + INFRASTRUCTURE + ")"
        : "the API sent none (state " + state(result) + ")";
  }

  /** What a reader must know about a scoring function's score besides its value. */
  static String aboutScore(ScoringFunctionResult result) {
    return result.isError()
        ? ", and the scorer itself ended in error (" + INFRASTRUCTURE + ")"
        : "";
  }

  private static String infrastructureIssues(ScenarioRunView scenarioRun) {
    return Stream.concat(stateIssue(scenarioRun).stream(), scorersInError(scenarioRun).stream())
        .collect(Collectors.joining(" and "));
  }

  /**
   * How a scenario run ended in an infrastructure failure, as core defines one ({@link
   * ScenarioRunState#isInfrastructureFailure()}); empty when it did not.
   */
  private static Optional<String> stateIssue(ScenarioRunView scenarioRun) {
    ScenarioRunState state = scenarioRun.state();
    if (!state.isInfrastructureFailure()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (state) {
          case CANCELED -> "it was canceled";
          case TIMEOUT -> "it timed out";
          case FAILED -> "it failed";
          default -> "it ended in state " + escape(scenarioRun.stateValue());
        });
  }

  private static String unknownState(String stateValue) {
    return stateValue == null
        ? "none (the API sent no state)"
        : Format.quoted(stateValue) + " (unknown to this version of Benchgate)";
  }
}
