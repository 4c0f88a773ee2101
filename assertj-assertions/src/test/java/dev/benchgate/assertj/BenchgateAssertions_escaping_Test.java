package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.atScore;
import static dev.benchgate.assertj.BenchgateAssertions.percent;
import static dev.benchgate.assertj.BenchgateAssertions.withConfidence;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Named.named;

import dev.benchgate.core.compare.OutcomeComparison;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.UnknownScorer;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of failure message, provoked with names, ids, states, metadata, scorer names and
 * output that carry terminal escape sequences, a bell, an OSC 8 hyperlink, a bidirectional override
 * and a line break followed by a forged line: each message shows them as visible escapes, and its
 * lines are its own.
 */
class BenchgateAssertions_escaping_Test {

  /** What a hostile server or snapshot file could put into any text field. */
  private static final String HOSTILE =
      "x\u001B[2J\u001B[31m\u0007\u001B]8;;https://evil.example\u001B\\link\u202E\u0085\r\n"
          + "FORGED line\u2028y";

  /** How the start of {@link #HOSTILE} shows in a message. */
  private static final String SHOWN =
      "x\\u001B[2J\\u001B[31m\\u0007\\u001B]8;;https://evil.example";

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyMessageKind")
  void shows_untrusted_text_escaped_in_every_message(ThrowingCallable failing) {
    // WHEN
    AssertionError error = expectAssertionError(failing);
    // THEN
    String message = error.getMessage();
    then(message).contains(SHOWN).contains("\\r\\nFORGED line\\u2028y");
    then(message.lines()).noneMatch(line -> line.startsWith("FORGED"));
    then(invisibleCharacters(message))
        .as("control and format characters in:%n%s", message)
        .isEmpty();
  }

  static Stream<Named<ThrowingCallable>> everyMessageKind() {
    List<Named<ThrowingCallable>> cases = new ArrayList<>();
    BenchmarkRunView running = Models.run("bmr_1").named(HOSTILE).running().build();
    BenchmarkRunView unknownState = Models.run("bmr_1").named("nightly").state(HOSTILE).build();
    BenchmarkRunView withMetadata =
        Models.run("bmr_1").named("nightly").completed().metadata("branch", HOSTILE).build();
    BenchmarkRunView otherMetadata =
        Models.run("bmr_1").completed().metadata(HOSTILE, HOSTILE).build();
    cases.add(named("run: hasState", () -> assertThat(running).isCompleted()));
    cases.add(named("run: unknown state", () -> assertThat(unknownState).isCompleted()));
    cases.add(named("run: isNotRunning", () -> assertThat(running).isNotRunning()));
    cases.add(named("run: hasScoreAtLeast", () -> assertThat(running).hasScoreAtLeast(0.8)));
    cases.add(
        named(
            "run: hasDurationAtMost",
            () -> assertThat(running).hasDurationAtMost(Duration.ofHours(1))));
    cases.add(
        named(
            "run: hasMetadataEntry, other value",
            () -> assertThat(withMetadata).hasMetadataEntry("branch", "main")));
    cases.add(
        named(
            "run: hasMetadataEntry, other keys",
            () -> assertThat(otherMetadata).hasMetadataEntry("branch", HOSTILE)));
    cases.add(named("run: hasName", () -> assertThat(running).hasName("nightly")));
    cases.add(
        named(
            "run: a description given with as(…)",
            () ->
                assertThat(Models.run("bmr_1").completed().build())
                    .as("run %s", HOSTILE)
                    .hasState(BenchmarkRunState.FAILED)));
    cases.add(
        named(
            "run: AssertJ's own isEqualTo, printing the actual record",
            () -> assertThat(running).isEqualTo(Models.run("bmr_2").build())));
    cases.add(
        named(
            "run: AssertJ's own isNull, printing the actual record",
            () -> assertThat(running).isNull()));

    BenchmarkOutcome outcome = hostileOutcome();
    cases.add(named("outcome: hasScoreAtLeast", () -> assertThat(outcome).hasScoreAtLeast(0.9)));
    cases.add(
        named("outcome: hasScenarioRunCount", () -> assertThat(outcome).hasScenarioRunCount(1)));
    cases.add(
        named(
            "outcome: hasNoScenarioRunsIn",
            () -> assertThat(outcome).hasNoScenarioRunsIn(ScenarioRunState.TIMEOUT)));
    cases.add(
        named(
            "outcome: allScenarioRunsAreFinished",
            () -> assertThat(outcome).allScenarioRunsAreFinished()));
    cases.add(
        named(
            "outcome: hasPassRateAtLeast",
            () -> assertThat(outcome).hasPassRateAtLeast(0.9, atScore(0.5))));
    cases.add(
        named(
            "outcome: allScenarioRunsHaveScoreAtLeast",
            () -> assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5)));
    cases.add(
        named("outcome: hasMeanScoreAtLeast", () -> assertThat(outcome).hasMeanScoreAtLeast(0.9)));
    cases.add(
        named(
            "outcome: hasMeanScoreAtLeast with confidence",
            () -> assertThat(outcome).hasMeanScoreAtLeast(0.9, withConfidence(0.95))));
    cases.add(named("outcome: hasNoScoringErrors", () -> assertThat(outcome).hasNoScoringErrors()));
    cases.add(
        named(
            "outcome: hasInfrastructureFailuresAtMost",
            () -> assertThat(outcome).hasInfrastructureFailuresAtMost(0)));
    cases.add(
        named(
            "outcome: hasInfrastructureFailuresAtMost a percentage",
            () -> assertThat(outcome).hasInfrastructureFailuresAtMost(percent(1))));
    cases.add(
        named(
            "outcome: coversAllScenariosOfItsBenchmark",
            () -> assertThat(outcome).coversAllScenariosOfItsBenchmark()));
    cases.add(
        named(
            "outcome: coversAllScenariosOfItsBenchmark without the benchmark",
            () ->
                assertThat(
                        Models.outcome(
                                Models.run("bmr_1").named(HOSTILE).benchmark(HOSTILE).build())
                            .build())
                    .coversAllScenariosOfItsBenchmark()));
    cases.add(
        named(
            "outcome: scenarioRun(…) not found",
            () -> assertThat(outcome).scenarioRun(HOSTILE + "?").isNotNull()));
    cases.add(
        named(
            "outcome: scenarioRun(…) then a failure",
            () -> assertThat(outcome).scenarioRun("scr_3").hasScoreAtLeast(0.9)));
    cases.add(
        named(
            "outcome: scenarioRuns(), AssertJ's own list assertion",
            () -> assertThat(outcome).scenarioRuns().hasSize(1)));
    cases.add(
        named(
            "outcome: comparedTo(null)",
            () -> assertThat(outcome).comparedTo(null).hasMeanScoreDropAtMost(0.1)));

