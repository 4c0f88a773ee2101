package dev.benchgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing, printing and picking of {@code latest:} queries, without a server. */
class LatestRunsTest {

  private static BenchmarkRunView run(
      String id, String benchmarkId, String state, long startTimeMs, Map<String, String> metadata) {
    return new BenchmarkRunView(
        id,
        benchmarkId,
        "nightly-" + id,
        metadata,
        startTimeMs,
        3_600_000L,
        state,
        0.9,
        null,
        null,
        null,
        null,
        null);
  }

  private static final List<BenchmarkRunView> RUNS =
      List.of(
          run("bmr_1", "bmd_42", "completed", 1_000, Map.of("branch", "main")),
          run("bmr_2", "bmd_42", "completed", 3_000, Map.of("branch", "main", "agent", "v2")),
          run("bmr_3", "bmd_42", "running", 4_000, Map.of("branch", "main")),
          run("bmr_4", "bmd_42", "completed", 3_000, Map.of("branch", "main")),
          run("bmr_5", "bmd_7", "completed", 5_000, Map.of("branch", "main")),
          run("bmr_6", "bmd_42", "completed", 2_000, Map.of("branch", "dev")));

  @Test
  void parses_filters_and_a_count_and_prints_them_normalised() {
    LatestRuns query =
        LatestRuns.parse("latest:bmd_42?count=3&metadata.branch=main&metadata.agent=v2");

    assertThat(query.benchmarkId()).isEqualTo("bmd_42");
    assertThat(query.metadata())
        .containsExactly(Map.entry("agent", "v2"), Map.entry("branch", "main"));
    assertThat(query.count()).isEqualTo(3);
    assertThat(query.text())
        .isEqualTo("latest:bmd_42?metadata.agent=v2&metadata.branch=main&count=3");
    assertThat(LatestRuns.parse(query.text())).isEqualTo(query);
    assertThat(LatestRuns.parse("bmd_42")).isEqualTo(LatestRuns.of("bmd_42"));
    assertThat(LatestRuns.of("bmd_42").text()).isEqualTo("latest:bmd_42");
    assertThat(
            LatestRuns.of("bmd_42")
                .withMetadata("branch", "main")
                .withCount(3)
                .withMetadata("agent", "v2"))
        .isEqualTo(query);
  }

  @Test
  void picks_the_newest_completed_runs_of_the_benchmark_holding_every_filter() {
    LatestRuns query = LatestRuns.parse("bmd_42?metadata.branch=main&count=5");

    assertThat(query.pick(RUNS.stream()))
        .as("newest first, ties by id, the running run and other benchmark's run left out")
        .extracting(BenchmarkRunView::id)
        .containsExactly("bmr_4", "bmr_2", "bmr_1");
    assertThat(query.withCount(2).excluding("bmr_4").pick(RUNS.stream()))
        .extracting(BenchmarkRunView::id)
        .containsExactly("bmr_2", "bmr_1");
    assertThat(
            query
                .withMetadata("agent", "v2")
                .pick(Stream.of(RUNS.toArray(BenchmarkRunView[]::new))))
        .extracting(BenchmarkRunView::id)
        .containsExactly("bmr_2");
  }

  @Test
  void lists_the_candidates_the_api_can_filter_and_leaves_the_metadata_to_the_pick() {
    assertThat(LatestRuns.parse("bmd_42?metadata.branch=main").apiQuery())
        .isEqualTo(BenchmarkRunQuery.forBenchmark("bmd_42").withState(BenchmarkRunState.COMPLETED));
  }

  @Test
  void says_which_runs_it_picked() {
    LatestRuns query = LatestRuns.parse("bmd_42?metadata.branch=main&count=2");

    assertThat(query.describe(query.pick(RUNS.stream())))
        .isEqualTo(
            "latest:bmd_42?metadata.branch=main&count=2 picked bmr_4 (nightly-bmr_4, completed"
                + " 1970-01-01T01:00Z), bmr_2 (nightly-bmr_2, completed 1970-01-01T01:00Z)");
  }

  @Test
  void says_that_nothing_matched_and_what_to_check() {
    LatestRuns query = LatestRuns.parse("bmd_42?metadata.branch=release").excluding("bmr_1");

    assertThat(query.notEnough(List.of(), "on the API"))
        .hasMessage(
            "No completed run of benchmark bmd_42 with metadata.branch=release other than bmr_1 was"
                + " found on the API for latest:bmd_42?metadata.branch=release. Check the"
                + " benchmark id and the metadata filters, or name the runs by id or snapshot"
                + " file.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "latest:|names no benchmark: give its id after latest:",
        "latest:?metadata.branch=main|names no benchmark: give its id after latest:",
        "bmd_1?branch=main|has the filter 'branch=main': filter by metadata, each as"
            + " metadata.<key>=<value>, and give how many runs as count=<n>, joined with &",
        "bmd_1?metadata.a=1&metadata.a=2|filters metadata.a twice: keep one value per key",
        "bmd_1?count=0|asks for count=0: give a whole number of runs from 1",
        "bmd_1?count=five|asks for count=five: give a whole number of runs from 1",
        "bmd_1?count=2&count=3|gives count twice: keep one",
        "bmd_1?|has the filter '': filter by metadata, each as metadata.<key>=<value>, and give"
            + " how many runs as count=<n>, joined with &",
      })
  void refuses_a_query_it_cannot_read_and_shows_the_form(String text, String problem) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LatestRuns.parse(text))
        .withMessage(
            "The query '"
                + text
                + "' "
                + problem
                + ", as in latest:bmd_123?metadata.branch=main&count=5.");
  }
}
