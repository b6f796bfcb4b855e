package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class FrancisQrEigenSolverTest extends EigenSolverContractTest {

    @Override
    protected EigenSolver solver() {
        return new FrancisQrEigenSolver();
    }

    @Test
    void reportsNonConvergenceAtTheIterationCap() {
        DMatrixRMaj h = TestMatrices.gaussian(5, 5, 2);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new FrancisQrEigenSolver(0).decompose(h));
        assertEquals("Francis QR did not converge: rows 0..4 of the 5x5 matrix were not deflated within 0 "
                + "iterations (0·max(10, n))", e.getMessage());
    }
}
