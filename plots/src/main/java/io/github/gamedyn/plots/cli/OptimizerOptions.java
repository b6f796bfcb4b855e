package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.spec.PlainNumbers;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.momentum.Schedule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.complex.Complex;
import picocli.CommandLine.Option;

/**
 * The options that choose an optimiser, shared by {@code optimize} and {@code radius}:
 * {@code --optimizer} (a method name or a full spec string) and the shortcuts {@code --lr},
 * {@code --beta} and {@code --schedule}, which override what the spec string says.
 */
final class OptimizerOptions {

    @Option(names = "--optimizer", required = true, paramLabel = "SPEC",
            description = "a method of 'gamedyn optimizers' (its defaults apply), or a full spec "
                    + "METHOD[+BASE][:key=value,...], e.g. "
                    + "'complex-momentum:alpha=0.1,beta=0.9@0.3927,schedule=alternating'")
    private String optimizer;

    @Option(names = "--lr", paramLabel = "ALPHA", description = "sets the hyperparameter alpha")
    private Double lr;

    @Option(names = "--beta", paramLabel = "BETA",
            description = "sets the hyperparameter beta: MAG@ANGLE (polar, angle in radians), "
                    + "RE,IM, or a real number")
    private String beta;

    @Option(names = "--schedule", paramLabel = "simultaneous|alternating",
            description = "the order in which players move (default: the spec's, else "
                    + "simultaneous)")
    private String schedule;

    /**
     * The spec these options describe.
     *
     * @throws IllegalArgumentException naming the option and what it allows
     */
    OptimizerSpec spec() {
        OptimizerSpec spec;
        try {
            spec = OptimizerSpec.parse(optimizer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--optimizer '" + optimizer + "': " + e.getMessage(), e);
        }
        if (schedule != null) {
            spec = spec.with(schedule(schedule));
        }
        if (lr != null) {
            spec = override(spec, "--lr", "alpha", new Complex(lr, 0));
        }
        if (beta != null) {
            spec = override(spec, "--beta", "beta", complex(beta));
        }
        return spec;
    }

    /**
     * Checks that no shortcut sets a hyperparameter that a grid axis sweeps, where it would have
     * no effect.
     *
     * @throws IllegalArgumentException naming the option and the axis
     */
    void requireNotOverriddenBy(List<RadiusSweep.Axis> axes) {
        for (RadiusSweep.Axis axis : axes) {
            String option = axis.hyperparameter().equals("alpha") && lr != null ? "--lr"
                    : axis.hyperparameter().equals("beta") && beta != null ? "--beta" : null;
            if (option != null) {
                throw new IllegalArgumentException(option + " and the --grid axis "
                        + GridAxes.label(axis) + " both set " + axis.hyperparameter()
                        + "; allowed: one of them");
            }
        }
    }

    private static OptimizerSpec override(OptimizerSpec spec, String option, String name,
            Complex value) {
        try {
            return spec.with(name, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static Schedule schedule(String text) {
        return Arrays.stream(Schedule.values()).filter(s -> s.specName().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--schedule '" + text
                        + "'; allowed: " + Arrays.stream(Schedule.values())
                        .map(Schedule::specName).collect(Collectors.joining(", "))));
    }

    /** {@code MAG@ANGLE}, {@code RE,IM} or {@code RE}, plain decimal numbers only. */
    static Complex complex(String text) {
        String t = text.strip();
        int at = t.indexOf('@');
        int comma = t.indexOf(',');
        try {
            if (at >= 0) {
                double modulus = PlainNumbers.real(t.substring(0, at));
                double argument = PlainNumbers.real(t.substring(at + 1));
                if (modulus < 0) {
                    throw new IllegalArgumentException("--beta '" + text + "' has magnitude "
                            + modulus + "; allowed: MAG >= 0 in MAG@ANGLE");
                }
                return new Complex(modulus * Math.cos(argument), modulus * Math.sin(argument));
            }
            if (comma >= 0) {
                return new Complex(PlainNumbers.real(t.substring(0, comma)),
                        PlainNumbers.real(t.substring(comma + 1)));
            }
            return new Complex(PlainNumbers.real(t), 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--beta '" + text + "'; allowed: MAG@ANGLE (angle "
                    + "in radians), RE,IM or a real number, in plain decimals, e.g. 0.9@0.3927, "
                    + "0.83,0.34 or -0.5", e);
        }
    }
}
