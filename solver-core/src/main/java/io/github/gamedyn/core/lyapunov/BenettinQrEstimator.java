package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Top-\( m \) Lyapunov spectrum by repeated QR re-orthonormalisation (Benettin, Galgani, Giorgilli,
 * Strelcyn 1980; Shimada and Nagashima 1979):
 * \[ Q_{t+1} R_t = J_t Q_t, \qquad \hat\lambda_i = \frac1k \sum_{t=0}^{k-1} \log |(R_t)_{ii}|, \]
 * with \( Q_0 \in \mathbb{R}^{d \times m} \) a seeded random orthonormal frame, reported in descending order.
 * Since \( \prod_i |(R_t)_{ii}| \) is the volume growth of the frame, for \( m = d \)
 * \( \sum_i \hat\lambda_i = \frac1k \sum_t \log|\det J_t| \) exactly (up to rounding). With \( m = 1 \) it is
 * the transported-vector estimate from a random start. Cost per step: \( J_t Q_t \) (\( m \) Jacobian-vector
 * products) and a Householder QR, \( O(d m^2) \).
 */
public final class BenettinQrEstimator {

    private final int exponents;
    private final long seed;

    /**
     * @param exponents \( m \ge 1 \), the number of leading exponents; at most the map dimension
     * @param seed      seed of the random start frame \( Q_0 \)
     */
    public BenettinQrEstimator(int exponents, long seed) {
        if (exponents <= 0) {
            throw new IllegalArgumentException("exponents = " + exponents + "; allowed: exponents >= 1");
        }
        this.exponents = exponents;
        this.seed = seed;
    }

    /**
     * @param map     the map \( F \) of dimension \( d \ge m \)
     * @param x0      start state of length \( d \). Not modified.
     * @param horizon \( k \ge 1 \)
     * @return \( \hat\lambda_1 \ge \dots \ge \hat\lambda_m \) with their running estimates
     * @throws IllegalArgumentException if \( m \gt d \), the horizon or the start state is invalid
     * @throws io.github.gamedyn.core.dynamics.DivergenceException if the state becomes non-finite or a
     *         diagonal entry of \( R_t \) is zero or non-finite
     */
    public LyapunovSpectrum spectrum(DifferentiableMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        Arguments.requireStart(map, x0);
        int d = map.dimension();
        int m = exponents;
        if (m > d) {
            throw new IllegalArgumentException("exponents = " + m + " exceeds the map dimension " + d
                    + "; allowed: 1 <= exponents <= " + d);
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(d, m);
        DMatrixRMaj q = startFrame(qr, d, m);
        DMatrixRMaj jq = new DMatrixRMaj(d, m);
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        Orbit orbit = new Orbit(map, x0);
        double[] sums = new double[m];
        double[][] running = new double[m][horizon];
        for (int t = 0; t < horizon; t++) {
            orbit.jacobianTimes(q, jq);
            orthonormalise(qr, jq, q, r);
            for (int i = 0; i < m; i++) {
                sums[i] += orbit.log(Math.abs(r.get(i, i)));
                running[i][t] = sums[i] / (t + 1);
            }
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> sums[i]).reversed());
        double[] lambda = new double[m];
        Convergence[] convergence = new Convergence[m];
        for (int i = 0; i < m; i++) {
            lambda[i] = running[order[i]][horizon - 1];
            convergence[i] = Convergence.of(running[order[i]]);
        }
        return new LyapunovSpectrum(lambda, convergence);
    }

    private DMatrixRMaj startFrame(QRDecomposition<DMatrixRMaj> qr, int d, int m) {
        Random random = new Random(seed);
        DMatrixRMaj gaussian = new DMatrixRMaj(d, m);
        for (int i = 0; i < gaussian.getNumElements(); i++) {
            gaussian.data[i] = random.nextGaussian();
        }
        DMatrixRMaj q = new DMatrixRMaj(d, m);
        orthonormalise(qr, gaussian, q, new DMatrixRMaj(m, m));
        return q;
    }

    /** a = q r with q orthonormal columns (d x m) and r upper triangular (m x m); a may be destroyed. */
    private static void orthonormalise(QRDecomposition<DMatrixRMaj> qr, DMatrixRMaj a, DMatrixRMaj q,
                                       DMatrixRMaj r) {
        if (!qr.decompose(a)) {
            throw new ArithmeticException("QR decomposition failed for a " + a.numRows + "x" + a.numCols
                    + " matrix");
        }
        qr.getQ(q, true);
        qr.getR(r, true);
    }
}
