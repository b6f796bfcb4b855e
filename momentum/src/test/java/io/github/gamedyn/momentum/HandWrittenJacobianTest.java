package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.DiracGan;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derived augmented Jacobians against the hand-written ones they replace (issue 11), to
 * 1e-12 relative to max(1, |J|): every catalogue method, simultaneous and alternating, on the
 * general-sum test game after two steps, on the Dirac GAN at its fixed state (where Adam's and
 * RMSProp's conventions at v = 0 matter), and LOLA and SOS on the IPD. The reference,
 * {@code reference/hand-written-jacobians.txt}, was written by {@code HandWrittenJacobianDump}
 * on the hand-written code, in the commit that added the file ({@code git log --follow
 * --diff-filter=A -- momentum/src/test/resources/reference/hand-written-jacobians.txt}).
 */
class HandWrittenJacobianTest {

    record Case(String game, OptimizerSpec spec, double[] state, double[] jacobian) {
        @Override
        public String toString() {
            return game + " " + spec;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(HandWrittenJacobianTest.class
                .getResourceAsStream("/reference/hand-written-jacobians.txt"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("case ")) {
                    String[] head = line.split(" ");
                    double[] state = numbers(r.readLine(), "state");
                    double[] jacobian = numbers(r.readLine(), "jacobian");
                    out.add(new Case(head[1], OptimizerSpec.parse(head[2]), state, jacobian));
                }
            }
        }
        return out.stream();
    }

    private static double[] numbers(String line, String tag) {
        String[] parts = line.split(" ");
        assertEquals(tag, parts[0]);
        int n = Integer.parseInt(parts[1]);
        double[] x = new double[parts.length - 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(parts[i + 2]);
        }
        assertTrue(x.length == n || x.length == n * n);
        return x;
    }

    private static Game game(String name) {
        switch (name) {
            case "general-sum": return TestGames.generalSum();
            case "dirac-gan": return DiracGan.standard().game();
            case "ipd": return GameRegistry.create("ipd");
            default: throw new AssertionError(name);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void derivedJacobianEqualsTheHandWrittenOne(Case c) {
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        c.spec().rule().map(game(c.game())).jacobian(c.state(), j);
        assertEquals(c.jacobian().length, j.getNumElements(), c::toString);
        for (int i = 0; i < c.jacobian().length; i++) {
            double expected = c.jacobian()[i];
            assertEquals(expected, j.data[i], 1e-12 * Math.max(1, Math.abs(expected)),
                    c + " J[" + i / j.numCols + "][" + i % j.numCols + "]");
        }
    }

    @Test
    void theReferenceCoversEveryCatalogueMethodOnBothSchedules() throws IOException {
        Set<String> covered = new HashSet<>();
        cases().forEach(c -> {
            covered.add(c.spec().method().specName() + " " + c.spec().schedule());
            covered.add(c.spec().base().specName() + " " + c.spec().schedule());
        });
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            for (Schedule s : Schedule.values()) {
                if (s == Schedule.SIMULTANEOUS || m.supportsAlternating()) {
                    assertTrue(covered.contains(m.specName() + " " + s), m + " " + s);
                }
            }
        }
    }
}
