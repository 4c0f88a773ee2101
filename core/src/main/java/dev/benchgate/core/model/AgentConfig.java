package dev.benchgate.core.model;

/**
 * An agent configuration of a benchmark job, discriminated in JSON by its {@code type}: {@link
 * JobAgentConfig} ({@code job_agent}, the kind jobs are created with and the only one with a name),
 * {@link ExternalApiAgentConfig} ({@code external_api}, seen only on in-progress runs), and {@link
 * UnknownAgentConfig} for a type this version does not know, with its fields kept.
 *
 * <pre>{@code
 * String label = switch (run.agentConfig()) {
 *   case JobAgentConfig agent -> agent.name();
 *   case ExternalApiAgentConfig external -> "external agent";
 *   case UnknownAgentConfig unknown -> "agent of type " + unknown.type();
 * };
 * }</pre>
 */
public sealed interface AgentConfig
    permits JobAgentConfig, ExternalApiAgentConfig, UnknownAgentConfig {

  /**
   * Returns the API's name of this kind of agent configuration.
   *
   * @return e.g. {@code "job_agent"}; never {@code null} for one read from JSON, which refuses a
   *     configuration without a type
   */
  String type();
}
