package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.Spectra;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Rides a branch direction away from its bifurcation point before the learning map takes over:
 * the first step is \(\varepsilon\) along the branch direction; each further step recomputes the
 * eigenpairs of \(\hat H\), keeps the one whose (complex) eigenvector has the largest Hermitian
 * overlap \(|\langle v_{\mathrm{prev}}, w\rangle| / \|w\|\) with the one ridden so far (conjugates
 * included), rotates its phase so that \(\langle v_{\mathrm{prev}}, w\rangle\) is real and positive
 * (so the real and imaginary parts move continuously instead of jumping with the canonical phase
 * or with the sign of a real eigenvector), and steps \(\varepsilon\) along the same part of it.
 * The ride ends when the tracked eigenmode is no longer unstable for the learning map (its growth
 * under the map's linearisation, {@link LearningMap#growthAt}, is at most 1; for gradient descent
 * \(|1 - \alpha\lambda| \le 1\)), or after the step cap. Ties go to the first eigenpair in the
 * decomposition's order, so rides are deterministic. The decomposition at the bifurcation point is
 * the caller's (computed once per point); each further step decomposes \(\hat H\) where it stands.
 * Thread-safe.
 */
final class EigenvectorRide {

    /** An eigenpair as tracked: eigenvalue and a phase-aligned eigenvector. */
    record Tracked(Complex value, double[] re, double[] im) {
    }

    private final Game game;
    private final LearningMap map;
    private final double step;
    private final int steps;

    EigenvectorRide(Game game, GrrOptions options, LearningMap map) {
        this.game = game;
        this.map = map;
        this.step = options.branching().perturbation();
        this.steps = options.branching().rideSteps();
    }

    /**
     * The points of the ride from {@code point} (not modified) along {@code d}: the first is
     * \(\varepsilon\) along {@code d}, the last is where the ride ends.
     *
     * @param atPoint the eigendecomposition of \(\hat H\) at {@code point}, whose eigenpair
     *     {@code d.eigenpair()} is the one ridden
     */
    List<double[]> ride(double[] point, Eigendecomposition atPoint, BranchDirection d) {
        List<double[]> points = new ArrayList<>();
        double[] x = point.clone();
        double[] dir = d.direction();
        Tracked v = null;
        for (int t = 0; t <= steps; t++) {
            double[] next = x.clone();
            for (int i = 0; i < x.length; i++) {
                next[i] += step * dir[i];
            }
            if (!finite(next)) {
                break;
            }
            x = next;
            points.add(x);
            if (t == steps) {
                break;
            }
            if (v == null) {
                Eigenpair p = atPoint.eigenpairs().get(d.eigenpair());
                v = new Tracked(p.value(), p.re(), p.im());
            }
            v = track(v, decompose(x));
            if (map.growthAt(x).of(v.value(), v.re(), v.im()) <= 1) {
                break;
            }
            dir = direction(v, d);
        }
        if (points.isEmpty()) {
            points.add(x);
        }
        return points;
    }

    private Eigendecomposition decompose(double[] x) {
        return Spectra.defaultSolver().decompose(game.jacobian(x));
    }

    private static double[] direction(Tracked v, BranchDirection d) {
        double[] part = d.part() == BranchDirection.Part.IMAGINARY_PART ? v.im() : v.re();
        double norm = BifurcationSearch.norm(part);
        double[] out = new double[part.length];
        for (int i = 0; i < part.length; i++) {
            out[i] = d.sign() * part[i] / norm;
        }
        return out;
    }

    /**
     * The eigenpair of {@code eig} (or the conjugate of one) whose eigenvector overlaps most with
     * {@code previous}, phase-aligned to it.
     */
    static Tracked track(Tracked previous, Eigendecomposition eig) {
        double best = -1;
        Tracked chosen = null;
        for (Eigenpair p : eig.eigenpairs()) {
            int members = p.isReal() ? 1 : 2;
            for (int c = 0; c < members; c++) {
                double[] wr = p.re();
                double[] wi = p.im();
                if (c == 1) {
                    for (int i = 0; i < wi.length; i++) {
                        wi[i] = -wi[i];
                    }
                }
                double cr = 0;
                double ci = 0;
                double norm = 0;
                for (int i = 0; i < wr.length; i++) {
                    cr += previous.re()[i] * wr[i] + previous.im()[i] * wi[i];
                    ci += previous.re()[i] * wi[i] - previous.im()[i] * wr[i];
                    norm += wr[i] * wr[i] + wi[i] * wi[i];
                }
                double overlap = Math.hypot(cr, ci) / Math.sqrt(norm);
                if (overlap > best) {
                    best = overlap;
                    double m = Math.hypot(cr, ci);
                    double[] ar = new double[wr.length];
                    double[] ai = new double[wr.length];
                    for (int i = 0; i < wr.length; i++) {
                        ar[i] = (wr[i] * cr + wi[i] * ci) / m;
                        ai[i] = (wi[i] * cr - wr[i] * ci) / m;
                    }
                    chosen = new Tracked(c == 1 ? p.value().conjugate() : p.value(), ar, ai);
                }
            }
        }
        return chosen;
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
