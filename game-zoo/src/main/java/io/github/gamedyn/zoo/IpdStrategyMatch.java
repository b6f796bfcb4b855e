package io.github.gamedyn.zoo;

import java.util.Locale;

/**
 * The named strategy nearest to a learned IPD policy ({@link IpdBehaviour#match}): the nearest
 * {@link IpdStrategy} by response profile, the distance to it, and whether the policy is close
 * enough to carry its name.
 *
 * @param nearest the strategy whose response profile is nearest
 * @param distance the max-norm distance between the two response profiles
 * @param named whether {@code distance} is below the naming radius of {@code nearest}
 */
public record IpdStrategyMatch(IpdStrategy nearest, double distance, boolean named) {

    /** The label "other" of a policy that carries no name. */
    public static final String OTHER = "other";

    /** The strategy's name, e.g. {@code TFT}, or {@value #OTHER}. */
    public String label() {
        return named ? nearest.name() : OTHER;
    }

    /** E.g. {@code TFT (0.003)} or {@code other (nearest GRIM, 0.270)}. */
    @Override
    public String toString() {
        return named ? String.format(Locale.ROOT, "%s (%.3f)", nearest, distance)
                : String.format(Locale.ROOT, "%s (nearest %s, %.3f)", OTHER, nearest, distance);
    }
}
