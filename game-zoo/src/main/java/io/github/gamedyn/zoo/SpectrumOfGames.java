package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.Game;

/**
 * The games of the complex momentum paper's "spectrum of games" experiment (Lorraine, Acuna,
 * Vicol, Duvenaud; AISTATS 2022; the toy quadratic {@code toy_quad} of its code): the
 * {@linkplain QuadraticGame quadratic family} with m = 7 coordinate pairs (d = 14), scales
 * \(a = \operatorname{linspace}(1/4, 4, 7)\) and per-pair adversarialness
 * \(\gamma_k = \gamma_{\max}u_k\), where u is numpy's legacy {@code seed(0)}
 * {@code uniform(0, 1, 7)}, then \(\gamma_1 = 0\) and \(\gamma_7 = \gamma_{\max}\). Pair k has the
 * Jacobian eigenvalues \(a_k((1-\gamma_k) \pm i\gamma_k)\): as \(\gamma_{\max}\) goes from 0 to 1 the
 * spectrum goes from real (a potential game with condition number 16) to a mix that reaches the
 * imaginary axis, always keeping the purely cooperative pair \(a_1 = 1/4\).
 *
 * <p>The protocol writes pair k's Jacobian block as
 * \(\begin{pmatrix} (1-\gamma_k)a_k &amp; -\gamma_k a_k \\ \gamma_k a_k &amp; (1-\gamma_k)a_k \end{pmatrix}\);
 * {@link QuadraticGame} has the opposite sign of the coupling. The two are the same game up to
 * y ↦ −y, an orthogonal similarity of Ĥ, so every spectrum and every linearised rate agrees.
 *
 * <pre>{@code
 * Game g = SpectrumOfGames.game(0.5);
 * }</pre>
 */
public final class SpectrumOfGames {
    /** Coordinate pairs. */
    public static final int PAIRS = 7;

    /**
     * numpy.random.seed(0); numpy.random.uniform(0, 1, 7), bit for bit (generated and checked by
     * spectrum_of_games_reference.py in the plots module's test resources). The protocol draws
     * seven values and then replaces the first and the last.
     */
    private static final double[] U = {0.5488135039273248, 0.7151893663724195,
        0.6027633760716439, 0.5448831829968969, 0.4236547993389047, 0.6458941130666561,
        0.4375872112626925};

    private SpectrumOfGames() {
    }

    /** \(a_k = 1/4 + (k-1)\cdot 5/8\), k = 1..7 (numpy's linspace(1/4, 4, 7), exactly). */
    public static double[] scales() {
        double[] a = new double[PAIRS];
        for (int k = 0; k < PAIRS; k++) {
            a[k] = k * 0.625 + 0.25;
        }
        return a;
    }

    /**
     * \(\gamma_k = \gamma_{\max}u_k\) with \(\gamma_1 = 0\), \(\gamma_7 = \gamma_{\max}\).
     *
     * @param gammaMax the maximum adversarialness in [0, 1]
     */
    public static double[] adversarialness(double gammaMax) {
        if (!(gammaMax >= 0 && gammaMax <= 1)) {
            throw new IllegalArgumentException("gammaMax = " + gammaMax + "; allowed: 0 ≤ γ_max ≤ 1");
        }
        double[] gamma = new double[PAIRS];
        for (int k = 0; k < PAIRS; k++) {
            gamma[k] = gammaMax * U[k];
        }
        gamma[0] = 0;
        gamma[PAIRS - 1] = gammaMax;
        return gamma;
    }

    /**
     * The game at maximum adversarialness \(\gamma_{\max}\); its equilibrium is ω = 0.
     *
     * @param gammaMax in [0, 1]
     */
    public static Game game(double gammaMax) {
        return QuadraticGame.create(scales(), adversarialness(gammaMax));
    }
}
