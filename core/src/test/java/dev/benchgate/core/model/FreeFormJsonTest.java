package dev.benchgate.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unmodifiable, compact collections the models hold their maps and free-form JSON in. */
class FreeFormJsonTest {

  @Test
  void a_map_is_sorted_unmodifiable_and_equal_to_any_map_of_the_same_entries() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("zeta", "1");
    given.put("", "empty");
    given.put("Alpha", "2");
    given.put("alpha", "3");

    Map<String, String> map = ApiValues.map(given);

    assertThat(map.keySet()).containsExactly("", "Alpha", "alpha", "zeta");
    assertThat(map).isEqualTo(new HashMap<>(given)).hasSameHashCodeAs(given);
    assertThat(map.get("alpha")).isEqualTo("3");
    assertThat(map.get("beta")).isNull();
    assertThat(map.containsKey("zeta")).isTrue();
    assertThat(map.containsKey(7)).isFalse();
    assertThat(map.toString()).isEqualTo("{=empty, Alpha=2, alpha=3, zeta=1}");
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ApiValues.map(map)).isSameAs(map);
  }

  @Test
  void free_form_json_is_copied_deeply_into_unmodifiable_values() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("b", 1.0);
    nested.put("a", null);
    List<Object> array = new ArrayList<>(Arrays.asList("x", null, nested));
    Map<String, Object> given = new HashMap<>();
    given.put("list", array);

    InputContext context = new InputContext("task", given);
    array.clear();

    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) context.additionalContext();
    assertThat(copy).isEqualTo(Map.of("list", Arrays.asList("x", null, Map.of("b", 1.0))));
    assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) copy.get("list")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new InputContext("task", copy).additionalContext()).isSameAs(copy);
  }

  @Test
  void free_form_json_refuses_what_json_cannot_hold() {
    assertThatThrownBy(() -> new CustomScorer("x", Map.of("when", java.time.Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Free-form JSON holds maps, lists, strings, numbers, booleans and null, not"
                + " java.time.Instant");
    assertThatThrownBy(() -> new UnknownScorer("x", Map.of("k", Map.of(1, "v"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A JSON object's keys are strings, not java.lang.Integer");
  }

  @Test
  void lists_stay_unmodifiable_and_may_hold_null_when_built_in_code() {
    List<String> ids = new ArrayList<>(Arrays.asList("scn_1", null));

    BenchmarkView benchmark =
        new BenchmarkView("bmd_1", "b", null, ids, null, null, null, null, null, null);
    ids.clear();

    assertThat(benchmark.scenarioIds()).containsExactly("scn_1", null);
    assertThat(benchmark.metadata()).isEmpty();
    List<String> plain = List.of("scn_1");
    assertThat(
            new BenchmarkView("bmd_1", "b", null, plain, null, null, null, null, null, null)
                .scenarioIds())
        .isSameAs(plain);
  }
}
