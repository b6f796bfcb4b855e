/**
 * The figure catalogue of DESIGN §7: each {@link io.github.gamedyn.plots.figures.Figure} computes
 * its data deterministically and is written as PNG, SVG (Apache Batik), CSV data and JSON
 * parameters, listed in a generated index.
 */
package io.github.gamedyn.plots.figures;
