/**
 * Generalized Ridge Rider (Lorraine et al., AAMAS 2022): find bifurcations of a game's learning
 * dynamics by maximising finite-time Lyapunov exponents, branch there along eigenvectors of the
 * game Jacobian (real and complex), follow the branches and cluster the solutions by behaviour.
 *
 * <p>Entry point {@link io.github.gamedyn.ridge.grr.GeneralizedRidgeRider}; settings
 * {@link io.github.gamedyn.ridge.grr.GrrOptions}; result {@link io.github.gamedyn.ridge.grr.GrrTree},
 * written by {@link io.github.gamedyn.ridge.grr.GrrTreeJson} and
 * {@link io.github.gamedyn.ridge.grr.GrrTreeText}; end points are described by the game's own
 * {@link io.github.gamedyn.core.game.BehaviourDescriptor}. Outcomes as rates, GRR against learning
 * from random starts: {@link io.github.gamedyn.ridge.grr.OutcomeExperiment}, with the full-IPD
 * experiment {@link io.github.gamedyn.ridge.grr.IpdOutcomes} and 95 % Wilson intervals
 * {@link io.github.gamedyn.ridge.grr.Share}.
 */
package io.github.gamedyn.ridge.grr;
