package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * Where a scenario runs. Every field may be {@code null}.
 *
 * @param blueprintId the blueprint to start the devbox from
 * @param snapshotId the snapshot to start the devbox from
 * @param prebuiltId the prebuilt image to start the devbox from
 * @param workingDirectory the agent's working directory
 * @param launchParameters the devbox launch parameters as parsed JSON (see {@link
 *     InputContext#additionalContext()}); large, and kept opaque
 */
public record ScenarioEnvironment(
    @Json(name = "blueprint_id") String blueprintId,
    @Json(name = "snapshot_id") String snapshotId,
    @Json(name = "prebuilt_id") String prebuiltId,
    @Json(name = "working_directory") String workingDirectory,
    @Json(name = "launch_parameters") Object launchParameters) {

  /**
   * Copies the launch parameters into unmodifiable JSON values.
   *
   * @throws IllegalArgumentException when they hold something JSON cannot
   */
  public ScenarioEnvironment {
    launchParameters = FreeFormJson.of(launchParameters);
  }
}
