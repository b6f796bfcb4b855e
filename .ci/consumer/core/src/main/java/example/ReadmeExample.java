package example;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/** The README's library example (inserted at README below by .ci/consumer-check), checked. */
public class ReadmeExample {
    public static void main(String[] args) {
        // README
        if (!Arrays.equals(xi, new double[] {0, 0})
                || !Arrays.equals(h.data, new double[] {2, 2, 2, 2})) {
            throw new AssertionError("xi " + Arrays.toString(xi) + ", H " + h);
        }
        System.out.println("solver-core: xi = " + Arrays.toString(xi) + ", H = "
                + Arrays.toString(h.data));
    }
}
