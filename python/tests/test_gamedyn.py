"""The Python package against the Java library: the same game defined in Python and in Java
gives the same derivatives (to 1e-13) and the same landscapes (bit for bit), since both run the
same traced program."""
import jpype
import numpy as np
import pytest

import gamedyn as gd

R1 = [-1.0, -3.0, 0.0, -2.0]
R2 = [-1.0, 0.0, -3.0, -2.0]


def java_sigmoid(t):
    # the Java zoo computes σ(φ) with Java's Math.exp: the same bits here
    gd._jvm.start()
    return 1 / (1 + float(jpype.JClass("java.lang.Math").exp(-t)))


def ipd_losses(t, a, abar, b, bbar, gamma, scaled):
    """The memory-one IPD's losses, written as the zoo writes them."""
    p0 = gd.concat_rows(a[0] * b[0], a[0] * bbar[0], abar[0] * b[0], abar[0] * bbar[0])
    as_, abars, bs, bbars = a[1:5], abar[1:5], b[1:5], bbar[1:5]
    transition = gd.concat_columns(as_ * bs, as_ * bbars, abars * bs, abars * bbars)
    system = t.constant(np.eye(4)) - transition * gamma
    occupancy = system.T.solve(p0)
    scale = 1 - gamma if scaled else 1
    return [(occupancy * t.constant(R1)).sum() * -scale,
            (occupancy * t.constant(R2)).sum() * -scale]


def small_ipd(gamma=0.9, phi=-3.0):
    """The GRR paper's 2-D IPD, defined in Python."""
    f, fbar = java_sigmoid(phi), java_sigmoid(-phi)

    def losses(t):
        x1, x2 = t.block(0), t.block(1)
        c1, d1, c2, d2 = x1.sigmoid(), (-x1).sigmoid(), x2.sigmoid(), (-x2).sigmoid()
        cf, cfbar = t.constant(f), t.constant(fbar)
        return ipd_losses(t, gd.concat_rows(c1, c1, cf, c1, cf),
                          gd.concat_rows(d1, d1, cfbar, d1, cfbar),
                          gd.concat_rows(c2, c2, c2, cf, cf),
                          gd.concat_rows(d2, d2, d2, cfbar, cfbar), gamma, True)

    return gd.Game("small-ipd (Python)", [("player 1", 1), ("player 2", 1)], losses,
                   strategies="sigmoid")


def test_a_python_game_has_the_java_games_derivatives():
    py, java = small_ipd(), gd.zoo("small-ipd")
    rng = np.random.default_rng(3)
    for w in rng.uniform(-4, 4, size=(20, 2)):
        v = rng.uniform(-1, 1, size=2)
        for what in ("losses", "gradient", "jacobian"):
            expect = getattr(java, what)(w)
            np.testing.assert_allclose(getattr(py, what)(w), expect, rtol=1e-13,
                                       atol=1e-13 * np.abs(expect).max(), err_msg=what)
        np.testing.assert_allclose(py.jvp(w, v), java.jvp(w, v), rtol=1e-13, atol=1e-16)
        np.testing.assert_allclose(py.vjp(w, v), java.vjp(w, v), rtol=1e-13, atol=1e-16)


def test_a_python_landscape_equals_the_java_one_bit_for_bit():
    s, t, py = gd.ftle(small_ipd(), 10, 50, cells=40)
    s2, t2, java = gd.ftle("small-ipd", 10, 50, cells=40)
    assert np.array_equal(s, s2) and np.array_equal(t, t2)
    assert np.array_equal(py, java)
    assert np.isfinite(py).all() and py.max() > 0 > py.min()


