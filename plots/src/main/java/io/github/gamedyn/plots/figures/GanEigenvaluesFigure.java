package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallGan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * cm-gan-eigs: the eigenvalues of the game Jacobian Ĥ of a small GAN where training with Adam
 * stopped, in the complex plane: complex pairs are rotational modes of the local dynamics. The
 * point is not a fixed point (‖ξ‖ there is reported), so this is the spectrum along training, as
 * in the paper, not at an equilibrium.
 */
final class GanEigenvaluesFigure implements Figure {
    private static final String OPTIMIZER = "adam:alpha=0.003,beta1=0.5";

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GanEigenvaluesFigure(), args);
    }

    @Override
    public String id() {
        return "cm-gan-eigs";
    }

    @Override
    public String title() {
        return "Eigenvalues of the Jacobian of a trained small GAN";
    }

    @Override
    public String caption() {
        return "Eigenvalues λ of the game Jacobian Ĥ of the small GAN (generator and discriminator"
                + " MLPs with two tanh layers of width 16, ring of 8 Gaussians, fixed batch of 128,"
                + " seed 0) after 1500 steps of Adam (α = 0.003, β₁ = 0.5) from the seeded"
                + " initialisation (--quick: width 4, 100 steps), in the complex plane. The point"
                + " is where training stopped, not a fixed point (its ‖ξ‖ is in the parameters),"
                + " so the spectrum describes the local dynamics there; eigenvalues off the real"
                + " axis are rotational modes, which real momentum damps poorly. The parameters"
                + " count the complex eigenvalues, those with |Im λ| > |Re λ| and those with"
                + " Re λ < 0. Complex momentum paper (Lorraine et al., AISTATS 2022), the GAN"
                + " spectrum figure.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        SmallGan gan = GanTraining.gan(quick);
        int steps = quick ? 100 : 1500;
        double[] w = GanTraining.train(gan, OptimizerSpec.parse(OPTIMIZER), steps);
        Complex[] lambda = Spectra.defaultSolver().eigenvalues(gan.game().jacobian(w));
        SpectrumPlot spectrum = SpectrumPlot.of("eigenvalues of Ĥ", lambda);
        Table table = new Table("re", "im");
        spectrum.rows(table);
        int rotational = 0;
        int unstable = 0;
        for (Complex l : lambda) {
            if (Math.abs(l.getImaginary()) > Math.abs(l.getReal())) {
                rotational++;
            }
            if (l.getReal() < 0) {
                unstable++;
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", "width " + (quick ? GanTraining.QUICK_WIDTH : GanTraining.WIDTH)
                + ", batch " + GanTraining.BATCH
                + ", ring of 8, fixed batch, seed 0, d = " + w.length);
        params.put("optimizer", OPTIMIZER);
        params.put("steps", Integer.toString(steps));
        params.put("complex eigenvalues", spectrum.complexCount() + " of " + lambda.length);
        params.put("|Im λ| > |Re λ|", rotational + " of " + lambda.length);
        params.put("Re λ < 0", unstable + " of " + lambda.length);
        params.put("‖ξ‖ at the point", Double.toString(
                NormOps_DDRM.normF(new DMatrixRMaj(gan.game().simultaneousGradient(w)))));
        return new FigureResult(List.of(spectrum.chart("Spectrum of Ĥ after " + steps
                + " Adam steps")), 1, table, params);
    }
}
