"""Closed-form simultaneous gradient and game Jacobian of gamedyn's small IPD (SmallIpd), printed
as the Java class SmallIpdDerivatives.

Definition (as SmallIpd builds it on IteratedPrisonersDilemma.losses, scaled): x_i = sigma(theta_i)
is player i's probability of cooperating in round one and after the opponent cooperated, f =
sigma(phi) after the opponent defected. Over (start; CC, CD, DC, DD), joint actions ordered
(player 1, player 2), player 1 plays (x1; x1, f, x1, f) and player 2 (x2; x2, x2, f, f);
p0 = (x1 x2, x1(1-x2), (1-x1) x2, (1-x1)(1-x2)) (round one uses x_i), row s of P is the joint
distribution after s, r1 = (-1, -3, 0, -2), r2 = (-1, 0, -3, -2),
V_i = p0^T (I - gamma P)^{-1} r_i and L_i = -(1 - gamma) V_i.

Steps:
1. L_i from this definition by an exact symbolic 4x4 solve in (x1, x2, f, gamma).
2. A compact form: both rewards are separable, r1 = -2 - [1 cooperates] + 2 [2 cooperates],
   r2 = -2 + 2 [1 cooperates] - [2 cooperates], and each player's next action depends only on the
   opponent's last one, so only the discounted cooperation masses U = sum_t gamma^t P(1 cooperates
   in round t), W (player 2) matter. They solve U = x1 + gamma (f/(1-gamma) + (x1-f) W),
   W = x2 + gamma (f/(1-gamma) + (x2-f) U), and L1 = 2 + (1-gamma)(U - 2W),
   L2 = 2 + (1-gamma)(W - 2U). Step 1 is checked to equal this form identically.
3. g_i = dL_i/dx_i and their x-derivatives from the compact form; the chain rule to the logits
   with s_i = dx_i/dtheta_i = x_i y_i, ds_i/dtheta_i = s_i (y_i - x_i), where y_i = 1 - x_i is an
   input (sigma(-theta_i), accurate when x_i is near 1):
   xi_i = g_i s_i, H_ii = (dg_i/dx_i) s_i^2 + g_i s_i (y_i - x_i), H_ij = (dg_i/dx_j) s_i s_j.
4. Checks against the numpy reference ipd_reference.csv (next to this script; losses, xi and
   Jacobian of its small-ipd cases, which the Java tape reproduces), then common-subexpression
   elimination and Java printing.

Run from the repository root (sympy, numpy, mpmath; deterministic):
    python3 game-zoo/src/test/resources/reference/small_ipd_codegen.py \
        > game-zoo/src/test/java/io/github/gamedyn/zoo/SmallIpdDerivatives.java
With --reference it prints instead small_ipd_reference.csv: xi and H evaluated in 50-digit
arithmetic (mpmath) at seeded points up to |theta| = 8 for several (gamma, phi), rounded to double,
against which SmallIpdDerivatives is tested entrywise (the tape of the Java game is itself only
accurate relative to the larger entries of a row, so it cannot check small entries to 1e-12):
    python3 game-zoo/src/test/resources/reference/small_ipd_codegen.py --reference \
        > game-zoo/src/test/resources/reference/small_ipd_reference.csv
"""
import csv
import os
import sys

import mpmath
import numpy as np
import sympy as sp
from sympy.polys.matrices import DomainMatrix
from sympy.printing.c import C99CodePrinter

x1, x2, y1, y2, f, gamma = sp.symbols("x1 x2 y1 y2 f gamma", positive=True)
R1 = [-1, -3, 0, -2]
R2 = [-1, 0, -3, -2]
SCRIPT = "game-zoo/src/test/resources/reference/small_ipd_codegen.py"
TARGET = "game-zoo/src/test/java/io/github/gamedyn/zoo/SmallIpdDerivatives.java"


def joint(a, b):
    return [a * b, a * (1 - b), (1 - a) * b, (1 - a) * (1 - b)]


def losses_from_definition():
    a = [x1, x1, f, x1, f]
    b = [x2, x2, x2, f, f]
    p0 = sp.Matrix(joint(a[0], b[0]))
    P = sp.Matrix([joint(a[s], b[s]) for s in range(1, 5)])
    M = sp.eye(4) - gamma * P
    # an exact solve in the field of rational functions (sympy's LUsolve on expressions is slow)
    system = DomainMatrix.from_Matrix(M.T).to_field()
    occupancy = system.lu_solve(DomainMatrix.from_Matrix(p0).convert_to(system.domain)).to_Matrix()
    return [sp.cancel(-(1 - gamma) * (occupancy.T * sp.Matrix(r))[0]) for r in (R1, R2)]


