/**
 * The Spark engine: the cells of any {@link io.github.gamedyn.core.engine.CellJob} on Apache
 * Spark, on this machine's cores ({@code local[*]}) or on a cluster, with the same bits as
 * {@link io.github.gamedyn.core.engine.LocalEngine}. Found by name ({@code spark}) through
 * {@link io.github.gamedyn.core.engine.Engines}; nothing in gamedyn depends on this package.
 */
package io.github.gamedyn.spark;
