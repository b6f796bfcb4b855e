package io.github.gamedyn.core.lyapunov;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** \( \sigma_{\max}(A) \) of square matrices by a reusable SVD (singular values only). */
final class LargestSingularValue {

    private final SingularValueDecomposition_F64<DMatrixRMaj> svd;

    LargestSingularValue(int dimension) {
        svd = DecompositionFactory_DDRM.svd(dimension, dimension, false, false, true);
    }

    /** @param a square matrix. Not modified. */
    double of(DMatrixRMaj a) {
        if (!svd.decompose(svd.inputModified() ? a.copy() : a)) {
            throw new ArithmeticException("SVD did not converge for a " + a.numRows + "x" + a.numCols + " matrix");
        }
        double max = 0;
        for (double s : svd.getSingularValues()) {
            max = Math.max(max, s);
        }
        return max;
    }
}
