package io.github.gamedyn.core.linalg;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.complex.Complex;

/**
 * An eigenvalue \( \lambda \) of a real matrix \( H \) and an eigenvector \( v = \mathrm{re} + i\,\mathrm{im} \)
 * with \( H v = \lambda v \).
 *
 * <p>For a real \( \lambda \) the vector is real and {@code im} is all zeros. For a complex conjugate pair
 * only the member with \( \operatorname{Im}\lambda \gt 0 \) is reported; the other is
 * \( (\bar\lambda, \mathrm{re} - i\,\mathrm{im}) \).
 *
 * <p>Vectors produced by {@link EigenSolver}s are in the canonical phase of the design (§3): unit 2-norm,
 * \( \mathrm{re} \perp \mathrm{im} \), \( \|\mathrm{re}\| \ge \|\mathrm{im}\| \), and the largest-magnitude
 * component of {@code re} (lowest index on ties) is positive.
 *
 * <p>The arrays are copied on construction and on access, so an instance is immutable.
 *
 * @param value the eigenvalue \( \lambda \)
 * @param re real part of the eigenvector. Not modified (copied).
 * @param im imaginary part of the eigenvector, same length as {@code re}. Not modified (copied).
 */
public record Eigenpair(Complex value, double[] re, double[] im) {

    /**
     * Copies and checks the components.
     *
     * @throws IllegalArgumentException if any component is null or {@code re} and {@code im} differ in length
     */
    public Eigenpair {
        if (value == null || re == null || im == null) {
            throw new IllegalArgumentException("eigenpair components must be non-null: value=" + value
                    + ", re=" + Arrays.toString(re) + ", im=" + Arrays.toString(im));
        }
        if (re.length != im.length) {
            throw new IllegalArgumentException(
                    "eigenvector parts re and im must have equal lengths: " + re.length + " != " + im.length);
        }
        re = re.clone();
        im = im.clone();
    }

    /** @return a copy of the real part of the eigenvector */
    @Override
    public double[] re() {
        return re.clone();
    }

    /** @return a copy of the imaginary part of the eigenvector (all zeros for a real eigenvalue) */
    @Override
    public double[] im() {
        return im.clone();
    }

    /** @return whether the eigenvalue is real ({@code Im λ == 0}) */
    public boolean isReal() {
        return value.getImaginary() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eigenpair p && value.equals(p.value) && Arrays.equals(re, p.re)
                && Arrays.equals(im, p.im);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, Arrays.hashCode(re), Arrays.hashCode(im));
    }

    @Override
    public String toString() {
        return "Eigenpair[value=" + value + ", re=" + Arrays.toString(re) + ", im=" + Arrays.toString(im) + "]";
    }
}
