package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScoringContractResult;
import java.io.IOException;

/**
 * {@code ScoringContractResultView}. A result without a score is kept (the model says so): the
 * gates treat it as unscored, never as passed.
 */
final class ScoringContractResultAdapter extends ModelAdapter<ScoringContractResult> {
  static final ScoringContractResultAdapter INSTANCE = new ScoringContractResultAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("score", "scoring_function_results");

  private ScoringContractResultAdapter() {
    super("scoring result");
  }

  @Override
  ScoringContractResult readFields(JsonReader in) throws IOException {
    Double score = null;
    java.util.List<dev.benchgate.core.model.ScoringFunctionResult> results = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> score = FieldReader.number(in);
        case 1 ->
            results =
                FieldReader.list(
                    in, ScoringFunctionResultAdapter.INSTANCE, "a scoring function result");
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    return new ScoringContractResult(score, results);
  }

  @Override
  String problem(ScoringContractResult result) {
    return checkScore(result.score(), "score");
  }

  @Override
  void writeFields(JsonWriter out, ScoringContractResult result) throws IOException {
    FieldWriter.number(out, "score", result.score());
    FieldWriter.list(
        out,
        "scoring_function_results",
        result.scoringFunctionResults(),
        ScoringFunctionResultAdapter.INSTANCE);
  }
}
