package io.github.gamedyn.ridge.grr;

import java.util.Arrays;
import org.apache.commons.math3.complex.Complex;

/**
 * A direction to branch along at a bifurcation point: \(\pm v\) for a real eigenvalue of the game
 * Jacobian \(\hat H\), \(\pm\mathrm{Re}\,v\) or \(\pm\mathrm{Im}\,v\) for a complex pair (the
 * eigenvector in its canonical phase: unit norm, \(\mathrm{Re}\,v \perp \mathrm{Im}\,v\),
 * \(\|\mathrm{Re}\,v\| \ge \|\mathrm{Im}\,v\|\), the largest component of \(\mathrm{Re}\,v\)
 * positive; the member with \(\mathrm{Im}\,\lambda \gt 0\)).
 *
 * <p>{@code growth} is the factor by which the learning map's linearisation stretches the
 * eigenmode per step: under gradient descent the eigenvector's component is multiplied by
 * \(1 - \alpha\lambda\), so the growth is \(|1 - \alpha\lambda|\); under an optimiser with buffers
 * it is the spectral radius of its augmented Jacobian on the mode. The direction is unstable for
 * the learning map when the growth exceeds 1 (for the flow \(\omega' = -\xi\): when
 * \(\mathrm{Re}\,\lambda \lt 0\)).
 *
 * @param eigenpair index of the eigenpair in {@code Eigendecomposition.eigenpairs()} order
 *        (decreasing real part)
 * @param part which real vector of the eigenpair
 * @param sign +1 or −1
 * @param eigenvalue λ
 * @param growth the mode's growth per step under the learning map
 * @param direction the unit direction
 */
public record BranchDirection(int eigenpair, Part part, int sign, Complex eigenvalue, double growth,
                              double[] direction) {

    /** Which real vector of an eigenpair a branch follows. */
    public enum Part {
        /** The eigenvector of a real eigenvalue. */
        EIGENVECTOR(""),
        /** The real part of a complex eigenvector. */
        REAL_PART("Re "),
        /** The imaginary part of a complex eigenvector. */
        IMAGINARY_PART("Im ");

        private final String prefix;

        Part(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Copies. */
    public BranchDirection {
        direction = direction.clone();
    }

    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** Whether the learning map pushes away along this direction, growth \(\gt 1\). */
    public boolean unstable() {
        return growth > 1;
    }

    /** E.g. {@code +v0}, {@code −Re v1}, {@code +Im v1}. */
    public String label() {
        return (sign > 0 ? "+" : "-") + part.prefix + "v" + eigenpair;
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BranchDirection other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "BranchDirection[eigenpair=" + eigenpair + ", part=" + part + ", sign=" + sign
                + ", eigenvalue=" + eigenvalue + ", growth=" + growth + ", direction="
                + Arrays.toString(direction) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {eigenpair, part, sign, eigenvalue, growth, direction};
    }
}
