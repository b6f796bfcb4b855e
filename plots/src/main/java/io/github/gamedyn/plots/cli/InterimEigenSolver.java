package io.github.gamedyn.plots.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Eigenpairs of a small real matrix for the command line until
 * {@code io.github.gamedyn.core.linalg.FrancisQrEigenSolver} is merged; {@link PointAnalysis}
 * calls it from a single line so that the switch is that line.
 *
 * <p>Eigenvalues come from EJML's eigenvalue-only decomposition. Parts smaller than
 * \(10^{-13}\lVert A\rVert_F\) are rounding noise and are set to zero, so that real eigenvalues
 * and imaginary pairs are reported as such. Eigenvalues closer than \(10^{-8}\lVert A\rVert_F\)
 * are one eigenvalue of that multiplicity. For each, the eigenvectors span the null space of
 * \(A - \lambda I\), computed by an SVD of its real form
 * \(\begin{pmatrix} A - aI & bI \\ -bI & A - aI \end{pmatrix}\) for \(\lambda = a + ib\)
 * (whose null vectors \((x, y)\) are the eigenvectors \(x + iy\)), one complex-orthogonal vector
 * per multiple. Each vector is put in the canonical form of DESIGN §3; when that leaves the phase
 * free (\(\sum_k v_k^2 = 0\), e.g. \((1, i)/\sqrt2\)), the first component of largest modulus is
 * made real and positive. Every pair is checked: \(\lVert Av - \lambda v\rVert_2 \le
 * 10^{-10}\lVert A\rVert_F\), else an {@link ArithmeticException} (a defective matrix fails it).
 */
final class InterimEigenSolver {
    private static final double NOISE = 1e-13;
    private static final double SAME_EIGENVALUE = 1e-8;
    private static final double RESIDUAL = 1e-10;
    /** Relative margin within which two moduli count as equal when choosing a pivot component. */
    private static final double TIE = 1e-9;

    private InterimEigenSolver() {
    }

