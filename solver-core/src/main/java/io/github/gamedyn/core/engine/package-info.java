/**
 * Engines that run jobs of independent cells: landscapes, sweeps, multi-start experiments and
 * restarts. A {@link io.github.gamedyn.core.engine.CellJob} describes {@code N} cells, each a
 * deterministic function of its index, the job's parameters and a per-cell seed (e.g. run
 * {@code k} of a multi-start experiment starts from seed {@code S + k}), and an
 * {@link io.github.gamedyn.core.engine.Engine} returns the results in cell order.
 * {@link io.github.gamedyn.core.engine.LocalEngine} (threads, the default everywhere) and the
 * engines that {@link io.github.gamedyn.core.engine.Engines} finds by name (the Spark engine of the
 * {@code gamedyn-spark} module) give the same bits.
 *
 * <p>A job that another JVM is to run is a serialisable record of spec strings and numbers, never a
 * live {@link io.github.gamedyn.core.game.Game} or lambda: its game is a
 * {@link io.github.gamedyn.core.engine.GameRecipe}, built again where the cells run.
 */
package io.github.gamedyn.core.engine;
