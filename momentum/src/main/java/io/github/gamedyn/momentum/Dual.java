package io.github.gamedyn.momentum;

import java.util.Arrays;

/**
 * A vector of dual numbers, the number type learning rules are written in: values
 * \(x \in \mathbb{R}^n\) with their tangents \(\dot x_k = \partial x/\partial\varepsilon_k\) in m
 * directions, so that evaluating a rule's update once gives both its value and the
 * Jacobian-vector products \(J\dot s_k\) of its augmented map (forward-mode differentiation,
 * exact to rounding). Optionally it also carries a <em>seed</em> direction \(\varepsilon_s\) with
 * the mixed second-order terms \(\partial^2 x/\partial\varepsilon_s\partial\varepsilon_k\) (products
 * \(\varepsilon_s^2\) and \(\varepsilon_k\varepsilon_l\) vanish): one such evaluation gives
 * \(\nabla_x(w^{\mathsf T}J(x)u)\), the second-derivative contraction of exact gradients of
 * Lyapunov exponents.
 *
 * <p>A rule written with these operations has one code path: with no tangents (a constant) the
 * arithmetic is exactly that of plain doubles, operation for operation, so runs keep their bits;
 * the tangents follow from the chain rule. A tangent that is zero is not stored (JAX's symbolic
 * zero), so directions that do not reach the game cost nothing. Operands of size 1 broadcast
 * against any size. Branches on {@link #value(int) values} are allowed; the derivative is that of
 * the branch taken.
 *
 * <pre>{@code
 * Dual b = buffer.times(beta).plus(g);      // heavy ball: b <- beta b + g
 * Dual w = parameters.minus(b.times(alpha)); //             w <- w - alpha b
 * }</pre>
 *
 * <p>Immutable; arrays passed in are copied, and nothing returned aliases internal state except
 * through package-private accessors.
 */
public final class Dual {
    private static final double[][] NONE = new double[0][];
    private static final double[] ONE = {1};

    private final double[] value;
    /** Length m (0 for a constant); null entries are zero. */
    private final double[][] tangent;
    /** The seed direction's coefficient, or null for zero. */
    private final double[] seed;
    /** Coefficients of \(\varepsilon_s\varepsilon_k\): length m, or 0 when there are none. */
    private final double[][] cross;

    private Dual(double[] value, double[][] tangent, double[] seed, double[][] cross) {
        this.value = value;
        this.tangent = tangent;
        this.seed = seed;
        this.cross = cross;
    }

    /** Constants (no tangents). Not modified. */
    public static Dual constant(double... values) {
        return new Dual(values.clone(), NONE, null, NONE);
    }

    /** n zeros. */
    public static Dual zeros(int n) {
        return new Dual(new double[n], NONE, null, NONE);
    }

    /** Wraps an array owned by the caller from now on (not copied). */
    static Dual wrap(double[] values) {
        return new Dual(values, NONE, null, NONE);
    }

    /**
     * Values with first-order tangents; arrays owned by the result from now on.
     *
     * @param tangents m columns of length n, null for zero
     */
    static Dual variable(double[] values, double[][] tangents) {
        return new Dual(values, tangents, null, NONE);
    }

    /** Values with tangents, a seed and cross terms (length m or 0); arrays owned by the result. */
    static Dual secondOrder(double[] values, double[][] tangents, double[] seed,
            double[][] cross) {
        return new Dual(values, tangents, seed, cross);
    }

    /** n. */
    public int size() {
        return value.length;
    }

