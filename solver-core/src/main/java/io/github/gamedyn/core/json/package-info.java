/** A minimal JSON writer for machine-readable output. */
package io.github.gamedyn.core.json;
