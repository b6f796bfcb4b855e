package io.github.gamedyn.core.linalg;

import org.ejml.data.DMatrixRMaj;

/** Argument checks shared by the public entry points of this package. */
final class MatrixArguments {

    private MatrixArguments() {
    }

    /**
     * Checks that a matrix is non-null, square, at least 1×1 and has finite entries.
     *
     * @param a the matrix. Not modified.
     * @param name the argument's name, used in the message
     * @param purpose what needs the matrix, e.g. "eigen-decomposition"
     * @throws IllegalArgumentException naming the argument, its shape or offending entry, and what is
     *     allowed
     */
    static void requireSquareFinite(DMatrixRMaj a, String name, String purpose) {
        if (a == null) {
            throw new IllegalArgumentException(
                    "matrix " + name + " is null; " + purpose + " needs a square matrix with finite entries");
        }
        if (a.numRows != a.numCols || a.numRows == 0) {
            throw new IllegalArgumentException("matrix " + name + " is " + a.numRows + "x" + a.numCols + "; "
                    + purpose + " needs a square matrix of size at least 1x1");
        }
        int n = a.numRows;
        double[] data = a.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = data[i * n + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix " + name + " has a non-finite entry " + v + " at ("
                            + i + ", " + j + "); " + purpose + " needs finite entries");
                }
            }
        }
    }
}
