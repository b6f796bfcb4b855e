package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.SmallGan;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinibatchTrainingTest {

    private static final SmallGan GAN = SmallGan.builder().generatorWidth(4).discriminatorWidth(4).batch(8).build();

    @Test
    void onOneFixedGameItIsTheOptimizersOwnRun() {
        for (String rule : List.of("adam:alpha=0.01", "complex-adam:alpha=0.01,beta1=0.8@0.5",
                "complex-momentum:alpha=0.05,beta=0.9@0.3927")) {
            OptimizerSpec spec = OptimizerSpec.parse(rule);
            Game game = GAN.game();
            MinibatchTraining.Run run = MinibatchTraining.run(spec, t -> game, GAN.initialPoint(), 7, 3);
            Optimizer opt = spec.create(game, GAN.initialPoint());
            for (int t = 0; t < 7; t++) {
                opt.step();
            }
            assertArrayEquals(opt.state(), run.last().state(), rule);
            assertEquals(List.of(0, 3, 6, 7), run.checkpoints().stream().map(MinibatchTraining.Checkpoint::step)
                    .toList());
        }
    }

    @Test
    void eachStepUsesItsOwnMinibatchGame() {
        OptimizerSpec spec = OptimizerSpec.parse("adam:alpha=0.01");
        MinibatchTraining.Run run = MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), 3, 1);
        double[] state = spec.create(GAN.game(), GAN.initialPoint()).state();
        for (int t = 0; t < 3; t++) {
            double[] next = new double[state.length];
            spec.create(GAN.gameAtStep(t), GAN.initialPoint()).updateMap().apply(state, next);
            state = next;
            assertArrayEquals(state, run.checkpoints().get(t + 1).state());
        }
        assertArrayEquals(java.util.Arrays.copyOf(state, GAN.game().dimension()), run.last().parameters());
    }

    @Test
    void oneGameWithTheMinibatchAsParametersIsAGamePerStepBitForBit() {
        Game batched = GAN.minibatchGame();
        for (String rule : List.of("gd:alpha=0.05", "heavy-ball:alpha=0.05,beta=0.7",
                "complex-momentum:alpha=0.05,beta=0.7@0.7854", "adam:alpha=0.01,beta1=0.5",
                "complex-adam:alpha=0.01,beta1=0.5@0.7854", "extragradient:alpha=0.05")) {
            OptimizerSpec spec = OptimizerSpec.parse(rule);
            MinibatchTraining.Run perStep = MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), 9, 4);
            MinibatchTraining.Run once = MinibatchTraining.run(spec, batched, GAN::minibatch, GAN.initialPoint(),
                    9, 4);
            assertEquals(List.of(0, 4, 8, 9), once.checkpoints().stream().map(MinibatchTraining.Checkpoint::step)
                    .toList());
            for (int c = 0; c < 4; c++) {
                assertArrayEquals(perStep.checkpoints().get(c).parameters(), once.checkpoints().get(c).parameters(),
                        rule + " checkpoint " + c);
            }
            assertFalse(Arrays.equals(GAN.initialPoint(), once.last().parameters()), rule);
        }
    }

    @Test
    void aRuleThatMovesTheMinibatchIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MinibatchTraining.run(OptimizerSpec.parse("consensus:alpha=0.05,gamma=0.1"),
                        GAN.minibatchGame(), GAN::minibatch, GAN.initialPoint(), 5, 1));
        assertTrue(e.getMessage().startsWith("spec consensus+gd:gamma=0.1,alpha=0.05")
                && e.getMessage().contains("moved the minibatch block (minibatch) at step 1"), e.getMessage());
        Game batched = GAN.minibatchGame();
        OptimizerSpec gd = OptimizerSpec.parse("gd:alpha=0.05");
        assertEquals("w0 has length 3; game " + batched.name() + " has " + GAN.game().dimension()
                        + " parameters before its minibatch block (minibatch, 32 entries)",
                assertThrows(IllegalArgumentException.class,
                        () -> MinibatchTraining.run(gd, batched, GAN::minibatch, new double[3], 5, 1)).getMessage());
        assertEquals("the minibatch of step 2 has length 4; allowed: 32, the size of the game's minibatch block",
                assertThrows(IllegalArgumentException.class, () -> MinibatchTraining.run(gd, batched,
                        t -> t < 2 ? GAN.minibatch(t) : new double[4], GAN.initialPoint(), 5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchTraining.run(gd, GAN.game(), GAN::minibatch, GAN.initialPoint(), 5, 1));
    }

    @Test
    void divergenceNamesTheStepAndPlayer() {
        OptimizerSpec spec = OptimizerSpec.parse("gd:alpha=1e300");
        OptimizerDivergenceException e = assertThrows(OptimizerDivergenceException.class,
                () -> MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), 50, 10));
        assertTrue(e.getMessage().matches("non-finite at step [1-9][0-9]* \\(player (generator|discriminator)\\)"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), -1, 10));
        OptimizerDivergenceException once = assertThrows(OptimizerDivergenceException.class,
                () -> MinibatchTraining.run(spec, GAN.minibatchGame(), GAN::minibatch, GAN.initialPoint(), 50, 10));
        assertEquals(e.getMessage(), once.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchTraining.run(spec, GAN.minibatchGame(), GAN::minibatch, GAN.initialPoint(), 5, 0));
    }
}
