/**
 * Exact differentiation of game losses: the losses are traced once into a program, and every
 * derivative is a transformation of that program, simplified, compiled and run (the JAX idea:
 * trace, transform, run).
 *
 * <p><b>Trace.</b> A loss is written once over {@link io.github.gamedyn.core.ad.Var}, a dense tensor
 * recorded on a {@link io.github.gamedyn.core.ad.Tape}. Losses may not branch on values, so the
 * recording is the same at every point; the game records it once, when it is built (and a second
 * time, at another point, if the losses read a value, to check that they do not branch on it).
 *
 * <p><b>Transform.</b> The derivative rules of every primitive are written once, in terms of
 * primitives ({@code Differentiation}): forward mode (jvp) appends the tangent of each node,
 * reverse mode (vjp) the adjoint of each input; tangents and adjoints known to vanish are symbolic
 * zeros and cost nothing. The simultaneous gradient \(\xi = (\nabla_{\theta_i} L_i)_i\) is one
 * reverse sweep per player; \(\hat H v\) is the tangent of ξ; \(v^{\mathsf T}\hat H\) the adjoint of
 * \(v\cdot\xi\); \(\nabla^2 L_k v\), \(\frac{d}{d\varepsilon}\hat H(\omega + \varepsilon u)v\) and
 * \(\nabla_\omega\, a^{\mathsf T}\hat Hv\) are further tangents and adjoints of these.
 *
 * <p><b>Simplify and compile.</b> The program is built in a simplifying graph (constants folded,
 * affine maps composed, transposes folded into products and solves, slices of concatenations
 * resolved, equal nodes shared), small tensors may become scalars, and the program is compiled to
 * a flat instruction list over preallocated storage, run by a loop without allocation.
 *
 * <p><b>Run.</b> At one point; over a batch of points at once, each value an array of lanes so that
 * the inner loops vectorise and the interpretive cost is paid once per batch; or linearised at a
 * point ({@link io.github.gamedyn.core.ad.Linearization}), the part of a program that does not
 * depend on the directions run once and the rest for as many directions as wanted.
 *
 * <p>{@link io.github.gamedyn.core.ad.Differentiator} is the engine behind
 * {@code io.github.gamedyn.core.game.Game}; use the game.
 */
package io.github.gamedyn.core.ad;
