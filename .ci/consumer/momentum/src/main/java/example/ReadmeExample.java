package example;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.zoo.GameRegistry;
import org.apache.commons.math3.complex.Complex;

/** The README's tour of momentum (inserted at README below by .ci/consumer-check), checked. */
public class ReadmeExample {
    public static void main(String[] args) {
        // README
        if (Math.abs(lambda.getImaginary() - 0.25) > 1e-15 || Math.abs(lambda.getReal()) > 1e-15
                || Math.abs(rho - 0.98569) > 5e-6 || !(distance < 1e-9)) {
            throw new AssertionError("lambda " + lambda + ", rho " + rho + ", distance "
                    + distance);
        }
        System.out.println("momentum: lambda = " + lambda + ", rho = " + rho + ", distance = "
                + distance);
    }
}
