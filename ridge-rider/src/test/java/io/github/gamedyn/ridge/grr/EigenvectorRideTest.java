package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class EigenvectorRideTest {

    /** A 3×3 matrix with the complex pair 0.2 ± 1.5i and the real eigenvalue −1. */
    private static final DMatrixRMaj H = new DMatrixRMaj(new double[][] {
        {0.2, -1.5, 0.3}, {1.5, 0.2, -0.4}, {0, 0, -1}});

    /**
     * Tracking the same eigenvector given in another phase returns it in that phase: the overlap
     * with the previous vector is real, positive and 1; the conjugate vector is tracked as the
     * conjugate eigenpair.
     */
    @Test
    void trackingKeepsThePhaseAndTheConjugate() {
        Eigendecomposition eig = Spectra.defaultSolver().decompose(H);
        Eigenpair pair = eig.eigenpairs().stream().filter(p -> !p.isReal()).findFirst()
                .orElseThrow();
        double phase = 0.7;
        double[] re = new double[3];
        double[] im = new double[3];
        for (int i = 0; i < 3; i++) {
            re[i] = Math.cos(phase) * pair.re()[i] - Math.sin(phase) * pair.im()[i];
            im[i] = Math.sin(phase) * pair.re()[i] + Math.cos(phase) * pair.im()[i];
        }
        EigenvectorRide.Tracked t = EigenvectorRide.track(
                new EigenvectorRide.Tracked(pair.value(), re, im), eig);
        assertEquals(pair.value(), t.value());
        for (int i = 0; i < 3; i++) {
            assertEquals(re[i], t.re()[i], 1e-12);
            assertEquals(im[i], t.im()[i], 1e-12);
        }
        double[] conj = new double[3];
        for (int i = 0; i < 3; i++) {
            conj[i] = -im[i];
        }
        EigenvectorRide.Tracked c = EigenvectorRide.track(
                new EigenvectorRide.Tracked(pair.value().conjugate(), re, conj), eig);
        assertEquals(-1.5, c.value().getImaginary(), 1e-12);
    }

    /**
     * Riding the unstable eigenvector of the small IPD's saddle moves along (1, 1) well beyond the
     * first step, and both rides still end in cooperation and in defection.
     */
    @Test
    void ridingTheSmallIpdSaddle() {
        GrrOptions options = GeneralizedRidgeRiderTest.SMALL_IPD.withBranching(b -> b.withRideSteps(100));
        GrrTree tree = new GeneralizedRidgeRider(options).run(SmallIpd.create());
        BifurcationPoint saddle = tree.roots().get(0);
        double[] p = saddle.point();
        BranchDirection up = saddle.branches().get(0).direction();
        List<double[]> ridden = new EigenvectorRide(SmallIpd.create(), options, new LearningMap(
                SmallIpd.create(), options.search(), n -> new double[] {1, 0})).ride(p,
                Spectra.defaultSolver().decompose(SmallIpd.create().jacobian(p)), up);
        double[] end = ridden.get(ridden.size() - 1);
        double moved = Math.hypot(end[0] - p[0], end[1] - p[1]);
        assertTrue(moved > 5 * options.branching().perturbation(), "rode " + moved);
        assertEquals(options.branching().perturbation(), Math.hypot(ridden.get(0)[0] - p[0],
                ridden.get(0)[1] - p[1]), 1e-12, "the first step is ε along the direction");
        double[][] path = saddle.branches().get(0).path();
        assertArrayEquals(p, path[0], 0, "the branch path starts at the point");
        for (int k = 0; k < ridden.size(); k++) {
            assertArrayEquals(ridden.get(k), path[k + 1], 0, "then follows the ride");
        }
        assertEquals(end[0] - p[0], end[1] - p[1], 1e-6 * moved, "along (1, 1)");
        double a = saddle.branches().get(0).end().features()[0];
        double b = saddle.branches().get(1).end().features()[0];
        assertTrue(Math.max(a, b) > 0.99 && Math.min(a, b) < 0.01, a + ", " + b);
    }
}
