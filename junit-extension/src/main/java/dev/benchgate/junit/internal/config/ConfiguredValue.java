package dev.benchgate.junit.internal.config;

/**
 * A configured text and where it came from, so that a message can say what to change.
 *
 * @param value the text
 * @param origin where it was found, e.g. {@code "the configuration parameter
 *     benchgate.benchmark-run"}
 */
public record ConfiguredValue(String value, String origin) {}
