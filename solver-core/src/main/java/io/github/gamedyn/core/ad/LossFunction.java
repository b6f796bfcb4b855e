package io.github.gamedyn.core.ad;

/**
 * The losses of a game, written once over {@link Var}.
 *
 * <p>Implementations read the players' parameter blocks with {@link Tape#block(int)}, create
 * constants with {@link Tape#constant(double)} and friends, and return one scalar loss per player,
 * in player order. The game records them once, when it is built, and runs the recording from then
 * on; so they must not branch on values of the tape (a game whose losses record a different
 * program at another point is rejected by name) and must not depend on state that changes between
 * calls.
 *
 * <pre>{@code
 * LossFunction matchingPennies = tape -> {
 *     Var p = tape.block(0).sigmoid().times(2).minus(1);
 *     Var q = tape.block(1).sigmoid().times(2).minus(1);
 *     Var l1 = p.times(q);
 *     return new Var[] {l1, l1.negate()};
 * };
 * }</pre>
 */
@FunctionalInterface
public interface LossFunction {

    /**
     * Records the players' losses on a tape.
     *
     * @param tape the tape holding the parameter blocks. Not modified except by recording.
     * @return one 1×1 loss per player, in player order
     */
    Var[] evaluate(Tape tape);
}
