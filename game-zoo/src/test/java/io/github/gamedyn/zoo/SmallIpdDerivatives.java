package io.github.gamedyn.zoo;

/**
 * Closed-form simultaneous gradient ξ and game Jacobian Ĥ of {@link SmallIpd}, as functions of
 * the cooperation probabilities \(x_i = \sigma(\theta_i)\), their complements
 * \(y_i = 1 - x_i = \sigma(-\theta_i)\) (passed separately so that nearly deterministic
 * policies keep full relative accuracy), \(f = \sigma(\phi)\) and the discount γ: a test oracle
 * for the derivatives the engine traces from the losses (and the closed-form side of the FTLE
 * landscape benchmark).
 *
 * <p>Generated code: the script
 * {@code game-zoo/src/test/resources/reference/small_ipd_codegen.py}
 * derives the losses from the definition of {@link SmallIpd},
 * \(L_i = -(1-\gamma)\, p_0^{\mathsf T}(I - \gamma P)^{-1} r_i\) with player 1 playing
 * \((x_1; x_1, f, x_1, f)\) and player 2 \((x_2; x_2, x_2, f, f)\) over (start; CC, CD, DC, DD),
 * differentiates them in sympy (chain rule \(dx_i/d\theta_i = x_i y_i\)), checks losses, ξ
 * and Ĥ against the numpy reference {@code ipd_reference.csv} and prints this class after
 * common-subexpression elimination. Do not edit; regenerate from the repository root with
 * <pre>
 * python3 game-zoo/src/test/resources/reference/small_ipd_codegen.py \
 *     &gt; game-zoo/src/test/java/io/github/gamedyn/zoo/SmallIpdDerivatives.java
 * </pre>
 */
final class SmallIpdDerivatives {

    private SmallIpdDerivatives() {
    }

    /**
     * Adds {@code weight}·ξ to {@code out}: \(\xi = (\partial L_1/\partial\theta_1,
     * \partial L_2/\partial\theta_2)\).
     *
     * @param out length 2. Modified.
     */
    static void addGradient(double x1, double y1, double x2, double y2, double f, double gamma,
            double weight, double[] out) {
        double D = -(gamma * gamma)*(-f + x1)*(-f + x2) + 1;
        double t0 = gamma*x2;
        double t1 = f*gamma;
        double t2 = 1 - t1;
        double t3 = 2*t1 + 1;
        double t4 = (-gamma + t1 + 1)/(D * D);
        double t5 = gamma*x1;
        out[0] += weight * (t4*x1*y1*(-2*t0 + t3)*(t0 + t2));
        out[1] += weight * (t4*x2*y2*(t2 + t5)*(t3 - 2*t5));
    }

    /**
     * Adds {@code weight}·Ĥ to {@code out}, \(\hat H_{ij} = \partial\xi_i/\partial\theta_j\)
     * row-major.
     *
     * @param out length 4. Modified.
     */
    static void addJacobian(double x1, double y1, double x2, double y2, double f, double gamma,
            double weight, double[] out) {
        double D = -(gamma * gamma)*(-f + x1)*(-f + x2) + 1;
        double t0 = gamma*x2;
        double t1 = f*gamma;
        double t2 = 1 - t1;
        double t3 = -2*t0;
        double t4 = 2*t1;
        double t5 = t4 + 1;
        double t6 = (gamma * gamma);
        double t7 = t6*x1;
        double t8 = 2/D;
        double t9 = -gamma + t1 + 1;
        double t10 = t9/(D * D);
        double t11 = x1*y1;
        double t12 = gamma*x1;
        double t13 = -2*t12;
        double t14 = t6*x2;
        double t15 = (f * f)*t6 - f*t14 - f*t7 - t4 + t7*x2 + 1;
        double t16 = t0*t11*t9*y2/(D * D * D);
        out[0] += weight * (-t10*t11*(t0 + t2)*(t3 + t5)*(t7*t8*y1*(f - x2) + x1 - y1));
        out[1] += weight * (-t16*(4*t0 + t13 + t15));
        out[2] += weight * (-t16*(4*t12 + t15 + t3));
        out[3] += weight * (-t10*x2*y2*(t12 + t2)*(t13 + t5)*(t14*t8*y2*(f - x1) + x2 - y2));
    }
}
