package dev.benchgate.core.internal;

import com.squareup.moshi.Json;
import dev.benchgate.core.model.BenchmarkJobView;
import java.util.List;
import java.util.Objects;

/**
 * A page of {@code GET /v1/benchmark_jobs}, whose list is named {@code jobs}. Neither SDK pages it
 * for you; the client follows {@code starting_after} itself. The API's {@code total_count} (and the
 * {@code remaining_count} of SDKs before 1.12.0) is not read: the client asks the server not to
 * compute it.
 *
 * <p>Not API: this package may change in any release.
 *
 * @param jobs the items
 * @param more the API's {@code has_more}, may be {@code null}
 */
public record BenchmarkJobListView(
    List<BenchmarkJobView> jobs, @Json(name = "has_more") Boolean more)
    implements Page<BenchmarkJobView> {

  /** Normalises an absent list to an empty one and drops {@code null} items. */
  public BenchmarkJobListView {
    jobs = jobs == null ? List.of() : jobs.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public List<BenchmarkJobView> items() {
    return jobs;
  }

  @Override
  public boolean hasMore() {
    return Boolean.TRUE.equals(more);
  }
}
