package io.github.gamedyn.zoo;

/**
 * The named deterministic memory-one strategies of the iterated prisoner's dilemma, the reference
 * points {@link IpdBehaviour} names learned policies by. Each is given from its own point of view:
 * P(C) in round one, then after (own action, opponent's action) = CC, CD, DC, DD. As player 1 that
 * is the order of {@link MemoryOnePolicy}; as player 2 the middle two entries swap (its joint
 * actions are ordered (player 1, player 2) too).
 * <ul>
 *   <li>{@link #ALLC}: (1; 1, 1, 1, 1), always cooperate;</li>
 *   <li>{@link #ALLD}: (0; 0, 0, 0, 0), always defect;</li>
 *   <li>{@link #TFT}: (1; 1, 0, 1, 0), tit-for-tat, copy the opponent's last action;</li>
 *   <li>{@link #GRIM}: (1; 1, 0, 0, 0), grim trigger as a memory-one policy: cooperate only
 *       after mutual cooperation (once either defects, mutual defection absorbs);</li>
 *   <li>{@link #WSLS}: (1; 1, 0, 0, 1), win-stay lose-shift (Pavlov, Nowak and Sigmund 1993):
 *       repeat the last action after the payoffs R or T, switch after S or P.</li>
 * </ul>
 */
public enum IpdStrategy {
    /** Always cooperate. */
    ALLC(1, 1, 1, 1, 1),
    /** Always defect. */
    ALLD(0, 0, 0, 0, 0),
    /** Tit-for-tat. */
    TFT(1, 1, 0, 1, 0),
    /** Grim trigger (memory one). */
    GRIM(1, 1, 0, 0, 0),
    /** Win-stay lose-shift (Pavlov). */
    WSLS(1, 1, 0, 0, 1);

    private final double[] ownView;

    IpdStrategy(double... ownView) {
        this.ownView = ownView;
    }

    /** The policy played as player 1 (own view and the joint order coincide). */
    public MemoryOnePolicy asPlayer1() {
        return MemoryOnePolicy.of(ownView.clone());
    }

    /** The policy played as player 2: P(C) after joint CD is the own view's DC and vice versa. */
    public MemoryOnePolicy asPlayer2() {
        return MemoryOnePolicy.of(swapMiddle(ownView));
    }

    /**
     * Converts five probabilities between player 2's joint order and its own view (the map is its
     * own inverse): swaps the entries after CD and after DC.
     *
     * @param p (start, CC, CD, DC, DD). Not modified.
     */
    static double[] swapMiddle(double[] p) {
        return new double[] {p[0], p[1], p[3], p[2], p[4]};
    }
}
