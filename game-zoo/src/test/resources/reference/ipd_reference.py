"""Independent reference values for the IPD games of gamedyn's zoo (IteratedPrisonersDilemma,
SmallIpd, MixedIpdPennies).

Derivation (independent of the Java tape): with a = sigma(theta_1), b = sigma(theta_2),
p0 = (a0 b0, a0(1-b0), (1-a0) b0, (1-a0)(1-b0)), P[s] = (a_s b_s, a_s(1-b_s), (1-a_s) b_s,
(1-a_s)(1-b_s)) for s = CC, CD, DC, DD, M = I - gamma P and V_i = p0^T M^{-1} r_i:

    dV_i/dq = (dp0/dq)^T M^{-1} r_i + gamma p0^T M^{-1} (dP/dq) M^{-1} r_i

for every cooperation probability q, then the chain rule to the logits (dsigma = sigma(1-sigma)).
The simultaneous gradient xi = (dL_1/dtheta_1, dL_2/dtheta_2), L_i = -scale V_i, comes from this
formula; it is checked against complex-step differentiation of the losses (exact to rounding,
no subtractive cancellation), and the Jacobian of xi is the complex-step derivative of the
analytic gradient (which is complex-analytic in theta).

Run:  python3 ipd_reference.py > ipd_reference.csv   (numpy only; deterministic)
Columns: case, quantity (w, loss, xi, jacobian row-major), index, value.
"""
import numpy as np

R1 = np.array([-1.0, -3.0, 0.0, -2.0])
R2 = np.array([-1.0, 0.0, -3.0, -2.0])


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def chain(a, b):
    """p0, P of the Markov chain of joint actions for cooperation probabilities a, b (length 5)."""
    p0 = np.array([a[0] * b[0], a[0] * (1 - b[0]), (1 - a[0]) * b[0], (1 - a[0]) * (1 - b[0])])
    P = np.stack([np.array([a[s] * b[s], a[s] * (1 - b[s]), (1 - a[s]) * b[s],
                            (1 - a[s]) * (1 - b[s])]) for s in range(1, 5)])
    return p0, P


def values(a, b, gamma):
    p0, P = chain(a, b)
    M = np.eye(4) - gamma * P
    return np.array([p0 @ np.linalg.solve(M, R1), p0 @ np.linalg.solve(M, R2)])


def value_gradients(a, b, gamma):
    """dV_i/da (5) and dV_i/db (5) for i = 1, 2, by the formula in the module docstring."""
    p0, P = chain(a, b)
    M = np.eye(4) - gamma * P
    u = [np.linalg.solve(M, R1), np.linalg.solve(M, R2)]      # M^{-1} r_i
    z = np.linalg.solve(M.T, p0)                                # M^{-T} p0
    da = np.zeros((2, 5), dtype=complex)
    db = np.zeros((2, 5), dtype=complex)
    for i in range(2):
        # round one: p0 depends on a0, b0
        da[i, 0] = np.array([b[0], 1 - b[0], -b[0], -(1 - b[0])]) @ u[i]
        db[i, 0] = np.array([a[0], -a[0], 1 - a[0], -(1 - a[0])]) @ u[i]
        for s in range(1, 5):
            # only row s-1 of P depends on a_s, b_s
            row_a = np.array([b[s], 1 - b[s], -b[s], -(1 - b[s])])
            row_b = np.array([a[s], -a[s], 1 - a[s], -(1 - a[s])])
            da[i, s] = gamma * z[s - 1] * (row_a @ u[i])
            db[i, s] = gamma * z[s - 1] * (row_b @ u[i])
    return da, db


class FullIpd:
    dim = 10

    def __init__(self, gamma, scaled):
        self.gamma = gamma
        self.scale = (1 - gamma) if scaled else 1.0

    def losses(self, w):
        return -self.scale * values(sigmoid(w[:5]), sigmoid(w[5:]), self.gamma)

    def xi(self, w):
        a, b = sigmoid(w[:5]), sigmoid(w[5:])
        da, db = value_gradients(a, b, self.gamma)
        return -self.scale * np.concatenate([da[0] * a * (1 - a), db[1] * b * (1 - b)])


class SmallIpd:
    dim = 2
    gamma = 0.9
    f = 1.0 / (1.0 + np.exp(3.0))
    # positions of x_1 in player 1's policy and of x_2 in player 2's (start, CC, CD, DC, DD)
    own1 = [0, 1, 3]
    own2 = [0, 1, 2]

    def policies(self, w):
        x1, x2 = sigmoid(w[0]), sigmoid(w[1])
        f = self.f
        return np.array([x1, x1, f, x1, f]), np.array([x2, x2, x2, f, f])

    def losses(self, w):
        a, b = self.policies(w)
        return -(1 - self.gamma) * values(a, b, self.gamma)

    def xi(self, w):
        a, b = self.policies(w)
        da, db = value_gradients(a, b, self.gamma)
        x1, x2 = sigmoid(w[0]), sigmoid(w[1])
        g1 = da[0][self.own1].sum() * x1 * (1 - x1)
        g2 = db[1][self.own2].sum() * x2 * (1 - x2)
        return -(1 - self.gamma) * np.array([g1, g2])


class Mixed:
    dim = 2

    def __init__(self, weight):
        self.weight = weight
        self.ipd = SmallIpd()

    def losses(self, w):
        pennies = (2 * sigmoid(w[0]) - 1) * (2 * sigmoid(w[1]) - 1)
        return self.weight * np.array([pennies, -pennies]) + (1 - self.weight) * self.ipd.losses(w)

    def xi(self, w):
        p, q = sigmoid(w[0]), sigmoid(w[1])
        pennies = np.array([2 * p * (1 - p) * (2 * q - 1), -(2 * p - 1) * 2 * q * (1 - q)])
        return self.weight * pennies + (1 - self.weight) * self.ipd.xi(w)


def complex_step(f, w, k, h=1e-30):
    x = w.astype(complex)
    x[k] += 1j * h
    return np.imag(f(x)) / h


def player_of(game, k):
    return 0 if k < game.dim // 2 else 1


def main():
    rng = np.random.default_rng(20220509)
    cases = []
    for scaled in (False, True):
        game = FullIpd(0.96, scaled)
        for j in range(3):
            cases.append((f"ipd-{'scaled' if scaled else 'unscaled'}-{j}", game,
                          rng.normal(0.0, 1.5, 10)))
    for j in range(3):
        cases.append((f"small-ipd-{j}", SmallIpd(), rng.uniform(-3, 3, 2)))
    for j in range(3):
        cases.append((f"mixed-ipd-pennies-{j}", Mixed(0.25), rng.uniform(-3, 3, 2)))

    print("case,quantity,index,value")
    for name, game, w in cases:
        losses = np.real(game.losses(w.astype(complex)))
        xi = np.real(game.xi(w.astype(complex)))
        for k in range(game.dim):
            # the analytic formula against complex-step differentiation of the own loss
            cs = complex_step(game.losses, w, k)[player_of(game, k)]
            assert abs(cs - xi[k]) <= 1e-13 * max(1.0, abs(xi[k])), (name, k, cs, xi[k])
        jac = np.array([complex_step(game.xi, w, k) for k in range(game.dim)]).T
        for quantity, data in (("w", w), ("loss", losses), ("xi", xi), ("jacobian", jac.ravel())):
            for i, v in enumerate(data):
                print(f"{name},{quantity},{i},{float(v)!r}")


if __name__ == "__main__":
    main()
