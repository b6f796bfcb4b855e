package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Player;

/**
 * A {@link GradientField} driving a {@link BaseRule} under a {@link Schedule}: one step advances
 * the shared scalars, then per block (all of ω when simultaneous, each player in order when
 * alternating, each seeing the others' newest parameters) evaluates the field at the current ω
 * and moves that block's coordinates and buffers. A block that becomes non-finite ends the step
 * there: the next field would be evaluated at a non-finite point. A non-finite entry of the
 * direction in the block about to move is a divergence even where the base rule would make
 * finite numbers of it ({@link NonFiniteDirectionException}).
 */
final class ComposedRule implements UpdateRule {
    private final GradientField field;
    private final BaseRule base;
    private final Schedule schedule;

    ComposedRule(GradientField field, BaseRule base, Schedule schedule) {
        if (field == null || base == null || schedule == null) {
            throw new IllegalArgumentException("field = " + field + ", base = " + base
                    + ", schedule = " + schedule + "; all are required");
        }
        this.field = field;
        this.base = base;
        this.schedule = schedule;
    }

    @Override
    public int buffers() {
        return base.buffers();
    }

    @Override
    public int sharedScalars() {
        return base.sharedScalars();
    }

    @Override
    public double[] initialShared() {
        return base.initialShared();
    }

    @Override
    public int gradientEvaluations() {
        return field.evaluations();
    }

    @Override
    public Dual update(DualGame game, Dual state) {
        int d = game.dimension();
        int m = base.buffers();
        int so = d * (1 + m);
        int n = stateDimension(d);
        if (state.size() != n) {
            throw new IllegalArgumentException("state has size " + state.size() + "; allowed: "
                    + n + " on game " + game.game().name());
        }
        Dual shared = base.advanceShared(state.slice(so, n));
        if (shared.size() != n - so) {
            throw new IllegalStateException("advanceShared of " + base + " returned "
                    + shared.size() + " shared scalars; allowed: " + (n - so));
        }
        if (!shared.isFinite()) {
            return state.withSlice(so, shared);
        }
        Dual w = state.slice(0, d);
        Dual[] buffers = new Dual[m];
        for (int k = 0; k < m; k++) {
            buffers[k] = state.slice((k + 1) * d, (k + 2) * d);
        }
        for (int[] block : blocks(game)) {
            int from = block[0];
            int to = block[1];
            Dual g = field.direction(game, w);
            if (g.size() != d) {
                throw new IllegalStateException("field " + field + " returned a direction of size "
                        + g.size() + "; allowed: " + d);
            }
            for (int c = from; c < to; c++) {
                if (!Double.isFinite(g.value(c))) {
                    throw new NonFiniteDirectionException(c, g.value(c));
                }
            }
            Dual[] current = new Dual[m];
            for (int k = 0; k < m; k++) {
                current[k] = buffers[k].slice(from, to);
            }
            Coordinates next = base.update(Coordinates.of(w.slice(from, to), current),
                    g.slice(from, to), shared);
            if (next.parameters().size() != to - from || next.bufferCount() != m) {
                throw new IllegalStateException("base rule " + base + " returned "
                        + next.parameters().size() + " parameters and " + next.bufferCount()
                        + " buffers; allowed: " + (to - from) + " and " + m);
            }
            w = w.withSlice(from, next.parameters());
            for (int k = 0; k < m; k++) {
                buffers[k] = buffers[k].withSlice(from, next.buffer(k));
            }
            if (!next.isFinite()) {
                break;
            }
        }
        Dual[] parts = new Dual[m + 2];
        parts[0] = w;
        System.arraycopy(buffers, 0, parts, 1, m);
        parts[m + 1] = shared;
        return Dual.concat(parts);
    }

    private int[][] blocks(DualGame game) {
        if (schedule == Schedule.SIMULTANEOUS) {
            return new int[][] {{0, game.dimension()}};
        }
        return game.game().players().stream()
                .map((Player p) -> new int[] {p.offset(), p.offset() + p.size()})
                .toArray(int[][]::new);
    }

    @Override
    public String toString() {
        return field + " on " + base + ", " + schedule.specName();
    }
}
