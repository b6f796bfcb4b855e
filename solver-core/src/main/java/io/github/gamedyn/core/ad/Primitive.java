package io.github.gamedyn.core.ad;

/**
 * The primitive operations of a traced program. Every value is a dense row-major r×c tensor; the
 * parameters of a node ({@link Node#ints}, {@link Node#reals}) are listed with each primitive.
 * {@link Differentiation} holds the derivative rules of every primitive, written once in terms
 * of primitives, so that derivatives of derivatives need no further rules.
 */
enum Primitive {
    /** Block {@code ints[1]} of input vector {@code ints[0]} (0 is ω), a column. */
    INPUT,
    /** A constant; {@code reals} holds its entries. */
    CONST,
    /** \(a + b\), equal shapes. */
    ADD,
    /** \(a - b\), equal shapes. */
    SUB,
    /** \(a \circ b\) elementwise, equal shapes. */
    MUL,
    /** \(s\,a + c\) with {@code reals = {s, c}}. */
    AFFINE,
    /** \(f(a)\) elementwise, {@code ints[0]} the ordinal of a {@link UnaryFunction}. */
    UNARY,
    /** The sum of all entries, 1×1. */
    SUM,
    /** The column sums of an r×c tensor, 1×c. */
    COLSUM,
    /** A 1×1 or 1×c tensor repeated to r×c. */
    EXPAND,
    /** Entries {@code ints[0]} .. {@code ints[0] + r·c − 1} of the row-major data, reshaped to r×c. */
    SLICE,
    /**
     * \(\sum_k \operatorname{pad}(a_k)\): input k placed at row-major offset {@code ints[k]} of an r×c
     * zero tensor; concatenation when the pieces tile the result.
     */
    ASSEMBLE,
    /** The transpose. */
    TRANSPOSE,
    /** \(\operatorname{op}(a)\operatorname{op}(b)\), {@code ints = {transposeA, transposeB}} (0 or 1). */
    MATMUL,
    /** A dense layer \(xw + \mathbf 1 b\): inputs x (n×k), w (k×m), b (1×m). */
    DENSE,
    /**
     * The LU factorisation with partial pivoting of a square a, n×(n+1): the packed factors,
     * then the pivot rows. Only {@link #SOLVE} reads it; it has no derivative of its own.
     */
    LU,
    /**
     * \(a^{-1}b\), or \(a^{-\mathsf T}b\) when {@code ints[0] = 1}; inputs a, its {@link #LU}, b.
     * The derivative rules use a, the evaluation the factors.
     */
    SOLVE,
    /** The largest entry, 1×1, as a constant of differentiation (stop-gradient). */
    MAX,
    /**
     * \(\operatorname{sech}^2 x\) elementwise, inputs x and \(t = \tanh x\) (tanh's derivative):
     * \(1 - t^2\) where \(|t| \le 1/2\), else \(4e/(1+e)^2\) with \(e = e^{-2|x|}\), where the
     * subtraction would cancel; so the exponential is needed only for saturated entries. Its
     * derivative \(-2t\operatorname{sech}^2 x\) flows to x alone (t is a function of x).
     */
    SECH2
}
