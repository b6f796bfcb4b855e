package io.github.gamedyn.plots.figures;

import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.Share;
import java.util.Comparator;
import java.util.List;

/**
 * One rule's trained generators over seeds, and what they say as rates: the share of seeds whose
 * generator covers all 8 modes (95 % Wilson interval), the mean modes covered and the mean
 * high-quality share (95 % t intervals over seeds, the independent units).
 *
 * @param spec the rule
 * @param steps minibatch steps per run
 * @param runs one per seed, in seed order
 */
record SeedRates(OptimizerSpec spec, int steps, List<GanTraining.Run> runs) {
    /** Copies the runs. */
    SeedRates {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("runs has " + runs.size()
                    + " entries; allowed: at least 2 seeds");
        }
        runs = List.copyOf(runs);
    }

    /** Seeds whose generator covers every mode of the ring. */
    Share allModes(int modes) {
        return new Share((int) runs.stream().filter(r -> r.modes() == modes).count(), runs.size());
    }

    /** Mean modes covered. */
    MeanInterval modes() {
        return MeanInterval.of(runs.stream().mapToDouble(GanTraining.Run::modes).toArray());
    }

    /** Mean high-quality share. */
    MeanInterval highQuality() {
        return MeanInterval.of(runs.stream().mapToDouble(GanTraining.Run::highQualityShare)
                .toArray());
    }

    /** Runs that diverged. */
    int diverged() {
        return (int) runs.stream().filter(r -> r.divergedAt() > 0).count();
    }

    /**
     * The median seed: the runs ordered by modes covered, then high-quality share, then seed, and
     * the one at place ⌊(n − 1)/2⌋ (the lower median), so that a panel shows a typical seed, not
     * the best.
     */
    GanTraining.Run median() {
        return runs.stream().sorted(Comparator.comparingInt(GanTraining.Run::modes)
                        .thenComparingDouble(GanTraining.Run::highQualityShare)
                        .thenComparingLong(GanTraining.Run::seed))
                .toList().get((runs.size() - 1) / 2);
    }

    /**
     * E.g. {@code all 8 modes in 7 of 20 seeds (35.0 % [18.1, 56.7]); modes covered 6.10 [5.21,
     * 6.99]; high-quality share 0.41 [0.35, 0.47]}, and the diverged runs if any.
     */
    String summary(int modes) {
        Share all = allModes(modes);
        return "all " + modes + " modes in " + all.count() + " of " + all.trials() + " seeds ("
                + all + "); modes covered " + modes().format(2) + "; high-quality share "
                + highQuality().format(2)
                + (diverged() > 0 ? "; " + diverged() + " diverged (counted as 0 modes)" : "");
    }
}
