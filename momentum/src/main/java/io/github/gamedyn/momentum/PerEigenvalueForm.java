package io.github.gamedyn.momentum;

import java.util.List;

/**
 * The per-eigenvalue form of a method whose augmented update at a fixed point is a block matrix
 * of polynomials in Ĥ (simultaneous schedule, and for a field: on gradient descent): its spectrum
 * is the union, over the eigenvalues λ of Ĥ, of the roots of a small characteristic polynomial,
 * so ρ costs microseconds per cell of a sweep once the spectrum of Ĥ is known
 * ({@link PerEigenvalueRadius}, {@link RadiusSweep}).
 *
 * @param hyperparameters the hyperparameters the kernel reads, in the order of its arrays
 * @param kernel ρ from their values and the eigenvalues
 */
public record PerEigenvalueForm(List<String> hyperparameters, Kernel kernel) {

    /** Copies the list. */
    public PerEigenvalueForm {
        hyperparameters = List.copyOf(hyperparameters);
        if (kernel == null) {
            throw new IllegalArgumentException("kernel = null; allowed: a kernel");
        }
    }

    /** ρ of the augmented update at a fixed point, allocation-free (the inner loop of sweeps). */
    @FunctionalInterface
    public interface Kernel {
        /**
         * ρ from the hyperparameters and the spectrum of Ĥ. Each eigenvalue is passed once per
         * conjugate pair as \(re_k + i|im_k|\): kernels are real polynomials in λ, whose roots at
         * λ̄ are the conjugates of those at λ, with the same moduli.
         *
         * @param re real parts of the hyperparameters, in {@link #hyperparameters()} order. Not
         *        modified.
         * @param im their imaginary parts. Not modified.
         * @param eigRe real parts of the eigenvalues. Not modified.
         * @param eigIm their imaginary parts. Not modified.
         */
        double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm);
    }
}
