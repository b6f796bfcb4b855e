package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.QuadraticGame;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is open: a method defined here, with its hyperparameters and per-eigenvalue form,
 * parses, runs and is swept like the module's own; bad definitions are named.
 */
class CatalogueTest {

    /** ω ← ω − αsg, with the per-eigenvalue form |1 − αsλ|, counting its calls. */
    private static OptimizerMethod scaledDescent(AtomicInteger calls) {
        return OptimizerMethod.baseRule("scaled-gd", "gradient descent with step alpha scale",
                List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("scale",
                        new Complex(2, 0), Hyperparameter.Domain.POSITIVE_REAL, "multiplies alpha")),
                spec -> new GradientDescent(spec.real("alpha") * spec.real("scale")))
                .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha", "scale"),
                        (re, im, eigRe, eigIm) -> {
                            calls.incrementAndGet();
                            return GradientDescent.spectralRadius(new double[] {re[0] * re[1]},
                                    null, eigRe, eigIm);
                        }));
    }

    @Test
    void aMethodFromOutsideParsesRunsAndIsSweptByItsForm() {
        AtomicInteger calls = new AtomicInteger();
        OptimizerMethod mine = scaledDescent(calls);
        Catalogue catalogue = Catalogue.standard().with(mine);
        OptimizerSpec spec = catalogue.parse("scaled-gd:alpha=0.05,scale=3");
        assertSame(mine, spec.method());
        assertEquals(spec, catalogue.parse(spec.toString()));
        Game game = QuadraticGame.create(new double[] {0.5, 2}, new double[] {0.3, 0.9});
        double[] origin = new double[4];
        double dense = LinearisedAnalysis.at(game, spec, origin).spectralRadius();
        assertEquals(LinearisedAnalysis.at(game, OptimizerSpec.parse("gd:alpha=0.15"), origin)
                .spectralRadius(), dense, 1e-15);
        RadiusSweep.Result r = RadiusSweep.sweep(game, origin, spec, List.of(new RadiusSweep.Axis(
                "scale", RadiusSweep.Part.REAL, new double[] {1, 3, 5})), 1);
        assertEquals(3, calls.get());
        assertEquals(dense, r.radii()[1], 1e-12);
        assertTrue(PerEigenvalueRadius.supports(spec));
        // a field from the catalogue runs on it
        OptimizerSpec onMine = OptimizerSpec.builder(LookAhead.METHOD).base(mine).build();
        assertEquals(2.0, onMine.real("scale"), 0.0);
        assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("scaled-gd"));
    }

    @Test
    void badDefinitionsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Catalogue.standard().with(scaledDescent(new AtomicInteger()),
                        scaledDescent(new AtomicInteger())));
        assertEquals("method scaled-gd is already in the catalogue; allowed: a new name",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OptimizerMethod.baseRule("My Rule",
                "x", List.of(), s -> new GradientDescent(1)));
        assertEquals("specName = My Rule; allowed: lower-case words and digits joined by '-'",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OptimizerMethod.baseRule("twice",
                "x", List.of(Hyperparameter.stepSize(1), Hyperparameter.stepSize(2)),
                s -> new GradientDescent(1)));
        assertEquals("hyperparameter alpha of twice is listed twice; allowed: distinct names",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OptimizerMethod.baseRule("formed",
                "x", List.of(Hyperparameter.stepSize(1)), s -> new GradientDescent(1))
                .withPerEigenvalueForm(new PerEigenvalueForm(List.of("beta"),
                        (re, im, eigRe, eigIm) -> 0)));
        assertEquals("per-eigenvalue form of formed reads [beta]; allowed: its hyperparameters "
                + "[alpha]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Catalogue.standard().method("nesterov"));
        assertTrue(e.getMessage().startsWith("method = nesterov; allowed: gd, heavy-ball, "),
                e.getMessage());
    }

    @Test
    void theStandardCatalogueIsTheOnlyListAndEveryEntryIsUsable() {
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            OptimizerSpec spec = OptimizerSpec.of(m);
            assertSame(m, Catalogue.standard().method(m.specName()));
            assertEquals(m.kind() == OptimizerMethod.Kind.BASE_RULE ? m : GradientDescent.METHOD,
                    spec.base());
            assertEquals(m.perEigenvalueForm().isPresent(), PerEigenvalueRadius.supports(spec),
                    m.specName());
        }
    }
}
