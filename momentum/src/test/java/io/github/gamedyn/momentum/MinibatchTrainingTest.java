package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.SmallGan;
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
    void divergenceNamesTheStepAndPlayer() {
        OptimizerSpec spec = OptimizerSpec.parse("gd:alpha=1e300");
        OptimizerDivergenceException e = assertThrows(OptimizerDivergenceException.class,
                () -> MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), 50, 10));
        assertTrue(e.getMessage().matches("non-finite at step [1-9][0-9]* \\(player (generator|discriminator)\\)"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchTraining.run(spec, GAN::gameAtStep, GAN.initialPoint(), -1, 10));
    }
}
