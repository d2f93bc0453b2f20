package jtorch.utils.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import jtorch.Generator;

/** Helpers shared by the samplers and the loader (not public API). */
final class Samplers {
    private Samplers() {
    }

    /**
     * {@code int(torch.empty((), dtype=torch.int64).random_(generator=g).item())}: one 64-bit draw
     * reduced modulo 2^63 (ATen's uniform_int for int64), i.e. the draw with its top bit cleared.
     */
    static long randomInt64(Generator g) {
        return g.nextUInt64() & Long.MAX_VALUE;
    }

    /** {@code torch.randperm(n, generator=g).tolist()}. */
    static int[] randperm(int n, Generator g) {
        long[] p = new long[n];
        g.randperm(p, 0, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) p[i];
        }
        return out;
    }

    /** An iterator over an int array. */
    static Iterator<Integer> iterate(int[] values) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < values.length;
            }

            @Override
            public Integer next() {
                if (i >= values.length) {
                    throw new NoSuchElementException();
                }
                return values[i++];
            }
        };
    }
}
