package dev.benchgate.architecture;

import dev.benchgate.core.internal.RunloopJson;

/** A public type whose method returns an internal one, as ArchitectureTest's rule must refuse. */
public final class LeakyApi {
  private LeakyApi() {}

  /**
   * Leaks an internal type.
   *
   * @return nothing
   */
  public RunloopJson moshi() {
    return null;
  }
}
