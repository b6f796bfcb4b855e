package io.github.gamedyn.ridge;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues (ascending) and an orthonormal eigenbasis of the symmetric part of a Hessian.
 * Orthonormal even within repeated eigenvalues, which ridge tracking relies on.
 *
 * @param values eigenvalues, ascending
 * @param vectors {@code vectors[k]} is the unit eigenvector of {@code values[k]}
 */
record SymmetricEigenbasis(double[] values, double[][] vectors) {

    /** Decomposes \((H + H^{\mathsf T})/2\). {@code h} is not modified. */
    static SymmetricEigenbasis of(DMatrixRMaj h) {
        int n = h.numRows;
        DMatrixRMaj s = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, 0.5 * (h.get(i, j) + h.get(j, i)));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(s)) {
            throw new ArithmeticException("symmetric eigen-decomposition of the " + n + "×" + n
                    + " Hessian did not converge");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(a).real,
                eig.getEigenvalue(b).real));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(order[k]).real;
            vectors[k] = eig.getEigenVector(order[k]).getData().clone();
        }
        return new SymmetricEigenbasis(values, vectors);
    }
}
