package example;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import io.github.gamedyn.zoo.GameParameter;
import io.github.gamedyn.zoo.GameProvider;
import io.github.gamedyn.zoo.GameSpec;
import java.util.List;

/**
 * The stag hunt, one logit per hunter: p = σ(θ₁), q = σ(θ₂) are the probabilities of hunting the
 * stag, which pays `stag` to each when both hunt it and nothing to one who hunts it alone; a hare
 * pays `hare` whatever the other does. Each hunter minimises minus its expected payoff. Nash
 * equilibria: both hunt the stag, both hunt hares, and the mixed one p = q = hare/stag, a saddle
 * of gradient learning (the default point).
 */
public final class StagHunt implements GameProvider {

    @Override
    public String name() {
        return "stag-hunt";
    }

    @Override
    public String description() {
        return "stag hunt, one logit per hunter (P(stag) = σ(θ)); default point: the mixed Nash";
    }

    @Override
    public List<GameParameter> parameters() {
        return List.of(new GameParameter("stag", "4", "payoff of hunting the stag together"),
                new GameParameter("hare", "3", "payoff of a hare (0 < hare < stag)"));
    }

    @Override
    public Game create(GameSpec spec) {
        double stag = spec.real("stag");
        double hare = spec.real("hare");
        if (!(0 < hare && hare < stag)) {
            throw new IllegalArgumentException("game stag-hunt: hare = " + hare + ", stag = " + stag
                    + "; allowed: 0 < hare < stag");
        }
        double mixed = Math.log(hare / (stag - hare));
        return Game.builder("stag-hunt")
                .player("hunter1", 1)
                .player("hunter2", 1)
                .losses(tape -> {
                    Var p = tape.block(0).sigmoid();
                    Var q = tape.block(1).sigmoid();
                    Var both = p.times(q).times(stag);
                    return new Var[] {both.plus(p.negate().plus(1).times(hare)).negate(),
                        both.plus(q.negate().plus(1).times(hare)).negate()};
                })
                .strategyMap(StrategyMap.sigmoid("stag", "hare"))
                .defaultPoint(mixed, mixed)
                .build();
    }
}
