package dev.benchgate.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.Scorer;
import dev.benchgate.core.model.ScoringFunction;
import java.io.IOException;

/** One weighted scoring function of a contract: needs its name, weight and scorer. */
final class ScoringFunctionAdapter extends ModelAdapter<ScoringFunction> {
  static final ScoringFunctionAdapter INSTANCE = new ScoringFunctionAdapter();

  private static final JsonReader.Options NAMES = JsonReader.Options.of("name", "weight", "scorer");

  private ScoringFunctionAdapter() {
    super("scoring function");
  }

  @Override
  ScoringFunction readFields(JsonReader in) throws IOException {
    String name = null;
    Double weight = null;
    Scorer scorer = null;
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = FieldReader.shared(in);
        case 1 -> weight = FieldReader.number(in);
        case 2 -> scorer = ScorerAdapters.SCORERS.fromJson(in);
        default -> {
          in.skipName();
          in.skipValue();
        }
      }
    }
    if (weight == null) {
      throw new InvalidField(quoted(name), missing("weight"));
    }
    return new ScoringFunction(name, weight, scorer);
  }

  @Override
  String problem(ScoringFunction function) {
    if (function.name() == null) {
      return missing("name");
    }
    if (function.scorer() == null) {
      return missing("scorer");
    }
    return checkWeight(function.weight(), "weight");
  }

  @Override
  String id(ScoringFunction function) {
    return quoted(function.name());
  }

  private static String quoted(String name) {
    return name == null ? null : "\"" + name + "\"";
  }

  @Override
  void writeFields(JsonWriter out, ScoringFunction function) throws IOException {
    FieldWriter.string(out, "name", function.name());
    FieldWriter.object(out, "scorer", function.scorer(), ScorerAdapters.SCORERS);
    out.name("weight").value(function.weight());
  }
}
