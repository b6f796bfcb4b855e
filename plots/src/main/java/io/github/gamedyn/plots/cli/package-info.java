/**
 * The {@code gamedyn} command line (picocli): {@link io.github.gamedyn.plots.cli.GamedynCommand} and
 * its subcommands {@code games}, {@code analyze}, {@code lyapunov}, {@code optimizers},
 * {@code optimize}, {@code radius}, {@code experiment}, {@code grr}, {@code spectrum} and
 * {@code figures}. Every subcommand has {@code --help} with examples; the README describes the
 * options and the JSON and CSV they write. A failure is one line {@code gamedyn: error: ...} on
 * standard error and exit code 2 (usage) or 1 (anything else).
 */
package io.github.gamedyn.plots.cli;
