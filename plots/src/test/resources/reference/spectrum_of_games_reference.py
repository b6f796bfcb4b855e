#!/usr/bin/env python3
"""Reference values for SpectrumOfGamesFigureTest: the game of cm-spectrum and the best spectral
radius of every method on gamedyn's grids, computed with numpy from dense update matrices,
independently of gamedyn's per-eigenvalue closed forms.

The game (the complex momentum paper's "spectrum of games" toy quadratic, toy_quad): d = 14,
seven coordinate pairs (x_k, y_k), a = linspace(1/4, 4, 7), u = numpy legacy seed(0)
uniform(0, 1, 7), gamma_k = gamma_max * u_k, then gamma_1 = 0 and gamma_7 = gamma_max. The
Jacobian is block diagonal over the pairs with blocks

    H_k = [[(1 - gamma_k) a_k, -gamma_k a_k], [gamma_k a_k, (1 - gamma_k) a_k]],

eigenvalues a_k((1 - gamma_k) +- i gamma_k). (gamedyn's QuadraticGame has +gamma_k a_k above the
diagonal: y -> -y, an orthogonal similarity that changes no spectral radius below.)

Linearised updates at the equilibrium 0, as dense matrices on the augmented state (one pair at a
time: every update below is block diagonal over the pairs; main() checks this on the full
14-dimensional matrices at the best cells):

  gd                     w' = (I - alpha H) w
  heavy ball (beta real) b' = beta b + H w, w' = w - alpha b'
  complex momentum       mu' = beta mu - H w (mu complex, as two real blocks), w' = w + alpha Re mu'
  extragradient          w' = w - alpha H (w - eta H w)           (eta: the extrapolation step)
  optimistic             w' = w - alpha H w - beta' (H w - p), p' = H w   (beta': the optimism)

Score: rho per gradient evaluation, rho^(1/2) for extragradient. Grids (numpy linspace; the
ends gamedyn's domains exclude, where every method has rho >= 1, dropped):

  A1    = linspace(0, 1.75, 50) without 0                     gd, extragradient and optimistic alpha
  A2    = A1 union linspace(0, 1, 50) without 0, sorted       every momentum alpha
  B     = linspace(0, 1, 50) without 1                        |beta|
  THETA = linspace(0, pi, 49)                                 arg beta (complex momentum)
  E     = linspace(0, 1.75, 50)                               extrapolation eta, optimism beta'

Output, next to this script (floats with repr, which round-trips exactly):

  u,<k>,<u_k>
  grid,<name>,<values>                    gd_alpha = A1, momentum_alpha = A2, modulus = B,
                                          phase = THETA, second = E
  eigenvalue,<gamma_max>,<re>,<im>        numpy.linalg.eigvals of the 14x14 Jacobian
  best,<gamma_max>,<method>,<rho>,<rho per evaluation>,<name>=<value>;...   (the first best cell)

Run: python3 spectrum_of_games_reference.py [--protocol]  (about 20 s; --protocol also prints
the best rho on the paper's own grids, which are not nested, for comparison)
"""
import os
import sys

import numpy as np

PAIRS = 7
GAMMA_MAX = (0.0, 0.5, 1.0)

A1 = np.linspace(0, 1.75, 50)[1:]
A2 = np.unique(np.concatenate([A1, np.linspace(0, 1, 50)[1:]]))
B = np.linspace(0, 1, 50)[:-1]
THETA = np.linspace(0, np.pi, 49)
E = np.linspace(0, 1.75, 50)


def u_values():
    np.random.seed(0)
    return np.random.uniform(0, 1, PAIRS)


def scales():
    return np.linspace(1.0 / 4, 4, PAIRS)


def adversarialness(gamma_max):
    np.random.seed(0)
    g = np.random.uniform(0, gamma_max, PAIRS)
    g[0] = 0
    g[-1] = gamma_max
    return g


def blocks(gamma_max):
    a, g = scales(), adversarialness(gamma_max)
    return [np.array([[(1 - g[k]) * a[k], -g[k] * a[k]], [g[k] * a[k], (1 - g[k]) * a[k]]])
            for k in range(PAIRS)]


def jacobian(gamma_max):
    """The 14x14 Jacobian, coordinates ordered (x_1, y_1, x_2, y_2, ...)."""
    h = np.zeros((2 * PAIRS, 2 * PAIRS))
    for k, blk in enumerate(blocks(gamma_max)):
        h[2 * k:2 * k + 2, 2 * k:2 * k + 2] = blk
    return h


def bmat(rows):
    """A batch of block matrices: rows of blocks, each of shape (N, n, n)."""
    return np.concatenate([np.concatenate(r, axis=-1) for r in rows], axis=-2)


def batch(x, m):
    """x[:, None, None] * m: one matrix per hyperparameter value."""
    return np.asarray(x)[:, None, None] * m


def gd(h, alpha):
    i = np.eye(len(h))
    return i - batch(alpha, h)


def heavy_ball(h, alpha, beta):
    i = np.eye(len(h))
    hh = batch(np.ones(len(alpha)), h)
    return bmat([[batch(beta, i), hh], [-batch(alpha * beta, i), i - batch(alpha, h)]])


