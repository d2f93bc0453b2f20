package jtorch.vision.transforms;

import java.util.List;

/**
 * Python's {@code random} module (CPython's Mersenne Twister with its seeding, {@code random()},
 * {@code _randbelow}, {@code shuffle} and {@code choices}), which torchvision's {@link RandomChoice} and
 * {@link RandomOrder} draw from instead of torch's generator. {@link #seed(long)} on {@link #global()} is
 * Python's {@code random.seed(n)}, so a pipeline seeded on both sides picks the same transforms.
 */
public final class PyRandom {
    private static final PyRandom GLOBAL = new PyRandom(System.nanoTime());
    private final int[] mt = new int[624];
    private int mti;

    /** A generator seeded as {@code random.Random(seed)}. */
    public PyRandom(long seed) {
        seed(seed);
    }

    /** The module-level generator ({@code random.seed}, {@code random.random}, ...). */
    public static PyRandom global() {
        return GLOBAL;
    }

    /** Python: {@code random.seed(n)} for an integer n (its absolute value's 32-bit words, low first). */
    public synchronized void seed(long n) {
        long a = Math.abs(n);
        int[] key = (a >>> 32) != 0 ? new int[] {(int) a, (int) (a >>> 32)} : new int[] {(int) a};
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int k = Math.max(624, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (k = 623; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = 624;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < 624; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private int genrand() {
        if (mti >= 624) {
            for (int kk = 0; kk < 624; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7fffffff);
                mt[kk] = mt[(kk + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** Python: {@code random.random()}, 53 random bits in [0, 1). */
    public synchronized double random() {
        long a = (genrand() & 0xFFFFFFFFL) >>> 5;
        long b = (genrand() & 0xFFFFFFFFL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** Python: {@code random._randbelow(n)} (rejection sampling on {@code n.bit_length()} bits), n below 2^31. */
    public synchronized int randbelow(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        while (true) {
            int r = (int) ((genrand() & 0xFFFFFFFFL) >>> (32 - k));
            if (r < n) {
                return r;
            }
        }
    }

    /** Python: {@code random.shuffle(x)}. */
    public synchronized <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = randbelow(i + 1);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /** Python: {@code random.choices(range(n), weights)[0]}; {@code weights} may be null (uniform). */
    public synchronized int choice(int n, double[] weights) {
        if (weights == null) {
            return (int) Math.floor(random() * n);
        }
        if (weights.length != n) {
            throw new IllegalArgumentException("The number of weights does not match the population");
        }
        double[] cum = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += weights[i];
            cum[i] = s;
        }
        double total = cum[n - 1] + 0.0;
        if (total <= 0.0) {
            throw new IllegalArgumentException("Total of weights must be greater than zero");
        }
        double x = random() * total;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < cum[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
