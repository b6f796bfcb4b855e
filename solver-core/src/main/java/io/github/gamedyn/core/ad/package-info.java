/**
 * Exact differentiation of game losses: a tape of tensor operations evaluated in a truncated
 * Taylor algebra.
 *
 * <p>A loss is written once over {@link io.github.gamedyn.core.ad.Var} (a dense tensor recorded on
 * a {@link io.github.gamedyn.core.ad.Tape}). Every value on the tape carries {@code K = 2^q}
 * components indexed by subsets of {@code q ≤ 2} nilpotent tangent directions
 * \(x = x_\emptyset + x_1 \varepsilon_1 + x_2 \varepsilon_2 + x_{12}\varepsilon_1\varepsilon_2\),
 * \(\varepsilon_i^2 = 0\). A reverse sweep in the same algebra gives, from one recording:
 * <ul>
 *   <li>{@code q = 0}: the gradient \(\nabla L\) (reverse mode);</li>
 *   <li>{@code q = 1}: Hessian-vector products \(\nabla^2 L\, v\) (forward-over-reverse);</li>
 *   <li>{@code q = 2}: directional third derivatives \(D^3 L[a, b, \cdot]\).</li>
 * </ul>
 * Component {@code m} of every node depends only on components {@code s ⊆ m}, so the engine
 * computes components one at a time: the dense game Jacobian reuses the primal values and primal
 * adjoints for all of its columns. Adjoints flow only into nodes that depend on the parameter
 * blocks a sweep asks for, so the simultaneous gradient pays for each player's own block only.
 *
 * <p>{@link io.github.gamedyn.core.ad.Differentiator} turns a
 * {@link io.github.gamedyn.core.ad.LossFunction} into these derivatives.
 */
package io.github.gamedyn.core.ad;
