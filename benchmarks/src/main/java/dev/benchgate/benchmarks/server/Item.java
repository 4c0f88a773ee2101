package dev.benchgate.benchmarks.server;

/**
 * One element of a list the API pages, rendered once.
 *
 * @param id its id, which {@code starting_after} names
 * @param json its JSON
 */
public record Item(String id, byte[] json) {}
