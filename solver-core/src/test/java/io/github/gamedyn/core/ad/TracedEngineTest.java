package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.game.Game;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The traced engine against the reference engine, which evaluates the same recording eagerly in
 * a truncated Taylor algebra (a different algorithm: no program transformation, no simplification,
 * no compiled kernels).
 */
class TracedEngineTest {

    /** Every primitive: products with transposes, solves, softmax, broadcasts, dense layers. */
    private static final Game KITCHEN_SINK = Game.builder("kitchen-sink")
            .player("x", 2)
            .player("y", 3)
            .losses(DerivativeStructureCrossCheckTest::tapeLosses)
            .defaultPoint(0.3, -0.2, 0.5, 0.1, -0.4)
            .build();

    @Test
    void everyPrimitiveAgreesWithTheReference() {
        new EngineAgreement(KITCHEN_SINK, 1e-13, 1e-3).check(null, 1, 6, 11, true);
    }

    @Test
    void anMlpGameAgreesWithTheReference() {
        new EngineAgreement(MlpGame.create(3, 5, 4), 1e-13, 1e-3).check(null, 0.7, 3, 12, true);
    }

    /**
     * Both compilations, tensors as recorded and small tensors as scalars, at one point,
     * linearised and over a batch, against the reference (through the engine directly).
     */
    @Test
    void bothCompilationsAgreeWithTheReference() {
        TaylorReference reference = new TaylorReference(new int[] {2, 3},
                DerivativeStructureCrossCheckTest::tapeLosses);
        for (Differentiator.Compilation c : Differentiator.Compilation.values()) {
            Differentiator engine = new Differentiator("sink", new int[] {2, 3},
                    DerivativeStructureCrossCheckTest::tapeLosses, new double[5]).compiling(c);
            SplittableRandom rng = new SplittableRandom(c.ordinal());
            int count = 5;
            double[] points = new double[count * 5];
            double[] directions = new double[count * 5];
            for (int i = 0; i < points.length; i++) {
                points[i] = rng.nextDouble(-1, 1);
                directions[i] = rng.nextDouble(-1, 1);
            }
            double[] products = new double[points.length];
            double[] gradients = new double[points.length];
            engine.jacobianVectorProducts(count, points, directions, products, gradients);
            for (int b = 0; b < count; b++) {
                double[] w = java.util.Arrays.copyOfRange(points, 5 * b, 5 * b + 5);
                double[] v = java.util.Arrays.copyOfRange(directions, 5 * b, 5 * b + 5);
                double[] hv = reference.jacobianVectorProduct(w, v);
                double[] xi = reference.simultaneousGradient(w);
                assertArrayEquals(xi, engine.simultaneousGradient(w), 1e-13, c + " ξ");
                assertArrayEquals(hv, engine.jacobianVectorProduct(w, v), 1e-13, c + " Ĥv");
                assertArrayEquals(hv, engine.linearize(w).jacobianVectorProduct(v), 1e-13,
                        c + " linearised Ĥv");
                assertArrayEquals(reference.jacobian(w).data, engine.jacobian(w).data, 1e-13,
                        c + " Ĥ");
                assertArrayEquals(reference.vectorJacobianProduct(w, v),
                        engine.vectorJacobianProduct(w, v), 1e-13, c + " vᵀĤ");
                assertArrayEquals(reference.jacobianBilinearGradient(w, v, w),
                        engine.jacobianBilinearGradient(w, v, w), 1e-12, c + " ∇(vᵀĤw)");
                assertArrayEquals(hv, java.util.Arrays.copyOfRange(products, 5 * b, 5 * b + 5),
                        1e-13, c + " batched Ĥv");
                assertArrayEquals(xi, java.util.Arrays.copyOfRange(gradients, 5 * b, 5 * b + 5),
                        1e-13, c + " batched ξ");
            }
        }
    }

    /** A batch of one (its laned values are one flat array). */
    @Test
    void aBatchOfOneAgrees() {
        new EngineAgreement(KITCHEN_SINK, 1e-13, 1e-3).check(null, 1, 1, 14, false);
        new EngineAgreement(MlpGame.create(3, 5, 4), 1e-13, 1e-3).check(null, 0.7, 1, 15, false);
    }

    /** A batch longer than the lanes run at once, with lanes left over. */
    @Test
    void batchesOfAnyLengthAgree() {
        new EngineAgreement(KITCHEN_SINK, 1e-13, 1e-3).check(null, 1,
                2 * Differentiator.MAX_LANES + 3, 13, false);
    }

    /** Four threads evaluating one game at once get the bits one thread gets. */
    @Test
    void threadsShareAGameWithoutChangingABit() throws Exception {
        Game g = MlpGame.create(4, 7, 5);
        int d = g.dimension();
        SplittableRandom rng = new SplittableRandom(3);
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                w[i] = rng.nextDouble(-1, 1);
            }
            points.add(w);
        }
        List<double[]> alone = new ArrayList<>();
        for (double[] w : points) {
            alone.add(everything(g, w));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<double[]>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<double[]> out = new ArrayList<>();
                    for (double[] w : points) {
                        out.add(everything(g, w));
                    }
                    return out;
                }));
            }
            for (Future<List<double[]>> run : runs) {
                List<double[]> got = run.get();
                for (int k = 0; k < points.size(); k++) {
                    assertArrayEquals(alone.get(k), got.get(k), 0);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double[] everything(Game g, double[] w) {
        double[] v = w.clone();
        double[] xi = g.simultaneousGradient(w);
        double[] hv = g.jacobianVectorProduct(w, v);
        double[] h = g.jacobian(w).data;
        double[] out = new double[xi.length + hv.length + h.length];
        System.arraycopy(xi, 0, out, 0, xi.length);
        System.arraycopy(hv, 0, out, xi.length, hv.length);
        System.arraycopy(h, 0, out, 2 * xi.length, h.length);
        return out;
    }

    /**
     * Simplification leaves no dead work: for a bilinear game, ξ = (Ay, −Aᵀx) and
     * Ĥv = (A v_y, −Aᵀ v_x) are four products and the negations.
     */
    @Test
    void programsAreCompact() {
        Differentiator bilinear = new Differentiator("bilinear", new int[] {2, 2}, t -> {
            Var f = t.block(0).transpose().matmul(t.constant(2, 2, 1, 2, 3, 4)).matmul(t.block(1));
            return new Var[] {f, f.negate()};
        }, new double[4]);
        assertArrayEquals(new double[] {8, 18, -7, -10}, bilinear.jacobianVectorProduct(
                new double[4], new double[] {1, 2, 2, 3}), 0);
        assertEquals(6, bilinear.instructions(Differentiator.Kind.JACOBIAN_PRODUCT, 0,
                Differentiator.Mode.POINT), "instructions of ξ and Ĥv");
    }
}
