package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.DiracGan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Writes the hand-written augmented Jacobians of every catalogue method, simultaneous and
 * alternating, before they are replaced by derived ones (issue 11): on the general-sum test game
 * after two steps from (0.4, −0.3, 0.6), and on the Dirac GAN at its fixed state. Run once with
 * {@code -Dgamedyn.dump=PATH}; without it the test does nothing.
 */
class HandWrittenJacobianDump {

    @Test
    void dump() throws IOException {
        String target = System.getProperty("gamedyn.dump");
        if (target == null) {
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(target),
                StandardCharsets.UTF_8))) {
            out.println("# hand-written augmented Jacobians of the momentum module before issue 11");
            out.println("# per case: 'case GAME SPEC', 'state n x...', 'jacobian n x row-major...'");
            for (Object[] a : JacobianFiniteDifferenceTest.specs().map(x -> x.get())
                    .toArray(Object[][]::new)) {
                OptimizerSpec spec = (OptimizerSpec) a[0];
                Optimizer opt = spec.create(TestGames.generalSum(), new double[] {0.4, -0.3, 0.6});
                opt.step();
                opt.step();
                write(out, "general-sum", spec, opt.updateMap(), opt.state());
                Game dirac = DiracGan.standard().game();
                Optimizer fixed = spec.create(dirac, new double[2]);
                write(out, "dirac-gan", spec, fixed.updateMap(),
                        LinearisedAnalysis.fixedState(dirac, spec, new double[2]));
            }
            Game ipd = io.github.gamedyn.zoo.GameRegistry.create("ipd");
            for (String s : new String[] {"lola:alpha=1", "sos:alpha=1"}) {
                OptimizerSpec spec = OptimizerSpec.parse(s);
                Optimizer opt = spec.create(ipd, StartingPoints.gaussian(10, 0, 1, 3));
                opt.step();
                opt.step();
                write(out, "ipd", spec, opt.updateMap(), opt.state());
            }
        }
    }

    private static void write(PrintWriter out, String game, OptimizerSpec spec,
            DifferentiableMap map, double[] x) {
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        map.jacobian(x, j);
        out.println("case " + game + " " + spec);
        StringBuilder s = new StringBuilder("state " + x.length);
        for (double v : x) {
            s.append(' ').append(String.format(Locale.ROOT, "%.17g", v));
        }
        out.println(s);
        StringBuilder m = new StringBuilder("jacobian " + x.length);
        for (double v : j.data) {
            m.append(' ').append(String.format(Locale.ROOT, "%.17g", v));
        }
        out.println(m);
    }
}
