package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.testing.fixtures.JobFixtures.agent;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.fixtures.JobFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The ranking gate, with p-values checked against exact reference values: with every one of n
 * scenarios better by the same kind of margin, the one-sided sign-flip test and the exact McNemar
 * test both give 2⁻ⁿ (scipy 1.17: {@code binomtest(8, 8, 0.5, alternative='greater').pvalue} =
 * 0.00390625); with four changes of ±0.1 summing to 0, the sign-flip test gives 11/16 = 0.6875 (the
 * share of the 16 sign assignments whose sum is at most 0).
 */
class BenchmarkJobOutcomeAssert_ranksFirst_Test {
  private static final String EXPECTING =
      "Expecting agent candidate, benchmark run bmr_candidate to rank first among the agents of"
          + " benchmark job pr-1187 (bmj_1) at alpha 0.05 (one-sided tests; agents whose"
          + " difference is not significant are tied)";

  private static final BenchmarkJobOutcome JOB =
      JobFixtures.scored(
          agent("candidate", 0.2, 0.3, 0.1, 0.4, 0.2, 0.3, 0.2, 0.1),
          agent("baseline", 0.9, 0.8, 0.9, 1.0, 0.7, 0.9, 0.8, 0.9),
          agent("other", 0.2, 0.4, 0.1, 0.3, 0.2, 0.2, 0.3, 0.1),
          agent("worst", 0.0, 0.1, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0));

  @Test
  void an_agent_significantly_better_than_every_other_ranks_first() {
    // WHEN/THEN
    assertThat(JOB).ranksFirst("baseline").ranksFirst("baseline", 0.01);
  }

  @Test
  void agents_whose_difference_is_not_significant_tie_for_first_place() {
    // GIVEN
    BenchmarkJobOutcome tied =
        JobFixtures.scored(
            agent("candidate", 0.2, 0.3, 0.1, 0.4, 0.2, 0.3, 0.2, 0.1),
            agent("other", 0.2, 0.4, 0.1, 0.3, 0.2, 0.2, 0.3, 0.1));
    // WHEN/THEN
    assertThat(tied).ranksFirst("candidate").ranksFirst("other");
  }

  @Test
  void fails_with_the_ranking_the_ties_and_the_p_values() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(JOB).ranksFirst("candidate"));
    // THEN
    then(error)
        .hasMessage(
            message(
                EXPECTING,
                "but it ranks 2nd, with 1 agent above it:",
                "  - above: agent baseline, benchmark run bmr_baseline, mean score 0.8625:"
                    + " significantly better, score change p = 0.0039 (one-sided paired"
                    + " sign-flip test, exact, 8 scenarios), pass/fail flips at a score of at least"
                    + " 0.5 p = 0.0039 (one-sided exact McNemar test, exact, 8 scenarios)",
                "  - agent candidate, benchmark run bmr_candidate, mean score 0.225",
                "  - tied: agent other, benchmark run bmr_other, mean score 0.225: no significant"
                    + " difference either way (other better: score change p = 0.687 (one-sided"
                    + " paired sign-flip test, exact, 8 scenarios), pass/fail flips at a score of at"
                    + " least 0.5 p = 1 (one-sided exact McNemar test, exact, 8 scenarios);"
                    + " candidate better: score change p = 0.687 (one-sided paired sign-flip test,"
                    + " exact, 8 scenarios), pass/fail flips at a score of at least 0.5 p = 1"
                    + " (one-sided exact McNemar test, exact, 8 scenarios))",
                "  - below: agent worst, benchmark run bmr_worst, mean score 0.025: significantly"
                    + " worse, score change p = 0.0039 (one-sided paired sign-flip test, exact, 8"
                    + " scenarios), pass/fail flips at a score of at least 0.5 p = 1 (one-sided"
                    + " exact McNemar test, exact, 8 scenarios)"));
  }

  @Test
  void fails_when_too_few_scenarios_could_tell_it_from_another() {
    // GIVEN: four scenarios cannot reach p below 1/16
    BenchmarkJobOutcome small =
        JobFixtures.scored(agent("candidate", 1, 1, 1, 1), agent("baseline", 0, 0, 0, 0));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(small).ranksFirst("candidate"));
    // THEN
    then(error)
        .hasMessageContaining(
            "but the tests cannot tell it from 1 agent: with this few scenarios no difference,"
                + " however large, could reach p ≤ 0.05 (underpowered):")
        .hasMessageContaining(
            "  - cannot tell: agent baseline, benchmark run bmr_baseline, mean score 0:"
                + " underpowered, the smallest p the one-sided paired sign-flip test can reach over"
                + " 4 scenarios is 0.0625, it needs at least 5 scenarios")
        .hasMessageEndingWith(
            "A gate that could not judge does not pass: compare at least 5 scenarios, or call"
                + " ranksFirst(\"candidate\", 0.05, WhenUnderpowered.ABORT) to skip it instead.");
  }

  @Test
  void aborts_instead_when_asked_to() {
    // GIVEN
    BenchmarkJobOutcome small =
        JobFixtures.scored(agent("candidate", 1, 1, 1, 1), agent("baseline", 0, 0, 0, 0));
    // WHEN
    Throwable aborted =
        catchThrowable(
            () -> assertThat(small).ranksFirst("candidate", 0.05, WhenUnderpowered.ABORT));
    // THEN
    then(aborted).isInstanceOf(TestAbortedException.class).hasMessageContaining("(underpowered)");
  }

  @Test
  void a_significant_rival_fails_even_when_asked_to_abort_on_underpowered_tests() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(JOB).ranksFirst("candidate", 0.05, WhenUnderpowered.ABORT));
    // THEN
    then(error).hasMessageContaining("but it ranks 2nd, with 1 agent above it:");
  }

  @Test
  void a_job_with_no_other_agent_cannot_rank() {
    // GIVEN
    BenchmarkJobOutcome alone = JobFixtures.scored(agent("candidate", 1, 1, 1, 1, 1, 1));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(alone).ranksFirst("candidate"));
    // THEN
    then(error)
        .hasMessageEndingWith(
            "but the job has no other agent with a benchmark run to rank it against.");
  }

  @Test
  void an_unknown_agent_fails_naming_those_there_are() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(JOB).ranksFirst("gemini"));
    // THEN
    then(error)
        .hasMessageContaining("to have the agent \"gemini\"")
        .hasMessageContaining("\"baseline\", \"candidate\", \"other\" and \"worst\"");
  }

  @Test
  void refuses_a_level_outside_the_range_of_the_tests() {
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(JOB).ranksFirst("candidate", 0.7))
        .withMessage("The significance level alpha must be from 0.0001 to 0.5, but was 0.7");
  }

  @Test
  void soft_assertions_collect_the_ranking() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(JOB).ranksFirst("candidate").ranksFirst("other").ranksFirst("baseline");
    // THEN
    then(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void a_running_agent_is_ranked_on_what_it_has_run() {
    // GIVEN
    var done = JobFixtures.scored(agent("candidate", 1, 1, 1, 1, 1, 1)).agent("candidate");
    var running = Models.outcome(Models.run("bmr_2").running().build()).build();
    BenchmarkJobOutcome job =
        BenchmarkJobOutcome.of(
            Models.job("bmj_2")
                .running()
                .agent(Models.agentOutcome("candidate", done))
                .running("baseline", "bmr_2")
                .build(),
            List.of(done, running));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(job).ranksFirst("candidate"));
    // THEN: the baseline has no scenario run yet, so nothing can tell them apart
    then(error).hasMessageContaining("agent baseline, benchmark run bmr_2, no scenario runs");
  }
}
