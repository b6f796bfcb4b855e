package io.github.gamedyn.plots.cli;

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

/**
 * What {@code gamedyn optimize} reports about a run, as text or JSON.
 *
 * <p>The final point is the last finite one: the end of the run, or after a divergence the
 * parameters of the last finite state, {@code steps} being the steps that led there. The spectral
 * radius is reported only when the run completed and its final point ω_T is a fixed point by the
 * rule of {@code analyze} (‖ξ(ω_T)‖ ≤ 1e-8·max(1, ‖Ĥ‖_F‖ω_T‖)): ρ of the optimiser's linearised
 * augmented update at (ω_T, buffers 0), which is where the run converges to at rate ρ^t.
 *
 * @param game the game as the user wrote it
 * @param spec the optimiser
 * @param start ω_0
 * @param steps the steps that led to {@code finalPoint}
 * @param finalPoint the last finite parameters
 * @param finalLosses the losses there
 * @param finalGradientNorm ‖ξ‖ there
 * @param divergence why the run stopped early, if it did
 * @param spectralRadius ρ at the final point, when it is a fixed point
 */
record RunReport(String game, OptimizerSpec spec, double[] start, int steps, double[] finalPoint,
        double[] finalLosses, double finalGradientNorm, Optional<Divergence> divergence,
        OptionalDouble spectralRadius) {

    /** The report of run {@code r} of {@code spec} on {@code g} from {@code start}. */
    static RunReport of(String gameSpec, Game g, OptimizerSpec spec, double[] start, RunResult r) {
        Optional<Divergence> divergence = r.divergence();
        double[] w = divergence.map(d -> Arrays.copyOf(d.lastFiniteState(), g.dimension()))
                .orElseGet(() -> r.last().parameters());
        int steps = divergence.map(d -> d.step() - 1).orElse(r.steps());
        PointAnalysis at = new PointAnalysis(g, w);
        OptionalDouble rho = divergence.isEmpty() && at.isFixedPoint()
                ? OptionalDouble.of(LinearisedAnalysis.at(g, spec, w).spectralRadius())
                : OptionalDouble.empty();
        return new RunReport(gameSpec, spec, start, steps, w, g.losses(w), at.gradientNorm(),
                divergence, rho);
    }

    /** One JSON object; {@code spectralRadius} and {@code divergence} only when they apply. */
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
        spectralRadius.ifPresent(rho -> json.name("spectralRadius").value(rho));
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
                : divergence.isPresent() ? "- (the run diverged)"
                : "- (the final point is not a fixed point)");
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
    }
}
