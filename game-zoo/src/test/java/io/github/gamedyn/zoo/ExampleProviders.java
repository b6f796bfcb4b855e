package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/** Game providers as a plugin jar would hold them, for {@link GameProviderTest}. */
public final class ExampleProviders {

    private ExampleProviders() {
    }

    /**
     * A coordination game, one logit per player: \(L_1 = L_2 = -c\,pq - (1-p)(1-q)\) with
     * \(p = \sigma(\theta_1)\), \(q = \sigma(\theta_2)\) and payoff {@code c} for coordinating on
     * the first action.
     */
    public static final class Coordination implements GameProvider {
        @Override
        public String name() {
            return "coordination";
        }

        @Override
        public String description() {
            return "a coordination game";
        }

        @Override
        public List<GameParameter> parameters() {
            return List.of(new GameParameter("payoff", "2", "payoff of coordinating on A"));
        }

        @Override
        public Game create(GameSpec spec) {
            return game(spec.real("payoff"));
        }

        static Game game(double payoff) {
            return Game.builder("coordination")
                    .player("one", 1).player("two", 1)
                    .losses(t -> {
                        Var p = t.block(0).sigmoid();
                        Var q = t.block(1).sigmoid();
                        Var l = p.times(q).times(payoff).plus(p.negate().plus(1)
                                .times(q.negate().plus(1))).negate();
                        return new Var[] {l, l};
                    })
                    .strategyMap(StrategyMap.sigmoid("A", "B"))
                    .build();
        }
    }

    /** Claims a name of the zoo. */
    public static final class Impostor implements GameProvider {
        @Override
        public String name() {
            return "matching-pennies";
        }

        @Override
        public String description() {
            return "not matching pennies";
        }

        @Override
        public Game create(GameSpec spec) {
            return Coordination.game(1);
        }
    }

    /** A name that a specification could not carry. */
    public static final class Unnamed implements GameProvider {
        @Override
        public String name() {
            return "two words";
        }

        @Override
        public String description() {
            return "badly named";
        }

        @Override
        public Game create(GameSpec spec) {
            return Coordination.game(1);
        }
    }

    /** Says nothing about its parameters. */
    public static final class Mute implements GameProvider {
        @Override
        public String name() {
            return "mute";
        }

        @Override
        public String description() {
            return "no parameter list";
        }

        @Override
        public List<GameParameter> parameters() {
            return null;
        }

        @Override
        public Game create(GameSpec spec) {
            return Coordination.game(1);
        }
    }

    /** Fails in its constructor. */
    public static final class Broken implements GameProvider {
        /** Always throws. */
        public Broken() {
            throw new IllegalStateException("no licence file");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String description() {
            return "never built";
        }

        @Override
        public Game create(GameSpec spec) {
            return null;
        }
    }

    /** Builds nothing. */
    public static final class Empty implements GameProvider {
        @Override
        public String name() {
            return "empty";
        }

        @Override
        public String description() {
            return "returns null";
        }

        @Override
        public Game create(GameSpec spec) {
            return null;
        }
    }
}
