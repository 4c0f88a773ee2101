package dev.benchgate.assertj.internal;

import dev.benchgate.core.compare.ConfidenceInterval;
import dev.benchgate.core.compare.MeanScore;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.repeated.RepeatedScenario;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a benchmark run whose mean scenario run score is too low, or that has no
 * scenario runs to judge.
 *
 * <pre>{@code
 * throwAssertionError(shouldHaveMeanScoreAtLeast(outcome, 0.8, 0.65, below));
 * // Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0.8 (aggregate over
 * // all its scenario runs, those without a score counting as 0)
 * // but it was 0.65 over 10 scenario runs; those below 0.8, worst first:
 * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
 * //   - ...
 * }</pre>
 */
public class ShouldHaveMeanScoreAtLeast extends BasicErrorMessageFactory {

  /**
   * Creates the message.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreAtLeast(outcome, 0.8, mean, below));
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param threshold the lowest acceptable mean
   * @param mean the mean score of its scenario runs
   * @param below its scenario runs without a score of at least the threshold
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreAtLeast(
      BenchmarkOutcome outcome, double threshold, double mean, Offenders below) {
    String actual =
        below.total() == 0
            ? "it has no scenario runs."
            : "it was %s over %s; those below %s, worst first:%s"
                .formatted(
                    Format.score(mean),
                    Format.count(below.total(), "scenario run", "scenario runs"),
                    Format.score(threshold),
                    below.bullets());
    return new ShouldHaveMeanScoreAtLeast(
        Names.benchmarkRun(outcome.run()), "all its scenario runs", threshold, actual);
  }

  /**
   * Creates the message of a benchmark run whose mean scenario run score is not at least a
   * threshold with a confidence: its one-sided lower confidence bound is below the threshold.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreAtLeast(outcome, 0.8, 0.95, MeanScore.of(outcome), below));
   * // Expecting benchmark run nightly (bmr_1) to have a mean score of at least 0.8 with 95 %
   * // confidence (the one-sided 95 % lower confidence bound of the mean over all its scenario
   * // runs, those without a score counting as 0, at least 0.8)
   * // but the bound was 0.7433 (skewness-adjusted Student-t, 15 degrees of freedom, standard error
   * // 0.0412 clustered by scenario) for a mean of 0.84 over 48 scenario runs of 16 scenarios;
   * // those below 0.8, worst first:
   * //   - fix-login-bug (scr_3): timeout, no score [infrastructure outcome]
   * //   - ...
   * }</pre>
   *
   * @param outcome the outcome of the run
   * @param threshold the lowest acceptable mean
   * @param level the confidence level
   * @param mean the mean score with its standard error, {@code null} without scenario runs
   * @param below its scenario runs without a score of at least the threshold
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreAtLeast(
      BenchmarkOutcome outcome, double threshold, double level, MeanScore mean, Offenders below) {
    return withConfidence(
        Names.benchmarkRun(outcome.run()),
        "all its scenario runs",
        threshold,
        level,
        mean,
        below.count() == 0
            ? "each scenario run scored at least %s, but too few or too spread to rule out luck."
                .formatted(Format.score(threshold))
            : "those below %s, worst first:%s".formatted(Format.score(threshold), below.bullets()));
  }

  /**
   * Creates the message of repeated runs whose mean score over every scenario run of every run is
   * too low, or that have no scenario runs to judge.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreAtLeast(runs, 0.8, mean));
   * // Expecting 5 repeated runs of benchmark bmd_1 (bmr_a, ...) to have a mean score of at least
   * // 0.8 (aggregate over all scenario runs of its runs, those without a score counting as 0)
   * // but it was 0.65 over 20 scenario runs; the scenarios below 0.8, worst first:
   * //   - retry-flag (scn_b2): mean 0.3 over 5 scenario runs
   * }</pre>
   *
   * @param runs the runs
   * @param threshold the lowest acceptable mean
   * @param mean their mean score, {@code null} without scenario runs
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreAtLeast(
      RepeatedOutcome runs, double threshold, MeanScore mean) {
    String actual =
        mean == null
            ? "it has no scenario runs."
            : "it was %s over %s; the scenarios below %s, worst first:%s"
                .formatted(
                    Format.estimate(mean.mean()),
                    Format.count(mean.scenarioRuns(), "scenario run", "scenario runs"),
                    Format.score(threshold),
                    Offenders.bullets(below(runs, threshold)));
    return new ShouldHaveMeanScoreAtLeast(
        Names.repeatedRuns(runs), "all scenario runs of its runs", threshold, actual);
  }

  /**
   * Creates the message of repeated runs whose mean score over every scenario run of every run is
   * not at least a threshold with a confidence.
   *
   * <pre>{@code
   * throwAssertionError(shouldHaveMeanScoreAtLeast(runs, 0.8, 0.95, runs.meanScore()));
   * }</pre>
   *
   * @param runs the runs
   * @param threshold the lowest acceptable mean
   * @param level the confidence level
   * @param mean their mean score with its standard error, {@code null} without scenario runs
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMeanScoreAtLeast(
      RepeatedOutcome runs, double threshold, double level, MeanScore mean) {
    List<String> below = below(runs, threshold);
    return withConfidence(
        Names.repeatedRuns(runs),
        "all scenario runs of its runs",
        threshold,
        level,
        mean,
        below.isEmpty()
            ? "each scenario's mean was at least %s, but too few or too spread to rule out luck."
                .formatted(Format.score(threshold))
            : "the scenarios below %s, worst first:%s"
                .formatted(Format.score(threshold), Offenders.bullets(below)));
  }

  /** The scenarios whose own mean misses the threshold, worst first. */
  private static List<String> below(RepeatedOutcome runs, double threshold) {
    List<RepeatedScenario> below =
        runs.scenarios(RepeatedOutcome.DEFAULT_PASSING_SCORE).stream()
            .filter(scenario -> RepeatedScenarios.isBelow(scenario, threshold))
            .toList();
    return RepeatedScenarios.worstFirst(below, RepeatedScenarios::meanScore).stream()
        .map(RepeatedScenarios::mean)
        .toList();
  }

