package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@link GradientField} driven by a {@link BaseRule} under a {@link Schedule}.
 *
 * <p>One step of the augmented map: advance the shared scalars; then, per block (all of ω when
 * simultaneous, each player in order when alternating), evaluate the field at the current ω and
 * move that block's coordinates and buffers. The Jacobian is the product of the per-block
 * Jacobians, each the identity except in the rows of its block, where it is the rule's local
 * partials plus \(\partial U/\partial g_c\) times row c of the field's Jacobian.
 */
final class AugmentedOptimizer implements Optimizer {
    private final OptimizerSpec spec;
    private final Game game;
    private final GradientField field;
    private final BaseRule rule;
    private final int[][] blocks;
    private final DifferentiableMap map;
    private double[] state;
    private double[] previousDirection;
    private int steps;

    AugmentedOptimizer(OptimizerSpec spec, Game game, GradientField field, BaseRule rule,
            double[] w0) {
        this.spec = spec;
        this.game = game;
        this.field = field;
        this.rule = rule;
        if (w0 == null || w0.length != game.dimension()) {
            throw new IllegalArgumentException("w0 has length "
                    + (w0 == null ? "null" : String.valueOf(w0.length)) + "; game "
                    + game.name() + " has dimension " + game.dimension());
        }
        for (int i = 0; i < w0.length; i++) {
            if (!Double.isFinite(w0[i])) {
                throw new IllegalArgumentException("w0[" + i + "] = " + w0[i]
                        + "; coordinates must be finite");
            }
        }
        if (spec.schedule() == Schedule.SIMULTANEOUS) {
            blocks = new int[][] {{0, game.dimension()}};
        } else {
            blocks = game.players().stream()
                    .map(p -> new int[] {p.offset(), p.offset() + p.size()})
                    .toArray(int[][]::new);
        }
        state = new double[rule.stateDimension()];
        System.arraycopy(w0, 0, state, 0, w0.length);
        rule.initialiseShared(state);
        map = DifferentiableMap.of(rule.stateDimension(), this::advance, this::jacobian);
    }

    @Override
    public OptimizerSpec spec() {
        return spec;
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public int steps() {
        return steps;
    }

    @Override
    public int gradientEvaluationsPerStep() {
        return field.evaluations();
    }

    @Override
    public double[] parameters() {
        return Arrays.copyOf(state, game.dimension());
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    @Override
    public void step() {
        double[] next = new double[state.length];
        Failure bad = advanceChecked(state, next, true);
        if (bad != null) {
            throw new OptimizerDivergenceException(divergence(steps + 1, bad.index(), bad.reason(),
                    state));
        }
        state = next;
        steps++;
    }

    /**
     * Where and why a step failed: the augmented index of the first non-finite entry, and
     * whether it was the state or the field's direction (then the index is a coordinate of ω).
     */
    private record Failure(int index, String reason) {
    }

    /** Where the failure at augmented index {@code index} belongs. */
    Divergence divergence(int step, int index, String reason, double[] lastFinite) {
        int d = game.dimension();
        if (index >= rule.sharedOffset()) {
            return new Divergence(step, -1, "shared", reason, lastFinite);
        }
        int c = index % d;
        for (int i = 0; i < game.players().size(); i++) {
            Player p = game.players().get(i);
            if (c >= p.offset() && c < p.offset() + p.size()) {
                return new Divergence(step, i, p.name(), reason, lastFinite);
            }
        }
        throw new AssertionError(index);
    }

    @Override
    public DifferentiableMap updateMap() {
        return map;
    }

    private void advance(double[] in, double[] out) {
        if (advanceChecked(in, out, false) != null) {
            Arrays.fill(out, Double.NaN);
        }
    }

    /**
     * Writes F(in) into out; returns null, or where it stopped at a non-finite number: in the
     * field's direction (ξ or what a field makes of it; a non-finite direction is a divergence
     * even where a rule would turn it into finite numbers) or in the new state. In a run
     * ({@code warmStart}) the field may reuse the previous direction.
     */
    private Failure advanceChecked(double[] in, double[] out, boolean warmStart) {
        System.arraycopy(in, 0, out, 0, in.length);
        rule.advanceShared(out);
        int bad = firstNonFinite(out, rule.sharedOffset(), out.length);
        if (bad >= 0) {
            return new Failure(bad, "non-finite state");
        }
        int d = game.dimension();
        for (int[] block : blocks) {
            double[] w = Arrays.copyOf(out, d);
            double[] g = warmStart ? field.value(w, previousDirection) : field.value(w);
            bad = firstNonFinite(g, block[0], block[1]);
            if (bad >= 0) {
                return new Failure(bad, "non-finite direction");
            }
            if (warmStart) {
                previousDirection = g;
            }
            rule.update(out, g, block[0], block[1]);
            for (int k = 0; k <= rule.buffers(); k++) {
                bad = firstNonFinite(out, k * d + block[0], k * d + block[1]);
                if (bad >= 0) {
                    return new Failure(bad, "non-finite state");
                }
            }
        }
        return null;
    }

    private static int firstNonFinite(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(x[i])) {
                return i;
            }
        }
        return -1;
    }

