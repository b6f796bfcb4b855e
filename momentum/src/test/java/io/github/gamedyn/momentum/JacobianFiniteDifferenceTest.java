package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.DiracGan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method's augmented Jacobian, derived from its one update, against fourth-order central
 * differences of that update, with steps relative to each coordinate (Adam's second moments are
 * small): every catalogue method simultaneous and alternating, fields on other base rules
 * (LookAhead over complex momentum among them), and compositions written in code.
 */
class JacobianFiniteDifferenceTest {
    private static final double H = 1e-4;

    static Stream<Arguments> specs() {
        List<Arguments> out = new ArrayList<>();
        String[] specs = {
            "gd:alpha=0.3",
            "heavy-ball:alpha=0.2,beta=-0.4",
            "complex-momentum:alpha=0.2-0.1i,beta=0.9@0.4",
            "optimistic:alpha=0.2",
            "optimistic:alpha=0.2,optimism=0.7",
            "adam:alpha=0.05,beta1=0.8,beta2=0.9,epsilon=0.01",
            "rmsprop:alpha=0.05,beta=0.8,epsilon=0.01",
            "complex-adam:alpha=0.05,beta1=0.8@1.1,beta2=0.9,epsilon=0.01",
            "extragradient:alpha=0.3",
            "extragradient:alpha=0.3,extrapolation=0.8",
            "extragradient+heavy-ball:alpha=0.2,extrapolation=0.5,beta=0.4",
            "consensus:gamma=0.4",
            "sga:lambda=0.7",
            "lookahead:alpha=0.3",
            "lola:alpha=0.3",
            "lola-shaping:alpha=0.3",
            "sos:alpha=0.3",
            "sos:alpha=0.3,b=10",
            "cgd:alpha=0.3",
            "lola+complex-momentum:alpha=0.2,beta=0.8@0.3",
            "lookahead+complex-momentum:alpha=0.2,beta=0.8@0.3",
            "sga+adam:alpha=0.05,beta2=0.9,epsilon=0.01",
        };
        for (String s : specs) {
            for (Schedule schedule : Schedule.values()) {
                OptimizerSpec spec = OptimizerSpec.parse(s);
                if (schedule == Schedule.ALTERNATING && !spec.method().supportsAlternating()) {
                    continue;
                }
                out.add(Arguments.of(spec.with(schedule)));
            }
        }
        return out.stream();
    }

    @Test
    void theSpecsCoverEveryCatalogueMethodOnBothSchedules() {
        Set<String> covered = new HashSet<>();
        specs().forEach(a -> {
            OptimizerSpec s = (OptimizerSpec) a.get()[0];
            covered.add(s.method().specName() + " " + s.schedule());
            covered.add(s.base().specName() + " " + s.schedule());
        });
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            assertTrue(covered.contains(m.specName() + " " + Schedule.SIMULTANEOUS), m.specName());
            assertEquals(m.supportsAlternating(),
                    covered.contains(m.specName() + " " + Schedule.ALTERNATING), m.specName());
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void jacobianMatchesCentralDifferencesOnAGeneralSumGame(OptimizerSpec spec) {
        check(TestGames.generalSum(), spec, new double[] {0.4, -0.3, 0.6});
    }

    @ParameterizedTest
    @MethodSource("specs")
    void jacobianMatchesCentralDifferencesOnTheDiracGan(OptimizerSpec spec) {
        check(DiracGan.standard().game(), spec, new double[] {0.7, -0.5});
    }

    /** Compositions written in code: extragradient over an opponent-shaping field. */
    static Stream<Arguments> composed() {
        List<Arguments> out = new ArrayList<>();
        for (Schedule schedule : Schedule.values()) {
            out.add(Arguments.of("extragradient(lola) on complex momentum, " + schedule,
                    UpdateRule.of(new Extragradient(0.2, new Lola(0.3, true)),
                            new ComplexMomentum(new Complex(0.2, -0.1), new Complex(0.6, 0.5)),
                            schedule)));
            out.add(Arguments.of("extragradient(sos) on adam, " + schedule,
                    UpdateRule.of(new Extragradient(0.4, new StableOpponentShaping(0.3, 0.5, 10)),
                            new Adam(0.05, 0.8, 0.9, 0.01), schedule)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("composed")
    void composedRulesMatchCentralDifferences(String label, UpdateRule rule) {
        check(TestGames.generalSum(), rule, new double[] {0.4, -0.3, 0.6}, label);
        check(DiracGan.standard().game(), rule, new double[] {0.7, -0.5}, label);
    }

    private static void check(Game game, OptimizerSpec spec, double[] w0) {
        check(game, spec.rule(), w0, spec.toString());
    }

    private static void check(Game game, UpdateRule rule, double[] w0, String spec) {
        Optimizer opt = Optimizer.start(rule, game, w0);
        // two steps fill the buffers with non-zero values
        opt.step();
        opt.step();
        double[] x = opt.state();
        DifferentiableMap map = opt.updateMap();
        DMatrixRMaj exact = new DMatrixRMaj(1, 1);
        map.jacobian(x, exact);
        int n = x.length;
        double[][] f = new double[4][n];
        double[] offsets = {2, 1, -1, -2};
        for (int c = 0; c < n; c++) {
            double h = H * Math.max(1e-2, Math.abs(x[c]));
            for (int k = 0; k < 4; k++) {
                double[] xs = x.clone();
                xs[c] += offsets[k] * h;
                map.apply(xs, f[k]);
            }
            for (int r = 0; r < n; r++) {
                double fd = (-f[0][r] + 8 * f[1][r] - 8 * f[2][r] + f[3][r]) / (12 * h);
                assertEquals(fd, exact.get(r, c), 1e-8 * Math.max(1, Math.abs(fd)),
                        spec + " J[" + r + "][" + c + "]");
            }
        }
    }
}
