package dev.benchgate.assertj.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffendersTest {

  private static final String NL = System.lineSeparator();

  @Test
  void lists_no_score_first_then_ascending_scores_ties_by_name_then_id() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("b").scored(0.2).build(),
                Models.scenarioRun("scr_2").named("a").scored(0.2).build(),
                Models.scenarioRun("scr_4").named("c").failed().build(),
                Models.scenarioRun("scr_3").named("c").failed().build(),
                Models.scenarioRun("scr_5").named("a").scored(0.1).build())
            .build();
    // WHEN
    Offenders offenders = Offenders.of(outcome, scenarioRun -> true);
    // THEN
    then(offenders.bullets())
        .isEqualTo(
            NL
                + "  - c (scr_3): failed, no score [infrastructure outcome]"
                + NL
                + "  - c (scr_4): failed, no score [infrastructure outcome]"
                + NL
                + "  - a (scr_5): scored, score 0.1"
                + NL
                + "  - a (scr_2): scored, score 0.2"
                + NL
                + "  - b (scr_1): scored, score 0.2");
    then(offenders.count()).isEqualTo(5);
    then(offenders.total()).isEqualTo(5);
  }

  @Test
  void counts_only_the_selected_scenario_runs_among_all() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build())
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.2).build(),
                Models.scenarioRun("scr_2").scored(0.9).build())
            .build();
    // WHEN
    Offenders offenders = Offenders.of(outcome, scenarioRun -> scenarioRun.score() < 0.5);
    // THEN
    then(offenders.count()).isEqualTo(1);
    then(offenders.total()).isEqualTo(2);
  }

  @Test
  void says_when_the_api_sent_no_state() {
    // GIVEN
    ScenarioRunView stateless = Models.scenarioRun("scr_1").named("a").state(null).build();
    BenchmarkOutcome outcome =
        Models.outcome(Models.run("bmr_1").build()).scenarioRuns(stateless).build();
    // WHEN
    Offenders offenders = Offenders.of(outcome, scenarioRun -> true);
    // THEN
    then(offenders.bullets()).isEqualTo(NL + "  - a (scr_1): no state, no score");
  }

  @Test
  void none_lists_nothing() {
    then(Offenders.none().count()).isZero();
    then(Offenders.none().total()).isZero();
    then(Offenders.none().bullets()).isEmpty();
  }

  @Test
  void cuts_any_list_after_the_documented_maximum() {
    then(Offenders.MAX_LISTED).isEqualTo(5);
    then(Offenders.bullets(List.of("1", "2", "3", "4", "5")))
        .isEqualTo(NL + "  - 1" + NL + "  - 2" + NL + "  - 3" + NL + "  - 4" + NL + "  - 5");
    then(Offenders.bullets(List.of("1", "2", "3", "4", "5", "6")))
        .endsWith(NL + "  - 5" + NL + "  - and 1 more");
  }
}
