package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite on the native LAPACK solver. Where no native LAPACK loads the suite is skipped,
 * except under CI ({@code CI=true}), whose script installs one: there its absence fails.
 */
class LapackEigenSolverTest extends EigenSolverContractTest {

    @BeforeAll
    static void nativeLapackIsPresent() {
        boolean present = LapackEigenSolver.available().isPresent();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "CI installs libopenblas0-serial, but no native LAPACK loaded");
        }
        assumeTrue(present, "no native LAPACK (liblapack.so.3) on this machine");
    }

    @Override
    protected EigenSolver solver() {
        return LapackEigenSolver.available().orElseThrow();
    }

    @Test
    void agreesWithThePureJavaSolverToRounding() {
        DMatrixRMaj h = TestMatrices.gaussian(300, 300, 4);
        Complex[] lapack = solver().eigenvalues(h);
        Complex[] java = new FrancisQrEigenSolver().eigenvalues(h);
        for (int k = 0; k < lapack.length; k++) {
            assertTrue(lapack[k].subtract(java[k]).abs() < 1e-11, k + ": " + lapack[k] + " vs " + java[k]);
        }
    }
}
