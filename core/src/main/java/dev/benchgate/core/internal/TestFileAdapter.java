package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.TestFile;
import java.io.IOException;

/** A file a test-based scorer writes before its tests run. */
final class TestFileAdapter extends ModelAdapter<TestFile> {
  static final TestFileAdapter INSTANCE = new TestFileAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("file_path", "file_contents");

  private TestFileAdapter() {
    super("test file");
  }

  @Override
  TestFile readFields(JsonReader in) throws IOException {
    String path = null;
    String contents = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> path = FieldReader.shared(in);
        case 1 -> contents = FieldReader.string(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new TestFile(path, contents);
  }

  @Override
  void writeFields(JsonWriter out, TestFile file) throws IOException {
    FieldWriter.string(out, "file_contents", file.fileContents());
    FieldWriter.string(out, "file_path", file.filePath());
  }
}
