package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.JacobianOperator;
import io.github.gamedyn.core.linalg.ArnoldiEigenSolver;
import io.github.gamedyn.core.linalg.EigenvalueSelection;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.PartialEigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matrix-free top-k spectra of every zoo game, from Ĥv and vᵀĤ products only, against the dense Ĥ: the
 * eigenvalues agree to 1e-8·ρ and every right and left eigenpair has \( \|\hat Hv - \lambda v\| \le
 * 10^{-8}\|\hat H\|_2 \), at the default point and at a seeded random point.
 */
class MatrixFreeSpectraTest {

    /** Every game with its default parameters, except the small GAN's batch (256 → 32, to keep this fast). */
    static Stream<String> games() {
        return GameRegistry.entries().stream().map(GameRegistry.Entry::name)
                .map(name -> name.equals("small-gan") ? "small-gan:batch=32" : name);
    }

    @ParameterizedTest
    @MethodSource("games")
    void topKEqualsTheDenseSpectrum(String name) {
        Game game = GameRegistry.create(name);
        int d = game.dimension();
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        double[] random = new double[d];
        for (int i = 0; i < d; i++) {
            random[i] = rng.nextDouble(-1, 1);
        }
        for (double[] w : List.of(game.defaultPoint(), random)) {
            DMatrixRMaj h = game.jacobian(w);
            Complex[] dense = Spectra.defaultSolver().eigenvalues(h);
            double norm = NormOps_DDRM.normP2(h);
            for (EigenvalueSelection which : EigenvalueSelection.values()) {
                check(game, w, h, dense, norm, which);
            }
        }
    }

    private static void check(Game game, double[] w, DMatrixRMaj h, Complex[] dense, double norm,
            EigenvalueSelection which) {
        String name = game.name();
        int d = game.dimension();
        int k = Math.min(d, 6);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(k).selection(which)
                .leftVectors(true).seed(5).build().solve(JacobianOperator.at(game, w));
        assertTrue(top.report().converged(), name + " " + which + ": " + top.report());
        Complex[] sorted = dense.clone();
        Arrays.sort(sorted, (a, b) -> compare(which, a, b));
        double rho = Math.max(Arrays.stream(dense).mapToDouble(Complex::abs).max().orElse(0), 1e-300);
        Complex[] values = top.eigenvalues();
        assertTrue(values.length == k || values.length == k + 1);
        boolean[] used = new boolean[sorted.length];
        for (Complex lambda : values) {
            int best = -1;
            for (int j = 0; j < sorted.length; j++) {
                if (!used[j] && (best < 0
                        || lambda.subtract(sorted[j]).abs() < lambda.subtract(sorted[best]).abs())) {
                    best = j;
                }
            }
            used[best] = true;
            assertTrue(lambda.subtract(sorted[best]).abs() <= 1e-8 * rho,
                    name + " " + which + ": " + lambda + " vs dense " + sorted[best]);
            assertTrue(key(which, lambda) >= key(which, sorted[values.length - 1]) - 1e-8 * rho,
                    name + " " + which + ": " + lambda + " is not among the wanted");
        }
        for (Eigenpair p : top.eigenpairs()) {
            assertTrue(residual(h, p, false) <= 1e-8 * norm, name + " right residual at " + p.value());
        }
        assertEquals(top.eigenpairs().size(), top.leftEigenpairs().size());
        for (Eigenpair p : top.leftEigenpairs()) {
            assertTrue(residual(h, p, true) <= 1e-8 * norm, name + " left residual at " + p.value());
        }
    }

    private static double key(EigenvalueSelection which, Complex z) {
        return switch (which) {
            case LARGEST_MODULUS -> z.abs();
            case LARGEST_REAL -> z.getReal();
            case SMALLEST_REAL -> -z.getReal();
            case LARGEST_IMAGINARY -> Math.abs(z.getImaginary());
        };
    }

    private static int compare(EigenvalueSelection which, Complex a, Complex b) {
        return Double.compare(key(which, b), key(which, a));
    }

    /** \( \|Hv - \lambda v\|_2 \), or \( \|H^{\mathsf T}u - \lambda u\|_2 \) for a left pair. */
    private static double residual(DMatrixRMaj h, Eigenpair p, boolean left) {
        int n = h.numRows;
        double[] re = p.re();
        double[] im = p.im();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double rr = -(p.value().getReal() * re[i] - p.value().getImaginary() * im[i]);
            double ri = -(p.value().getReal() * im[i] + p.value().getImaginary() * re[i]);
            for (int j = 0; j < n; j++) {
                double hij = left ? h.get(j, i) : h.get(i, j);
                rr += hij * re[j];
                ri += hij * im[j];
            }
            sum += rr * rr + ri * ri;
        }
        return Math.sqrt(sum);
    }
}
