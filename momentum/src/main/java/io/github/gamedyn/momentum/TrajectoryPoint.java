package io.github.gamedyn.momentum;

import java.util.Arrays;

/**
 * One recorded point of a run.
 *
 * @param step the step count
 * @param parameters ω (a copy)
 * @param losses the players' losses
 * @param gradientNorm ‖ξ(ω)‖
 * @param distanceToTarget ‖ω − ω*‖ for the run's target, NaN without one
 */
public record TrajectoryPoint(int step, double[] parameters, double[] losses, double gradientNorm,
        double distanceToTarget) {

    /** Copies the arrays. */
    public TrajectoryPoint {
        parameters = parameters.clone();
        losses = losses.clone();
    }

    /** A copy of ω. */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** A copy of the losses. */
    @Override
    public double[] losses() {
        return losses.clone();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrajectoryPoint other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "TrajectoryPoint[step=" + step + ", parameters=" + Arrays.toString(parameters)
                + ", losses=" + Arrays.toString(losses) + ", gradientNorm=" + gradientNorm
                + ", distanceToTarget=" + distanceToTarget + "]";
    }

    private Object[] componentValues() {
        return new Object[] {step, parameters, losses, gradientNorm, distanceToTarget};
    }
}