DEN = 1 - gamma ** 2 * (x1 - f) * (x2 - f)
D = sp.Symbol("D")


def losses_compact():
    """The compact form of step 2, solved by Cramer's rule (determinant DEN)."""
    k = gamma * f / (1 - gamma)
    a1, a2 = x1 + k, x2 + k
    u = (a1 + gamma * (x1 - f) * a2) / DEN
    w = (a2 + gamma * (x2 - f) * a1) / DEN
    return [2 + (1 - gamma) * (u - 2 * w), 2 + (1 - gamma) * (w - 2 * u)]


def over_d(e):
    """e factored, its denominator a constant times DEN^k written as a constant times D^k."""
    n, d = sp.fraction(sp.factor(e))
    for k in range(4):
        c = sp.cancel(d / DEN ** k)
        if c.is_number:
            return n / (c * D ** k)
    raise ValueError(f"denominator {d} is not a power of {DEN}")


def derivatives(loss):
    """xi (2) and H (2x2, row-major) in terms of x_i, y_i = 1 - x_i, f, gamma and
    D = 1 - gamma^2 (x1 - f)(x2 - f)."""
    g = [sp.diff(loss[0], x1), sp.diff(loss[1], x2)]
    x = [x1, x2]
    y = [y1, y2]
    s = [x1 * y1, x2 * y2]
    xi = [over_d(g[i]) * s[i] for i in range(2)]
    h = []
    for i in range(2):
        for j in range(2):
            dg = over_d(sp.diff(g[i], x[j]))
            if i == j:
                h.append(dg * s[i] ** 2 + over_d(g[i]) * s[i] * (y[i] - x[i]))
            else:
                h.append(dg * s[i] * s[j])
    return xi, h


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def check_against_reference(loss, xi, h):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ipd_reference.csv")
    cases = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["case"].startswith("small-ipd"):
                cases.setdefault(row["case"], {}).setdefault(row["quantity"], []).append(
                    float(row["value"]))
    assert len(cases) == 3, cases.keys()
    exprs = [e.subs(D, DEN) for e in loss + xi + h]
    fn = sp.lambdify((x1, y1, x2, y2, f, gamma), exprs, "numpy")
    phi = -3.0
    for name, c in cases.items():
        t1, t2 = c["w"]
        got = np.array(fn(sigmoid(t1), sigmoid(-t1), sigmoid(t2), sigmoid(-t2), sigmoid(phi),
                          0.9))
        want = np.array(c["loss"] + c["xi"] + c["jacobian"])
        assert np.allclose(got, want, rtol=1e-13, atol=1e-13), (name, got, want)


class JavaPrinter(C99CodePrinter):
    """C-style expressions that are valid Java: double literals, no pow for small integer
    powers, Math.* for functions."""

    def _print_Rational(self, expr):
        return f"({float(expr.p)!r} / {float(expr.q)!r})"

    def _print_Float(self, expr):
        return repr(float(expr))

    def _print_Pow(self, expr):
        base, exp = expr.as_base_exp()
        b = self.parenthesize(base, sp.printing.precedence.PRECEDENCE["Mul"] + 1)
        if exp.is_Integer and 1 <= exp <= 4:
            return "(" + " * ".join([b] * int(exp)) + ")"
        if exp.is_Integer and -4 <= exp <= -1:
            return "1.0 / (" + " * ".join([b] * int(-exp)) + ")"
        if exp == sp.Rational(1, 2):
            return f"Math.sqrt({self._print(base)})"
        return f"Math.pow({self._print(base)}, {self._print(exp)})"

    def _print_Function(self, expr):
        name = expr.func.__name__
        if name in ("exp", "log", "sqrt", "tanh", "sin", "cos"):
            return f"Math.{name}({self._print(expr.args[0])})"
        raise ValueError(f"no Java translation for {name}")


def java_body(exprs, indent, out_name, weight):
    printer = JavaPrinter()
    temps, reduced = sp.cse(exprs, symbols=sp.numbered_symbols("t"), optimizations="basic")
    lines = [f"{indent}double D = {printer.doprint(DEN)};"]
    lines += [f"{indent}double {printer.doprint(s)} = {printer.doprint(e)};" for s, e in temps]
    for k, e in enumerate(reduced):
        lines.append(f"{indent}{out_name}[{k}] += {weight} * ({printer.doprint(e)});")
    return "\n".join(lines)


