"""gamedyn from Python: the dynamics of learning in differentiable games.

Games (the zoo's, or your own with losses written in Python), their exact simultaneous gradient
ξ, game Jacobian Ĥ, spectra and fixed points, the optimisers of the literature, finite-time
Lyapunov exponent landscapes and Generalized Ridge Rider — numpy arrays in and out, the work done
by the Java library through JPype. A game's losses are recorded once, when it is built, so a game
defined in Python runs exactly as fast as one defined in Java.

>>> import gamedyn as gd
>>> g = gd.zoo("matching-pennies")
>>> gd.eigenvalues(g, [0, 0])          # a rotational Nash point: ±0.25i
array([0.+0.25j, 0.-0.25j])

Supported: Python 3.11 (Debian bookworm), JPype 1.4, numpy 1.24, a JDK or JRE 17.
"""
import json

import numpy as np

from . import _jvm
from .losses import Tape, Tensor, concat_columns, concat_rows

__all__ = ["Game", "Tape", "Tensor", "concat_rows", "concat_columns", "zoo", "games",
           "eigenvalues", "eigenpairs", "fixed_point", "classify", "optimize",
           "spectral_radius", "ftle", "grr", "ftle_figure", "phase_portrait",
           "spectrum_figure"]


class Game:
    """A differentiable game: players owning blocks of ω, each minimising its own loss.

    Either wrap a zoo game (:func:`zoo`) or define one::

        def tandem(t):
            x, y = t.block(0), t.block(1)
            s = (x + y).square()
            return [s - 2 * x, s - 2 * y]

        g = gd.Game("tandem", [("x", 1), ("y", 1)], tandem, default_point=[0.5, 0.5])

    ``strategies="sigmoid"`` (one logit per player, P(first action) = σ(θ)) or
    ``strategies=("softmax", ["R", "P", "S"])`` say what the parameters mean, so that
    probability-plane landscapes work; ``actions`` names the two actions of a sigmoid map.
    """

    def __init__(self, name, players=None, losses=None, default_point=None, strategies=None,
                 actions=("C", "D"), *, java=None):
        if java is not None:
            self._g = java
            return
        if not players or losses is None:
            raise ValueError("a game needs players, a list of (name, size), and losses, a "
                             "function of a Tape returning one scalar Tensor per player")
        import jpype
        Var = _jvm.java("core.ad.Var")

        @jpype.JImplements(_jvm.java("core.ad.LossFunction"))
        class _Losses:
            @jpype.JOverride
            def evaluate(self, tape):
                out = losses(Tape(tape))
                for k, loss in enumerate(out):
                    if not isinstance(loss, Tensor):
                        raise TypeError(f"loss {k} of game {name} is a {type(loss).__name__}; "
                                        "allowed: a Tensor")
                return jpype.JArray(Var)([loss._v for loss in out])

        b = _jvm.java("core.game.Game").builder(name)
        for player, size in players:
            b.player(player, int(size))
        b.losses(_Losses())
        if default_point is not None:
            b.defaultPoint(_jvm.doubles(default_point))
        if strategies is not None:
            StrategyMap = _jvm.java("core.game.StrategyMap")
            if strategies == "sigmoid":
                b.strategyMap(StrategyMap.sigmoid(actions[0], actions[1]))
            elif isinstance(strategies, tuple) and strategies[0] == "softmax":
                b.strategyMap(StrategyMap.softmax(*[str(a) for a in strategies[1]]))
            else:
                raise ValueError(f"strategies = {strategies!r}; allowed: 'sigmoid' or "
                                 "('softmax', [action names])")
        self._g = b.build()

    # description ------------------------------------------------------------------------------
    @property
    def name(self):
        return str(self._g.name())

    @property
    def dimension(self):
        return int(self._g.dimension())

    @property
    def players(self):
        """(name, offset, size) per player."""
        return [(str(p.name()), int(p.offset()), int(p.size())) for p in self._g.players()]

    @property
    def default_point(self):
        return _jvm.numpy(self._g.defaultPoint())

    @property
    def java(self):
        """The Java ``Game``, for anything the Python layer does not wrap."""
        return self._g

    def __repr__(self):
        return f"Game({self.name!r}, dimension {self.dimension})"

    # derivatives at one point ------------------------------------------------------------------
    def losses(self, w):
        return _jvm.numpy(self._g.losses(self._point(w)))

    def gradient(self, w):
        """The simultaneous gradient ξ(ω) = (∇_{θ_i} L_i)_i."""
        return _jvm.numpy(self._g.simultaneousGradient(self._point(w)))

    def jacobian(self, w):
        """The game Jacobian Ĥ(ω) = ∇_ω ξ, d × d."""
        d = self.dimension
        return _jvm.numpy(self._g.jacobian(self._point(w)).getData(), (d, d))

    def jvp(self, w, v):
        """Ĥ(ω) v."""
        return _jvm.numpy(self._g.jacobianVectorProduct(self._point(w), self._point(v)))

    def vjp(self, w, v):
        """vᵀ Ĥ(ω), as a vector."""
        return _jvm.numpy(self._g.vectorJacobianProduct(self._point(w), self._point(v)))

    # batches -------------------------------------------------------------------------------------
    def gradients(self, points):
        """ξ at each row of ``points`` (n × d), in one pass of the traced program over lanes."""
        p = self._rows(points)
        out = _jvm.doubles(np.zeros(p.size))
        self._g.simultaneousGradients(p.shape[0], _jvm.doubles(p), out)
        return _jvm.numpy(out, p.shape)

    def jvps(self, points, directions):
        """Ĥ(ω_b) v_b for each row b of ``points`` and ``directions`` (n × d each)."""
        p = self._rows(points)
        v = self._rows(directions)
        if v.shape != p.shape:
            raise ValueError(f"directions has shape {v.shape}; allowed: {p.shape}, like points")
        out = _jvm.doubles(np.zeros(p.size))
        self._g.jacobianVectorProducts(p.shape[0], _jvm.doubles(p), _jvm.doubles(v), out, None)
        return _jvm.numpy(out, p.shape)

    def jacobians(self, points):
        """Ĥ at each row of ``points``: an n × d × d array."""
        p = self._rows(points)
        d = self.dimension
        out = _jvm.doubles(np.zeros(p.shape[0] * d * d))
        self._g.jacobians(p.shape[0], _jvm.doubles(p), out)
        return _jvm.numpy(out, (p.shape[0], d, d))

    def linearize(self, w):
        """The derivatives at ω for many products (see :class:`Linearization`)."""
        return Linearization(self._g.linearize(self._point(w)), self.dimension)

    # helpers -----------------------------------------------------------------------------------
    def _point(self, w):
        a = np.asarray(w, dtype=np.float64).ravel()
        if a.size != self.dimension:
            raise ValueError(f"point has {a.size} entries; game {self.name} has dimension "
                             f"{self.dimension}")
        return _jvm.doubles(a)

    def _rows(self, x):
        a = np.asarray(x, dtype=np.float64)
        if a.ndim != 2 or a.shape[1] != self.dimension:
            raise ValueError(f"array has shape {a.shape}; allowed: (n, {self.dimension})")
        return np.ascontiguousarray(a)


