package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.equilibrium.PointAnalysis;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.momentum.Divergence;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * What {@code gamedyn optimize} reports about a run, as text or JSON.
 *
 * <p>The final point is the last finite one: the end of the run, or after a divergence the
 * parameters of the last finite state, {@code steps} being the steps that led there. The spectral
 * radius ρ of the optimiser's linearised augmented update at (ω_T, buffers 0), the rate at which
 * the run converges there, is reported only where it means that; otherwise it is absent with the
 * first reason of these that applies:
 * <ol>
 *   <li>the run diverged;</li>
 *   <li>ω_T is not a fixed point by the rule of {@code analyze}
 *       (‖ξ(ω_T)‖ ≤ 1e-8·max(1, ‖Ĥ‖_F‖ω_T‖));</li>
 *   <li>a strategy is saturated: the game has a {@linkplain Game#strategyMap() strategy map} and
 *       some player plays some action with probability ≤ 1e-6, within 1e-6 of a face of the
 *       simplex, where the gradient vanishes because the logits are far out, not because the
 *       players are at an equilibrium;</li>
 *   <li>ω_T is on a plateau: Ĥ(ω_T) = 0, or the Newton step \(\lVert\hat H^{+}\xi\rVert\), the
 *       estimated distance to the nearest fixed point, exceeds 1e-6·max(1, ‖ω_T‖). This scale-free
 *       test catches what the first cannot: where the losses flatten out (a saturated
 *       discriminator) ξ and Ĥ are both tiny, ξ passes any absolute bound, and ρ ≈ 1 would read
 *       like slow convergence.</li>
 * </ol>
 *
 * @param game the game as the user wrote it
 * @param spec the optimiser
 * @param start ω_0
 * @param steps the steps that led to {@code finalPoint}
 * @param finalPoint the last finite parameters
 * @param finalLosses the losses there
 * @param finalGradientNorm ‖ξ‖ there
 * @param divergence why the run stopped early, if it did
 * @param spectralRadius ρ at the final point, when it is a convergence rate
 * @param noRadius why {@code spectralRadius} is absent, empty when it is present
 */
record RunReport(String game, OptimizerSpec spec, double[] start, int steps, double[] finalPoint,
        double[] finalLosses, double finalGradientNorm, Optional<Divergence> divergence,
        OptionalDouble spectralRadius, Optional<String> noRadius) {
    /** A Newton step longer than this (times max(1, ‖ω‖)) means no fixed point is near. */
    static final double NEWTON_STEP = 1e-6;

    /** The report of run {@code r} of {@code spec} on {@code g} from {@code start}. */
    static RunReport of(String gameSpec, Game g, OptimizerSpec spec, double[] start, RunResult r) {
        Optional<Divergence> divergence = r.divergence();
        double[] w = divergence.map(d -> Arrays.copyOf(d.lastFiniteState(), g.dimension()))
                .orElseGet(() -> r.last().parameters());
        int steps = divergence.map(d -> d.step() - 1).orElse(r.steps());
        PointAnalysis at = new PointAnalysis(g, w);
        Optional<String> noRadius = divergence.isPresent() ? Optional.of("the run diverged")
                : notARate(g, w, at);
        OptionalDouble rho = noRadius.isEmpty()
                ? OptionalDouble.of(LinearisedAnalysis.at(g, spec, w).spectralRadius())
                : OptionalDouble.empty();
        return new RunReport(gameSpec, spec, start, steps, w, g.losses(w), at.gradientNorm(),
                divergence, rho, noRadius);
    }

    /** Reasons 2–4 of the class comment, the first that applies. */
    private static Optional<String> notARate(Game g, double[] w, PointAnalysis at) {
        if (!at.isFixedPoint()) {
            return Optional.of(String.format(Locale.ROOT, "the final point is not a fixed point"
                    + " (|xi| = %.3g; the rule of 'gamedyn analyze')", at.gradientNorm()));
        }
        if (at.isSaturated()) {
            PointAnalysis.Saturation first = at.saturation().get(0);
            String action = first.actions().get(0);
            double p = at.strategies().get(first.player())[g.strategyMap().orElseThrow()
                    .actions(first.player()).indexOf(action)];
            return Optional.of(String.format(Locale.ROOT, "player %s's strategy is saturated:"
                    + " P(%s) = %.3g, within %.0e of a face of the simplex, where the gradient"
                    + " vanishes as the logits grow; rho there is not a rate of convergence",
                    first.name(), action, p, PointAnalysis.SATURATION_TOLERANCE));
        }
        DMatrixRMaj h = at.jacobian();
        if (NormOps_DDRM.normF(h) == 0) {
            return Optional.of("the Jacobian vanishes at the final point: a plateau, where every"
                    + " method has rho = 1");
        }
        DMatrixRMaj pinv = new DMatrixRMaj(h.numCols, h.numRows);
        CommonOps_DDRM.pinv(h, pinv);
        DMatrixRMaj step = new DMatrixRMaj(h.numCols, 1);
        CommonOps_DDRM.mult(pinv, new DMatrixRMaj(at.gradient()), step);
        double length = NormOps_DDRM.normF(step);
        double bound = NEWTON_STEP * Math.max(1, NormOps_DDRM.normF(new DMatrixRMaj(w)));
        if (!(length <= bound)) {
            return Optional.of(String.format(Locale.ROOT, "the gradient vanishes on a plateau"
                    + " with no fixed point near: the Newton step |H^+ xi| = %.3g exceeds"
                    + " %.0e max(1, |w|) (e.g. a saturated discriminator)", length, NEWTON_STEP));
        }
        return Optional.empty();
    }

    /**
     * One JSON object; {@code spectralRadius} is null when absent, followed by its
     * {@code reason}; {@code divergence} only when the run diverged.
     */
    String json() {
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(game)
                .name("optimizer").value(spec.toString())
                .name("hyperparameters");
        HyperparameterJson.object(json, spec.hyperparameters())
                .name("schedule").value(spec.schedule().specName())
                .name("start").value(start)
                .name("steps").value(steps)
                .name("finalPoint").value(finalPoint)
                .name("finalLosses").value(finalLosses)
                .name("finalGradientNorm").value(finalGradientNorm)
                .name("diverged").value(divergence.isPresent());
        json.name("spectralRadius");
        if (spectralRadius.isPresent()) {
            json.value(spectralRadius.getAsDouble());
        } else {
            json.nullValue().name("reason").value(noRadius.orElseThrow());
        }
        divergence.ifPresent(d -> json.name("divergence").beginObject()
                .name("step").value(d.step())
                .name("player").value(d.playerName())
                .name("reason").value(d.reason())
                .name("lastFiniteState").value(d.lastFiniteState())
                .endObject());
        return json.endObject().toString();
    }

    /** Aligned text, one quantity a line. */
    String text() {
        StringBuilder sb = new StringBuilder();
        line(sb, "game", game);
        line(sb, "optimizer", spec.toString());
        line(sb, "start", Arrays.toString(start));
        line(sb, "steps", Integer.toString(steps));
        line(sb, "final point", Arrays.toString(finalPoint));
        line(sb, "final losses", Arrays.toString(finalLosses));
        line(sb, "final |xi|", Double.toString(finalGradientNorm));
        line(sb, "diverged", divergence.map(d -> "yes: " + d + "; last finite state "
                + Arrays.toString(d.lastFiniteState())).orElse("no"));
        line(sb, "spectral radius", spectralRadius.isPresent()
                ? spectralRadius.getAsDouble() + " (linearised at the final point, a fixed point)"
                : "- (" + noRadius.orElseThrow() + ")");
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
    }
}
