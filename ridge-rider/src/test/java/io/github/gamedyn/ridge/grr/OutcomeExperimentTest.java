package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.StartingPoints;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IpdStrategy;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeExperimentTest {
    private static final OutcomeExperiment IPD = IpdOutcomes.experiment();
    private static final OutcomeExperiment.RandomStarts LOLA = new OutcomeExperiment.RandomStarts(
            "LOLA", IpdOutcomes.following("lola", 150), 1, 6);
    private static final OutcomeExperiment.GrrSeeds GRR = new OutcomeExperiment.GrrSeeds("GRR → GD",
            IpdOutcomes.grr("gd", 300).withSearch(s -> s.withRestarts(2).withIterations(5)), 2);

    /** Cells run on any number of threads give the same cells, labels and counts, bit for bit. */
    @Test
    void sameResultWhateverTheThreadCount() {
        for (OutcomeExperiment.Method m : List.of(LOLA, GRR)) {
            OutcomeExperiment.Result one = IPD.run(m, 1);
            OutcomeExperiment.Result two = IPD.run(m, 3);
            assertEquals(one.byCell(), two.byCell());
            assertEquals(one.byEndPoint(), two.byEndPoint());
            assertEquals(one.clusters(), two.clusters());
            for (int k = 0; k < one.cells().size(); k++) {
                assertEquals(one.cells().get(k).labels(), two.cells().get(k).labels());
                for (int e = 0; e < one.cells().get(k).features().size(); e++) {
                    assertArrayEquals(one.cells().get(k).features().get(e),
                            two.cells().get(k).features().get(e), 0);
                }
            }
            assertEquals(IpdOutcomes.markdown(List.of(one)), IpdOutcomes.markdown(List.of(two)));
        }
    }

    /**
     * A random-start cell is the optimiser run from start k for the step cap, computed here
     * directly; a GRR cell is the tree of seed k.
     */
    @Test
    void cellsAreFunctionsOfTheirIndex() {
        Game game = IpdOutcomes.game();
        IpdBehaviour b = new IpdBehaviour(IpdOutcomes.GAMMA);
        Optimizer lola = OptimizerSpec.parse("lola:alpha=1").create(game,
                StartingPoints.gaussian(10, 0, 1, 4));
        for (int t = 0; t < 150; t++) {
            lola.step();
        }
        OutcomeExperiment.Cell cell = IPD.cell(LOLA, 4);
        assertArrayEquals(b.describe(lola.parameters()), cell.features().get(0), 0);
        assertEquals(b.strategies(cell.features().get(0)).label(), cell.labels().get(0));

        GrrTree tree = new GeneralizedRidgeRider(GRR.options().withSearch(s -> s.withSeed(1)))
                .run(game);
        OutcomeExperiment.Cell grr = IPD.cell(GRR, 1);
        assertEquals(tree.endPoints().size(), grr.labels().size());
        for (int e = 0; e < grr.labels().size(); e++) {
            assertArrayEquals(tree.endPoints().get(e).features(), grr.features().get(e), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> IPD.cell(GRR, 2));
    }

    /** Shares count cells and end points; the distinct pairs and the "other pairs" column add up. */
    @Test
    void sharesCountCellsAndEndPoints() {
        OutcomeExperiment.Result r = IPD.run(GRR, 2);
        int ends = r.endPoints();
        int summed = 0;
        for (Share s : r.byEndPoint().values()) {
            assertEquals(ends, s.trials());
            summed += s.count();
        }
        assertEquals(ends, summed);
        int named = 0;
        for (String column : IpdOutcomes.COLUMNS) {
            named += IpdOutcomes.endPointShare(r, column).count();
        }
        assertEquals(ends, named + IpdOutcomes.endPointShare(r, IpdOutcomes.OTHER_PAIRS).count());
        for (Share s : r.byCell().values()) {
            assertEquals(2, s.trials());
            assertTrue(s.count() >= 1);
        }
        assertEquals(r.byCell().size(), IpdOutcomes.distinctPairs(r, Integer.MAX_VALUE));
        assertTrue(r.clusters() >= r.byCell().size() - 1, r.clusters() + " clusters");
        assertEquals(new Share(0, 2), r.cellShare("no such pair"));
    }

    /**
     * The descriptor separates TFT, GRIM and ALLC, which the visits alone cannot: the three
     * cooperative pairs fall into three clusters at the experiment's tolerance.
     */
    @Test
    void tftGrimAndAllcAreThreeClusters() {
        IpdBehaviour b = new IpdBehaviour(IpdOutcomes.GAMMA);
        BehaviourClustering clustering = new BehaviourClustering(IpdOutcomes.CLUSTER_TOLERANCE);
        for (IpdStrategy s : new IpdStrategy[] {IpdStrategy.TFT, IpdStrategy.GRIM, IpdStrategy.ALLC,
            IpdStrategy.TFT}) {
            double[] w = IteratedPrisonersDilemma.point(s.asPlayer1(), s.asPlayer2());
            clustering.assign(b.describe(w));
        }
        double[] tft = IteratedPrisonersDilemma.point(IpdStrategy.TFT.asPlayer1(),
                IpdStrategy.TFT.asPlayer2());
        assertEquals(0, clustering.assign(b.describe(tft)));
        assertEquals(3, clustering.assign(b.describe(IteratedPrisonersDilemma.point(
                IpdStrategy.WSLS.asPlayer1(), IpdStrategy.WSLS.asPlayer2()))));
    }

    @Test
    void badInput() {
        assertEquals("startScale = 0.0, starts = 3; allowed: startScale > 0, starts ≥ 1",
                assertThrows(IllegalArgumentException.class, () -> new OutcomeExperiment.RandomStarts(
                        "x", GrrOptions.Following.DEFAULT, 0, 3)).getMessage());
        assertEquals("seeds = 0; allowed: ≥ 1", assertThrows(IllegalArgumentException.class,
                () -> new OutcomeExperiment.GrrSeeds("x", GrrOptions.defaults(), 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OutcomeExperiment(IpdOutcomes.game(),
                new IpdBehaviour(0.96), f -> "", 0));
    }
}