class Linearization:
    """A game linearised at ω: products Ĥv, vᵀĤ cost only the linear part of the program."""

    def __init__(self, java, dimension):
        self._l = java
        self._d = dimension

    def gradient(self):
        return _jvm.numpy(self._l.simultaneousGradient())

    def jvp(self, v):
        return _jvm.numpy(self._l.jacobianVectorProduct(_jvm.doubles(v)))

    def vjp(self, v):
        return _jvm.numpy(self._l.vectorJacobianProduct(_jvm.doubles(v)))

    def jacobian(self):
        return _jvm.numpy(self._l.jacobian().getData(), (self._d, self._d))


def zoo(spec):
    """A game of the zoo by spec, ``NAME[:key=value,...]``, e.g. ``"ipd:gamma=0.9"``."""
    return Game(None, java=_jvm.java("zoo.GameRegistry").create(spec))


def games():
    """The zoo's game names."""
    return [str(e.name()) for e in _jvm.java("zoo.GameRegistry").entries()]


def _as_game(game):
    return game if isinstance(game, Game) else zoo(game)


def eigenpairs(game, w):
    """Eigenvalues of Ĥ(ω) (one per real eigenvalue and conjugate pair, Im λ ≥ 0) and their
    eigenvectors in canonical phase, as (complex array, list of complex vectors)."""
    g = _as_game(game)
    h = g.java.jacobian(g._point(w))
    pairs = _jvm.java("core.linalg.Spectra").defaultSolver().decompose(h).eigenpairs()
    values = np.array([complex(p.value().getReal(), p.value().getImaginary()) for p in pairs])
    vectors = [_jvm.numpy(p.re()) + 1j * _jvm.numpy(p.im()) for p in pairs]
    return values, vectors


def eigenvalues(game, w):
    """All eigenvalues of Ĥ(ω), conjugates included, by decreasing real part."""
    g = _as_game(game)
    h = g.java.jacobian(g._point(w))
    values = _jvm.java("core.linalg.Spectra").defaultSolver().eigenvalues(h)
    return np.array([complex(z.getReal(), z.getImaginary()) for z in values])


