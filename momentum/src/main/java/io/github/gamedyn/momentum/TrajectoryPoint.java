package io.github.gamedyn.momentum;

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
}
