package io.github.gamedyn.zoo;

import io.github.gamedyn.core.dynamics.DifferentiableMap;

/**
 * Hand-derived ξ and Ĥ of the zoo's two-logit games (the small IPD by sympy,
 * {@link SmallIpdDerivatives}; matching pennies by hand; their mixture as the weighted sum), as
 * functions of the logits: test oracles for the derivatives the engine traces from the losses,
 * and the closed-form side of the landscape benchmark. With \(s_p = p(1-p)\), \(s_q = q(1-q)\),
 * matching pennies has \(\xi = (2s_p(2q-1), -2s_q(2p-1))\) and
 * \(\hat H = \begin{pmatrix} 2s_p(1-2p)(2q-1) & 4s_ps_q \\ -4s_ps_q & -2s_q(1-2q)(2p-1)
 * \end{pmatrix}\).
 */
public final class ClosedForms {
    private final double pennies;
    private final double ipd;
    private final double gamma;
    private final double f;

    private ClosedForms(double pennies, double ipd, double gamma, double phi) {
        this.pennies = pennies;
        this.ipd = ipd;
        this.gamma = gamma;
        this.f = sigmoid(phi);
    }

    /** The small IPD with discount γ and defection logit φ. */
    public static ClosedForms smallIpd(double gamma, double phi) {
        return new ClosedForms(0, 1, gamma, phi);
    }

    /** Matching pennies. */
    public static ClosedForms matchingPennies() {
        return new ClosedForms(1, 0, SmallIpd.DEFAULT_DISCOUNT, SmallIpd.DEFAULT_PHI);
    }

    /** w·(matching pennies) + (1 − w)·(small IPD with its defaults). */
    public static ClosedForms mixed(double w) {
        return new ClosedForms(w, 1 - w, SmallIpd.DEFAULT_DISCOUNT, SmallIpd.DEFAULT_PHI);
    }

    /** The closed forms of a registered two-logit game, by name. */
    public static ClosedForms of(String game) {
        return switch (game) {
            case "small-ipd" -> smallIpd(SmallIpd.DEFAULT_DISCOUNT, SmallIpd.DEFAULT_PHI);
            case "matching-pennies" -> matchingPennies();
            case "mixed-ipd-pennies" -> mixed(MixedIpdPennies.DEFAULT_WEIGHT);
            default -> throw new IllegalArgumentException("game '" + game + "' has no closed "
                    + "forms here; allowed: small-ipd, matching-pennies, mixed-ipd-pennies");
        };
    }

    /** σ(t), with σ(−t) = 1 − σ(t) to full relative accuracy. */
    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** ξ(θ). Not modified: theta. */
    public double[] gradient(double[] theta) {
        double x1 = sigmoid(theta[0]);
        double y1 = sigmoid(-theta[0]);
        double x2 = sigmoid(theta[1]);
        double y2 = sigmoid(-theta[1]);
        double[] xi = new double[2];
        if (pennies != 0) {
            double sp = x1 * y1;
            double sq = x2 * y2;
            xi[0] += pennies * 2 * sp * (x2 - y2);
            xi[1] -= pennies * 2 * sq * (x1 - y1);
        }
        if (ipd != 0) {
            SmallIpdDerivatives.addGradient(x1, y1, x2, y2, f, gamma, ipd, xi);
        }
        return xi;
    }

    /** Ĥ(θ), row-major 2×2. Not modified: theta. */
    public double[] jacobian(double[] theta) {
        double x1 = sigmoid(theta[0]);
        double y1 = sigmoid(-theta[0]);
        double x2 = sigmoid(theta[1]);
        double y2 = sigmoid(-theta[1]);
        double[] h = new double[4];
        if (pennies != 0) {
            double sp = x1 * y1;
            double sq = x2 * y2;
            double cross = pennies * 4 * sp * sq;
            h[0] += pennies * 2 * sp * (y1 - x1) * (x2 - y2);
            h[1] += cross;
            h[2] -= cross;
            h[3] -= pennies * 2 * sq * (y2 - x2) * (x1 - y1);
        }
        if (ipd != 0) {
            SmallIpdDerivatives.addJacobian(x1, y1, x2, y2, f, gamma, ipd, h);
        }
        return h;
    }

    /**
     * Simultaneous gradient descent \(\theta - \alpha\xi(\theta)\) with Jacobian
     * \(I - \alpha\hat H\), from the closed forms.
     */
    public DifferentiableMap gradientDescent(double alpha) {
        return DifferentiableMap.of(2, (x, out) -> {
            double[] xi = gradient(x);
            out[0] = x[0] - alpha * xi[0];
            out[1] = x[1] - alpha * xi[1];
        }, (x, jac) -> {
            double[] h = jacobian(x);
            jac.set(0, 0, 1 - alpha * h[0]);
            jac.set(0, 1, -alpha * h[1]);
            jac.set(1, 0, -alpha * h[2]);
            jac.set(1, 1, 1 - alpha * h[3]);
        });
    }
}
