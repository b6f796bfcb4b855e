package io.github.gamedyn.core.linalg;

/**
 * Puts an eigenvector \( v = x + i y \) into the canonical phase of the design (§3).
 *
 * <p>Multiplying by \( e^{i\varphi} \) gives real part \( c x - s y \) and imaginary part \( s x + c y \)
 * (\( c = \cos\varphi, s = \sin\varphi \)), whose inner product is
 * \( \tfrac12 \sin 2\varphi\,(\|x\|^2 - \|y\|^2) + \cos 2\varphi\,(x \cdot y) \). It vanishes, with the
 * real part the longer one, for \( 2\varphi = \operatorname{atan2}(-2\,x\cdot y,\ \|x\|^2 - \|y\|^2) \).
 * The vector is then scaled to unit 2-norm and its sign chosen so that the largest-magnitude component of
 * the real part (lowest index on ties) is positive.
 */
final class CanonicalPhase {

    private CanonicalPhase() {
    }

    /**
     * Normalises \( x + i y \) in place.
     *
     * @param x real part. Modified.
     * @param y imaginary part, same length, or all zeros for a real vector. Modified.
     */
    static void apply(double[] x, double[] y) {
        int n = x.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.max(Math.abs(x[i]), Math.abs(y[i])));
        }
        // The vector is never zero (it is Z times a vector with a unit entry). Scaling by the largest entry first keeps the sums below free of overflow and underflow.
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < n; i++) {
            x[i] /= scale;
            y[i] /= scale;
            xx += x[i] * x[i];
            yy += y[i] * y[i];
            xy += x[i] * y[i];
        }
        double phi = 0.5 * Math.atan2(-2 * xy, xx - yy);
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        double norm = Math.sqrt(xx + yy);
        int largest = 0;
        double largestAbs = -1;
        for (int i = 0; i < n; i++) {
            double re = (c * x[i] - s * y[i]) / norm;
            double im = (s * x[i] + c * y[i]) / norm;
            x[i] = re;
            y[i] = im;
            if (Math.abs(re) > largestAbs) {
                largestAbs = Math.abs(re);
                largest = i;
            }
        }
        double sign = x[largest] < 0 ? -1 : 1;
        for (int i = 0; i < n; i++) {
            // Adding 0.0 turns a negative zero into a positive one, so equal vectors have equal bits.
            x[i] = sign * x[i] + 0.0;
            y[i] = sign * y[i] + 0.0;
        }
    }
}
