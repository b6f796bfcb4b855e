package io.github.gamedyn.momentum;

/**
 * The largest root modulus of monic polynomials of degree ≤ 3 with complex coefficients, in
 * closed form, without allocation and without {@code Math.hypot}: this is the inner loop of radius
 * sweeps, whose coefficients are of moderate size.
 * <ul>
 *   <li>quadratic: the stable quadratic formula (one complex square root);</li>
 *   <li>cubic: Cardano on the depressed cubic with one complex square root and one complex cube
 *       root; the other two cube roots are the first times the cube roots of unity, so no further
 *       transcendental is needed; each root is then polished by Newton on the undepressed
 *       polynomial until the step is at rounding level (at most three steps). Moduli are compared
 *       squared, with one square root at the end.</li>
 * </ul>
 */
final class PolynomialRoots {
    private static final int POLISH = 3;
    /** ω = e^{2πi/3}. */
    private static final double OMEGA_RE = -0.5;
    private static final double OMEGA_IM = Math.sqrt(3) / 2;
    /** Relative squared step below which Newton has converged: (4 ulp)². */
    private static final double CONVERGED = 0x1p-100;
    /**
     * Relative squared step above which Newton is left alone: near a multiple root it wanders, and
     * the closed form is kept. (10⁻³)².
     */
    private static final double WANDERING = 1e-6;

    private PolynomialRoots() {
    }

    /** max |z| over the roots of \(z^2 + bz + c\). */
    static double maxModulusQuadratic(double bRe, double bIm, double cRe, double cIm) {
        // disc = b² − 4c, s = √disc
        double dRe = bRe * bRe - bIm * bIm - 4 * cRe;
        double dIm = 2 * bRe * bIm - 4 * cIm;
        double dAbs = Math.sqrt(dRe * dRe + dIm * dIm);
        double sRe = 0;
        double sIm = 0;
        if (dAbs != 0) {
            double r = Math.sqrt(0.5 * (dAbs + Math.abs(dRe)));
            if (dRe >= 0) {
                sRe = r;
                sIm = dIm / (2 * r);
            } else {
                sRe = Math.abs(dIm) / (2 * r);
                sIm = Math.copySign(r, dIm);
            }
        }
        // q = −(b + sign·√disc)/2 with the sign avoiding cancellation; roots q and c/q
        double sign = bRe * sRe + bIm * sIm >= 0 ? 1 : -1;
        double qRe = -0.5 * (bRe + sign * sRe);
        double qIm = -0.5 * (bIm + sign * sIm);
        double q2 = qRe * qRe + qIm * qIm;
        if (q2 == 0) {
            return 0;
        }
        double c2 = cRe * cRe + cIm * cIm;
        return Math.sqrt(Math.max(q2, c2 / q2));
    }

