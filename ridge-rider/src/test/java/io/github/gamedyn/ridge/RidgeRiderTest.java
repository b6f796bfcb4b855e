package io.github.gamedyn.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.util.List;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RidgeRiderTest {

    private static final RidgeRider.Options OPTIONS = new RidgeRider.Options(0.01, 1000, 3, 64,
            RidgeRider.Order.DEPTH_FIRST, 0.01, 5000);

    @Test
    void fourRidesFromTheMaximumFindTheFourMinima() {
        Game toy = RidgeRiderToy.create();
        RidgeRider.Result r = new RidgeRider(OPTIONS).run(toy, new double[] {0, 0});
        assertEquals(4, r.rides().size());
        assertEquals(4, r.solutions().size());
        double s = 1 / Math.sqrt(2);
        double[][] expected = {{0, s}, {0, -s}, {1, 0}, {-1, 0}};
        List<String> fingerprints = r.solutions().stream()
                .map(x -> x.fingerprint().toString()).collect(Collectors.toList());
        // ascending eigenvalues: e0 = y (λ = −8), e1 = x (λ = −4); most negative first
        assertEquals(List.of("[+e0]", "[−e0]", "[+e1]", "[−e1]"), fingerprints);
        for (int i = 0; i < 4; i++) {
            Solution sol = r.solutions().get(i);
            double[] p = sol.point();
            // the eigenvector sign is the solver's; compare up to the branch's mirror image
            boolean match = near(p, expected[i]) || near(p, neg(expected[i]));
            assertTrue(match, sol.fingerprint() + " ended at " + p[0] + ", " + p[1]);
            assertEquals(0, sol.loss(), 1e-12);
            for (Ride ride : r.rides()) {
                assertEquals(Ride.End.CURVATURE, ride.end());
            }
        }
        assertTrue(!near(r.solutions().get(0).point(), r.solutions().get(1).point()));
        assertTrue(!near(r.solutions().get(2).point(), r.solutions().get(3).point()));
    }

    @Test
    void ridesEndWhereTheCurvatureTurns() {
        RidgeRider.Result r = new RidgeRider(OPTIONS).run(RidgeRiderToy.create(), new double[] {0, 0});
        Ride alongX = r.rides().get(2);
        double x = Math.abs(alongX.endPoint()[0]);
        // curvature 12x² − 4 turns non-negative at 1/√3; a step is 0.01 long
        assertTrue(x >= 1 / Math.sqrt(3) && x < 1 / Math.sqrt(3) + 0.01, "ended at x = " + x);
    }

    /** In a degenerate eigenspace the ride keeps its direction instead of jumping to a basis vector. */
    @Test
    void trackingIsSafeInRepeatedEigenspaces() {
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {{-2, 0, 0}, {0, -2, 0}, {0, 0, 5}});
        double[] d = {0.6, 0.8, 0};
        double lambda = RidgeRider.track(SymmetricEigenbasis.of(h), d);
        assertEquals(-2, lambda, 1e-14);
        assertEquals(0.6, d[0], 1e-14);
        assertEquals(0.8, d[1], 1e-14);
        double[] flipped = {-0.1, 0, -0.995};
        RidgeRider.track(SymmetricEigenbasis.of(h), flipped);
        assertEquals(-1, flipped[2], 1e-14);
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> new RidgeRider.Options(0, 1, 1, 1,
                RidgeRider.Order.DEPTH_FIRST, 0.1, 1));
        Game twoPlayers = Game.builder("g").player("a", 1).player("b", 1)
                .losses(t -> new io.github.gamedyn.core.ad.Var[] {t.block(0).sum(), t.block(1).sum()})
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RidgeRider(OPTIONS).run(twoPlayers, new double[2]));
        assertTrue(e.getMessage().contains("has 2 players"));
    }

    private static boolean near(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6;
    }

    private static double[] neg(double[] a) {
        return new double[] {-a[0], -a[1]};
    }
}
