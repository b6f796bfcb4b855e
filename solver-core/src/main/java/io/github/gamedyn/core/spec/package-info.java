/** The strict text form of specifications ({@code NAME:key=value,...}) and of numbers in them. */
package io.github.gamedyn.core.spec;
