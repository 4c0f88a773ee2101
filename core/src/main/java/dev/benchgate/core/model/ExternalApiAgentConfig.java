package dev.benchgate.core.model;

/**
 * An agent reached through an external API ({@code external_api}); the API documents its one field
 * as a "placeholder for future external agent metadata".
 *
 * @param info free-form information, may be {@code null}
 */
public record ExternalApiAgentConfig(String info) implements AgentConfig {
  /** The API's name of this kind of agent configuration. */
  public static final String TYPE = "external_api";

  @Override
  public String type() {
    return TYPE;
  }
}