JAVA = """package io.github.gamedyn.zoo;

/**
 * Closed-form simultaneous gradient ξ and game Jacobian Ĥ of {{@link SmallIpd}}, as functions of
 * the cooperation probabilities \\(x_i = \\sigma(\\theta_i)\\), their complements
 * \\(y_i = 1 - x_i = \\sigma(-\\theta_i)\\) (passed separately so that nearly deterministic
 * policies keep full relative accuracy), \\(f = \\sigma(\\phi)\\) and the discount γ: a test oracle
 * for the derivatives the engine traces from the losses (and the closed-form side of the FTLE
 * landscape benchmark).
 *
 * <p>Generated code: the script
 * {{@code {script}}}
 * derives the losses from the definition of {{@link SmallIpd}},
 * \\(L_i = -(1-\\gamma)\\, p_0^{{\\mathsf T}}(I - \\gamma P)^{{-1}} r_i\\) with player 1 playing
 * \\((x_1; x_1, f, x_1, f)\\) and player 2 \\((x_2; x_2, x_2, f, f)\\) over (start; CC, CD, DC, DD),
 * differentiates them in sympy (chain rule \\(dx_i/d\\theta_i = x_i y_i\\)), checks losses, ξ
 * and Ĥ against the numpy reference {{@code ipd_reference.csv}} and prints this class after
 * common-subexpression elimination. Do not edit; regenerate from the repository root with
 * <pre>
 * python3 {script} \\
 *     &gt; {target}
 * </pre>
 */
final class SmallIpdDerivatives {{

    private SmallIpdDerivatives() {{
    }}

    /**
     * Adds {{@code weight}}·ξ to {{@code out}}: \\(\\xi = (\\partial L_1/\\partial\\theta_1,
     * \\partial L_2/\\partial\\theta_2)\\).
     *
     * @param out length 2. Modified.
     */
    static void addGradient(double x1, double y1, double x2, double y2, double f, double gamma,
            double weight, double[] out) {{
{gradient}
    }}

    /**
     * Adds {{@code weight}}·Ĥ to {{@code out}}, \\(\\hat H_{{ij}} = \\partial\\xi_i/\\partial\\theta_j\\)
     * row-major.
     *
     * @param out length 4. Modified.
     */
    static void addJacobian(double x1, double y1, double x2, double y2, double f, double gamma,
            double weight, double[] out) {{
{jacobian}
    }}
}}
"""


def print_reference(xi, h):
    mpmath.mp.dps = 50
    fn = sp.lambdify((x1, y1, x2, y2, f, gamma), [e.subs(D, DEN) for e in xi + h], "mpmath")

    def sig(t):
        return 1 / (1 + mpmath.exp(-t))

    rng = np.random.default_rng(20240611)
    print("gamma,phi,theta1,theta2,xi1,xi2,h11,h12,h21,h22")
    for g, phi in ((0.9, -3.0), (0.0, -3.0), (0.5, 1.2), (0.99, -8.0), (0.3, 8.0)):
        points = [(a, b) for a in (-8.0, 0.0, 8.0) for b in (-8.0, 0.0, 8.0)]
        points += [tuple(rng.uniform(-8, 8, 2)) for _ in range(20)]
        for t1, t2 in points:
            t1, t2 = float(t1), float(t2)
            values = fn(sig(mpmath.mpf(t1)), sig(-mpmath.mpf(t1)), sig(mpmath.mpf(t2)),
                        sig(-mpmath.mpf(t2)), sig(mpmath.mpf(phi)), mpmath.mpf(g))
            print(",".join(repr(v) for v in [g, phi, t1, t2] + [float(v) for v in values]))


def main():
    definition = losses_from_definition()
    compact = losses_compact()
    for a, b in zip(definition, compact):
        assert sp.cancel(a - b) == 0, "compact form differs from the definition"
    xi, h = derivatives(compact)
    check_against_reference(compact, xi, h)
    if sys.argv[1:] == ["--reference"]:
        print_reference(xi, h)
        return
    sys.stdout.write(JAVA.format(script=SCRIPT, target=TARGET,
                                 gradient=java_body(xi, " " * 8, "out", "weight"),
                                 jacobian=java_body(h, " " * 8, "out", "weight")))


if __name__ == "__main__":
    main()
