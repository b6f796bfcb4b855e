"""A tour of gamedyn from Python, to read like a notebook and run as a script:

    /usr/bin/python3 python/examples/tour.py

(from the repository root, after `./gamedyn --version` has built the jar once).
"""
import math
import sys
import pathlib

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import gamedyn as gd  # noqa: E402

# %% A game of your own: matching pennies with logits, written in Python.
# Each player minimises its own loss; the losses are recorded once, when the game is built.
def pennies(t):
    p = t.block(0).sigmoid() * 2 - 1
    q = t.block(1).sigmoid() * 2 - 1
    loss = p * q
    return [loss, -loss]


g = gd.Game("my pennies", [("row", 1), ("column", 1)], pennies, strategies="sigmoid",
            actions=("heads", "tails"))

# %% The simultaneous gradient ξ and the game Jacobian Ĥ at the Nash point θ = 0.
print("ξ(0) =", g.gradient([0, 0]))
print("Ĥ(0) =\n", g.jacobian([0, 0]))
print("eigenvalues:", gd.eigenvalues(g, [0, 0]), "->", gd.classify(g, [0, 0]))

# %% Simultaneous gradient descent cycles outwards; complex momentum converges.
for spec in ["gd:alpha=0.5", "complex-momentum:alpha=0.5,beta=0.8@1.2"]:
    run = gd.optimize(g, spec, [1.0, 1.0], steps=400, every=100)
    print(f"{spec:45s} |θ| at steps {run['steps']}: {np.linalg.norm(run['points'], axis=1)}")

# %% A finite-time Lyapunov exponent landscape over the probability plane (computed in Java,
# over batches of starts: a game defined in Python costs what a Java one costs).
s, t, ftle = gd.ftle(g, learning_rate=1, horizon=50, cells=50)
print(f"FTLE over {ftle.shape}: from {ftle.min():.4f} to {ftle.max():.4f}")

# %% Batched derivatives: ξ at 10 000 points in one call.
points = np.random.default_rng(0).normal(size=(10_000, 2))
xi = g.gradients(points)
print("ξ at 10 000 points:", xi.shape, "first", xi[0])

# %% Generalized Ridge Rider on the zoo's small IPD: defection and cooperation.
tree = gd.grr("small-ipd", learningRate=10.0, horizon=20, restarts=2, seed=1)
for c in tree["clusters"]:
    print("cluster", c["index"], c["reading"], "members", c["members"])

# %% The full IPD at tit-for-tat against itself: per-step losses of mutual cooperation.
ipd = gd.zoo("ipd:scaled=true")
tft1 = [40, 40, -40, 40, -40]   # P(C): start, after CC, CD, DC, DD (player 1)
tft2 = [40, 40, 40, -40, -40]   # player 2 (joint actions ordered player 1, player 2)
print("IPD losses at TFT vs TFT:", ipd.losses(tft1 + tft2), "(mutual cooperation costs 1)")
assert math.isclose(ipd.losses(tft1 + tft2)[0], 1.0, rel_tol=1e-12)
