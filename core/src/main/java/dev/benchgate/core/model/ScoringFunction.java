package dev.benchgate.core.model;

/**
 * One weighted scoring function of a scenario's scoring contract.
 *
 * @param name the function's name; results carry it as {@code scoring_function_name}
 * @param weight its weight; the weights of a contract sum to 1
 * @param scorer how it scores
 */
public record ScoringFunction(String name, double weight, Scorer scorer) {}
