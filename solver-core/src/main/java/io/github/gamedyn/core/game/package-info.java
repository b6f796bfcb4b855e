/**
 * Differentiable games: players owning blocks of ω, one loss per player, and everything derived
 * from the losses (simultaneous gradient ξ, game Jacobian Ĥ, mixed and third-order products).
 */
package io.github.gamedyn.core.game;
