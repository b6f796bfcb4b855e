package io.github.gamedyn.ridge;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;

/**
 * A 2-D loss surface for Ridge Rider with a maximum at the origin and four minima on the axes:
 * \(L(x, y) = (x^2 + 2y^2 - 1)^2 + 10\,x^2y^2\).
 *
 * <p>At the origin the Hessian is \(\mathrm{diag}(-4, -8)\): two ridges, four branches. Along
 * \(y = 0\), \(L = (x^2-1)^2\) with curvature \(12x^2 - 4\), so the ride along \(\pm e_x\) ends at
 * \(|x| = 1/\sqrt3\), where the curvature across, \(8(x^2 - 1) + 20x^2 = 4/3\), is already positive;
 * polishing reaches the minimum \((\pm1, 0)\). Likewise \(\pm e_y\) leads to \((0, \pm1/\sqrt2)\).
 * All four minima have \(L = 0\).
 */
public final class RidgeRiderToy {

    private RidgeRiderToy() {
    }

    /** The loss as a one-player game over θ = (x, y). */
    public static Game create() {
        return Game.builder("rr-toy").player("theta", 2)
                .losses(t -> {
                    Var x = t.block(0).get(0);
                    Var y = t.block(0).get(1);
                    Var q = x.square().plus(y.square().times(2)).minus(1);
                    return new Var[] {q.square().plus(x.times(y).square().times(10))};
                })
                .build();
    }
}
