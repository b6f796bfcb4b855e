package io.github.gamedyn.momentum;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;

/** Small games defined inline for the tests. */
final class TestGames {

    private TestGames() {
    }

    /**
     * A general-sum game with players of sizes 1 and 2 and losses with cross terms of all
     * orders, so that every third-order product of LOLA, SOS and CGD is exercised.
     */
    static Game generalSum() {
        return Game.builder("general-sum")
                .player("x", 1)
                .player("y", 2)
                .losses(t -> {
                    Var x = t.block(0).get(0);
                    Var y0 = t.block(1).get(0);
                    Var y1 = t.block(1).get(1);
                    Var l1 = x.square().times(0.5).plus(x.times(y0).times(y1).sin())
                            .plus(x.times(y1).times(0.7)).plus(y0.square().times(x).times(0.2));
                    Var l2 = y0.square().plus(y1.square()).times(0.4).minus(x.times(y0).times(1.3))
                            .plus(x.square().times(y1).times(0.3)).plus(y0.times(y1).tanh());
                    return new Var[] {l1, l2};
                })
                .build();
    }
}
