package io.github.gamedyn.core.ad;

/**
 * What a {@link LossFunction} records its losses on: the players' parameter blocks and the
 * constant factories. Recording happens once per game (the losses must not branch on values, so
 * their program is the same at every point); every derivative afterwards runs the compiled
 * program (see the package documentation).
 *
 * <p>{@link Var#value()} still works while recording, at the point the game is traced at, but it
 * makes the engine record a second time at another point to check that the program does not
 * depend on the values read. A tape is confined to the thread recording on it.
 */
public final class Tape {
    private final Graph graph = Graph.recording();
    private final Var[] blocks;
    private final double[] point;
    private final int[] offsets;
    private boolean valuesRead;

    /**
     * @param blockSizes the players' block sizes. Not modified.
     * @param point the point values are read at, concatenated blocks. Not modified.
     */
    Tape(int[] blockSizes, double[] point) {
        this.blocks = new Var[blockSizes.length];
        this.offsets = new int[blockSizes.length];
        for (int i = 0, off = 0; i < blockSizes.length; off += blockSizes[i], i++) {
            offsets[i] = off;
            blocks[i] = new Var(this, graph.input(0, i, blockSizes[i]), blockSizes[i], 1);
        }
        this.point = point.clone();
    }

    /** Player {@code player}'s parameters as a column vector. */
    public Var block(int player) {
        if (player < 0 || player >= blocks.length) {
            throw new IllegalArgumentException("player = " + player + "; allowed: 0 to "
                    + (blocks.length - 1));
        }
        return blocks[player];
    }

    /** Number of parameter blocks (players). */
    public int players() {
        return blocks.length;
    }

    /** A 1×1 constant. */
    public Var constant(double value) {
        return constant(1, 1, value);
    }

    /** A column-vector constant. */
    public Var vector(double... values) {
        return constant(values.length, 1, values);
    }

    /**
     * A constant matrix.
     *
     * @param data row-major entries, {@code rows·cols} of them. Not modified.
     */
    public Var constant(int rows, int cols, double... data) {
        if (rows < 1 || cols < 1 || data.length != (long) rows * cols) {
            throw new IllegalArgumentException("constant: shape " + rows + "×" + cols + " needs "
                    + (long) rows * cols + " entries, got " + data.length);
        }
        return new Var(this, graph.constant(rows, cols, data), rows, cols);
    }

    Graph graph() {
        return graph;
    }

    /** Whether a loss read a value while recording. */
    boolean valuesRead() {
        return valuesRead;
    }

    /** The value of {@code v} at the tracing point. */
    double[] valueOf(Var v) {
        valuesRead = true;
        return Program.evaluate(graph, v.id, new double[][] {point}, new int[][] {offsets});
    }
}
