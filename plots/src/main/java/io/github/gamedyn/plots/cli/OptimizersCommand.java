package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.momentum.Catalogue;
import io.github.gamedyn.momentum.Hyperparameter;
import io.github.gamedyn.momentum.OptimizerMethod;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gamedyn optimizers}: the catalogue of learning rules, their hyperparameters and defaults. */
@Command(name = "optimizers",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the optimisers: name, kind, whether an alternating schedule is supported, "
                    + "whether rho has a per-eigenvalue form (fast radius sweeps), and each "
                    + "hyperparameter with its default, allowed values and meaning.",
            "A base rule moves the parameters and its buffers; a field adjusts the direction xi "
                    + "and runs on a base rule, gd unless given as FIELD+BASE (e.g. "
                    + "lookahead+heavy-ball). Complex defaults are printed as re+imi."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn optimizers",
            "  gamedyn optimizers --json | jq '.optimizers[] | select(.name == \"sos\")'",
            "  gamedyn optimize dirac-gan --optimizer complex-momentum --steps 500"})
final class OptimizersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json() : text());
        out.flush();
    }

    private static String text() {
        StringBuilder sb = new StringBuilder();
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            sb.append(m.specName()).append(" - ").append(m.description()).append('\n')
                    .append("    kind: ").append(kind(m)).append("; alternating: ")
                    .append(m.supportsAlternating() ? "yes" : "no").append("; per-eigenvalue ρ: ")
                    .append(m.perEigenvalueForm().isPresent() ? "yes" : "no").append('\n');
            for (Hyperparameter h : m.hyperparameters()) {
                sb.append("    ").append(h).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String json() {
        JsonWriter json = new JsonWriter().beginObject().name("optimizers").beginArray();
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            json.beginObject().name("name").value(m.specName())
                    .name("kind").value(kind(m).replace(' ', '-'))
                    .name("description").value(m.description())
                    .name("alternating").value(m.supportsAlternating())
                    .name("perEigenvalue").value(m.perEigenvalueForm().isPresent())
                    .name("hyperparameters").beginArray();
            for (Hyperparameter h : m.hyperparameters()) {
                json.beginObject().name("name").value(h.name())
                        .name("type").value(h.domain().complex() ? "complex" : "real")
                        .name("default");
                HyperparameterJson.value(json, h.defaultValue())
                        .name("allowed").value(h.domain().allowed())
                        .name("description").value(h.description()).endObject();
            }
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static String kind(OptimizerMethod m) {
        return m.kind() == OptimizerMethod.Kind.BASE_RULE ? "base rule" : "field";
    }
}
