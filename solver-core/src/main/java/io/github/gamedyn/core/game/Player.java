package io.github.gamedyn.core.game;

/**
 * A player of a game: a name and the block \(\theta_i = \omega_{[offset, offset+size)}\) of the joint
 * parameter vector it controls.
 *
 * @param name the player's name
 * @param offset index of the block's first coordinate in ω
 * @param size number of coordinates in the block
 */
public record Player(String name, int offset, int size) {
}
