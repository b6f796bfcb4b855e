package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.momentum.OptimizerSpec;
import java.io.Serializable;
import java.util.List;

/**
 * Rules × seeds of the small GAN as a job of cells: cell c trains rule {@code c / seeds} on seed
 * {@code c % seeds} for {@code steps} minibatch steps and judges its generator
 * ({@link GanTraining#run}). A record of numbers and spec strings, so that an engine can ship it to
 * other JVMs; every engine gives the same bits.
 *
 * @param scale the GAN's size and the number of seeds
 * @param rules the optimiser specs as text ({@link OptimizerSpec#toString()}), at least one
 * @param steps minibatch steps per run, ≥ 0
 */
record GanSeedsJob(GanTraining.Scale scale, List<String> rules, int steps)
        implements CellJob<GanTraining.Run>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the specs and copies them. */
    GanSeedsJob {
        if (rules.isEmpty() || steps < 0) {
            throw new IllegalArgumentException("rules = " + rules + ", steps = " + steps
                    + "; allowed: at least one rule, steps ≥ 0");
        }
        rules.forEach(OptimizerSpec::parse);
        rules = List.copyOf(rules);
    }

    @Override
    public int cells() {
        return rules.size() * scale.seeds();
    }

    @Override
    public CellKernel<GanTraining.Run> kernel() {
        List<OptimizerSpec> specs = rules.stream().map(OptimizerSpec::parse).toList();
        int seeds = scale.seeds();
        return c -> GanTraining.run(scale, specs.get(c / seeds), steps, c % seeds);
    }

    @Override
    public String failure(int cell, String cause) {
        return rules.get(cell / scale.seeds()) + ", seed " + cell % scale.seeds() + " failed: "
                + cause;
    }
}
