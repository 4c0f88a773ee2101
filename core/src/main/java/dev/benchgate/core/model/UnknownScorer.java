package dev.benchgate.core.model;

import java.util.Map;

/**
 * A scorer of a type this version of Benchgate does not know. Its fields are kept as parsed JSON,
 * so a snapshot written from it holds them unchanged.
 *
 * @param type the API's name of the scorer type
 * @param fields every other field of the scorer, as parsed JSON: unmodifiable, keys sorted, no
 *     {@code null} values
 */
public record UnknownScorer(String type, Map<String, Object> fields) implements Scorer {

  /**
   * Normalises absent fields to an empty map, and copies them into unmodifiable JSON values.
   *
   * @throws IllegalArgumentException when a field holds something JSON cannot
   */
  public UnknownScorer {
    fields = FreeFormJson.object(fields);
  }
}