def test_batches_match_one_point_at_a_time():
    g = small_ipd()
    rng = np.random.default_rng(4)
    w = rng.uniform(-3, 3, size=(300, 2))
    v = rng.uniform(-1, 1, size=(300, 2))
    np.testing.assert_allclose(g.gradients(w), [g.gradient(x) for x in w], rtol=1e-12,
                               atol=1e-15)
    np.testing.assert_allclose(g.jvps(w, v), [g.jvp(x, y) for x, y in zip(w, v)],
                               rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(g.jacobians(w[:7]), [g.jacobian(x) for x in w[:7]],
                               rtol=1e-12, atol=1e-15)
    lin = g.linearize(w[0])
    np.testing.assert_allclose(lin.jvp(v[0]), g.jvp(w[0], v[0]), rtol=1e-13, atol=1e-16)
    np.testing.assert_allclose(lin.jacobian(), g.jacobian(w[0]), rtol=1e-13, atol=1e-16)


def test_analysis_optimisers_and_grr_from_python():
    pennies = gd.zoo("matching-pennies")
    np.testing.assert_allclose(gd.eigenvalues(pennies, [0, 0]), [0.25j, -0.25j], atol=1e-15)
    assert gd.classify(pennies, [0, 0]) == "rotational"
    point, norm = gd.fixed_point(gd.zoo("dirac-gan"), [0.3, -0.2])
    np.testing.assert_allclose(point, [0, 0], atol=1e-9)
    rho, per = gd.spectral_radius("dirac-gan", "complex-momentum:alpha=0.1,beta=0.9@0.3927",
                                  [0, 0])
    assert rho == pytest.approx(0.98569, abs=5e-6) and per == rho
    run = gd.optimize("dirac-gan", "complex-momentum:alpha=0.1,beta=0.9@0.3927", [1, 1], 2000,
                      every=100)
    assert not run["diverged"] and run["points"].shape == (21, 2)
    assert np.linalg.norm(run["points"][-1]) < 1e-9
    tree = gd.grr(small_ipd(), learningRate=10.0, horizon=20, restarts=2, seed=1)
    features = [c["features"] for c in tree["clusters"]]
    assert any(min(f) > 0.99 for f in features) and any(max(f) < 0.05 for f in features)
    assert tree["options"]["search"]["horizon"] == 20
    assert tree["options"]["following"]["optimizer"] == "gd:alpha=10.0,schedule=simultaneous"
    searched = gd.grr(small_ipd(), restarts=1, iterations=5, method="nelder-mead",
                      map="heavy-ball:alpha=5,beta=0.5", perturbation=0.1, steps=100)
    assert searched["options"]["search"]["method"] == "nelder-mead"
    assert searched["options"]["branching"]["perturbation"] == 0.1
    with pytest.raises(ValueError, match="GRR option 'horizn' is unknown"):
        gd.grr(small_ipd(), horizn=3)


def test_bad_input_is_named():
    g = small_ipd()
    with pytest.raises(ValueError, match="point has 3 entries; game small-ipd \\(Python\\) has "
                                         "dimension 2"):
        g.gradient([1, 2, 3])
    with pytest.raises(ValueError, match="allowed: \\(n, 2\\)"):
        g.gradients(np.zeros((4, 3)))
    with pytest.raises(ValueError, match="a game needs players"):
        gd.Game("empty")
    with pytest.raises(Exception, match="loss 1 of game odd is a float"):
        gd.Game("odd", [("a", 1), ("b", 1)], lambda t: [t.block(0).sum(), 1.0])


def test_the_tour_runs(capsys):
    import runpy
    import pathlib
    runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "examples" / "tour.py"),
                   run_name="__main__")
    out = capsys.readouterr().out
    assert "-> rotational" in out and "mutual cooperation costs 1" in out


def test_the_readme_example_runs():
    import pathlib
    import re
    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) == 1, "README.md should hold one Python example"
    scope = {}
    exec(compile(blocks[0], "README.md", "exec"), scope)
    assert scope["g"].name == "my pennies" and scope["values"].shape == (200, 200)


def test_figures_of_a_python_game_are_written(tmp_path):
    g = small_ipd()
    paths = gd.ftle_figure(g, 10, 50, tmp_path, name="ipd-ftle", cells=30)
    for p in paths.values():
        assert p.is_file() and p.stat().st_size > 0
    table = np.genfromtxt(paths["csv"], names=True, delimiter=",")
    _, _, values = gd.ftle(g, 10, 50, cells=30)
    # the figure's cells are the landscape's values, column by column
    np.testing.assert_array_equal(np.sort(table[table.dtype.names[-1]]), np.sort(values.ravel()))
    assert gd.phase_portrait(g, 10, tmp_path, starts=[(0.3, 0.6)])["png"].is_file()
    assert gd.spectrum_figure("matching-pennies", [0, 0], tmp_path)["csv"].is_file()
