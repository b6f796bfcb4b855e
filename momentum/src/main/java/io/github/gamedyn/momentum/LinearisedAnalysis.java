package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import org.ejml.data.DMatrixRMaj;

/**
 * The dense linearised analysis of any update rule, the catalogue's or a user's: the exact
 * Jacobian of its augmented map at the {@linkplain UpdateRule#fixedState fixed state} over a
 * fixed point ω* of the game (every buffer and step-count power at 0 for the rules of this
 * module), derived from the rule's one update, and its spectral radius.
 *
 * <pre>{@code
 * LinearisedRate r = LinearisedAnalysis.at(game, OptimizerSpec.of(Extragradient.METHOD), wStar);
 * double perEvaluation = r.radiusPerEvaluation();
 * }</pre>
 *
 * For methods with a {@link PerEigenvalueForm}, {@link PerEigenvalueRadius} gives the same ρ from
 * the spectrum of Ĥ alone, at a fraction of the cost.
 */
public final class LinearisedAnalysis {

    private LinearisedAnalysis() {
    }

    /**
     * The augmented fixed state of a spec's rule over ω*.
     *
     * @param fixedPoint ω*. Not modified.
     */
    public static double[] fixedState(Game game, OptimizerSpec spec, double[] fixedPoint) {
        return spec.rule().fixedState(game, fixedPoint);
    }

    /**
     * The linearised rate of a spec's rule at a fixed point.
     *
     * @param fixedPoint ω*, where ξ(ω*) = 0. Not modified.
     */
    public static LinearisedRate at(Game game, OptimizerSpec spec, double[] fixedPoint) {
        return at(game, spec.rule(), fixedPoint);
    }

    /**
     * The linearised rate of a rule at a fixed point.
     *
     * @param fixedPoint ω*, where ξ(ω*) = 0. Not modified.
     */
    public static LinearisedRate at(Game game, UpdateRule rule, double[] fixedPoint) {
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        rule.map(game).jacobian(rule.fixedState(game, fixedPoint), j);
        return new LinearisedRate(j, Spectra.spectralRadius(j), rule.gradientEvaluations());
    }
}