    BenchmarkOutcome baseline = comparisonSide("bmr_base", false);
    BenchmarkOutcome candidate = comparisonSide("bmr_cand", true);
    cases.add(
        named(
            "comparison: hasNoScenarioRegressedByMoreThan",
            () ->
                assertThat(candidate).comparedTo(baseline).hasNoScenarioRegressedByMoreThan(0.2)));
    cases.add(
        named(
            "comparison: hasMeanScoreDropAtMost",
            () -> assertThat(candidate).comparedTo(baseline).hasMeanScoreDropAtMost(0.01)));
    cases.add(
        named(
            "comparison: hasNoNewFailures",
            () -> assertThat(candidate).comparedTo(baseline).hasNoNewFailures(0.5)));
    cases.add(
        named(
            "comparison: hasNoMissingScenarios",
            () -> assertThat(candidate).comparedTo(baseline).hasNoMissingScenarios()));
    cases.add(
        named(
            "comparison: hasNoSignificantRegression",
            () -> assertThat(candidate).comparedTo(baseline).hasNoSignificantRegression()));
    cases.add(
        named(
            "comparison: underpowered",
            () ->
                assertThat(OutcomeComparison.of(hostileOutcome(), hostileOutcome()))
                    .hasNoSignificantRegression()));

    ScenarioRunView scenarioRun = outcome.scenarioRuns().get(0);
    ScenarioRunView timedOut =
        Models.scenarioRun("scr_9").named(HOSTILE).benchmarkRun("bmr_1").timeout().build();
    ScenarioRunView unknown = Models.scenarioRun("scr_8").named(HOSTILE).state(HOSTILE).build();
    cases.add(named("scenario run: isScored", () -> assertThat(timedOut).isScored()));
    cases.add(named("scenario run: unknown state", () -> assertThat(unknown).isScored()));
    cases.add(
        named(
            "scenario run: hasState",
            () -> assertThat(timedOut).hasState(ScenarioRunState.SCORED)));
    cases.add(
        named("scenario run: hasScoreAtLeast", () -> assertThat(scenarioRun).hasScoreAtLeast(0.9)));
    cases.add(
        named(
            "scenario run: isNotInfrastructureFailure",
            () -> assertThat(timedOut).isNotInfrastructureFailure()));
    cases.add(
        named(
            "scenario run: hasDurationAtMost",
            () -> assertThat(timedOut).hasDurationAtMost(Duration.ofMinutes(1))));
    cases.add(
        named(
            "scenario run: scoringFunction(…) not found",
            () -> assertThat(scenarioRun).scoringFunction("lint").isNotNull()));
    cases.add(
        named(
            "scenario run: scoringFunction(…) without a result",
            () -> assertThat(unknown).scoringFunction(HOSTILE).isNotNull()));