    private void jacobian(double[] x, DMatrixRMaj out) {
        int n = rule.stateDimension();
        int d = game.dimension();
        int m = rule.buffers() + 1;
        int shared = rule.sharedScalars();
        int so = rule.sharedOffset();
        out.reshape(n, n);
        out.zero();
        for (int i = 0; i < n; i++) {
            out.set(i, i, 1);
        }
        double[] b = rule.sharedMatrix();
        for (int r = 0; r < shared; r++) {
            for (int c = 0; c < shared; c++) {
                out.set(so + r, so + c, b[r * shared + c]);
            }
        }
        double[] y = x.clone();
        rule.advanceShared(y);
        double[] dState = new double[m * (m + shared)];
        double[] dG = new double[m];
        double[] fieldRow = new double[n];
        for (int[] block : blocks) {
            double[] w = Arrays.copyOf(y, d);
            double[] g = field.value(w);
            DMatrixRMaj gJac = field.jacobian(w);
            double[][] rows = new double[(block[1] - block[0]) * m][];
            for (int c = block[0]; c < block[1]; c++) {
                rule.partials(y, g[c], c, dState, dG);
                // row c of ∂g/∂ω times the ω rows of the Jacobian so far
                Arrays.fill(fieldRow, 0);
                for (int j = 0; j < d; j++) {
                    double gj = gJac.get(c, j);
                    if (gj != 0) {
                        addScaledRow(out, j, gj, fieldRow);
                    }
                }
                for (int k = 0; k < m; k++) {
                    double[] row = new double[n];
                    for (int l = 0; l < m; l++) {
                        addScaledRow(out, l * d + c, dState[k * (m + shared) + l], row);
                    }
                    for (int s = 0; s < shared; s++) {
                        addScaledRow(out, so + s, dState[k * (m + shared) + m + s], row);
                    }
                    for (int i = 0; i < n; i++) {
                        row[i] += dG[k] * fieldRow[i];
                    }
                    rows[(c - block[0]) * m + k] = row;
                }
            }
            for (int c = block[0]; c < block[1]; c++) {
                for (int k = 0; k < m; k++) {
                    double[] row = rows[(c - block[0]) * m + k];
                    System.arraycopy(row, 0, out.data, (k * d + c) * n, n);
                }
            }
            rule.update(y, g, block[0], block[1]);
        }
    }

    private static void addScaledRow(DMatrixRMaj a, int row, double scale, double[] target) {
        if (scale == 0) {
            return;
        }
        int n = a.numCols;
        int o = row * n;
        for (int i = 0; i < n; i++) {
            target[i] += scale * a.data[o + i];
        }
    }
}
