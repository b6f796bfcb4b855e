package io.github.gamedyn.core.lyapunov;

import java.util.Random;
import org.junit.jupiter.api.Nested;

/** Runs {@link LyapunovEstimatorContract} against every estimator. */
class EstimatorContractTests {

    @Nested
    class TransportedVector extends LyapunovEstimatorContract {
        @Override
        LyapunovEstimator estimator(int dimension) {
            Random random = new Random(dimension);
            double[] u0 = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                u0[i] = random.nextGaussian();
            }
            return new TransportedVectorEstimator(u0);
        }
    }

    @Nested
    class FiniteHorizonSvd extends LyapunovEstimatorContract {
        @Override
        LyapunovEstimator estimator(int dimension) {
            return new FiniteHorizonSvdEstimator();
        }
    }

    @Nested
    class PerStepUpperBound extends LyapunovEstimatorContract {
        @Override
        LyapunovEstimator estimator(int dimension) {
            return new PerStepUpperBoundEstimator();
        }
    }

    @Nested
    class PositiveExponentSum extends LyapunovEstimatorContract {
        @Override
        LyapunovEstimator estimator(int dimension) {
            return new PositiveExponentSumEstimator(3);
        }

        @Override
        boolean positivePart() {
            return true;
        }
    }
}
