package dev.benchgate.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An agent configuration of a type this version of Benchgate does not know. Its fields are kept as
 * parsed JSON, so that writing it back (a snapshot, say) keeps them unchanged.
 *
 * @param type the API's name of the type, may be {@code null} when the JSON had none
 * @param fields every other field, as parsed JSON
 */
public record UnknownAgentConfig(String type, Map<String, Object> fields) implements AgentConfig {

  /** Normalises absent fields to an empty map. */
  public UnknownAgentConfig {
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
  }
}
