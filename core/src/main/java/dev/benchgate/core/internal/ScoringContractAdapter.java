package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringFunction;
import java.io.IOException;
import java.util.List;

/** A scenario's {@code scoring_contract}. */
final class ScoringContractAdapter extends ModelAdapter<ScoringContract> {
  static final ScoringContractAdapter INSTANCE = new ScoringContractAdapter();

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("scoring_function_parameters");

  private ScoringContractAdapter() {
    super("scoring contract");
  }

  @Override
  ScoringContract readFields(JsonReader in) throws IOException {
    List<ScoringFunction> functions = null;
    while (in.hasNext()) {
      if (in.selectName(NAMES) == 0) {
        functions = FieldReader.list(in, ScoringFunctionAdapter.INSTANCE, "a scoring function");
      } else {
        in.skipName();
        in.skipValue();
      }
    }
    return new ScoringContract(functions);
  }

  @Override
  void writeFields(JsonWriter out, ScoringContract contract) throws IOException {
    FieldWriter.list(
        out,
        "scoring_function_parameters",
        contract.scoringFunctionParameters(),
        ScoringFunctionAdapter.INSTANCE);
  }
}
