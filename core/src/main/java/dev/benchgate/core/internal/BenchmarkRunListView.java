package dev.benchgate.core.internal;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkRunView;
import java.util.List;
import java.util.Objects;

/**
 * A page of {@code GET /v1/benchmark_runs}. The API's {@code total_count} (and the old {@code
 * remaining_count}) is not read: the client asks the server not to compute it.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param runs the items
 * @param more the API's {@code has_more}, may be {@code null}
 */
public record BenchmarkRunListView(
    List<BenchmarkRunView> runs, @Json(name = "has_more") Boolean more)
    implements Page<BenchmarkRunView> {

  /** Normalises an absent list to an empty one and drops {@code null} items. */
  public BenchmarkRunListView {
    runs = runs == null ? List.of() : runs.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public List<BenchmarkRunView> items() {
    return runs;
  }

  @Override
  public boolean hasMore() {
    return Boolean.TRUE.equals(more);
  }
}
