/** Deterministic parallel evaluation of independent, indexed work (landscapes, sweeps). */
package io.github.gamedyn.core.parallel;