def fixed_point(game, start=None):
    """Newton's method on ξ from ``start`` (the default point if None): the point and ‖ξ‖ there,
    or None if it does not converge."""
    g = _as_game(game)
    x0 = g.default_point if start is None else start
    r = _jvm.java("core.equilibrium.NewtonFixedPointSolver")().solve(g.java, g._point(x0))
    if not r.converged():
        return None
    return _jvm.numpy(r.point()), float(r.gradientNorm())


def classify(game, w):
    """The classification of ω for the gradient flow: stable, unstable, saddle, rotational or
    degenerate (by the eigenvalues of Ĥ)."""
    g = _as_game(game)
    values = _jvm.java("core.linalg.Spectra").defaultSolver().eigenvalues(g.java.jacobian(g._point(w)))
    return str(_jvm.java("core.equilibrium.Classification").of(values).label())


def optimize(game, optimizer, start, steps, every=1):
    """Runs an optimiser spec of ``gamedyn optimizers`` from ``start`` for ``steps`` steps.

    Returns a dict: ``steps`` (the recorded step numbers), ``points`` (one row per recorded
    step), ``losses``, ``gradient_norms``, ``diverged`` and, when it diverged, ``divergence``
    (the step, player, reason and last finite state).
    """
    g = _as_game(game)
    spec = _jvm.java("momentum.OptimizerSpec").parse(optimizer)
    run = _jvm.java("momentum.TrajectoryRecorder")(int(every)).run(
        spec.create(g.java, g._point(start)), int(steps), None)
    points = run.trajectory()
    out = {
        "steps": np.array([int(p.step()) for p in points]),
        "points": np.array([_jvm.numpy(p.parameters()) for p in points]),
        "losses": np.array([_jvm.numpy(p.losses()) for p in points]),
        "gradient_norms": np.array([float(p.gradientNorm()) for p in points]),
        "diverged": bool(run.divergence().isPresent()),
    }
    if out["diverged"]:
        d = run.divergence().get()
        out["divergence"] = {"step": int(d.step()), "player": str(d.playerName()),
                             "reason": str(d.reason()),
                             "last_finite_state": _jvm.numpy(d.lastFiniteState())}
    return out


def spectral_radius(game, optimizer, fixed_point):
    """ρ of the optimiser's update (parameters and buffers) linearised at a fixed point, and ρ
    per gradient evaluation."""
    g = _as_game(game)
    spec = _jvm.java("momentum.OptimizerSpec").parse(optimizer)
    rate = _jvm.java("momentum.LinearisedAnalysis").at(g.java, spec, g._point(fixed_point))
    return float(rate.spectralRadius()), float(rate.radiusPerEvaluation())


def ftle(game, learning_rate, horizon, cells=100, plane=None, threads=None):
    """The finite-time Lyapunov exponent of simultaneous gradient descent over a grid of starts
    (transported-vector estimate, u₀ = (1, …, 1)/√d), computed in Java over batches of starts.

    ``plane=None`` is the probability plane P₁, P₂ ∈ [0.02, 0.98] of a game whose strategy map
    has one logit per player; otherwise ``plane = (origin, u, v, span)`` is the plane
    origin + s·u + t·v, s, t ∈ [−span, span]. Returns (s values, t values, values), values[j, i]
    at column i, row j; NaN where the run diverged.
    """
    g = _as_game(game)
    lyap = "core.lyapunov."
    if plane is None:
        grid = _jvm.java(lyap + "ProbabilityGrid")(0.02, 0.98, int(cells))
        axis = np.array([float(grid.probability(i)) for i in range(cells)])
        s, t = axis, axis
    else:
        origin, u, v, span = plane
        grid = _jvm.java(lyap + "PlaneGrid")(g._point(origin), g._point(u), g._point(v),
                                             -float(span), float(span), int(cells),
                                             -float(span), float(span), int(cells))
        s = t = np.linspace(-span, span, cells)
    d = g.dimension
    estimator = _jvm.java(lyap + "TransportedVectorEstimator")(_jvm.doubles(np.ones(d)))
    gd_map = _jvm.java("core.dynamics.GradientDescentMap")(g.java, float(learning_rate))
    import os
    n = threads or os.cpu_count() or 1
    landscape = estimator.landscape(gd_map, grid, int(horizon), int(n))
    return s, t, _jvm.numpy(landscape.values(), (cells, cells))


