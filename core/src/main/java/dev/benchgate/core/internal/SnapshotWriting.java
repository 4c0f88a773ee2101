package dev.benchgate.core.internal;

import com.squareup.moshi.JsonWriter;

/**
 * Marks a {@link JsonWriter} that writes a snapshot file. The model adapters then redact secret
 * values, and check every record as a reader checks it, so that no snapshot is written that cannot
 * be read back. Writing the API's JSON (as the fake server does) does neither: it may serve
 * whatever a test needs.
 */
enum SnapshotWriting {
  ON;

  /** What a snapshot writes in place of a secret value. */
  static final String REDACTED = "<redacted>";

  static void enable(JsonWriter out) {
    out.setTag(SnapshotWriting.class, ON);
  }

  static boolean isOn(JsonWriter out) {
    return out.tag(SnapshotWriting.class) == ON;
  }
}
