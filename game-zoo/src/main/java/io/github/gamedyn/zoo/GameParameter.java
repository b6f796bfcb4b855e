package io.github.gamedyn.zoo;

/**
 * A parameter a registered game accepts on the command line ({@code name=value}).
 *
 * @param name the key
 * @param defaultValue the value used when the key is absent, as text
 * @param description what it means and which values are allowed
 */
public record GameParameter(String name, String defaultValue, String description) {
}