    ScoringFunctionResult result = new ScoringFunctionResult(HOSTILE, 0.1, HOSTILE, "error");
    ScoringFunctionResult unknownResult =
        new ScoringFunctionResult(HOSTILE, null, HOSTILE, HOSTILE);
    cases.add(named("scoring function: isComplete", () -> assertThat(result).isComplete()));
    cases.add(
        named("scoring function: unknown state", () -> assertThat(unknownResult).isComplete()));
    cases.add(
        named(
            "scoring function: outputContains",
            () -> assertThat(result).outputContains("10 passed")));
    cases.add(
        named("scoring function: hasScoreAtLeast", () -> assertThat(result).hasScoreAtLeast(0.5)));

    ScenarioView scenario =
        Models.scenario("scn_1")
            .named(HOSTILE)
            .status(HOSTILE)
            .scoringFunction(HOSTILE, 0.3, new UnknownScorer(HOSTILE, Map.of()))
            .scoringFunction("lint", 0.3, new CommandScorer(HOSTILE))
            .build();
    cases.add(named("scenario: isActive", () -> assertThat(scenario).isActive()));
    cases.add(
        named(
            "scenario: hasScoringFunction",
            () -> assertThat(scenario).hasScoringFunction("unit-tests")));
    cases.add(
        named(
            "scenario: usesScorer", () -> assertThat(scenario).usesScorer(TestBasedScorer.class)));
    cases.add(
        named(
            "scenario: hasWeightsSummingToOne",
            () -> assertThat(scenario).hasWeightsSummingToOne()));

