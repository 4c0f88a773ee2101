package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * A file a {@link TestBasedScorer} writes into the devbox before running its tests.
 *
 * @param filePath where to write it, may be {@code null}
 * @param fileContents what to write, may be {@code null}
 */
public record TestFile(
    @Json(name = "file_path") String filePath, @Json(name = "file_contents") String fileContents) {}
