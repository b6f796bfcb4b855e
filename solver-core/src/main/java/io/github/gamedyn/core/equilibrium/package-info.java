/**
 * Fixed points of the simultaneous gradient (\(\xi(\omega^*) = 0\)) and their stability under the
 * learning dynamics.
 */
package io.github.gamedyn.core.equilibrium;