    BenchmarkView benchmark =
        Models.benchmark("bmd_1").named(HOSTILE).status(HOSTILE).scenarios(HOSTILE).build();
    cases.add(named("benchmark: isActive", () -> assertThat(benchmark).isActive()));
    cases.add(
        named(
            "benchmark: containsScenario", () -> assertThat(benchmark).containsScenario("scn_9")));
    cases.add(
        named("benchmark: hasScenarioCount", () -> assertThat(benchmark).hasScenarioCount(5)));
    BenchmarkJobOutcome job = hostileJob();
    cases.add(named("job: isCompleted", () -> assertThat(job).isCompleted()));
    cases.add(named("job: hasAgents", () -> assertThat(job).hasAgents("candidate")));
    cases.add(
        named(
            "job: agent, setup failure",
            () -> assertThat(job).agent(HOSTILE).hasInfrastructureFailuresAtMost(0)));
    cases.add(
        named("job: unknown agent", () -> assertThat(job).agent(HOSTILE + "?").isCompleted()));
    cases.add(
        named(
            "job: allAgents",
            () -> assertThat(job).allAgents().hasInfrastructureFailuresAtMost(0)));
    cases.add(named("job: ranksFirst", () -> assertThat(job).ranksFirst(HOSTILE)));
    RepeatedOutcome runs = hostileRuns();
    cases.add(named("runs: hasPassAtKAtLeast", () -> assertThat(runs).hasPassAtKAtLeast(1, 1)));
    cases.add(named("runs: hasPassHatKAtLeast", () -> assertThat(runs).hasPassHatKAtLeast(2, 1)));
    cases.add(named("runs: k beyond the runs", () -> assertThat(runs).hasPassAtKAtLeast(3, 1)));
    cases.add(
        named("runs: hasAtMostFlakyScenarios", () -> assertThat(runs).hasAtMostFlakyScenarios(0)));
    cases.add(named("runs: hasMeanScoreAtLeast", () -> assertThat(runs).hasMeanScoreAtLeast(1)));
    cases.add(
        named(
            "runs: hasMeanScoreAtLeast with confidence",
            () -> assertThat(runs).hasMeanScoreAtLeast(1, withConfidence(0.9))));
    cases.add(named("runs: hasRunCount", () -> assertThat(runs).hasRunCount(3)));
    return cases.stream();
  }

  /**
   * A job named with hostile text, of two agents named so, one with a setup failure whose reason is
   * hostile, in a hostile state.
   */
  private static BenchmarkJobOutcome hostileJob() {
    BenchmarkOutcome first = hostileAgentRun("bmr_1");
    BenchmarkOutcome second = hostileAgentRun("bmr_2");
    return BenchmarkJobOutcome.of(
        Models.job("bmj_1")
            .named(HOSTILE)
            .state(HOSTILE)
            .agent(
                Models.agentOutcome(HOSTILE, first)
                    .model(HOSTILE)
                    .setupFailure("scn_9", HOSTILE, HOSTILE, HOSTILE))
            .agent(Models.agentOutcome(HOSTILE + "2", second))
            .build(),
        List.of(first, second));
  }

  private static BenchmarkOutcome hostileAgentRun(String runId) {
    return Models.outcome(Models.run(runId).named(HOSTILE).completed().build())
        .scenarioRuns(
            Models.scenarioRun(runId + "_1")
                .scenario("scn_1")
                .benchmarkRun(runId)
                .timeout()
                .build())
        .scenarios(Models.scenario("scn_1").named(HOSTILE).build())
        .build();
  }

  /** Two runs of a benchmark and scenarios named with hostile text, one a job's setup failure. */
  private static RepeatedOutcome hostileRuns() {
    BenchmarkOutcome passed =
        Models.outcome(Models.run("bmr_1").benchmark(HOSTILE).completed().build())
            .scenarioRuns(Models.scenarioRun("scr_1").scenario("scn_1").scored(1).build())
            .scenarios(Models.scenario("scn_1").named(HOSTILE).build())
            .build();
    BenchmarkOutcome failed =
        Models.outcome(Models.run("bmr_2").benchmark(HOSTILE).completed().build())
            .scenarios(Models.scenario("scn_1").named(HOSTILE).build())
            .build();
    BenchmarkOutcome ofAJob =
        BenchmarkJobOutcome.of(
                Models.job("bmj_2")
                    .agent(
                        Models.agentOutcome("codex", failed)
                            .setupFailure("scn_1", HOSTILE, HOSTILE, HOSTILE))
                    .build(),
                List.of(failed))
            .agent("codex");
    return RepeatedOutcome.of(passed, ofAJob);
  }

  /**
   * A run with: a scenario run in an unknown state, one timed out, one scored low with a scorer in
   * error, and a benchmark scenario without a run; every name hostile.
   */
  private static BenchmarkOutcome hostileOutcome() {
    return Models.outcome(
            Models.run("bmr_1").named(HOSTILE).benchmark("bmd_1").completed().score(0.5).build())
        .scenarioRuns(
            Models.scenarioRun("scr_1").scenario("scn_1").state(HOSTILE).build(),
            Models.scenarioRun("scr_2").scenario("scn_2").named(HOSTILE).timeout().build(),
            Models.scenarioRun("scr_3")
                .scenario("scn_3")
                .scored(0.2)
                .scoringFunction(HOSTILE, 0.2, "error", HOSTILE)
                .build())
        .scenarios(
            Models.scenario("scn_1").named(HOSTILE).build(),
            Models.scenario("scn_3").named(HOSTILE).build(),
            Models.scenario("scn_4").named(HOSTILE).build())
        .benchmark(Models.benchmark("bmd_1").scenarios("scn_1", "scn_2", "scn_3", "scn_4").build())
        .build();
  }

  /**
   * One side of a comparison of eight scenarios with hostile names: the candidate drops on six,
   * times out on one and misses the last, in a hostile state.
   */
  private static BenchmarkOutcome comparisonSide(String runId, boolean candidate) {
    List<ScenarioRunView> scenarioRuns = new ArrayList<>();
    List<ScenarioView> scenarios = new ArrayList<>();
    IntStream.rangeClosed(1, 8)
        .forEach(
            i -> {
              scenarios.add(Models.scenario("scn_" + i).named(HOSTILE + i).build());
              ScenarioRunBuilder run = Models.scenarioRun(runId + "_" + i).scenario("scn_" + i);
              if (!candidate) {
                scenarioRuns.add(run.scored(1.0).build());
              } else if (i <= 6) {
                scenarioRuns.add(run.scored(0.1).build());
              } else if (i == 7) {
                scenarioRuns.add(run.state(HOSTILE).build());
              }
            });
    return Models.outcome(Models.run(runId).named(HOSTILE).completed().build())
        .scenarioRuns(scenarioRuns.toArray(ScenarioRunView[]::new))
        .scenarios(scenarios.toArray(ScenarioView[]::new))
        .build();
  }

  /** The characters of a message that would act instead of being read; line breaks excepted. */
  private static List<String> invisibleCharacters(String message) {
    String lineBreaks = System.lineSeparator();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < message.length(); i++) {
      if (message.startsWith(lineBreaks, i)) {
        i += lineBreaks.length() - 1;
        continue;
      }
      int type = Character.getType(message.charAt(i));
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE) {
        found.add("U+%04X at %d".formatted((int) message.charAt(i), i));
      }
    }
    return found;
  }
}
