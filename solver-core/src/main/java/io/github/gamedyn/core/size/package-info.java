/** Checks that work fits in memory before it starts. */
package io.github.gamedyn.core.size;
