package io.github.gamedyn.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.ad.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathAngleTest {

    @Test
    void potentialGameFieldPointsAlongThePathAndFlipsAtTheMinimum() {
        // L_x = x², L_y = y²: ξ = 2ω. From (1, 1) to (0, 0): ξ(ω_α) = 2(1 − α)(1, 1), the path is −(1, 1).
        Game g = Game.builder("squares").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).square(), t.block(1).square()}).build();
        List<PathAngle.Point> points = PathAngle.along(g, new double[] {1, 1}, new double[2],
                new double[] {0, 0.5, 1, 1.5});
        assertEquals(-1, points.get(0).cosine(), 1e-15);
        assertEquals(-1, points.get(1).cosine(), 1e-15);
        assertEquals(0, points.get(2).cosine());
        assertEquals(1, points.get(3).cosine(), 1e-15);
        assertEquals(2 * Math.sqrt(2) * 0.5, points.get(1).fieldNorm(), 1e-15);
        assertEquals(1.5, points.get(3).alpha());
    }

    @Test
    void bilinearGameFieldIsPerpendicularToEveryLineThroughTheOrigin() {
        // L_x = xy, L_y = −xy: ξ = (y, −x) ⟂ ω, so along (1, 0) → (−1, 0) the cosine is 0 and ‖ξ‖ = |1 − 2α|.
        Game g = Game.builder("bilinear").player("x", 1).player("y", 1)
                .losses(t -> {
                    Var f = t.block(0).times(t.block(1));
                    return new Var[] {f, f.negate()};
                }).build();
        List<PathAngle.Point> points = PathAngle.along(g, new double[] {1, 0}, new double[] {-1, 0},
                new double[] {0, 0.25, 0.75});
        for (PathAngle.Point p : points) {
            assertEquals(0, p.cosine(), 1e-15);
            assertEquals(Math.abs(1 - 2 * p.alpha()), p.fieldNorm(), 1e-15);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathAngle.along(g, new double[2], new double[2], new double[] {0}));
        assertEquals("from and to coincide; the path needs two distinct points", e.getMessage());
    }
}
