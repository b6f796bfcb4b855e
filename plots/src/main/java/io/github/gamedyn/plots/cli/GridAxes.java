package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.spec.PlainNumbers;
import io.github.gamedyn.momentum.RadiusSweep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code --grid} of {@code gamedyn radius}: one to three comma-separated axes
 * {@code HYPERPARAMETER[.PART]=FROM:TO:COUNT}, PART one of real (the default), imaginary,
 * modulus, argument (radians); COUNT equally spaced values from FROM to TO inclusive (COUNT = 1
 * needs FROM = TO), in {@linkplain PlainNumbers plain decimals}. One hyperparameter takes
 * Cartesian parts or polar parts, not both; at most {@value #MAX_CELLS} cells in all, the cap of
 * every grid of the command line ({@code lyapunov --grid} too).
 */
final class GridAxes {
    static final int MAX_CELLS = 10_000_000;
    private static final Pattern AXIS = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*)(?:\\.([a-z]+))?=([^:]*):([^:]*):([^:]*)");
    private static final String SYNTAX = "HYPERPARAMETER[.PART]=FROM:TO:COUNT";

    private GridAxes() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the axis and what is wrong with it
     */
    static List<RadiusSweep.Axis> parse(String text) {
        String[] items = text.split(",", -1);
        if (items.length > 3) {
            throw new IllegalArgumentException("--grid '" + text + "' has " + items.length
                    + " axes; allowed: 1 to 3");
        }
        List<RadiusSweep.Axis> axes = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Map<String, Boolean> polarByName = new HashMap<>();
        long cells = 1;
        for (String item : items) {
            RadiusSweep.Axis axis = axis(item.strip());
            if (!labels.add(label(axis))) {
                throw new IllegalArgumentException("--grid axis " + label(axis)
                        + " given twice; allowed: each part once");
            }
            boolean polar = polar(axis.part());
            if (polarByName.computeIfAbsent(axis.hyperparameter(), name -> polar) != polar) {
                throw new IllegalArgumentException("--grid axis " + label(axis) + ": "
                        + axis.hyperparameter() + " already has " + (polar ? "real/imaginary"
                        : "modulus/argument") + " axes; allowed: Cartesian (real, imaginary) "
                        + "or polar (modulus, argument) parts of one hyperparameter");
            }
            cells *= axis.values().length;
            if (cells > MAX_CELLS) {
                throw new IllegalArgumentException("--grid '" + text + "' has more than "
                        + MAX_CELLS + " cells; allowed: at most " + MAX_CELLS);
            }
            axes.add(axis);
        }
        return axes;
    }

    /** The axis as written on the command line, e.g. {@code beta.modulus}. */
    static String label(RadiusSweep.Axis axis) {
        return axis.hyperparameter() + "." + axis.part().name().toLowerCase(Locale.ROOT);
    }

    private static boolean polar(RadiusSweep.Part part) {
        return part == RadiusSweep.Part.MODULUS || part == RadiusSweep.Part.ARGUMENT;
    }

    private static RadiusSweep.Axis axis(String item) {
        Matcher m = AXIS.matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException("--grid axis '" + item + "'; allowed: " + SYNTAX
                    + ", e.g. beta.argument=0:3.1416:200");
        }
        RadiusSweep.Part part = part(m.group(2), item);
        double from;
        double to;
        long count;
        try {
            from = PlainNumbers.real(m.group(3));
            to = PlainNumbers.real(m.group(4));
            count = PlainNumbers.longInteger(m.group(5));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--grid axis '" + item + "': " + e.getMessage()
                    + " (FROM and TO are finite numbers, COUNT an integer)", e);
        }
        if (count < 1 || count == 1 && from != to) {
            throw new IllegalArgumentException("--grid axis '" + item + "': COUNT = "
                    + m.group(5) + "; allowed: >= 2, or 1 with FROM = TO");
        }
        if (count > MAX_CELLS) {
            throw new IllegalArgumentException("--grid axis '" + item + "': COUNT = "
                    + m.group(5) + "; allowed: at most " + MAX_CELLS);
        }
        double[] values = new double[(int) count];
        for (int i = 0; i < count; i++) {
            values[i] = i == count - 1 ? to : from + i * (to - from) / (count - 1);
        }
        return new RadiusSweep.Axis(m.group(1), part, values);
    }

    private static RadiusSweep.Part part(String name, String item) {
        if (name == null) {
            return RadiusSweep.Part.REAL;
        }
        for (RadiusSweep.Part p : RadiusSweep.Part.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("--grid axis '" + item + "': part '" + name
                + "'; allowed: real, imaginary, modulus, argument");
    }
}
