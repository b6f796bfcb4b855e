package io.github.gamedyn.core.ad;

/**
 * One recorded operation: how a node's components follow from its inputs' (forward) and how its
 * adjoint flows back into its inputs (reverse), one algebra component at a time.
 *
 * <p>Component {@code m} (a subset of the tangent directions, as a bit mask) of the output depends
 * only on components {@code s ⊆ m} of the inputs. {@link #forward} for {@code m} is called after
 * it ran for every proper subset of {@code m}; {@link #backward} likewise. A {@code null}
 * component stands for zero and is never stored as an array of zeros.
 */
abstract class TaylorOp {

    /** Computes {@code y.value[m]} (or leaves it {@code null} when it is zero). */
    abstract void forward(TaylorVar y, int m);

    /**
     * Adds component {@code m} of the adjoint contribution of {@code y} into the adjoints of those
     * inputs that depend on a parameter block in {@code blocks}.
     */
    abstract void backward(TaylorVar y, int m, long blocks);

    /** Whether adjoints need to reach {@code x} in a sweep over {@code blocks}. */
    static boolean wants(TaylorVar x, long blocks) {
        return (x.blocks & blocks) != 0;
    }

    /** Next smaller submask of {@code m} after {@code s}, or -1 after the empty set. */
    static int nextSubset(int s, int m) {
        return s == 0 ? -1 : (s - 1) & m;
    }
}
