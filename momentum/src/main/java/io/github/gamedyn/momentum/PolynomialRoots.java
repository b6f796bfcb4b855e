package io.github.gamedyn.momentum;

/**
 * The largest root modulus of monic polynomials of degree ≤ 3 with complex coefficients, in
 * closed form (the stable quadratic formula; Cardano for the cubic) followed by Newton polishing
 * on the undepressed polynomial. Allocation-light and without {@code Math.hypot}: this is the
 * inner loop of radius sweeps, whose coefficients are of moderate size.
 */
final class PolynomialRoots {
    private static final int POLISH = 3;

    private PolynomialRoots() {
    }

    /** max |z| over the roots of \(z^2 + bz + c\). */
    static double maxModulusQuadratic(double bRe, double bIm, double cRe, double cIm) {
        // disc = b² − 4c
        double dRe = bRe * bRe - bIm * bIm - 4 * cRe;
        double dIm = 2 * bRe * bIm - 4 * cIm;
        double[] s = sqrt(dRe, dIm);
        // q = −(b + sign·√disc)/2 with the sign avoiding cancellation
        double sign = bRe * s[0] + bIm * s[1] >= 0 ? 1 : -1;
        double qRe = -0.5 * (bRe + sign * s[0]);
        double qIm = -0.5 * (bIm + sign * s[1]);
        double q = abs(qRe, qIm);
        if (q == 0) {
            return 0;
        }
        return Math.max(q, abs(cRe, cIm) / q);
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
        double pRe = bRe - a2Re / 3;
        double pIm = bIm - a2Im / 3;
        double qRe = 2 * a3Re / 27 - abRe / 3 + cRe;
        double qIm = 2 * a3Im / 27 - abIm / 3 + cIm;
        // Δ = (q/2)² + (p/3)³
        double hRe = qRe / 2;
        double hIm = qIm / 2;
        double p3Re = pRe / 3;
        double p3Im = pIm / 3;
        double p3sqRe = p3Re * p3Re - p3Im * p3Im;
        double p3sqIm = 2 * p3Re * p3Im;
        double dRe = hRe * hRe - hIm * hIm + (p3sqRe * p3Re - p3sqIm * p3Im);
        double dIm = 2 * hRe * hIm + (p3sqRe * p3Im + p3sqIm * p3Re);
        double[] s = sqrt(dRe, dIm);
        // u³ = −q/2 ± √Δ, the larger in modulus
        double u3Re = -hRe + s[0];
        double u3Im = -hIm + s[1];
        double altRe = -hRe - s[0];
        double altIm = -hIm - s[1];
        if (abs(altRe, altIm) > abs(u3Re, u3Im)) {
            u3Re = altRe;
            u3Im = altIm;
        }
        double max = 0;
        double shiftRe = -aRe / 3;
        double shiftIm = -aIm / 3;
        double um = Math.cbrt(abs(u3Re, u3Im));
        double ua = Math.atan2(u3Im, u3Re) / 3;
        for (int k = 0; k < 3; k++) {
            double zRe;
            double zIm;
            if (um == 0) {
                zRe = shiftRe;
                zIm = shiftIm;
            } else {
                double ang = ua + k * 2 * Math.PI / 3;
                double uRe = um * Math.cos(ang);
                double uIm = um * Math.sin(ang);
                // t = u − p/(3u)
                double den = uRe * uRe + uIm * uIm;
                double vRe = (p3Re * uRe + p3Im * uIm) / den;
                double vIm = (p3Im * uRe - p3Re * uIm) / den;
                zRe = uRe - vRe + shiftRe;
                zIm = uIm - vIm + shiftIm;
            }
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
                if (abs(stepRe, stepIm) > 1e-3 * (1 + abs(zRe, zIm))) {
                    break; // near a multiple root Newton wanders; keep the closed form
                }
                zRe -= stepRe;
                zIm -= stepIm;
            }
            max = Math.max(max, abs(zRe, zIm));
        }
        return max;
    }

    /** |x + iy| without {@code Math.hypot}'s cost; coefficients here are far from overflow. */
    private static double abs(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }

    /** The principal square root, as {re, im}. */
    private static double[] sqrt(double re, double im) {
        double m = abs(re, im);
        if (m == 0) {
            return new double[] {0, 0};
        }
        double r = Math.sqrt(0.5 * (m + Math.abs(re)));
        if (re >= 0) {
            return new double[] {r, im / (2 * r)};
        }
        return new double[] {Math.abs(im) / (2 * r), Math.copySign(r, im)};
    }
}
