package io.github.gamedyn.core.linalg;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;

/** Seeded test matrices. */
final class TestMatrices {

    private TestMatrices() {
    }

    static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }

    /** \( Q B Q^\top \) for a seeded random orthogonal Q. */
    static DMatrixRMaj orthogonalSimilarity(DMatrixRMaj b, long seed) {
        int n = b.numRows;
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, new Random(seed));
        DMatrixRMaj qb = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, b, qb);
        DMatrixRMaj result = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qb, q, result);
        return result;
    }

    /** The bilinear game Jacobian [[0, A], [−Aᵀ, 0]]. */
    static DMatrixRMaj bilinearJacobian(DMatrixRMaj a) {
        int m = a.numRows;
        int k = a.numCols;
        DMatrixRMaj h = new DMatrixRMaj(m + k, m + k);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                h.set(i, m + j, a.get(i, j));
                h.set(m + j, i, -a.get(i, j));
            }
        }
        return h;
    }
}
