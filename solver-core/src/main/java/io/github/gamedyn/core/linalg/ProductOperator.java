package io.github.gamedyn.core.linalg;

import java.util.function.UnaryOperator;

/** A {@link LinearOperator} from functions; the factory methods of that interface build it. */
final class ProductOperator implements LinearOperator {

    private final int n;
    private final UnaryOperator<double[]> product;
    private final UnaryOperator<double[]> transposedProduct;

    /** @param transposedProduct null when the operator has none */
    ProductOperator(int n, UnaryOperator<double[]> product, UnaryOperator<double[]> transposedProduct) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; allowed: a dimension ≥ 1");
        }
        if (product == null) {
            throw new IllegalArgumentException("product is null; allowed: a function v ↦ Av");
        }
        this.n = n;
        this.product = product;
        this.transposedProduct = transposedProduct;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double[] apply(double[] v) {
        return product.apply(v);
    }

    @Override
    public boolean hasTranspose() {
        return transposedProduct != null;
    }

    @Override
    public double[] applyTransposed(double[] v) {
        if (transposedProduct == null) {
            return LinearOperator.super.applyTransposed(v);
        }
        return transposedProduct.apply(v);
    }
}
