package dev.benchgate.core.internal;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.ScenarioView;
import java.util.List;
import java.util.Objects;

/**
 * A page of {@code GET /v1/scenarios} and {@code GET /v1/benchmarks/{id}/definitions}. The API's
 * {@code total_count} (and the old {@code remaining_count}) is not read: the client asks the server
 * not to compute it.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param scenarios the items
 * @param more the API's {@code has_more}, may be {@code null}
 */
public record ScenarioListView(List<ScenarioView> scenarios, @Json(name = "has_more") Boolean more)
    implements Page<ScenarioView> {

  /** Normalises an absent list to an empty one and drops {@code null} items. */
  public ScenarioListView {
    scenarios =
        scenarios == null ? List.of() : scenarios.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public List<ScenarioView> items() {
    return scenarios;
  }

  @Override
  public boolean hasMore() {
    return Boolean.TRUE.equals(more);
  }
}
