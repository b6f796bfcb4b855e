package io.github.gamedyn.ridge.grr;

import java.util.Optional;

/**
 * One branch of the tree: a direction at a bifurcation point, where following it ended, and,
 * when the search recursed (depth &gt; 1), the bifurcation point found at that end.
 *
 * @param direction the branch direction
 * @param end where following it ended
 * @param child the unstable fixed point reached and branched at again, if any
 */
public record GrrBranch(BranchDirection direction, EndPoint end, Optional<BifurcationPoint> child) {
}
