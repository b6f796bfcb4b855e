package io.github.gamedyn.core.game;

import java.util.ArrayList;
import java.util.List;

/**
 * The path-angle diagnostic of Berard, Gidel, Almahairi, Vincent and Lacoste-Julien ("A closer look at the
 * optimization landscapes of generative adversarial networks", ICLR 2020): along the line
 * \( \omega_\alpha = \omega_0 + \alpha(\omega_1 - \omega_0) \) between two checkpoints, the norm of the
 * game's vector field \( \xi(\omega_\alpha) \) and the cosine of its angle with the line,
 * \[ \cos\theta(\alpha) = \frac{\langle \xi(\omega_\alpha),\ \omega_1 - \omega_0\rangle}
 *      {\|\xi(\omega_\alpha)\|\,\|\omega_1 - \omega_0\|}. \]
 * Descent on a single loss gives \( \cos\theta \lt 0 \) before the end point and a sign change at a minimum
 * on the line; rotational dynamics near \( \omega_1 \) show as a bump of \( |\cos\theta| \) towards 0
 * around \( \alpha = 1 \) (the field turns perpendicular to the path).
 */
public final class PathAngle {

    private PathAngle() {
    }

    /**
     * One point of the path.
     *
     * @param alpha the interpolation parameter α
     * @param fieldNorm \( \|\xi(\omega_\alpha)\|_2 \)
     * @param cosine \( \cos\theta(\alpha) \), 0 where ξ vanishes
     */
    public record Point(double alpha, double fieldNorm, double cosine) {
    }

    /**
     * @param game the game
     * @param from \( \omega_0 \). Not modified.
     * @param to \( \omega_1 \), different from {@code from}. Not modified.
     * @param alphas the interpolation parameters. Not modified.
     * @return one point per α, in order
     * @throws IllegalArgumentException if the points have the wrong length, are not finite or coincide
     */
    public static List<Point> along(Game game, double[] from, double[] to, double[] alphas) {
        int d = game.dimension();
        if (from == null || to == null || from.length != d || to.length != d) {
            throw new IllegalArgumentException("from and to must have the game's dimension " + d);
        }
        double[] direction = new double[d];
        double length = 0;
        for (int i = 0; i < d; i++) {
            direction[i] = to[i] - from[i];
            if (!Double.isFinite(direction[i])) {
                throw new IllegalArgumentException("from[" + i + "] = " + from[i] + ", to[" + i + "] = " + to[i]
                        + "; allowed: finite values");
            }
            length += direction[i] * direction[i];
        }
        if (length == 0) {
            throw new IllegalArgumentException("from and to coincide; the path needs two distinct points");
        }
        length = Math.sqrt(length);
        List<Point> points = new ArrayList<>();
        double[] w = new double[d];
        for (double alpha : alphas) {
            for (int i = 0; i < d; i++) {
                w[i] = from[i] + alpha * direction[i];
            }
            double[] xi = game.simultaneousGradient(w);
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < d; i++) {
                dot += xi[i] * direction[i];
                norm += xi[i] * xi[i];
            }
            norm = Math.sqrt(norm);
            points.add(new Point(alpha, norm, norm == 0 ? 0 : dot / (norm * length)));
        }
        return points;
    }
}
