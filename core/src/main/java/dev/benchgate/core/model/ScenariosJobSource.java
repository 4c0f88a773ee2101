package dev.benchgate.core.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * A benchmark job made from a list of scenarios ({@code "type": "scenarios"}).
 *
 * @param scenarioIds the scenarios ({@code scn_…}), never {@code null}
 */
public record ScenariosJobSource(@Json(name = "scenario_ids") List<String> scenarioIds)
    implements JobSource {
  /** The API's name of this kind of source. */
  public static final String TYPE = "scenarios";

  /** Normalises an absent list to an empty one. */
  public ScenariosJobSource {
    scenarioIds = ApiValues.list(scenarioIds);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
