package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.zoo.SmallGan;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class GanLandscapeFigureTest {

    @Test
    void firstCheckpointsSpectrumIsTheDenseTopTwentyAtTheInitialisation() {
        GanLandscapeFigure figure = new GanLandscapeFigure(new GanLandscapeFigure.Settings(4, 4, 2),
                new GanLandscapeFigure.Settings(4, 4, 2));
        FigureResult result = figure.compute(false);
        assertEquals(6, result.panels().size());
        SmallGan gan = SmallGan.builder().generatorWidth(4).discriminatorWidth(4).batch(64).build();
        assertEquals(GanLandscapeFigure.parameterCount(4), gan.game().dimension());
        Complex[] dense = Spectra.defaultSolver().eigenvalues(gan.game().jacobian(gan.initialPoint()));
        double[] moduli = Arrays.stream(dense).mapToDouble(Complex::abs).sorted().toArray();
        double twentieth = moduli[moduli.length - 20];
        List<String> rows = Arrays.asList(result.data().toCsv().split("\n"));
        List<String> first = rows.stream().filter(r -> r.startsWith("GD,eigenvalue,0,")).toList();
        assertTrue(first.size() == 20 || first.size() == 21, first.toString());
        for (String row : first) {
            String[] cells = row.split(",");
            Complex lambda = new Complex(Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
            assertTrue(lambda.abs() >= twentieth - 1e-8 * moduli[moduli.length - 1], row);
            assertTrue(Arrays.stream(dense).anyMatch(z -> z.subtract(lambda).abs() < 1e-8 * moduli[moduli.length - 1]),
                    row);
        }
        assertTrue(result.parameters().get("GD rotational share").startsWith("step 0: "));
    }
}