    /** max |z| over the roots of \(z^3 + az^2 + bz + c\). */
    static double maxModulusCubic(double aRe, double aIm, double bRe, double bIm, double cRe,
            double cIm) {
        // z = t − a/3: t³ + pt + q = 0
        double a2Re = aRe * aRe - aIm * aIm;
        double a2Im = 2 * aRe * aIm;
        double a3Re = a2Re * aRe - a2Im * aIm;
        double a3Im = a2Re * aIm + a2Im * aRe;
        double abRe = aRe * bRe - aIm * bIm;
        double abIm = aRe * bIm + aIm * bRe;
        double p3Re = (bRe - a2Re / 3) / 3;
        double p3Im = (bIm - a2Im / 3) / 3;
        double hRe = (2 * a3Re / 27 - abRe / 3 + cRe) / 2;
        double hIm = (2 * a3Im / 27 - abIm / 3 + cIm) / 2;
        // Δ = (q/2)² + (p/3)³, s = √Δ
        double p3sqRe = p3Re * p3Re - p3Im * p3Im;
        double p3sqIm = 2 * p3Re * p3Im;
        double dRe = hRe * hRe - hIm * hIm + (p3sqRe * p3Re - p3sqIm * p3Im);
        double dIm = 2 * hRe * hIm + (p3sqRe * p3Im + p3sqIm * p3Re);
        double dAbs = Math.sqrt(dRe * dRe + dIm * dIm);
        double sRe = 0;
        double sIm = 0;
        if (dAbs != 0) {
            double r = Math.sqrt(0.5 * (dAbs + Math.abs(dRe)));
            if (dRe >= 0) {
                sRe = r;
                sIm = dIm / (2 * r);
            } else {
                sRe = Math.abs(dIm) / (2 * r);
                sIm = Math.copySign(r, dIm);
            }
        }
        // u³ = −q/2 ± √Δ, the sign avoiding cancellation (the larger modulus)
        double sign = hRe * sRe + hIm * sIm > 0 ? -1 : 1;
        double u3Re = -hRe + sign * sRe;
        double u3Im = -hIm + sign * sIm;
        double u3Abs = Math.sqrt(u3Re * u3Re + u3Im * u3Im);
        double shiftRe = -aRe / 3;
        double shiftIm = -aIm / 3;
        // u = ∛(u³) (principal), v = p/(3u); roots t_k = uω^k − vω^{−k}
        double uRe = 0;
        double uIm = 0;
        double vRe = 0;
        double vIm = 0;
        if (u3Abs != 0) {
            double um = Math.cbrt(u3Abs);
            double ua = Math.atan2(u3Im, u3Re) / 3;
            uRe = um * Math.cos(ua);
            uIm = um * Math.sin(ua);
            double den = um * um;
            vRe = (p3Re * uRe + p3Im * uIm) / den;
            vIm = (p3Im * uRe - p3Re * uIm) / den;
        }
        double max2 = 0;
        for (int k = 0; k < 3; k++) {
            double zRe = uRe - vRe + shiftRe;
            double zIm = uIm - vIm + shiftIm;
            for (int it = 0; it < POLISH; it++) {
                // f = ((z + a)z + b)z + c, f' = (3z + 2a)z + b
                double t1Re = zRe + aRe;
                double t1Im = zIm + aIm;
                double t2Re = t1Re * zRe - t1Im * zIm + bRe;
                double t2Im = t1Re * zIm + t1Im * zRe + bIm;
                double fRe = t2Re * zRe - t2Im * zIm + cRe;
                double fIm = t2Re * zIm + t2Im * zRe + cIm;
                double e1Re = 3 * zRe + 2 * aRe;
                double e1Im = 3 * zIm + 2 * aIm;
                double gRe = e1Re * zRe - e1Im * zIm + bRe;
                double gIm = e1Re * zIm + e1Im * zRe + bIm;
                double gg = gRe * gRe + gIm * gIm;
                if (gg == 0 || (fRe == 0 && fIm == 0)) {
                    break;
                }
                double stepRe = (fRe * gRe + fIm * gIm) / gg;
                double stepIm = (fIm * gRe - fRe * gIm) / gg;
                double step2 = stepRe * stepRe + stepIm * stepIm;
                double scale2 = 1 + zRe * zRe + zIm * zIm;
                if (step2 > WANDERING * scale2) {
                    break;
                }
                zRe -= stepRe;
                zIm -= stepIm;
                if (step2 <= CONVERGED * scale2) {
                    break;
                }
            }
            max2 = Math.max(max2, zRe * zRe + zIm * zIm);
            // next cube root: u ← uω, v ← vω̄
            double nuRe = uRe * OMEGA_RE - uIm * OMEGA_IM;
            uIm = uRe * OMEGA_IM + uIm * OMEGA_RE;
            uRe = nuRe;
            double nvRe = vRe * OMEGA_RE + vIm * OMEGA_IM;
            vIm = vIm * OMEGA_RE - vRe * OMEGA_IM;
            vRe = nvRe;
        }
        return Math.sqrt(max2);
    }
}
