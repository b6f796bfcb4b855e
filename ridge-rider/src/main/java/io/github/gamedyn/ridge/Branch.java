package io.github.gamedyn.ridge;

/**
 * One choice at a branch point: follow {@code sign ·} the eigenvector of the {@code index}-th
 * smallest eigenvalue.
 *
 * @param index position of the eigenvalue in ascending order at the branch point
 * @param sign +1 or −1
 * @param eigenvalue the eigenvalue (negative: a direction of descent from a saddle or maximum)
 */
public record Branch(int index, int sign, double eigenvalue) {
    @Override
    public String toString() {
        return (sign > 0 ? "+" : "−") + "e" + index;
    }
}
