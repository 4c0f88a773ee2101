package dev.benchgate.core.internal;

import com.squareup.moshi.Moshi;

/**
 * The one {@link Moshi} instance that reads and writes the Runloop API's JSON, shared by the HTTP
 * client and the snapshot format. Records map through Moshi's record support and their
 * {@code @Json} names; unknown fields are skipped; enum-valued fields stay raw strings on the
 * records, so values the API adds later parse and survive a snapshot round trip.
 *
 * <p>Not API: this package may change in any release.
 */
public final class RunloopJson {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(new ScorerJsonAdapter.Factory())
          .add(JobJsonAdapters.JOB_SOURCES)
          .add(JobJsonAdapters.AGENT_CONFIGS)
          .build();

  private RunloopJson() {}

  /**
   * Returns the shared instance.
   *
   * @return the Moshi instance, thread-safe
   */
  public static Moshi moshi() {
    return MOSHI;
  }
}
