package dev.benchgate.core.internal;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkView;
import java.util.List;
import java.util.Objects;

/**
 * A page of {@code GET /v1/benchmarks}. The API's {@code total_count} (and the old {@code
 * remaining_count}) is not read: the client asks the server not to compute it.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param benchmarks the items
 * @param more the API's {@code has_more}, may be {@code null}
 */
public record BenchmarkListView(
    List<BenchmarkView> benchmarks, @Json(name = "has_more") Boolean more)
    implements Page<BenchmarkView> {

  /** Normalises an absent list to an empty one and drops {@code null} items. */
  public BenchmarkListView {
    benchmarks =
        benchmarks == null ? List.of() : benchmarks.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public List<BenchmarkView> items() {
    return benchmarks;
  }

  @Override
  public boolean hasMore() {
    return Boolean.TRUE.equals(more);
  }
}