    /** The value of entry i. */
    public double value(int i) {
        return value[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return value.clone();
    }

    /** Whether every value is finite. */
    public boolean isFinite() {
        for (double v : value) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The values, not copied: not to be modified. */
    double[] valueArray() {
        return value;
    }

    /** The number m of tangent directions (0 for a constant). */
    int directions() {
        return tangent.length;
    }

    /** Tangent k, not copied (null for zero). */
    double[] tangent(int k) {
        return k < tangent.length ? tangent[k] : null;
    }

    /** The seed direction's coefficient, not copied (null for zero). */
    double[] seed() {
        return seed;
    }

    /** The coefficient of \(\varepsilon_s\varepsilon_k\), not copied (null for zero). */
    double[] cross(int k) {
        return k < cross.length ? cross[k] : null;
    }

    /** Whether any derivative part is stored. */
    boolean hasDerivatives() {
        return !isConstant(this);
    }

    /** Whether a seed or cross term is stored. */
    boolean hasSecondOrder() {
        return seed != null || anyNonNull(cross);
    }

    /** The values alone, sharing the value array (the same point for the game's cache). */
    Dual primal() {
        return tangent.length == 0 && seed == null && cross.length == 0 ? this
                : new Dual(value, NONE, null, NONE);
    }

    // ---------------------------------------------------------------- linear operations

    /** x + y (as {@code scaledSum(1, x, 1, y)}, the same numbers). */
    public Dual plus(Dual y) {
        return scaledSum(1, this, 1, y);
    }

    /** x − y (as {@code scaledSum(1, x, -1, y)}, the same numbers). */
    public Dual minus(Dual y) {
        return scaledSum(1, this, -1, y);
    }

    /**
     * a x + b y, rounded as written (two products, then their sum): one operation for the
     * momentum updates \(\beta b + g\) and the parts of complex products.
     */
    public static Dual scaledSum(double a, Dual x, double b, Dual y) {
        int n = resultSize(x, y);
        double[] v = new double[n];
        double[] p = x.value;
        double[] q = y.value;
        if (p.length == q.length) {
            for (int i = 0; i < n; i++) {
                v[i] = a * p[i] + b * q[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                v[i] = a * at(p, i) + b * at(q, i);
            }
        }
        return linear(n, v, x, a, y, b);
    }

    /**
     * c z + (a x + b y), rounded as written (the inner sum first, as
     * {@code scaledSum(c, z, 1, scaledSum(a, x, b, y))}, the same numbers) in one pass: complex
     * momentum's \(\beta\mu - g\) and \(\omega + \Re(\alpha\mu)\). Equal sizes only.
     */
    static Dual scaledSum(double c, Dual z, double a, Dual x, double b, Dual y) {
        int n = z.value.length;
        if (x.value.length != n || y.value.length != n) {
            throw new IllegalArgumentException("operands of sizes " + n + ", " + x.value.length
                    + " and " + y.value.length + "; allowed: equal sizes");
        }
        double[] v = new double[n];
        double[] r = z.value;
        double[] p = x.value;
        double[] q = y.value;
        for (int i = 0; i < n; i++) {
            v[i] = c * r[i] + (a * p[i] + b * q[i]);
        }
        if (isConstant(z) && isConstant(x) && isConstant(y)) {
            return new Dual(v, NONE, null, NONE);
        }
        // only the derivative parts of the inner sum are read, so it may share v
        return linear(n, v, z, c, linear(n, v, x, a, y, b), 1);
    }

    /** x + c. */
    public Dual plus(double c) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value[i] + c;
        }
        return new Dual(v, tangent, seed, cross);
    }

    /** x − c. */
    public Dual minus(double c) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value[i] - c;
        }
        return new Dual(v, tangent, seed, cross);
    }

    /** c − x. */
    public Dual subtractedFrom(double c) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c - value[i];
        }
        return linear(v.length, v, this, -1, null, 0);
    }

    /** c x. */
    public Dual times(double c) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value[i] * c;
        }
        return linear(v.length, v, this, c, null, 0);
    }

    /** x / c. */
    public Dual divide(double c) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value[i] / c;
        }
        return linear(v.length, v, this, 1 / c, null, 0);
    }

    /** −x. */
    public Dual negate() {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = -value[i];
        }
        return linear(v.length, v, this, -1, null, 0);
    }

    /** \(\sum_i x_i\), summed in index order from 0, a Dual of size 1. */
    public Dual sum() {
        double s = 0;
        for (double x : value) {
            s += x;
        }
        double[][] t = tangent.length == 0 ? NONE : new double[tangent.length][];
        for (int k = 0; k < t.length; k++) {
            t[k] = sumOrNull(tangent[k]);
        }
        double[][] c = cross.length == 0 ? NONE : new double[cross.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = sumOrNull(cross[k]);
        }
        return new Dual(new double[] {s}, t, sumOrNull(seed), c);
    }

    /** \(\langle x, y\rangle\), a Dual of size 1: {@code times(y).sum()}. */
    public Dual dot(Dual y) {
        return times(y).sum();
    }

    // ---------------------------------------------------------------- nonlinear operations

    /** x ∘ y, elementwise. */
    public Dual times(Dual y) {
        int n = resultSize(this, y);
        double[] v = new double[n];
        double[] a = value;
        double[] b = y.value;
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                v[i] = a[i] * b[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                v[i] = at(a, i) * at(b, i);
            }
        }
        if (isConstant(this) && isConstant(y)) {
            return new Dual(v, NONE, null, NONE);
        }
        return combine(n, v, this, y.value, y, value, null, ONE, null);
    }

    /** x / y, elementwise. */
    public Dual divide(Dual y) {
        int n = resultSize(this, y);
        double[] v = new double[n];
        double[] a = value;
        double[] b = y.value;
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                v[i] = a[i] / b[i];
            }
        } else if (b.length == 1) {
            double c = b[0];
            for (int i = 0; i < n; i++) {
                v[i] = a[i] / c;
            }
        } else {
            for (int i = 0; i < n; i++) {
                v[i] = a[0] / b[i];
            }
        }
        if (isConstant(this) && isConstant(y)) {
            return new Dual(v, NONE, null, NONE);
        }
        // ∂/∂x = 1/y, ∂/∂y = −v/y, ∂²/∂x∂y = −1/y², ∂²/∂y² = 2v/y²
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] fxy = new double[n];
        double[] fyy = new double[n];
        for (int i = 0; i < n; i++) {
            double yi = at(y.value, i);
            fx[i] = 1 / yi;
            fy[i] = -v[i] / yi;
            fxy[i] = -1 / (yi * yi);
            fyy[i] = 2 * v[i] / (yi * yi);
        }
        return combine(n, v, this, fx, y, fy, null, fxy, fyy);
    }

    /**
     * \(\sqrt x\), elementwise. √ is not differentiable at 0; its derivatives there are taken as
     * 0, which is exact for the quotients \(m/(\sqrt v + \varepsilon)\) of Adam and RMSProp
     * wherever v = 0 comes with m = 0 (at every fixed state): the quotient is then constant in v.
     */
    public Dual sqrt() {
        int n = value.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sqrt(value[i]);
        }
        if (isConstant(this)) {
            return new Dual(v, NONE, null, NONE);
        }
        double[] f1 = new double[n];
        double[] f2 = new double[n];
        for (int i = 0; i < n; i++) {
            if (v[i] > 0) {
                f1[i] = 0.5 / v[i];
                f2[i] = -0.25 / (v[i] * value[i]);
            }
        }
        return combine(n, v, this, f1, null, null, f2, null, null);
    }

    // ---------------------------------------------------------------- structure

    /** Entries [from, to). */
    public Dual slice(int from, int to) {
        if (from < 0 || to > value.length || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") of a Dual of size "
                    + value.length + "; allowed: 0 <= from <= to <= " + value.length);
        }
        if (from == 0 && to == value.length) {
            return this;
        }
        return new Dual(Arrays.copyOfRange(value, from, to), slices(tangent, from, to),
                seed == null ? null : nullIfZero(Arrays.copyOfRange(seed, from, to)),
                slices(cross, from, to));
    }

    /** This vector with entries [from, from + part.size()) replaced by {@code part}. */
    public Dual withSlice(int from, Dual part) {
        int len = part.value.length;
        if (from < 0 || from + len > value.length) {
            throw new IllegalArgumentException("a part of size " + len + " at " + from
                    + " in a Dual of size " + value.length + "; allowed: inside it");
        }
        if (from == 0 && len == value.length) {
            return part;
        }
        double[] v = value.clone();
        System.arraycopy(part.value, 0, v, from, len);
        int m = directions(this, part);
        double[][] t = m == 0 ? NONE : new double[m][];
        for (int k = 0; k < m; k++) {
            t[k] = replaced(tangent(k), part.tangent(k), from, len, value.length);
        }
        double[] s = replaced(seed, part.seed, from, len, value.length);
        double[][] c = cross.length == 0 && part.cross.length == 0 ? NONE : new double[m][];
        for (int k = 0; k < c.length; k++) {
            c[k] = replaced(cross(k), part.cross(k), from, len, value.length);
        }
        return new Dual(v, t, s, c);
    }

    /** The parts one after another. */
    public static Dual concat(Dual... parts) {
        int n = 0;
        int m = 0;
        boolean second = false;
        for (Dual p : parts) {
            n += p.value.length;
            if (p.tangent.length != 0) {
                if (m != 0 && m != p.tangent.length) {
                    throw new IllegalArgumentException("parts with " + m + " and "
                            + p.tangent.length + " tangent directions; allowed: equal numbers, "
                            + "or constants");
                }
                m = p.tangent.length;
            }
            second |= p.seed != null || p.cross.length != 0;
        }
        double[] v = new double[n];
        double[][] t = m == 0 ? NONE : new double[m][];
        double[] s = null;
        double[][] c = second && m > 0 ? new double[m][] : NONE;
        int at = 0;
        for (Dual p : parts) {
            int len = p.value.length;
            System.arraycopy(p.value, 0, v, at, len);
            for (int k = 0; k < m; k++) {
                t[k] = place(t[k], p.tangent(k), at, n);
            }
            s = place(s, p.seed, at, n);
            for (int k = 0; k < c.length; k++) {
                c[k] = place(c[k], p.cross(k), at, n);
            }
            at += len;
        }
        return new Dual(v, t, s, c);
    }

    /** whole (null for zero, else n entries) with part (null for zero) copied in at {@code at}. */
    private static double[] place(double[] whole, double[] part, int at, int n) {
        if (part == null) {
            return whole;
        }
        double[] out = whole == null ? new double[n] : whole;
        System.arraycopy(part, 0, out, at, part.length);
        return out;
    }

    @Override
    public String toString() {
        return "Dual" + Arrays.toString(value) + (hasDerivatives() ? " with derivatives" : "");
    }

    // ---------------------------------------------------------------- kernels

    private static boolean isConstant(Dual x) {
        return !anyNonNull(x.tangent) && x.seed == null && !anyNonNull(x.cross);
    }

    private static boolean anyNonNull(double[][] a) {
        for (double[] x : a) {
            if (x != null) {
                return true;
            }
        }
        return false;
    }

    private static double at(double[] a, int i) {
        return a.length == 1 ? a[0] : a[i];
    }

    private static int resultSize(Dual x, Dual y) {
        int a = x.value.length;
        int b = y.value.length;
        if (a != b && a != 1 && b != 1) {
            throw new IllegalArgumentException("operands of sizes " + a + " and " + b
                    + "; allowed: equal sizes, or one of size 1");
        }
        return a == 1 ? b : a;
    }

    private static int directions(Dual x, Dual y) {
        int a = x.tangent.length;
        int b = y == null ? 0 : y.tangent.length;
        if (a != b && a != 0 && b != 0) {
            throw new IllegalArgumentException("operands with " + a + " and " + b
                    + " tangent directions; allowed: equal numbers, or a constant");
        }
        return Math.max(a, b);
    }

    private static double[] sumOrNull(double[] a) {
        if (a == null) {
            return null;
        }
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return new double[] {s};
    }

    private static double[][] slices(double[][] parts, int from, int to) {
        if (parts.length == 0) {
            return NONE;
        }
        double[][] out = new double[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            out[k] = parts[k] == null ? null : nullIfZero(Arrays.copyOfRange(parts[k], from, to));
        }
        return out;
    }

    /** A zero slice becomes a symbolic zero, so that a block no direction reaches costs nothing. */
    private static double[] nullIfZero(double[] a) {
        for (double x : a) {
            if (x != 0) {
                return a;
            }
        }
        return null;
    }

    /** whole (n entries, null for zero) with [from, from + len) replaced by part (null: zero). */
    private static double[] replaced(double[] whole, double[] part, int from, int len, int n) {
        if (whole == null && part == null) {
            return null;
        }
        double[] out = whole == null ? new double[n] : whole.clone();
        if (part == null) {
            Arrays.fill(out, from, from + len, 0);
        } else {
            System.arraycopy(part, 0, out, from, len);
        }
        return out;
    }

    /** a x + b y over every derivative part (y may be null). */
    private static Dual linear(int n, double[] v, Dual x, double a, Dual y, double b) {
        if (x.tangent.length == 0 && x.seed == null && x.cross.length == 0
                && (y == null || y.tangent.length == 0 && y.seed == null && y.cross.length == 0)) {
            return new Dual(v, NONE, null, NONE);
        }
        int m = directions(x, y);
        double[][] t = m == 0 ? NONE : new double[m][];
        for (int k = 0; k < m; k++) {
            t[k] = axpby(n, a, x.tangent(k), b, y == null ? null : y.tangent(k));
        }
        double[] s = axpby(n, a, x.seed, b, y == null ? null : y.seed);
        boolean second = x.cross.length > 0 || y != null && y.cross.length > 0;
        double[][] c = second ? new double[m][] : NONE;
        for (int k = 0; k < c.length; k++) {
            c[k] = axpby(n, a, x.cross(k), b, y == null ? null : y.cross(k));
        }
        return new Dual(v, t, s, c);
    }

    private static double[] axpby(int n, double a, double[] x, double b, double[] y) {
        if (x == null && y == null) {
            return null;
        }
        double[] out = new double[n];
        if (x != null) {
            if (x.length == n) {
                for (int i = 0; i < n; i++) {
                    out[i] = a * x[i];
                }
            } else {
                Arrays.fill(out, a * x[0]);
            }
        }
        if (y != null) {
            if (y.length == n) {
                for (int i = 0; i < n; i++) {
                    out[i] += b * y[i];
                }
            } else {
                double c = b * y[0];
                for (int i = 0; i < n; i++) {
                    out[i] += c;
                }
            }
        }
        return out;
    }

    /**
     * The derivative parts of f(x, y) from its partials (broadcast arrays; null for zero):
     * tangents \(f_x\dot x_k + f_y\dot y_k\), seed likewise, and cross terms
     * \(f_x\ddot x_{sk} + f_y\ddot y_{sk} + f_{xx}\dot x_s\dot x_k + f_{xy}(\dot x_s\dot y_k +
     * \dot y_s\dot x_k) + f_{yy}\dot y_s\dot y_k\). The second partials are only read when a seed or
     * cross term is present. y may be null (a unary f).
     */
    private static Dual combine(int n, double[] v, Dual x, double[] fx, Dual y, double[] fy,
            double[] fxx, double[] fxy, double[] fyy) {
        int m = directions(x, y);
        double[][] t = m == 0 ? NONE : new double[m][];
        for (int k = 0; k < m; k++) {
            t[k] = chain(n, fx, x.tangent(k), fy, y == null ? null : y.tangent(k));
        }
        double[] xs = x.seed;
        double[] ys = y == null ? null : y.seed;
        double[] s = chain(n, fx, xs, fy, ys);
        boolean second = xs != null || ys != null || x.cross.length > 0
                || y != null && y.cross.length > 0;
        double[][] c = second ? new double[m][] : NONE;
        for (int k = 0; k < c.length; k++) {
            double[] xk = x.tangent(k);
            double[] yk = y == null ? null : y.tangent(k);
            double[] out = chain(n, fx, x.cross(k), fy, y == null ? null : y.cross(k));
            out = addProduct(n, out, fxx, xs, xk);
            out = addProduct(n, out, fxy, xs, yk);
            out = addProduct(n, out, fxy, ys, xk);
            out = addProduct(n, out, fyy, ys, yk);
            c[k] = out;
        }
        return new Dual(v, t, s, c);
    }

    private static double[] chain(int n, double[] fx, double[] x, double[] fy, double[] y) {
        double[] out = null;
        out = addProduct(n, out, fx, x, ONE);
        return addProduct(n, out, fy, y, ONE);
    }

    /** out + f ∘ a ∘ b, with null for zero (f, a, b, out); returns the (possibly new) out. */
    private static double[] addProduct(int n, double[] out, double[] f, double[] a, double[] b) {
        if (f == null || a == null || b == null) {
            return out;
        }
        double[] r = out == null ? new double[n] : out;
        if (b == ONE && f.length == n && a.length == n) {
            for (int i = 0; i < n; i++) {
                r[i] += f[i] * a[i];
            }
        } else if (b == ONE && f.length == 1 && a.length == n) {
            double c = f[0];
            for (int i = 0; i < n; i++) {
                r[i] += c * a[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                r[i] += at(f, i) * at(a, i) * at(b, i);
            }
        }
        return r;
    }
}
