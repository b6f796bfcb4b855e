package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.Flow;
import org.ejml.data.DMatrixRMaj;

/** Lorenz flow \( (\sigma(y - x),\; x(\rho - z) - y,\; xy - \beta z) \); \( \mathrm{tr}\,Df = -(\sigma + 1 + \beta) \). */
final class LorenzFlow implements Flow {

    private final double sigma;
    private final double rho;
    private final double beta;

    LorenzFlow(double sigma, double rho, double beta) {
        this.sigma = sigma;
        this.rho = rho;
        this.beta = beta;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public void derivative(double[] x, double[] out) {
        out[0] = sigma * (x[1] - x[0]);
        out[1] = x[0] * (rho - x[2]) - x[1];
        out[2] = x[0] * x[1] - beta * x[2];
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        out.reshape(3, 3);
        out.set(0, 0, -sigma);
        out.set(0, 1, sigma);
        out.set(0, 2, 0);
        out.set(1, 0, rho - x[2]);
        out.set(1, 1, -1);
        out.set(1, 2, -x[0]);
        out.set(2, 0, x[1]);
        out.set(2, 1, x[0]);
        out.set(2, 2, -beta);
    }
}
