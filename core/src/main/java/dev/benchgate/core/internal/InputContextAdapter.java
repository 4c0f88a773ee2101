package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.InputContext;
import java.io.IOException;

/** A scenario's {@code input_context}. */
final class InputContextAdapter extends ModelAdapter<InputContext> {
  static final InputContextAdapter INSTANCE = new InputContextAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("problem_statement", "additional_context");

  private InputContextAdapter() {
    super("input context");
  }

  @Override
  InputContext readFields(JsonReader in) throws IOException {
    String problemStatement = null;
    Object additionalContext = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> problemStatement = FieldReader.string(in);
        case 1 -> additionalContext = FieldReader.any(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new InputContext(problemStatement, additionalContext);
  }

  @Override
  void writeFields(JsonWriter out, InputContext context) throws IOException {
    FieldWriter.any(out, "additional_context", context.additionalContext());
    FieldWriter.string(out, "problem_statement", context.problemStatement());
  }
}
