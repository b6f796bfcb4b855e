package io.github.gamedyn.plots.cli;

import org.apache.commons.math3.complex.Complex;

/**
 * An eigenvalue of Ĥ with its canonical eigenvector \(v = re + i\,im\) (DESIGN §3): one per real
 * eigenvalue and one per conjugate pair, the member with \(\operatorname{Im}\lambda > 0\).
 * The same data as {@code io.github.gamedyn.core.linalg.Eigenpair}, as the command line prints it.
 *
 * @param value the eigenvalue λ
 * @param re real part of the unit eigenvector
 * @param im imaginary part of the eigenvector (zeros for a real eigenvalue)
 */
record EigenDirection(Complex value, double[] re, double[] im) {
}
