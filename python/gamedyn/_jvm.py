"""Starting the JVM that runs gamedyn, and looking up its classes.

gamedyn's Java packages live under ``io.github.gamedyn``; ``io`` is also Python's standard
``io`` module, so ``from io.github...`` cannot work. Classes are looked up by name here and
nowhere else, so users never meet the clash.
"""
import os
import pathlib

import jpype

_PACKAGE = "io.github.gamedyn."
# Debian's python3-jpype ships its support classes outside the Python package.
_JPYPE_SUPPORT = [pathlib.Path("/usr/share/java/org.jpype.jar")]


def jar_path():
    """The gamedyn jar: $GAMEDYN_JAR, else plots/target/gamedyn.jar of this checkout."""
    env = os.environ.get("GAMEDYN_JAR")
    if env:
        return pathlib.Path(env)
    return pathlib.Path(__file__).resolve().parents[2] / "plots" / "target" / "gamedyn.jar"


def start():
    """Starts the JVM once, with the gamedyn jar on its class path."""
    if jpype.isJVMStarted():
        return
    jar = jar_path()
    if not jar.is_file():
        raise RuntimeError(
            f"gamedyn: the jar {jar} is missing; build it from the repository root with "
            "`./gamedyn --version` (or `mvn -B -q -DskipTests package -pl plots -am`), "
            "or set GAMEDYN_JAR to a built gamedyn.jar")
    classpath = [str(p) for p in _JPYPE_SUPPORT if p.is_file()] + [str(jar)]
    jpype.startJVM("-Djava.awt.headless=true", classpath=classpath, convertStrings=True)


def java(name):
    """The Java class ``io.github.gamedyn.<name>``, e.g. ``java("core.game.Game")``."""
    start()
    return jpype.JClass(_PACKAGE + name)


def doubles(x):
    """A Java double[] holding the values of an array-like (copied)."""
    start()
    import numpy as np
    a = np.ascontiguousarray(np.asarray(x, dtype=np.float64).ravel())
    return jpype.JArray(jpype.JDouble)(a)


def numpy(java_array, shape=None):
    """A numpy copy of a Java double[]."""
    import numpy as np
    a = np.array(java_array, dtype=np.float64)
    return a if shape is None else a.reshape(shape)


def java_path(p):
    """A java.nio.file.Path of a Python path."""
    start()
    return jpype.JClass("java.nio.file.Path").of(str(p), [])
