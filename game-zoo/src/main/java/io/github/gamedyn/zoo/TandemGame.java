package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.util.List;

/**
 * The tandem game: \(L_1 = (x+y)^2 - 2x\), \(L_2 = (x+y)^2 - 2y\), \(x, y \in \mathbb{R}\).
 *
 * <p>\(\xi = (2(x+y) - 2,\; 2(x+y) - 2)\), so every point of the line \(x + y = 1\) is a fixed
 * point (a Nash equilibrium, each loss being convex in its own parameter), and the constant
 * Jacobian is \(\hat H = \begin{pmatrix} 2 &amp; 2 \\ 2 &amp; 2 \end{pmatrix}\) with eigenvalues 4
 * (across the line) and 0 (along it). The game is cooperative (Ĥ symmetric), yet methods that
 * treat it as adversarial behave badly: the example of Letcher et al., "Stable opponent shaping in
 * differentiable games" (ICLR 2019), where LookAhead and LOLA drift along the line. Default point
 * (½, ½).
 */
public final class TandemGame {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("tandem",
            "L₁ = (x+y)² − 2x, L₂ = (x+y)² − 2y (Letcher et al. 2019); fixed points: x + y = 1",
            List.of(), spec -> create());

    private TandemGame() {
    }

    /** The game. */
    public static Game create() {
        return Game.builder("tandem")
                .player("x", 1)
                .player("y", 1)
                .losses(t -> {
                    Var x = t.block(0);
                    Var y = t.block(1);
                    Var s = x.plus(y).square();
                    return new Var[] {s.minus(x.times(2)), s.minus(y.times(2))};
                })
                .defaultPoint(0.5, 0.5)
                .build();
    }
}