def complex_momentum(h, alpha, beta):
    i = np.eye(len(h))
    one = np.ones(len(alpha))
    br, bi = beta.real, beta.imag
    return bmat([[batch(br, i), -batch(bi, i), -batch(one, h)],
                 [batch(bi, i), batch(br, i), batch(0 * one, i)],
                 [batch(alpha * br, i), -batch(alpha * bi, i), i - batch(alpha, h)]])


def extragradient(h, alpha, eta):
    i = np.eye(len(h))
    return i - batch(alpha, h) + batch(alpha * eta, h @ h)


def optimistic(h, alpha, optimism):
    i = np.eye(len(h))
    one = np.ones(len(alpha))
    return bmat([[batch(0 * one, i), batch(one, h)],
                 [batch(optimism, i), i - batch(alpha + optimism, h)]])


def radius(m):
    return np.max(np.abs(np.linalg.eigvals(m)), axis=-1)


def best(gamma_max, build, cells):
    """min over cells of max over pairs of rho; cells: one array per hyperparameter."""
    rho = np.zeros(len(cells[0]))
    for blk in blocks(gamma_max):
        for s in range(0, len(rho), 50000):
            rho[s:s + 50000] = np.maximum(rho[s:s + 50000],
                                          radius(build(blk, *(c[s:s + 50000] for c in cells))))
    i = int(np.argmin(rho))
    cell = [c[i:i + 1] for c in cells]
    full = radius(build(jacobian(gamma_max), *cell))[0]
    assert abs(full - rho[i]) <= 1e-12, (full, rho[i])
    return rho[i], [c[0] for c in cell]


def grid(*axes):
    """The cells of a product grid, the last axis fastest: one flat array per axis."""
    return [m.ravel() for m in np.meshgrid(*axes, indexing="ij")]


def methods():
    phases = {"cm-pi/4": THETA[12], "cm-pi/2": THETA[24], "cm-3pi/4": THETA[36]}
    out = [("gd", gd, grid(A1), ("alpha",)),
           ("positive-momentum", heavy_ball, grid(A2, B), ("alpha", "beta")),
           ("negative-momentum", heavy_ball, grid(A2, -B), ("alpha", "beta"))]
    for name, theta in phases.items():
        a, m = grid(A2, B)
        out.append((name, complex_momentum, [a, m * np.exp(1j * theta)], ("alpha", "beta")))
    a, t, m = grid(A2, THETA, B)
    out.append(("cm-best", complex_momentum, [a, m * np.exp(1j * t)], ("alpha", "beta")))
    out.append(("extragradient", extragradient, grid(A1, E), ("alpha", "extrapolation")))
    out.append(("optimistic", optimistic, grid(A1, E), ("alpha", "optimism")))
    return out


def fmt(v):
    """A hyperparameter value in gamedyn's spec syntax (repr digits, so parsing gives the bits)."""
    if np.iscomplexobj(v):
        return f"{float(v.real)!r}{float(v.imag):+}i"
    return repr(float(v))


def protocol():
    """The paper's own grids, not nested, for comparison (printed, not written)."""
    full = np.linspace(0, 1.75, 50)
    unit = np.linspace(0, 1, 50)
    for gamma_max in GAMMA_MAX:
        a, m = grid(unit, unit)
        eta, other = grid(full, full)
        rows = [("gd", gd, grid(full)),
                ("positive-momentum", heavy_ball, [a, m]),
                ("negative-momentum", heavy_ball, [a, -m]),
                ("cm-pi/2", complex_momentum, [a, m * np.exp(0.5j * np.pi)]),
                ("extragradient", extragradient, [eta, other]),
                # w - 2 eta g_t + beta' g_{t-1}: alpha = 2 eta - beta', optimism = beta'
                ("optimistic", optimistic, [2 * eta - other, other])]
        for name, build, cells in rows:
            rho, _ = best(gamma_max, build, cells)
            per_eval = np.sqrt(rho) if name == "extragradient" else rho
            print(f"protocol gamma_max={gamma_max}: {name} rho={float(rho)!r} "
                  f"per evaluation {float(per_eval)!r}")


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "spectrum_of_games_reference.csv")
    lines = [f"# numpy {np.__version__}; generated by spectrum_of_games_reference.py"]
    for k, u in enumerate(u_values()):
        lines.append(f"u,{k},{float(u)!r}")
    for name, values in (("gd_alpha", A1), ("momentum_alpha", A2), ("modulus", B),
                         ("phase", THETA), ("second", E)):
        lines.append(f"grid,{name}," + ",".join(repr(float(v)) for v in values))
    for gamma_max in GAMMA_MAX:
        for z in np.linalg.eigvals(jacobian(gamma_max)):
            lines.append(f"eigenvalue,{gamma_max!r},{float(z.real)!r},{float(z.imag)!r}")
    for gamma_max in GAMMA_MAX:
        for name, build, cells, keys in methods():
            rho, cell = best(gamma_max, build, cells)
            per_eval = np.sqrt(rho) if name == "extragradient" else rho
            values = ";".join(f"{k}={fmt(v)}" for k, v in zip(keys, cell))
            lines.append(f"best,{gamma_max!r},{name},{float(rho)!r},{float(per_eval)!r},{values}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    if "--protocol" in sys.argv:
        protocol()


if __name__ == "__main__":
    main()
