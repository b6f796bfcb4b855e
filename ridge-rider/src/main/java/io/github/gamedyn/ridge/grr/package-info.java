/**
 * Generalized Ridge Rider (Lorraine et al., AAMAS 2022): find bifurcations of a game's learning
 * dynamics by maximising finite-time Lyapunov exponents, branch there along eigenvectors of the
 * game Jacobian (real and complex), follow the branches and cluster the solutions by behaviour.
 *
 * <p>Entry point {@link io.github.gamedyn.ridge.grr.GeneralizedRidgeRider}; settings
 * {@link io.github.gamedyn.ridge.grr.GrrOptions}; result {@link io.github.gamedyn.ridge.grr.GrrTree},
 * written by {@link io.github.gamedyn.ridge.grr.GrrTreeJson} and
 * {@link io.github.gamedyn.ridge.grr.GrrTreeText}; behaviour descriptors
 * {@link io.github.gamedyn.ridge.grr.BehaviourDescriptor}; the baseline
 * {@link io.github.gamedyn.ridge.grr.NaiveLearning}.
 */
package io.github.gamedyn.ridge.grr;
