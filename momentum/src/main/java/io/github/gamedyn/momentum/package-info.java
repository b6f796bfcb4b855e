/**
 * Learning rules for differentiable games and their linearised analysis.
 *
 * <p>An {@link io.github.gamedyn.momentum.Optimizer} is built from an immutable
 * {@link io.github.gamedyn.momentum.OptimizerSpec}: a method of the catalogue
 * {@link io.github.gamedyn.momentum.OptimizerMethod}, its hyperparameters and a
 * {@link io.github.gamedyn.momentum.Schedule}. Every optimiser is a map on the augmented state
 * (parameters followed by buffers) with an exact Jacobian, so that
 * {@link io.github.gamedyn.momentum.LinearisedAnalysis} gives its spectral radius at a fixed point
 * and the Lyapunov estimators of solver-core apply to it.
 *
 * <pre>{@code
 * Game dirac = DiracGan.standard().game();
 * OptimizerSpec spec = OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=0.9@0.3927");
 * Optimizer opt = spec.create(dirac, new double[] {1, 1});
 * RunResult run = new TrajectoryRecorder(10).run(opt, 500, new double[2]);
 * double rho = LinearisedAnalysis.at(dirac, spec, new double[2]).spectralRadius();
 * }</pre>
 */
package io.github.gamedyn.momentum;
