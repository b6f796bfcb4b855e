"""Writing a game's losses in Python, over the same tensor operations as Java's ``Var``.

A loss function takes a :class:`Tape` and returns one scalar :class:`Tensor` per player. It is
called once, when the game is built: the engine records the operations into a program and runs
that program from then on, so the Python function costs nothing afterwards. It must not branch
on values (the same rule as in Java).
"""
import numbers

import numpy as np

from . import _jvm


class Tensor:
    """A dense real tensor of the losses (vectors are columns, scalars 1×1): a Java ``Var``.

    Arithmetic ``+ - * /`` is elementwise (a 1×1 operand or a 1×c row broadcasts), ``@`` is the
    matrix product, ``t.T`` the transpose, ``t[i]`` entry i of the row-major data and ``t[a:b]``
    a column of entries a .. b−1.
    """

    __slots__ = ("_v",)

    def __init__(self, var):
        self._v = var

    @property
    def shape(self):
        return int(self._v.rows()), int(self._v.cols())

    # arithmetic ---------------------------------------------------------------------------------
    def __add__(self, other):
        return Tensor(self._v.plus(_operand(other)))

    __radd__ = __add__

    def __sub__(self, other):
        return Tensor(self._v.minus(_operand(other)))

    def __rsub__(self, other):
        if isinstance(other, numbers.Real):
            return Tensor(self._v.subtractedFrom(float(other)))
        return Tensor(_operand(other).minus(self._v))

    def __mul__(self, other):
        return Tensor(self._v.times(_operand(other)))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return Tensor(self._v.div(_operand(other)))

    def __rtruediv__(self, other):
        return Tensor(self._v.reciprocal().times(_operand(other)))

    def __neg__(self):
        return Tensor(self._v.negate())

    def __matmul__(self, other):
        return Tensor(self._v.matmul(other._v))

    @property
    def T(self):
        return Tensor(self._v.transpose())

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.shape[0] * self.shape[1])
            if step != 1:
                raise ValueError(f"slice step = {step}; allowed: 1 (contiguous entries)")
            return Tensor(self._v.slice(int(start), int(stop - start)))
        return Tensor(self._v.get(int(key)))

    # functions ----------------------------------------------------------------------------------
    def sum(self):
        return Tensor(self._v.sum())

    def mean(self):
        return Tensor(self._v.mean())

    def sigmoid(self):
        return Tensor(self._v.sigmoid())

    def log_sigmoid(self):
        return Tensor(self._v.logSigmoid())

    def softplus(self):
        return Tensor(self._v.softplus())

    def tanh(self):
        return Tensor(self._v.tanh())

    def exp(self):
        return Tensor(self._v.exp())

    def log(self):
        return Tensor(self._v.log())

    def square(self):
        return Tensor(self._v.square())

    def sin(self):
        return Tensor(self._v.sin())

    def cos(self):
        return Tensor(self._v.cos())

    def softmax(self):
        return Tensor(self._v.softmax())

    def reshape(self, rows, cols):
        return Tensor(self._v.reshape(int(rows), int(cols)))

    def slice(self, start, rows, cols=1):
        return Tensor(self._v.slice(int(start), int(rows), int(cols)))

    def dense(self, weights, bias):
        """``self @ weights + bias``, the 1×c row ``bias`` added to every row."""
        return Tensor(self._v.dense(weights._v, bias._v))

    def solve(self, b):
        """``self⁻¹ b`` for a square ``self``."""
        return Tensor(self._v.solve(b._v))

    def __repr__(self):
        return f"Tensor{self.shape}"


class Tape:
    """What a loss function records on: the players' parameter blocks and constants."""

    __slots__ = ("_t",)

    def __init__(self, tape):
        self._t = tape

    @property
    def players(self):
        return int(self._t.players())

    def block(self, player):
        """Player ``player``'s parameters, a column."""
        return Tensor(self._t.block(int(player)))

    def constant(self, value):
        """A constant: a number (1×1), a 1-D array (a column) or a 2-D array."""
        a = np.asarray(value, dtype=np.float64)
        if a.ndim == 0:
            return Tensor(self._t.constant(float(a)))
        if a.ndim == 1:
            return Tensor(self._t.vector(_jvm.doubles(a)))
        if a.ndim == 2:
            return Tensor(self._t.constant(int(a.shape[0]), int(a.shape[1]), _jvm.doubles(a)))
        raise ValueError(f"constant has {a.ndim} dimensions; allowed: 0, 1 or 2")


def concat_rows(*parts):
    """Stacks tensors with equal column counts vertically."""
    var = _jvm.java("core.ad.Var")
    import jpype
    return Tensor(var.concatRows(jpype.JArray(var)([p._v for p in parts])))


def concat_columns(*parts):
    """Places tensors with equal row counts side by side."""
    var = _jvm.java("core.ad.Var")
    import jpype
    return Tensor(var.concatColumns(jpype.JArray(var)([p._v for p in parts])))


def _operand(x):
    if isinstance(x, Tensor):
        return x._v
    if isinstance(x, numbers.Real):
        return float(x)
    raise TypeError(f"operand of type {type(x).__name__}; allowed: a Tensor or a real number")
