package dev.benchgate.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scorer of a type this version of Benchgate does not know. Its fields are kept as parsed JSON,
 * so a snapshot written from it holds them unchanged.
 *
 * @param type the API's name of the scorer type
 * @param fields every other field of the scorer, as parsed JSON
 */
public record UnknownScorer(String type, Map<String, Object> fields) implements Scorer {

  /** Normalises absent fields to an empty map. */
  public UnknownScorer {
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
  }
}
