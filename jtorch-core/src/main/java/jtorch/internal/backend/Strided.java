package jtorch.internal.backend;

import jtorch.Storage;

/**
 * One operand as a backend sees it: storage plus layout. {@code stride} may contain zeros (a broadcast
 * operand is handed over with the result's shape and stride 0 along the broadcast dims).
 *
 * @param storage the elements (the operand's dtype is the storage's)
 * @param shape sizes per dim
 * @param stride element strides per dim, as long as {@code shape}
 * @param offset index of element [0, ..., 0] in the storage
 */
public record Strided(Storage storage, int[] shape, int[] stride, int offset) {
    /** Number of elements the layout addresses. */
    public int numel() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }
}
