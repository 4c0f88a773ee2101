package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkRunAssert_hasMetadataEntry_Test {

  @Test
  void passes_when_the_metadata_has_the_entry() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").metadata("branch", "main").build();
    // WHEN/THEN
    assertThat(run).hasMetadataEntry("branch", "main");
  }

  @Test
  void fails_when_the_key_has_another_value() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").named("nightly").metadata("branch", "dev").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasMetadataEntry("branch", "main"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have metadata entry \"branch\"=\"main\"",
                "but \"branch\" was \"dev\"."));
  }

  @Test
  void fails_when_the_key_is_missing() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").metadata("commit", "abc").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasMetadataEntry("branch", "main"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have metadata entry \"branch\"=\"main\"",
                "but it has no key \"branch\"; its metadata is {commit=abc}."));
  }

  @Test
  void fails_when_there_is_no_metadata() {
    // GIVEN
    BenchmarkRunView run = Models.run("bmr_1").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasMetadataEntry("branch", "main"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run bmr_1 to have metadata entry \"branch\"=\"main\"",
                "but it has no metadata."));
  }

  @Test
  void fails_for_a_null_run() {
    // GIVEN
    BenchmarkRunView run = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(run).hasMetadataEntry("branch", "main"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
