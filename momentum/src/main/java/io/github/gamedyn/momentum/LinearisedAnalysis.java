package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import org.ejml.data.DMatrixRMaj;

/**
 * The dense linearised analysis of any optimiser: the exact Jacobian of its augmented update at
 * \((\omega^*, 0)\) — a fixed point ω* of the game with every buffer and step-count power at 0,
 * the fixed point of every method's augmented map — and its spectral radius.
 *
 * <pre>{@code
 * LinearisedRate r = LinearisedAnalysis.at(game, OptimizerSpec.of(OptimizerMethod.EXTRAGRADIENT), wStar);
 * double perEvaluation = r.radiusPerEvaluation();
 * }</pre>
 *
 * For methods polynomial in Ĥ, {@link PerEigenvalueRadius} gives the same ρ from the spectrum of
 * Ĥ alone, at a fraction of the cost.
 */
public final class LinearisedAnalysis {

    private LinearisedAnalysis() {
    }

    /**
     * The augmented fixed state \((\omega^*, 0, \dots, 0)\) of an optimiser.
     *
     * @param fixedPoint ω*. Not modified.
     */
    public static double[] fixedState(Game game, OptimizerSpec spec, double[] fixedPoint) {
        int n = spec.base().rule(game.dimension(), spec).stateDimension();
        double[] s = new double[n];
        System.arraycopy(fixedPoint, 0, s, 0, fixedPoint.length);
        return s;
    }

    /**
     * The linearised rate at a fixed point.
     *
     * @param fixedPoint ω*, where ξ(ω*) = 0. Not modified.
     */
    public static LinearisedRate at(Game game, OptimizerSpec spec, double[] fixedPoint) {
        Optimizer opt = spec.create(game, fixedPoint);
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        opt.updateMap().jacobian(fixedState(game, spec, fixedPoint), j);
        return new LinearisedRate(j, Spectra.spectralRadius(j), opt.gradientEvaluationsPerStep());
    }
}
