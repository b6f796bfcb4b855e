/**
 * The games of the literature, each a small class whose javadoc gives its definition,
 * its equilibria and its source, and {@link io.github.gamedyn.zoo.GameRegistry}, which finds them
 * and a user's {@link io.github.gamedyn.zoo.GameProvider}s by name for the command line.
 */
package io.github.gamedyn.zoo;
