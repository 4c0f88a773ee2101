package dev.benchgate.core.snapshot;

/**
 * How a snapshot file is laid out. Both hold the same JSON with keys in sorted order, and both are
 * read the same way.
 *
 * <pre>{@code
 * BenchmarkSnapshots.write(outcome, Path.of("runs/nightly.json"), SnapshotLayout.COMPACT);
 * }</pre>
 */
public enum SnapshotLayout {
  /**
   * One value per line, indented by two spaces: what a baseline under version control wants, as a
   * changed run then diffs line by line. The default.
   */
  PRETTY("  "),
  /**
   * No whitespace between values: about a third smaller for a large run, and faster to write and
   * read; for recordings nobody diffs.
   */
  COMPACT("");

  private final String indent;

  SnapshotLayout(String indent) {
    this.indent = indent;
  }

  String indent() {
    return indent;
  }
}
