/**
 * Figures for any game, and the figure catalogue of {@code gamedyn figures} made with them.
 *
 * <p>The plotting API: a {@link io.github.gamedyn.plots.figures.Plane} is a 2-D view of a game's
 * parameters (the players' probabilities through its strategy map, a three-action simplex, or any
 * affine plane of ω); over it {@link io.github.gamedyn.plots.figures.PhasePortrait} (one step of
 * a learning map as arrows, and trajectories), {@link io.github.gamedyn.plots.figures.HeatMap}
 * (the finite-time Lyapunov exponent, or any function of ω) and
 * {@link io.github.gamedyn.plots.figures.PlaneCurve}s, layered by
 * {@link io.github.gamedyn.plots.figures.PlaneChart}; {@link io.github.gamedyn.plots.figures.RunPlot}
 * draws the runs of any optimiser and {@link io.github.gamedyn.plots.figures.SpectrumPlot}
 * eigenvalues in the complex plane. Each gives a
 * {@link io.github.gamedyn.plots.figures.FigureResult}, written as PNG, SVG (Apache Batik), the
 * CSV data and JSON parameters, each file whole or not at all.
 *
 * <p>The catalogue: each {@link io.github.gamedyn.plots.figures.Figure} computes its data
 * deterministically and is written the same way, listed in a generated index.
 */
package io.github.gamedyn.plots.figures;