    /**
     * The eigenpairs of {@code a}, one per real eigenvalue and per conjugate pair, ordered by
     * decreasing real part, then decreasing imaginary part.
     *
     * @param a a square matrix. Not modified.
     */
    static List<EigenDirection> eigenpairs(DMatrixRMaj a) {
        int n = a.numRows;
        double scale = NormOps_DDRM.normF(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, false);
        if (!eig.decompose(a.copy())) {
            throw new ArithmeticException("the eigenvalues of the " + n + "×" + n
                    + " Jacobian did not converge");
        }
        List<Complex> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            Complex v = new Complex(denoise(c.real, scale), denoise(c.imaginary, scale));
            if (v.getImaginary() >= 0) {
                values.add(v);
            }
        }
        values.sort(Comparator.comparingDouble(Complex::getReal)
                .thenComparingDouble(Complex::getImaginary).reversed());
        List<EigenDirection> pairs = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            int j = i + 1;
            while (j < values.size()
                    && values.get(j).subtract(values.get(i)).abs() <= SAME_EIGENVALUE * scale) {
                j++;
            }
            Complex lambda = mean(values.subList(i, j));
            for (double[][] v : nullSpace(a, lambda, j - i)) {
                canonicalise(v[0], v[1]);
                checkResidual(a, lambda, v[0], v[1], scale);
                pairs.add(new EigenDirection(lambda, v[0], v[1]));
            }
            i = j;
        }
        return pairs;
    }

    private static double denoise(double x, double scale) {
        return Math.abs(x) <= NOISE * scale ? 0.0 : x + 0.0;
    }

    private static Complex mean(List<Complex> cluster) {
        Complex sum = Complex.ZERO;
        for (Complex c : cluster) {
            sum = sum.add(c);
        }
        return new Complex(sum.getReal() / cluster.size(), sum.getImaginary() / cluster.size());
    }

    /** {@code count} complex-orthonormal null vectors of A − λI, each as {re, im}. */
    private static List<double[][]> nullSpace(DMatrixRMaj a, Complex lambda, int count) {
        int n = a.numRows;
        boolean complex = lambda.getImaginary() != 0;
        int m = complex ? 2 * n : n;
        DMatrixRMaj shifted = new DMatrixRMaj(m, m);
        for (int block = 0; block < m / n; block++) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    shifted.set(block * n + r, block * n + c, a.get(r, c));
                }
                shifted.add(block * n + r, block * n + r, -lambda.getReal());
            }
        }
        if (complex) {
            for (int r = 0; r < n; r++) {
                shifted.set(r, n + r, lambda.getImaginary());
                shifted.set(n + r, r, -lambda.getImaginary());
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(m, m, false, true, false);
        if (!svd.decompose(shifted)) {
            throw new ArithmeticException("the SVD of Ĥ − λI, λ = " + lambda
                    + ", did not converge");
        }
        double[] sigma = svd.getSingularValues();
        DMatrixRMaj v = svd.getV(null, false);
        List<double[][]> candidates = new ArrayList<>();
        IntStream.range(0, m).boxed()
                .sorted(Comparator.comparingDouble(k -> sigma[k]))
                .limit(complex ? 2L * count : count)
                .forEach(k -> {
                    double[][] z = new double[2][n];
                    for (int r = 0; r < n; r++) {
                        z[0][r] = v.get(r, k);
                        z[1][r] = complex ? v.get(n + r, k) : 0.0;
                    }
                    candidates.add(z);
                });
        return complexGramSchmidt(candidates, count);
    }

    /**
     * Pivoted Gram–Schmidt in \(\mathbb{C}^n\): picks, {@code count} times, the candidate with the
     * largest part orthogonal to those picked. Needed because the real null space of the real
     * form holds each complex direction twice (as \(v\) and \(iv\)).
     */
    private static List<double[][]> complexGramSchmidt(List<double[][]> candidates, int count) {
        List<double[][]> basis = new ArrayList<>();
        List<double[][]> rest = new ArrayList<>(candidates);
        while (basis.size() < count) {
            int best = 0;
            double[][] bestPart = null;
            double bestNorm = -1;
            for (int k = 0; k < rest.size(); k++) {
                double[][] part = orthogonalise(rest.get(k), basis);
                double norm = Math.sqrt(dot(part[0], part[0]) + dot(part[1], part[1]));
                if (norm > bestNorm) {
                    best = k;
                    bestPart = part;
                    bestNorm = norm;
                }
            }
            rest.remove(best);
            scale(bestPart, 1 / bestNorm);
            basis.add(bestPart);
        }
        return basis;
    }

    private static double[][] orthogonalise(double[][] z, List<double[][]> basis) {
        double[] re = z[0].clone();
        double[] im = z[1].clone();
        for (double[][] b : basis) {
            // <b, z> = Σ conj(b_k) z_k
            double pr = dot(b[0], re) + dot(b[1], im);
            double pi = dot(b[0], im) - dot(b[1], re);
            for (int k = 0; k < re.length; k++) {
                re[k] -= pr * b[0][k] - pi * b[1][k];
                im[k] -= pr * b[1][k] + pi * b[0][k];
            }
        }
        return new double[][] {re, im};
    }

    /** Unit norm, Re v ⟂ Im v with ‖Re v‖ ≥ ‖Im v‖, largest component of Re v positive. */
    private static void canonicalise(double[] re, double[] im) {
        double[][] v = {re, im};
        scale(v, 1 / Math.sqrt(dot(re, re) + dot(im, im)));
        // Σ v_k² = ‖Re‖² − ‖Im‖² + 2i Re·Im; rotating by e^{iφ} multiplies it by e^{2iφ}.
        double sr = dot(re, re) - dot(im, im);
        double si = 2 * dot(re, im);
        double phi;
        if (Math.hypot(sr, si) > TIE) {
            phi = -0.5 * Math.atan2(si, sr);
        } else {
            int k = pivot(re, im);
            phi = -Math.atan2(im[k], re[k]);
        }
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        for (int k = 0; k < re.length; k++) {
            double x = re[k];
            re[k] = x * c - im[k] * s;
            im[k] = x * s + im[k] * c;
        }
        int k = pivot(re, new double[re.length]);
        if (re[k] < 0) {
            scale(v, -1);
        }
        // Adding +0.0 turns -0.0 into 0.0, so that exact zeros print without a sign.
        for (int j = 0; j < re.length; j++) {
            re[j] += 0.0;
            im[j] += 0.0;
        }
    }

    /** The first index whose modulus is within {@link #TIE} of the largest. */
    private static int pivot(double[] re, double[] im) {
        double max = 0;
        for (int k = 0; k < re.length; k++) {
            max = Math.max(max, Math.hypot(re[k], im[k]));
        }
        int k = 0;
        while (Math.hypot(re[k], im[k]) < max * (1 - TIE)) {
            k++;
        }
        return k;
    }

    private static void checkResidual(DMatrixRMaj a, Complex lambda, double[] re, double[] im,
                                      double scale) {
        int n = re.length;
        double sum = 0;
        for (int r = 0; r < n; r++) {
            double ar = 0;
            double ai = 0;
            for (int c = 0; c < n; c++) {
                ar += a.get(r, c) * re[c];
                ai += a.get(r, c) * im[c];
            }
            double dr = ar - (lambda.getReal() * re[r] - lambda.getImaginary() * im[r]);
            double di = ai - (lambda.getReal() * im[r] + lambda.getImaginary() * re[r]);
            sum += dr * dr + di * di;
        }
        double residual = Math.sqrt(sum);
        if (residual > RESIDUAL * scale) {
            throw new ArithmeticException("eigenvector of λ = " + lambda + " has residual "
                    + residual + " > " + RESIDUAL + "·‖Ĥ‖_F; Ĥ may be defective");
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }

    private static void scale(double[][] v, double factor) {
        for (double[] part : v) {
            for (int k = 0; k < part.length; k++) {
                part[k] *= factor;
            }
        }
    }
}
