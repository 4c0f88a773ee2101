package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScenarioFailureReason;
import java.io.IOException;

/** A scenario outcome's {@code failure_reason}: needs its exception's type and message. */
final class ScenarioFailureReasonAdapter extends ModelAdapter<ScenarioFailureReason> {
  static final ScenarioFailureReasonAdapter INSTANCE = new ScenarioFailureReasonAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("exception_type", "exception_message");

  private ScenarioFailureReasonAdapter() {
    super("failure reason");
  }

  @Override
  ScenarioFailureReason readFields(JsonReader in) throws IOException {
    String type = null;
    String message = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> type = FieldReader.shared(in);
        case 1 -> message = FieldReader.string(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScenarioFailureReason(type, message);
  }

  @Override
  String problem(ScenarioFailureReason reason) {
    if (reason.exceptionType() == null) {
      return missing("exception_type");
    }
    return reason.exceptionMessage() == null ? missing("exception_message") : null;
  }

  @Override
  void writeFields(JsonWriter out, ScenarioFailureReason reason) throws IOException {
    FieldWriter.string(out, "exception_message", reason.exceptionMessage());
    FieldWriter.string(out, "exception_type", reason.exceptionType());
  }
}
