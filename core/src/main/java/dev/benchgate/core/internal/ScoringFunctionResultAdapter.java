package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.ScoringFunctionState;
import java.io.IOException;

/** {@code ScoringFunctionResultView}: needs its function's name and its state. */
final class ScoringFunctionResultAdapter extends ModelAdapter<ScoringFunctionResult> {
  static final ScoringFunctionResultAdapter INSTANCE = new ScoringFunctionResultAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("scoring_function_name", "score", "output", "state");
  private static final FieldReader.Spellings STATES =
      FieldReader.spellings(ScoringFunctionState.class);

  private ScoringFunctionResultAdapter() {
    super("scoring function result");
  }

  @Override
  ScoringFunctionResult readFields(JsonReader in) throws IOException {
    String name = null;
    Double score = null;
    String output = null;
    String state = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = FieldReader.shared(in);
        case 1 -> score = FieldReader.number(in);
        case 2 -> output = FieldReader.string(in);
        case 3 -> state = FieldReader.oneOf(in, STATES);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScoringFunctionResult(name, score, output, state);
  }

  @Override
  String problem(ScoringFunctionResult result) {
    if (result.scoringFunctionName() == null) {
      return missing("scoring_function_name");
    }
    if (result.stateValue() == null) {
      return missing("state");
    }
    return checkScore(result.score(), "score");
  }

  @Override
  String id(ScoringFunctionResult result) {
    return result.scoringFunctionName() == null ? null : "\"" + result.scoringFunctionName() + "\"";
  }

  @Override
  void writeFields(JsonWriter out, ScoringFunctionResult result) throws IOException {
    FieldWriter.string(out, "output", result.output());
    FieldWriter.number(out, "score", result.score());
    FieldWriter.string(out, "scoring_function_name", result.scoringFunctionName());
    FieldWriter.string(out, "state", result.stateValue());
  }
}