def grr(game, **options):
    """Generalized Ridge Rider on ``game``; the tree as a dict (the JSON of ``gamedyn grr``).

    Options start from ``GrrOptions.defaults()`` and are its settings by their Java names, applied
    in the order given: ``learningRate`` (gradient descent as the search's map and the follower),
    ``clusterTolerance``, ``depth``, and those of its stages: search (``map``, ``method``,
    ``horizon``, ``restarts``, ``seed``, ``startScale``, ``bound``, ``iterations``,
    ``jacobianFloor``), refinement (``fixedPointBound``, ``radius``, ``duplicateTolerance``),
    branching (``maxBranches``, ``perturbation``, ``rideSteps``) and following (``optimizer``,
    ``steps``, ``tolerance``). ``map`` and ``optimizer`` are optimiser specs as text, ``method``
    is ``"gradient-ascent"`` or ``"nelder-mead"``, e.g.
    ``grr(g, learningRate=10, horizon=20, restarts=4, seed=1)``.
    """
    g = _as_game(game)
    grr_pkg = "ridge.grr."
    o = _jvm.java(grr_pkg + "GrrOptions").defaults()
    for key, value in options.items():
        wither = "with" + key[0].upper() + key[1:]
        if key in ("map", "optimizer"):
            value = _jvm.java("momentum.OptimizerSpec").parse(str(value))
        elif key == "method":
            value = _jvm.java(grr_pkg + "GrrOptions$Search$Method").valueOf(
                str(value).upper().replace("-", "_"))
        if key in ("learningRate", "clusterTolerance", "depth"):
            o = getattr(o, wither)(value)
            continue
        for stage in ("search", "refinement", "branching", "following"):
            part = getattr(o, stage)()
            if hasattr(part, wither):
                o = getattr(o, "with" + stage.capitalize())(getattr(part, wither)(value))
                break
        else:
            raise ValueError(f"GRR option {key!r} is unknown")
    tree = _jvm.java(grr_pkg + "GeneralizedRidgeRider")(o).run(g.java)
    return json.loads(str(_jvm.java(grr_pkg + "GrrTreeJson").toJson(tree)))


# figures --------------------------------------------------------------------------------------------

def _plane(g, plane):
    """The Java Plane: the probability plane of the game's strategy map, or an affine plane
    ``(origin, u, v, span)`` of ω."""
    Plane = _jvm.java("plots.figures.Plane")
    if plane is None:
        return Plane.probabilities(g.java)
    origin, u, v, span = plane
    return Plane.affine(g._point(origin), g._point(u), g._point(v), -float(span), float(span),
                        -float(span), float(span))


def _axis(plane, cells):
    return (0.02, 0.98) if plane is None else (-float(plane[3]), float(plane[3]))


def _write(result, out, name):
    import pathlib
    directory = pathlib.Path(out)
    result.write(_jvm.java_path(directory), str(name))
    return {ext: directory / f"{name}.{ext}" for ext in ("png", "svg", "csv", "json")}


def ftle_figure(game, learning_rate, horizon, out, name="ftle", cells=100, plane=None,
                title=None):
    """An FTLE heat map of simultaneous gradient descent over the probability plane (or an
    affine plane of ω, as in :func:`ftle`), written as PNG, SVG, CSV and JSON into ``out``;
    returns the paths."""
    g = _as_game(game)
    p = _plane(g, plane)
    lo, hi = _axis(plane, cells)
    axis = _jvm.java("plots.figures.Plane").range(lo, hi, int(cells))
    gd_map = _jvm.java("core.dynamics.GradientDescentMap")(g.java, float(learning_rate))
    heat = _jvm.java("plots.figures.HeatMap").ftle(p, gd_map, int(horizon), axis, axis)
    return _write(heat.figure(title or f"{g.name}: FTLE, α = {learning_rate}, K = {horizon}"),
                  out, name)


def phase_portrait(game, learning_rate, out, name="phase", arrows=15, starts=(), steps=100,
                   plane=None, title=None):
    """The vector field of simultaneous gradient descent and trajectories from ``starts``
    (plane coordinates (s, t)), written into ``out``; returns the paths."""
    import jpype
    g = _as_game(game)
    p = _plane(g, plane)
    gd_map = _jvm.java("core.dynamics.GradientDescentMap")(g.java, float(learning_rate))
    rows = jpype.JArray(jpype.JDouble, 2)([[float(a), float(b)] for a, b in starts])
    portrait = _jvm.java("plots.figures.PhasePortrait").compute(p, gd_map, int(arrows), rows,
                                                                 int(steps))
    return _write(portrait.figure(title or f"{g.name}: gradient descent, α = {learning_rate}"),
                  out, name)


def spectrum_figure(game, w, out, name="spectrum", title=None):
    """The eigenvalues of Ĥ(ω) in the complex plane, written into ``out``; returns the paths."""
    g = _as_game(game)
    values = _jvm.java("core.linalg.Spectra").defaultSolver().eigenvalues(g.java.jacobian(g._point(w)))
    plot = _jvm.java("plots.figures.SpectrumPlot").of(g.name, values)
    return _write(plot.figure(title or f"{g.name}: eigenvalues of the game Jacobian"), out, name)
