package io.github.gamedyn.core.game;

import io.github.gamedyn.core.ad.Differentiator;
import io.github.gamedyn.core.ad.Linearization;
import io.github.gamedyn.core.ad.LossFunction;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.size.SizeGuard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * A differentiable game: players \(i = 1..n\), each minimising its own loss \(L_i(\omega)\) over its
 * own block \(\theta_i\) of \(\omega \in \mathbb{R}^d\), the blocks concatenated in player order.
 *
 * <p>Everything is derived exactly from the losses, written once:
 * <ul>
 *   <li>the simultaneous gradient \(\xi(\omega) = (\nabla_{\theta_1}L_1, \dots,
 *       \nabla_{\theta_n}L_n)\);</li>
 *   <li>the game Jacobian \(\hat H = \nabla_\omega \xi\), dense or as products \(\hat H v\),
 *       \(v^{\mathsf T}\hat H\);</li>
 *   <li>the mixed products \(\nabla_{\theta_i}(\nabla_{\theta_j} L_k \cdot v)\) of LOLA, SOS and
 *       CGD;</li>
 *   <li>third-order directional derivatives for small games.</li>
 * </ul>
 *
 * <pre>{@code
 * Game pennies = Game.builder("matching-pennies")
 *         .player("row", 1)
 *         .player("column", 1)
 *         .losses(tape -> {
 *             Var p = tape.block(0).sigmoid().times(2).minus(1);
 *             Var q = tape.block(1).sigmoid().times(2).minus(1);
 *             Var l1 = p.times(q);
 *             return new Var[] {l1, l1.negate()};
 *         })
 *         .build();
 * DMatrixRMaj h = pennies.jacobian(new double[] {0, 0});
 * }</pre>
 *
 * <p>A game also describes itself, so that tools ask it instead of guessing from its name: its
 * default point, its {@link StrategyMap} (what its parameters mean as mixed strategies) and its
 * {@link BehaviourDescriptor} (how to tell its solutions apart).
 *
 * <p>The losses are recorded once, when the game is built, into a program that every derivative
 * runs (see {@link io.github.gamedyn.core.ad}): a game written in a few lines is as fast as a
 * hand-derived one. Evaluation over a batch of points ({@link #simultaneousGradients},
 * {@link #jacobianVectorProducts}) and linearisation at a point ({@link #linearize}) pay the
 * interpretive cost once for many results. Games are immutable and thread-safe. Array
 * arguments are not modified; results are new arrays.
 *
 * <p>Points must be finite, but losses and derivatives are computed as written and may be
 * non-finite where the game is (an overflow, the logarithm of 0): callers that run dynamics check
 * them, as {@code TrajectoryRecorder} of the momentum module does, treating a non-finite loss or ξ
 * as a divergence.
 */
public final class Game {
    private final String name;
    private final List<Player> players;
    private final Differentiator derivatives;
    private final LossFunction lossFunction;
    private final double[] defaultPoint;
    private final StrategyMap strategyMap;
    private final BehaviourDescriptor behaviour;

    private Game(Builder b) {
        this.name = b.name;
        this.players = List.copyOf(b.players);
        this.derivatives = b.derivatives;
        this.lossFunction = b.losses;
        this.defaultPoint = b.defaultPoint;
        this.strategyMap = b.strategyMap;
        this.behaviour = b.behaviour != null ? b.behaviour
                : b.strategyMap != null ? BehaviourDescriptor.strategies(b.strategyMap, players.size())
                : BehaviourDescriptor.parameters();
    }

    /** Starts the definition of a game. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The game's name. */
    public String name() {
        return name;
    }

    /** The players in order. */
    public List<Player> players() {
        return players;
    }

    /** d, the length of ω. */
    public int dimension() {
        return derivatives.dimension();
    }

    /**
     * The losses as written, e.g. to build another game from them (a mixture, a reparametrised
     * slice); the game has recorded them once already.
     */
    public LossFunction lossFunction() {
        return lossFunction;
    }

    /** The point analyses start from when the user gives none (zeros unless the game says). */
    public double[] defaultPoint() {
        return defaultPoint.clone();
    }

    /** What the parameters mean as mixed strategies, if the game says. */
    public Optional<StrategyMap> strategyMap() {
        return Optional.ofNullable(strategyMap);
    }

    /**
     * How to tell this game's solutions apart: the game's own descriptor, else its strategies
     * ({@link BehaviourDescriptor#strategies}) when it has a strategy map, else its parameters.
     */
    public BehaviourDescriptor behaviour() {
        return behaviour;
    }

    /** The losses \(L_i(\omega)\), one per player. */
    public double[] losses(double[] w) {
        return derivatives.losses(check("w", w));
    }

    /** The simultaneous gradient \(\xi(\omega)\). */
    public double[] simultaneousGradient(double[] w) {
        return derivatives.simultaneousGradient(check("w", w));
    }

    /** \(\nabla_\omega L_k\), the full gradient of player {@code k}'s loss. */
    public double[] lossGradient(double[] w, int k) {
        return derivatives.lossGradient(check("w", w), k);
    }

    /** \(\hat H(\omega) v\). */
    public double[] jacobianVectorProduct(double[] w, double[] v) {
        return jacobianVectorProduct(w, v, null);
    }

    /**
     * \(\hat H(\omega) v\) and, from the same evaluation, \(\xi(\omega)\): what one step of a
     * learning map with its Jacobian needs.
     *
     * @param gradient receives \(\xi(\omega)\) when not {@code null}, length d. Modified.
     */
    public double[] jacobianVectorProduct(double[] w, double[] v, double[] gradient) {
        return derivatives.jacobianVectorProduct(check("w", w), check("v", v), gradient);
    }

    /** \(v^{\mathsf T}\hat H(\omega)\), as a column. */
    public double[] vectorJacobianProduct(double[] w, double[] v) {
        return derivatives.vectorJacobianProduct(check("w", w), check("v", v));
    }

    /** The dense game Jacobian \(\hat H(\omega)\), d×d. */
    public DMatrixRMaj jacobian(double[] w) {
        return derivatives.jacobian(check("w", w));
    }

    /** \(\nabla^2_\omega L_k\, v\), a Hessian-vector product of player {@code k}'s loss. */
    public double[] lossHessianVectorProduct(double[] w, int k, double[] v) {
        return derivatives.lossHessianVectorProduct(check("w", w), k, check("v", v));
    }

    /**
     * The mixed product \(\nabla_{\theta_i}(\nabla_{\theta_j} L_k \cdot v_j)\) used by LOLA, SOS and
     * CGD: the block-{@code (i, j)} part of \(\nabla^2 L_k\) applied to {@code vj}.
     *
     * @param i the block differentiated last (rows), a player index
     * @param j the block {@code vj} belongs to, a player index
     * @param k the loss, a player index
     * @param vj a vector of player {@code j}'s block size. Not modified.
     * @return a vector of player {@code i}'s block size
     */
    public double[] mixedProduct(double[] w, int i, int j, int k, double[] vj) {
        Player pi = player(i);
        Player pj = player(j);
        if (vj == null || vj.length != pj.size()) {
            throw new IllegalArgumentException("vj has length "
                    + (vj == null ? "null" : String.valueOf(vj.length)) + "; player " + j
                    + " has a block of size " + pj.size());
        }
        double[] v = new double[dimension()];
        System.arraycopy(vj, 0, v, pj.offset(), vj.length);
        double[] hv = lossHessianVectorProduct(w, k, v);
        return Arrays.copyOfRange(hv, pi.offset(), pi.offset() + pi.size());
    }

    /** \(\frac{d}{d\varepsilon}\hat H(\omega+\varepsilon u)\, v\) (third order; small games). */
    public double[] jacobianDirectionalDerivative(double[] w, double[] u, double[] v) {
        return derivatives.jacobianDirectionalDerivative(check("w", w), check("u", u),
                check("v", v));
    }

    /** \(\nabla_\omega\, a^{\mathsf T}\hat H(\omega) v\) (third order; small games). */
    public double[] jacobianBilinearGradient(double[] w, double[] a, double[] v) {
        return derivatives.jacobianBilinearGradient(check("w", w), check("a", a), check("v", v));
    }

    /**
     * The derivatives linearised at ω: for many products \(\hat Hv\), \(v^{\mathsf T}\hat H\),
     * \(\nabla^2L_kv\) and mixed products at one point, each costing only the part of the
     * program linear in v.
     */
    public Linearization linearize(double[] w) {
        return derivatives.linearize(check("w", w));
    }

    /**
     * ξ at {@code count} points at once (the program runs over a batch, so its interpretive cost is
     * paid once per batch rather than once per point). A point where a linear solve of the losses
     * is singular gets NaN rather than failing the batch.
     *
     * @param points {@code count × d}, one point per row, row-major. Not modified.
     * @param gradients receives ξ at each point, {@code count × d}. Modified.
     */
    public void simultaneousGradients(int count, double[] points, double[] gradients) {
        derivatives.simultaneousGradients(count, points, gradients);
    }

    /**
     * \(\hat H(\omega_b) v_b\) and \(\xi(\omega_b)\) at {@code count} points at once (see
     * {@link #simultaneousGradients}).
     *
     * @param points {@code count × d}, row-major. Not modified.
     * @param directions {@code count × d}, row b the direction at point b. Not modified.
     * @param products receives the products, {@code count × d}. Modified.
     * @param gradients receives ξ when not {@code null}, {@code count × d}. Modified.
     */
    public void jacobianVectorProducts(int count, double[] points, double[] directions,
            double[] products, double[] gradients) {
        derivatives.jacobianVectorProducts(count, points, directions, products, gradients);
    }

    /**
     * \(\hat H(\omega) v_b\) for {@code count} directions at one point ω, and ξ(ω): the part of
     * the program that does not depend on the directions runs once, the rest over the directions
     * as lanes (what {@link #linearize} does, without keeping a linearisation).
     *
     * @param directions {@code count × d}, one direction per row, row-major. Not modified.
     * @param products receives \(\hat H v_b\) per row, {@code count × d}. Modified.
     * @param gradient receives ξ(ω) when not {@code null}, length d. Modified.
     */
    public void jacobianVectorProducts(double[] w, int count, double[] directions,
            double[] products, double[] gradient) {
        derivatives.jacobianVectorProducts(check("w", w), count, directions, products, gradient);
    }

    /**
     * The dense Ĥ at {@code count} points at once (see {@link #simultaneousGradients}).
     *
     * @param points {@code count × d}, row-major. Not modified.
     * @param jacobians receives Ĥ(ω_b) row-major in entries {@code b·d² .. (b+1)·d² − 1},
     *     {@code count × d × d} in all. Modified.
     */
    public void jacobians(int count, double[] points, double[] jacobians) {
        derivatives.jacobians(count, points, jacobians);
    }

    /** Player {@code i}. */
    public Player player(int i) {
        if (i < 0 || i >= players.size()) {
            throw new IllegalArgumentException("player = " + i + "; allowed: 0 to "
                    + (players.size() - 1) + " in game " + name);
        }
        return players.get(i);
    }

    private double[] check(String argument, double[] x) {
        if (x == null || x.length != dimension()) {
            throw new IllegalArgumentException(argument + " has length "
                    + (x == null ? "null" : String.valueOf(x.length)) + "; game " + name
                    + " has dimension " + dimension());
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(argument + "[" + i + "] = " + x[i]
                        + "; coordinates must be finite");
            }
        }
        return x;
    }

    @Override
    public String toString() {
        return name + players;
    }

    /** Defines a game: players in order, the losses, and what the game knows about itself. */
    public static final class Builder {
        private final String name;
        private final List<Player> players = new ArrayList<>();
        private int dimension;
        private LossFunction losses;
        private Differentiator derivatives;
        private double[] defaultPoint;
        private StrategyMap strategyMap;
        private BehaviourDescriptor behaviour;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name = " + name + "; a game needs a name");
            }
            this.name = name;
        }

        /** Adds a player owning the next {@code size} coordinates of ω; names are distinct. */
        public Builder player(String playerName, int size) {
            if (playerName == null || playerName.isBlank()) {
                throw new IllegalArgumentException("player name = " + (playerName == null ? "null"
                        : "'" + playerName + "'") + " in game " + name + "; allowed: a non-blank name");
            }
            if (players.stream().anyMatch(p -> p.name().equals(playerName))) {
                throw new IllegalArgumentException("player name '" + playerName + "' given twice in game "
                        + name + "; allowed: distinct names");
            }
            if (size < 1) {
                throw new IllegalArgumentException("size of player " + playerName + " = " + size
                        + "; allowed: ≥ 1");
            }
            if ((long) dimension + size > SizeGuard.MAX_ARRAY_LENGTH) {
                throw new IllegalArgumentException("size of player " + playerName + " = " + size
                        + " makes the dimension of game " + name + " " + ((long) dimension + size)
                        + "; allowed: at most " + SizeGuard.MAX_ARRAY_LENGTH + " in all (one Java array)");
            }
            players.add(new Player(playerName, dimension, size));
            dimension += size;
            return this;
        }

        /** The losses, one 1×1 {@code Var} per player in player order. */
        public Builder losses(LossFunction lossFunction) {
            this.losses = required(lossFunction, "lossFunction");
            return this;
        }

        /** The point analyses start from by default, finite. Not modified. */
        public Builder defaultPoint(double... point) {
            required(point, "default point");
            for (int i = 0; i < point.length; i++) {
                if (!Double.isFinite(point[i])) {
                    throw new IllegalArgumentException("default point of game " + name + ": entry " + i
                            + " = " + point[i] + "; allowed: finite");
                }
            }
            this.defaultPoint = point.clone();
            return this;
        }

        /** What the parameters mean as mixed strategies (checked against the players at build). */
        public Builder strategyMap(StrategyMap map) {
            this.strategyMap = required(map, "strategy map");
            return this;
        }

        /** How to tell the game's solutions apart (default: strategies, else parameters). */
        public Builder behaviour(BehaviourDescriptor descriptor) {
            this.behaviour = required(descriptor, "behaviour descriptor");
            return this;
        }

        /** The game. */
        public Game build() {
            if (players.isEmpty()) {
                throw new IllegalStateException("game " + name + " has no players");
            }
            if (losses == null) {
                throw new IllegalStateException("game " + name + " has no losses");
            }
            if (defaultPoint == null) {
                defaultPoint = new double[dimension];
            } else if (defaultPoint.length != dimension) {
                throw new IllegalStateException("default point of game " + name + " has length "
                        + defaultPoint.length + "; the game has dimension " + dimension);
            }
            if (strategyMap != null) {
                checkStrategyMap();
            }
            int[] sizes = players.stream().mapToInt(Player::size).toArray();
            derivatives = new Differentiator(name, sizes, losses, defaultPoint);
            return new Game(this);
        }

        private <T> T required(T value, String what) {
            if (value == null) {
                throw new IllegalArgumentException(what + " of game " + name + " is null; allowed: a value");
            }
            return value;
        }

        /** The map's block sizes match the players', and it gives distributions at the default point. */
        private void checkStrategyMap() {
            if (strategyMap instanceof Strategies.PerPlayer p && p.maps().size() != players.size()) {
                throw new IllegalStateException("game " + name + " has " + players.size()
                        + " players; its strategy map has maps for " + p.maps().size());
            }
            for (int i = 0; i < players.size(); i++) {
                int expected = Strategies.blockSize(strategyMap, i, players.get(i).size());
                if (players.get(i).size() != expected) {
                    throw new IllegalStateException("game " + name + ": player " + i + " has "
                            + players.get(i).size() + " parameters; its strategy map needs "
                            + expected);
                }
                double[] p = strategyMap.strategy(defaultPoint, i);
                int k = strategyMap.actions(i).size();
                double sum = 0;
                for (double x : p) {
                    sum += x;
                }
                if (p.length != k || Math.abs(sum - 1) > 1e-9) {
                    throw new IllegalStateException("game " + name + ": the strategy map gives "
                            + "player " + i + " " + p.length + " probabilities summing to " + sum
                            + " at the default point; allowed: " + k + " summing to 1");
                }
            }
        }
    }
}
