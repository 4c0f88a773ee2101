package dev.benchgate.core.model;

import com.squareup.moshi.Json;

/**
 * A benchmark job made from a Harbor job configuration ({@code "type": "harbor"}).
 *
 * @param inlineYaml the configuration as YAML
 */
public record HarborJobSource(@Json(name = "inline_yaml") String inlineYaml) implements JobSource {
  /** The API's name of this kind of source. */
  public static final String TYPE = "harbor";

  @Override
  public String type() {
    return TYPE;
  }
}
