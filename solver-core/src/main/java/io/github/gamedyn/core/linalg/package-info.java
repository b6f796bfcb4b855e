/**
 * Dense linear algebra for game Jacobians: the complex spectrum and eigenvectors of a non-symmetric
 * real matrix, its symmetric/antisymmetric split and its spectral radius.
 *
 * <p>Entry points: {@link io.github.gamedyn.core.linalg.Spectra} and the
 * {@link io.github.gamedyn.core.linalg.EigenSolver} interface with its implementation
 * {@link io.github.gamedyn.core.linalg.FrancisQrEigenSolver}.
 */
package io.github.gamedyn.core.linalg;
