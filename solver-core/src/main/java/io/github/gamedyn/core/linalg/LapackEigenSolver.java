package io.github.gamedyn.core.linalg;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * Eigenvalues and eigenvectors by the system's native LAPACK, through {@code dev.ludovic.netlib:lapack}
 * (JNI): {@code dgeevx} without balancing, that is blocked Hessenberg reduction ({@code dgehrd}),
 * multishift QR with aggressive early deflation ({@code dhseqr}/{@code dlaqr0}) and blocked back
 * substitution ({@code dtrevc3}). With an optimised LAPACK (Debian's {@code libopenblas0-serial}, which
 * provides {@code liblapack.so.3}) this is several times faster than {@link FrancisQrEigenSolver} for
 * n ≥ 500; the results agree to rounding, not bit for bit.
 *
 * <p>As in {@link FrancisQrEigenSolver}, the matrix is first scaled exactly by a power of two and not
 * balanced, so residuals are backward-stable relative to \( \|A\| \), and eigenvectors are put in the
 * canonical phase. The eigenvalues-only path runs {@code dgehrd} and {@code dhseqr} with the Schur form
 * (job {@code S}) but no Schur vectors, the same arithmetic on T as {@code dgeevx}, so its eigenvalues
 * equal those of {@link #decompose} bit for bit.
 *
 * <p>One call at a time: the one instance serialises its native calls ({@code synchronized}), because
 * the serial OpenBLAS that provides Debian's {@code liblapack.so.3} shares its work buffers between
 * callers, and two decompositions of 400×400 matrices from two threads at once came back wrong in the
 * fourth digit. So the results do not depend on how many threads call the solver, and a serial LAPACK
 * gives the same bits on every run; a multithreaded one (OpenBLAS with pthreads or OpenMP) may vary
 * in the last bits with its own thread count.
 * Only the JNI path is used: where {@code liblapack.so.3} cannot be loaded, {@link #available()} is empty
 * and {@link Spectra#defaultSolver()} stays the pure-Java {@link FrancisQrEigenSolver} (the library's own
 * Java fallback, an f2j translation of reference LAPACK, is slower than that).
 */
public final class LapackEigenSolver implements EigenSolver {

    private static final LapackEigenSolver INSTANCE = load();

    private final NativeLAPACK lapack;

    private LapackEigenSolver(NativeLAPACK lapack) {
        this.lapack = lapack;
    }

    /**
     * @return the solver if the native LAPACK loads and solves a 2×2 test problem correctly, else empty
     */
    public static Optional<EigenSolver> available() {
        return Optional.ofNullable(INSTANCE);
    }

    private static LapackEigenSolver load() {
        try {
            LapackEigenSolver solver = new LapackEigenSolver(NativeLAPACK.getInstance());
            // [[0, −1], [1, 0]] (column-major) has eigenvalues ±i: a check that the library really computes.
            // It bypasses Spectra, whose initialisation asks this class for its instance.
            Complex[] values = solver.schurEigenvalues(new double[] {0, 1, -1, 0}, 2, 1);
            return values[0].subtract(Complex.I).abs() < 1e-15 ? solver : null;
        } catch (RuntimeException | LinkageError e) {
            // No native LAPACK on this machine: the pure-Java solver serves.
            return null;
        }
    }

    @Override
    public synchronized Eigendecomposition decompose(DMatrixRMaj a) {
        MatrixArguments.requireSquareFinite(a, "a", "eigen-decomposition");
        int n = a.numRows;
        double scale = Spectra.powerOfTwoScale(a.data, n * n);
        double[] h = columnMajor(a, scale);
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] vr = new double[n * n];
        double[] balance = new double[n];
        double[] rconde = new double[n];
        double[] rcondv = new double[n];
        intW ilo = new intW(0);
        intW ihi = new intW(0);
        doubleW abnrm = new doubleW(0);
        intW info = new intW(0);
        double[] query = new double[1];
        lapack.dgeevx("N", "N", "V", "N", n, h, n, wr, wi, new double[1], 1, vr, n, ilo, ihi, balance, abnrm,
                rconde, rcondv, query, -1, new int[1], info);
        double[] work = new double[Math.max(1, (int) query[0])];
        lapack.dgeevx("N", "N", "V", "N", n, h, n, wr, wi, new double[1], 1, vr, n, ilo, ihi, balance, abnrm,
                rconde, rcondv, work, work.length, new int[1], info);
        requireSuccess("dgeevx", info, n);
        List<Eigenpair> pairs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] re = Arrays.copyOfRange(vr, k * n, (k + 1) * n);
            boolean complex = wi[k] != 0;
            double[] im = complex ? Arrays.copyOfRange(vr, (k + 1) * n, (k + 2) * n) : new double[n];
            CanonicalPhase.apply(re, im);
            // LAPACK stores a pair as (a + ib, a − ib) with b > 0 first.
            pairs.add(new Eigenpair(new Complex(wr[k] / scale, wi[k] / scale), re, im));
            if (complex) {
                k++;
            }
        }
        pairs.sort((p, q) -> EigenvalueOrder.DECREASING.compare(p.value(), q.value()));
        return new Eigendecomposition(a, sorted(wr, wi, scale), pairs);
    }

    @Override
    public synchronized Complex[] eigenvalues(DMatrixRMaj a) {
        MatrixArguments.requireSquareFinite(a, "a", "eigenvalues");
        int n = a.numRows;
        double scale = Spectra.powerOfTwoScale(a.data, n * n);
        return schurEigenvalues(columnMajor(a, scale), n, scale);
    }

    /**
     * @param h the scaled matrix, column-major. Modified.
     * @param scale the factor it was scaled by
     */
    private Complex[] schurEigenvalues(double[] h, int n, double scale) {
        double[] tau = new double[Math.max(1, n - 1)];
        double[] wr = new double[n];
        double[] wi = new double[n];
        intW info = new intW(0);
        double[] query = new double[1];
        lapack.dgehrd(n, 1, n, h, n, tau, query, -1, info);
        double[] work = new double[Math.max(1, (int) query[0])];
        lapack.dgehrd(n, 1, n, h, n, tau, work, work.length, info);
        requireSuccess("dgehrd", info, n);
        lapack.dhseqr("S", "N", n, 1, n, h, n, wr, wi, new double[1], 1, query, -1, info);
        work = new double[Math.max(Math.max(1, n), (int) query[0])];
        lapack.dhseqr("S", "N", n, 1, n, h, n, wr, wi, new double[1], 1, work, work.length, info);
        requireSuccess("dhseqr", info, n);
        return sorted(wr, wi, scale);
    }

    private static double[] columnMajor(DMatrixRMaj a, double scale) {
        int n = a.numRows;
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i + j * n] = a.data[i * n + j] * scale;
            }
        }
        return h;
    }

    private static Complex[] sorted(double[] wr, double[] wi, double scale) {
        Complex[] values = new Complex[wr.length];
        for (int k = 0; k < wr.length; k++) {
            values[k] = new Complex(wr[k] / scale, wi[k] / scale + 0.0);
        }
        Arrays.sort(values, EigenvalueOrder.DECREASING);
        return values;
    }

    private static void requireSuccess(String routine, intW info, int n) {
        if (info.val > 0) {
            throw new ArithmeticException("LAPACK " + routine + " did not converge on the " + n + "x" + n
                    + " matrix: info = " + info.val + " (eigenvalues " + info.val + "..n not found)");
        }
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK " + routine + " rejected argument " + (-info.val));
        }
    }
}
