package dev.benchgate.testing;

import dev.benchgate.core.model.BenchmarkView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link BenchmarkView} for tests; start with {@link Models#benchmark(String)}.
 *
 * <pre>{@code
 * BenchmarkView benchmark = Models.benchmark("bmd_1").named("swe-lite").scenarios("scn_1", "scn_2").build();
 * }</pre>
 */
public final class BenchmarkBuilder {
  private final String id;
  private String name;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final List<String> scenarioIds = new ArrayList<>();
  private String status = "active";

  BenchmarkBuilder(String id) {
    this.id = id;
  }

  /**
   * Sets the benchmark's name.
   *
   * @param name the name
   * @return this builder
   */
  public BenchmarkBuilder named(String name) {
    this.name = name;
    return this;
  }

  /**
   * Adds scenarios to the benchmark.
   *
   * @param ids the scenarios' ids
   * @return this builder
   */
  public BenchmarkBuilder scenarios(String... ids) {
    scenarioIds.addAll(List.of(ids));
    return this;
  }

  /**
   * Sets the status as the API spells it, including values the model does not know.
   *
   * @param status e.g. {@code "archived"}
   * @return this builder
   */
  public BenchmarkBuilder status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Sets the status to {@code archived}.
   *
   * @return this builder
   */
  public BenchmarkBuilder archived() {
    return status("archived");
  }

  /**
   * Adds a metadata entry.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public BenchmarkBuilder metadata(String key, String value) {
    metadata.put(key, value);
    return this;
  }

  /**
   * Builds the benchmark.
   *
   * @return the benchmark
   */
  public BenchmarkView build() {
    return new BenchmarkView(
        id, name, metadata, scenarioIds, status, null, null, null, List.of(), List.of());
  }
}
