/**
 * Ridge Rider (Parker-Holder et al., NeurIPS 2020) for single losses and Generalized Ridge Rider
 * (Lorraine et al., AAMAS 2022) for games: branch at saddles and bifurcations along eigenvectors
 * and follow the branches to diverse solutions.
 */
package io.github.gamedyn.ridge;