  private static ErrorMessageFactory withConfidence(
      String subject,
      String scope,
      double threshold,
      double level,
      MeanScore mean,
      String offenders) {
    String actual;
    if (mean == null) {
      actual = "it has no scenario runs.";
    } else {
      String method =
          mean.lowerBoundMethod() == ConfidenceInterval.Method.NO_SPREAD
              ? "no spread: every one of its %s has a mean score of %s, so the bound is %s × %s^(1/%d)"
                  .formatted(
                      Format.count(mean.scenarios(), "scenario", "scenarios"),
                      Format.estimate(mean.mean()),
                      Format.estimate(mean.mean()),
                      BigDecimal.ONE.subtract(BigDecimal.valueOf(level)).toPlainString(),
                      mean.scenarios())
              : "%s, %s, standard error %s clustered by scenario"
                  .formatted(
                      mean.lowerBoundMethod().description(),
                      Format.count(mean.scenarios() - 1, "degree of freedom", "degrees of freedom"),
                      Format.estimate(mean.standardError()));
      actual =
          "the bound was %s (%s) for a mean of %s over %s of %s; %s"
              .formatted(
                  Format.lowerBound(mean.lowerBound(level)),
                  method,
                  Format.estimate(mean.mean()),
                  Format.count(mean.scenarioRuns(), "scenario run", "scenario runs"),
                  Format.count(mean.scenarios(), "scenario", "scenarios"),
                  offenders);
    }
    return new ShouldHaveMeanScoreAtLeast(
        ("%nExpecting %s to have a mean score of at least %s with %s %% confidence (the one-sided %s"
                + " %% lower confidence bound of the mean over %s, those without a score counting"
                + " as 0, at least %s)%nbut %s")
            .formatted(
                subject,
                Format.score(threshold),
                Format.percent(level),
                Format.percent(level),
                scope,
                Format.score(threshold),
                actual));
  }

  private ShouldHaveMeanScoreAtLeast(
      String subject, String scope, double threshold, String actual) {
    super(
        "%nExpecting %s to have a mean score of at least %s (aggregate over %s, those without a"
            + " score counting as 0)%nbut %s",
        unquotedString(subject),
        unquotedString(Format.score(threshold)),
        unquotedString(scope),
        unquotedString(actual));
  }

  private ShouldHaveMeanScoreAtLeast(String message) {
    super("%s", unquotedString(message));
  }
}
