/** Files written whole or not at all, with failures in plain words. */
package io.github.gamedyn.plots.output;
