package io.github.gamedyn.plots.figures;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every figure that {@code gamedyn figures} makes, in catalogue order (the table "Figures and the
 * papers" of the README).
 */
public final class FigureCatalogue {
    private static final List<Figure> FIGURES = List.of(
            new DiracMomentumFigure(),
            new MomentumWeightsFigure(),
            new MomentumRadiusFigure(),
            new SpectrumOfGamesFigure(),
            new GanEigenvaluesFigure(),
            new GanMomentumFigure(),
            new PhasePortraitFigure(),
            new FtleFigure(),
            new HopfFigure(),
            new GrrTreeFigure(),
            new GrrIpdFigure(),
            new GrrGanFigure(),
            new RidgeRiderFigure());

    private FigureCatalogue() {
    }

    /** All figures. */
    public static List<Figure> all() {
        return FIGURES;
    }

    /**
     * The figures with the given ids, in catalogue order.
     *
     * @throws IllegalArgumentException naming the first unknown id and the known ones
     */
    public static List<Figure> select(List<String> ids) {
        for (String id : ids) {
            if (FIGURES.stream().noneMatch(f -> f.id().equals(id))) {
                throw new IllegalArgumentException("unknown figure '" + id + "'; known figures: "
                        + FIGURES.stream().map(Figure::id).collect(Collectors.joining(", ")));
            }
        }
        return FIGURES.stream().filter(f -> ids.contains(f.id())).toList();
    }
}
