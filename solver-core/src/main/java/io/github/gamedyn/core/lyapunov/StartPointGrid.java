package io.github.gamedyn.core.lyapunov;

/**
 * A two-dimensional grid of start points \( x_0(i, j) \in \mathbb{R}^d \), column \( i \) and row \( j \),
 * over which a {@link Landscape} evaluates an objective. {@link PlaneGrid} is the affine plane; other
 * parametrisations (e.g. a plane of cooperation probabilities mapped to logits) implement this interface.
 * Implementations must be immutable.
 */
public interface StartPointGrid {

    /** @return the number of columns, \( \ge 1 \) */
    int columns();

    /** @return the number of rows, \( \ge 1 \) */
    int rows();

    /**
     * @param column \( i \) in \( 0..\mathrm{columns}-1 \)
     * @param row    \( j \) in \( 0..\mathrm{rows}-1 \)
     * @return a new array holding the start point of that cell
     */
    double[] point(int column, int row);
}
