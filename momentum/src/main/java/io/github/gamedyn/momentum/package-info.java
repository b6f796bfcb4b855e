/**
 * Learning rules for differentiable games and their linearised analysis.
 *
 * <p>A learning rule is an {@link io.github.gamedyn.momentum.UpdateRule}: a pure update of an
 * explicit augmented state (parameters, buffers, step-count terms), written once over
 * {@link io.github.gamedyn.momentum.Dual} numbers so that its exact Jacobian comes from the same
 * code. Rules are composed from a {@link io.github.gamedyn.momentum.GradientField} (ξ, or
 * extragradient, consensus, SGA, LookAhead, LOLA, SOS, CGD) driving a
 * {@link io.github.gamedyn.momentum.BaseRule} (gradient descent, heavy ball, complex momentum,
 * optimistic gradient, Adam, RMSProp, complex Adam) under a
 * {@link io.github.gamedyn.momentum.Schedule}. The open {@link io.github.gamedyn.momentum.Catalogue}
 * names them for immutable {@link io.github.gamedyn.momentum.OptimizerSpec}s; an
 * {@link io.github.gamedyn.momentum.Optimizer} runs one; its map gives
 * {@link io.github.gamedyn.momentum.LinearisedAnalysis} its spectral radius at a fixed point and
 * the Lyapunov estimators of solver-core their exponents.
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
