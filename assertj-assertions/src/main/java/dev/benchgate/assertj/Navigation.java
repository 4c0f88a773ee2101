package dev.benchgate.assertj;

import dev.benchgate.assertj.internal.Escaping;
import dev.benchgate.assertj.internal.Names;
import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.outcome.JobAgent;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the value a navigation method moves to, and describes where it came from. The description
 * becomes the nested assertion's, so its failures say where they are, and a value that was not
 * found says why instead of a bare "Expecting actual not to be null".
 *
 * <p>Navigation never fails by itself: under soft assertions a failure there would leave the chain
 * without an assertion object to continue on.
 */
final class Navigation {
  private static final String SEPARATOR = " > ";

  private Navigation() {}

  /** The value navigated to, {@code null} when there is none, and its description. */
  record Target<T>(T value, String description) {}

  /**
   * Finds a scenario run by, in this order, its id, its scenario's id, or its scenario's name; a
   * match must be unique.
   */
  static Target<ScenarioRunView> scenarioRun(
      BenchmarkOutcome outcome, String nameOrId, String parentDescription) {
    List<ScenarioRunView> matches = matching(outcome, run -> nameOrId.equals(run.id()));
    if (matches.isEmpty()) {
      matches = matching(outcome, run -> nameOrId.equals(run.scenarioId()));
    }
    if (matches.isEmpty()) {
      matches = matching(outcome, run -> nameOrId.equals(outcome.scenarioName(run)));
    }
    String path =
        base(parentDescription, Names.benchmarkRun(outcome.run()))
            + SEPARATOR
            + "scenario run \""
            + Escaping.escape(nameOrId)
            + "\"";
    if (matches.size() == 1) {
      return new Target<>(matches.get(0), path + jobReport(outcome, matches.get(0)));
    }
    String why =
        matches.isEmpty()
            ? " (none has that name or id)"
            : " (%d match: %s; navigate by id)"
                .formatted(
                    matches.size(),
                    matches.stream()
                        .map(ScenarioRunView::id)
                        .map(Escaping::escape)
                        .collect(Collectors.joining(", ")));
    return new Target<>(null, path + why);
  }

  /**
   * What a benchmark job reported about a scenario run that failed, for the description of the
   * assertions on it, which see the scenario run alone: empty when the job gave no reason.
   */
  private static String jobReport(BenchmarkOutcome outcome, ScenarioRunView scenarioRun) {
    return outcome
        .failureReason(scenarioRun)
        .map(
            reason ->
                (outcome.isSynthesized(scenarioRun)
                        ? " (no scenario run; the job reports "
                        : " (the job reports ")
                    + Escaping.escape(reason.describe())
                    + ")")
        .orElse("");
  }

  /** Describes the list of an outcome's scenario runs. */
  static String scenarioRuns(BenchmarkOutcome outcome, String parentDescription) {
    return base(parentDescription, Names.benchmarkRun(outcome.run())) + SEPARATOR + "scenario runs";
  }

  /**
   * Compares an outcome with a baseline. A missing baseline is no target, and the description says
   * so: a baseline source that resolved to nothing must not read as a bare null.
   */
  static Target<OutcomeComparison> comparison(
      BenchmarkOutcome candidate, BenchmarkOutcome baseline, String parentDescription) {
    String path =
        base(parentDescription, Names.benchmarkRun(candidate.run()))
            + SEPARATOR
            + "compared with baseline ";
    if (baseline == null) {
      return new Target<>(
          null, path + "null (no baseline was given, so there is nothing to compare with)");
    }
    return new Target<>(
        OutcomeComparison.of(baseline, candidate), path + Names.benchmarkRun(baseline.run()));
  }

  /**
   * Finds the outcome of an agent of a benchmark job by name; a name the job does not know says
   * which agents it has, as {@link BenchmarkJobOutcome#agent(String)} says it.
   */
  static Target<BenchmarkOutcome> agent(
      BenchmarkJobOutcome job, String name, String parentDescription) {
    String path = base(parentDescription, Names.benchmarkJob(job.job())) + SEPARATOR;
    try {
      JobAgent agent = job.jobAgent(name);
      return new Target<>(agent.outcome(), path + Names.agent(agent));
    } catch (NoSuchElementException unknown) {
      return new Target<>(
          null,
          path
              + "agent \""
              + Escaping.escape(name)
              + "\" ("
              + Escaping.escape(unknown.getMessage())
              + ")");
    }
  }

  /** Describes every agent of a benchmark job. */
  static String allAgents(BenchmarkJobOutcome job, String parentDescription) {
    return base(parentDescription, Names.benchmarkJob(job.job())) + SEPARATOR + "every agent";
  }

  /** Finds the result of a scoring function by name. */
  static Target<ScoringFunctionResult> scoringFunction(
      ScenarioRunView scenarioRun, String name, String parentDescription) {
    String path =
        base(parentDescription, Names.scenarioRun(scenarioRun))
            + SEPARATOR
            + Names.scoringFunction(name);
    if (scenarioRun.scoringResult().isEmpty()) {
      return new Target<>(
          null,
          path
              + " (no result: the scenario run has no scoring result in state "
              + Escaping.escape(scenarioRun.stateValue())
              + ")");
    }
    ScoringContractResult result = scenarioRun.scoringResult().get();
    return result
        .scoringFunctionResult(name)
        .map(found -> new Target<>(found, path))
        .orElseGet(() -> new Target<>(null, path + " (" + resultsOtherThan(result) + ")"));
  }

  private static String resultsOtherThan(ScoringContractResult result) {
    if (result.scoringFunctionResults().isEmpty()) {
      return "no result: the scoring result has no per-function results";
    }
    return "no result by that name; there are results for "
        + result.scoringFunctionResults().stream()
            .map(function -> "\"" + Escaping.escape(function.scoringFunctionName()) + "\"")
            .collect(Collectors.joining(", "));
  }

  private static List<ScenarioRunView> matching(
      BenchmarkOutcome outcome, Predicate<ScenarioRunView> predicate) {
    return outcome.scenarioRuns().stream().filter(predicate).toList();
  }

  private static String base(String parentDescription, String name) {
    return parentDescription == null || parentDescription.isEmpty() ? name : parentDescription;
  }
}
