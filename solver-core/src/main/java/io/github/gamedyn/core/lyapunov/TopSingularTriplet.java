package io.github.gamedyn.core.lyapunov;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The largest singular value \(\sigma\) of a square matrix A with unit singular vectors,
 * \(A v = \sigma u\): the derivative \(d\sigma = u^{\mathsf T}(dA)\,v\) when \(\sigma\) is simple.
 *
 * @param sigma \(\sigma_{\max}(A)\)
 * @param u left singular vector
 * @param v right singular vector
 */
record TopSingularTriplet(double sigma, double[] u, double[] v) {

    /** @param a square matrix. Not modified. */
    static TopSingularTriplet of(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, false);
        if (!svd.decompose(a.copy())) {
            throw new ArithmeticException("SVD did not converge for a " + a.numRows + "x"
                    + a.numCols + " matrix");
        }
        double[] s = svd.getSingularValues();
        int top = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[top]) {
                top = i;
            }
        }
        DMatrixRMaj uu = svd.getU(null, false);
        DMatrixRMaj vv = svd.getV(null, false);
        int n = a.numRows;
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = uu.get(i, top);
            v[i] = vv.get(i, top);
        }
        return new TopSingularTriplet(s[top], u, v);
    }
}
