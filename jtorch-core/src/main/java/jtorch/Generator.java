package jtorch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;

/**
 * CPU pseudo-random generator that reproduces PyTorch 1.13's CPU generator
 * ({@code torch.Generator} / {@code at::CPUGeneratorImpl}) number for number.
 *
 * <p>The engine is the 32-bit Mersenne Twister (mt19937) seeded with the classic
 * {@code init_genrand} recurrence from the <em>low 32 bits</em> of the 64-bit seed, so seeds
 * 0 and 2<sup>63</sup> give the same stream, as in PyTorch. On top of it, each fill method
 * replays the exact draw order and arithmetic of the matching ATen CPU kernel for a
 * contiguous tensor of {@code n} elements, including the quirks that decide which numbers
 * come out:
 * <ul>
 *   <li>float32 uniforms use one 32-bit draw (24 bits kept); float64 uniforms use one
 *       64-bit draw (two 32-bit draws, first one high; 53 bits kept);</li>
 *   <li>normal fills of 16 or more elements use a batched Box-Muller (uniforms first, then
 *       blocks of 16, tail recomputed), smaller fills use the scalar Box-Muller with a cached
 *       second sample that survives across calls until reseeding;</li>
 *   <li>{@code randint} switches from one to two draws per element when the range is
 *       2<sup>32</sup> or more.</li>
 * </ul>
 *
 * <p>Seeds and raw draws are unsigned in PyTorch; here they are carried in {@code long}s
 * holding the same 64 bits (so PyTorch's seed 2<sup>64</sup>-1 is {@code -1L}), and
 * {@link #nextUInt32()} returns a value in [0, 2<sup>32</sup>).
 *
 * <p>All state-changing methods are synchronized, like PyTorch's per-generator mutex.
 */
public final class Generator {

    /** PyTorch's {@code default_rng_seed_val}, the seed of a fresh {@code torch.Generator()}. */
    public static final long DEFAULT_SEED = 67280421310721L;

    private static final int N = 624;          // mt19937 state words
    private static final int M = 397;          // mt19937 shift
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /** Size in bytes of PyTorch's {@code CPUGeneratorImplState}, what torch.get_rng_state() returns. */
    private static final int STATE_BYTES = 5056;

    private static final class Holder {
        // PyTorch seeds its default CPU generator non-deterministically at startup
        // (getNonDeterministicRandom), not with DEFAULT_SEED.
        static final Generator DEFAULT = new Generator(new SecureRandom().nextLong());
    }

    private final int[] mt = new int[N];
    private int left;               // draws left before the next regeneration (PyTorch: left_)
    private int next;               // index of the next state word to temper (PyTorch: next_)
    private long initialSeed;
    // Cached second Box-Muller sample of the scalar normal path (PyTorch:
    // next_double_normal_sample_). Only the double cache is ever filled by the CPU kernels,
    // whatever the tensor dtype.
    private boolean hasNextDoubleNormal;
    private double nextDoubleNormal;
    // PyTorch also keeps a float cache (next_float_normal_sample_). No CPU kernel in 1.13
    // fills it, but it is part of the state bytes, so it is carried for round-tripping.
    private boolean hasNextFloatNormal;
    private float nextFloatNormal;

    /** A generator seeded with {@link #DEFAULT_SEED}, like {@code torch.Generator()}. */
    public Generator() {
        this(DEFAULT_SEED);
    }

    /** A generator seeded with {@code seed}, like {@code torch.Generator().manual_seed(seed)}. */
    public Generator(long seed) {
        manualSeed(seed);
    }

    /**
     * The process-wide default generator used by {@code Torch.manualSeed} and by random ops
     * without an explicit generator ({@code torch.default_generator}). Like PyTorch, it starts
     * from a non-deterministic seed until {@link #manualSeed(long)} is called.
     */
    public static Generator defaultGenerator() {
        Generator local = THREAD_DEFAULT.get();
        return local != null ? local : Holder.DEFAULT;
    }

    // A thread's own default generator, set for the duration of a scope (DataLoader worker threads).
    private static final ThreadLocal<Generator> THREAD_DEFAULT = new ThreadLocal<>();

    /**
     * Makes {@code g} the default generator of the calling thread until the returned scope is
     * closed: {@link #defaultGenerator()}, {@code Torch.manualSeed} and every random op without an
     * explicit generator use {@code g} on this thread, other threads keep theirs. This is how a
     * DataLoader worker thread gets what a PyTorch worker process has after
     * {@code torch.manual_seed(base_seed + worker_id)}: a default generator of its own. Scopes
     * nest; closing one restores the generator that was current when it was opened.
     */
    public static Scope useAsThreadDefault(Generator g) {
        java.util.Objects.requireNonNull(g, "generator");
        Generator previous = THREAD_DEFAULT.get();
        THREAD_DEFAULT.set(g);
        return new Scope(previous);
    }

    /** Restores the calling thread's previous default generator when closed. */
    public static final class Scope implements AutoCloseable {
        private final Generator previous;

        private Scope(Generator previous) {
            this.previous = previous;
        }

        /** Restores the default generator that was current when this scope was opened. */
        @Override
        public void close() {
            if (previous == null) {
                THREAD_DEFAULT.remove();
            } else {
                THREAD_DEFAULT.set(previous);
            }
        }
    }

    /**
     * Reseeds the generator ({@code Generator.manual_seed} / {@code torch.manual_seed}):
     * resets the mt19937 state from the low 32 bits of {@code seed} and drops any cached
     * normal sample. The full 64-bit value is kept as {@link #initialSeed()}.
     */
    public synchronized Generator manualSeed(long seed) {
        initialSeed = seed;
        mt[0] = (int) seed;  // PyTorch: state_[0] = seed & 0xffffffff
        for (int j = 1; j < N; j++) {
            int prev = mt[j - 1];
            mt[j] = 1812433253 * (prev ^ (prev >>> 30)) + j;
        }
        left = 1;            // forces a regeneration on the first draw
        next = 0;
        hasNextDoubleNormal = false;
        nextDoubleNormal = 0;
        hasNextFloatNormal = false;
        nextFloatNormal = 0;
        return this;
    }

    /** The seed last set ({@code Generator.initial_seed}), as the bits of PyTorch's uint64. */
    public synchronized long initialSeed() {
        return initialSeed;
    }

    /**
     * Reseeds from a non-deterministic source and returns the new seed ({@code Generator.seed}).
     */
    public synchronized long seed() {
        long s = new SecureRandom().nextLong();
        manualSeed(s);
        return s;
    }

    /**
     * The full generator state ({@code Generator.get_state} / {@code torch.get_rng_state}),
     * in PyTorch's own 5056-byte {@code CPUGeneratorImplState} layout (x86-64, little
     * endian), so bytes from {@code torch.get_rng_state()} can be loaded and vice versa.
     */
    public synchronized byte[] getState() {
        ByteBuffer b = ByteBuffer.allocate(STATE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, initialSeed);                 // the_initial_seed
        b.putInt(8, left);                         // left
        b.putInt(12, 1);                           // seeded
        b.putLong(16, next);                       // next
        for (int i = 0; i < N; i++) {
            b.putLong(24 + 8 * i, mt[i] & 0xFFFFFFFFL); // state[] widened to uint64
        }
        // 5016: normal_x, 5032: normal_rho are unused dummies (zero)
        b.putDouble(5024, hasNextDoubleNormal ? nextDoubleNormal : 0.0); // normal_y
        b.putInt(5040, hasNextDoubleNormal ? 1 : 0);                     // normal_is_valid
        b.putFloat(5048, hasNextFloatNormal ? nextFloatNormal : 0.0f);
        b.put(5052, (byte) (hasNextFloatNormal ? 1 : 0));
        return b.array();
    }

    /**
     * Restores a state from {@link #getState()} or from {@code torch.get_rng_state()} bytes
     * ({@code Generator.set_state} / {@code torch.set_rng_state}).
     *
     * @throws IllegalArgumentException if the size or the mt19937 fields are invalid
     */
    public synchronized void setState(byte[] s) {
        if (s == null || s.length != STATE_BYTES) {
            throw new IllegalArgumentException("Expected a CPUGeneratorImplState of size " + STATE_BYTES
                    + " but found the input RNG state size to be " + (s == null ? 0 : s.length));
        }
        ByteBuffer b = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
        int newLeft = b.getInt(8);
        int seeded = b.getInt(12) & 0xFF;  // a C++ bool in the engine: only the low byte counts
        long newNext = b.getLong(16) & 0xFFFFFFFFL;  // truncated to uint32 like PyTorch
        if (seeded == 0 || newLeft <= 0 || newLeft > N || newNext > N) {
            throw new IllegalArgumentException("Invalid mt19937 state");
        }
        initialSeed = b.getLong(0);
        left = newLeft;
        next = (int) newNext;
        for (int i = 0; i < N; i++) {
            mt[i] = (int) b.getLong(24 + 8 * i);
        }
        hasNextDoubleNormal = b.getInt(5040) != 0;
        nextDoubleNormal = hasNextDoubleNormal ? b.getDouble(5024) : 0.0;
        hasNextFloatNormal = b.get(5052) != 0;
        nextFloatNormal = hasNextFloatNormal ? b.getFloat(5048) : 0.0f;
    }

    // ------------------------------------------------------------------ raw draws

    /** One 32-bit mt19937 draw in [0, 2^32) ({@code CPUGeneratorImpl::random()}). */
    public synchronized long nextUInt32() {
        return next32() & 0xFFFFFFFFL;
    }

    /**
     * One 64-bit draw made of two 32-bit draws, the first in the high half
     * ({@code CPUGeneratorImpl::random64()}); the unsigned value's bits as a long.
     */
    public synchronized long nextUInt64() {
        return next64();
    }

    private int next32() {
        if (--left == 0) {
            regenerate();
        }
        int y = mt[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private long next64() {
        long hi = next32() & 0xFFFFFFFFL;
        long lo = next32() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    private static int twist(int u, int v) {
        int mixed = (u & UPPER_MASK) | (v & LOWER_MASK);
        return (mixed >>> 1) ^ ((v & 1) != 0 ? MATRIX_A : 0);
    }

    private void regenerate() {
        left = N;
        next = 0;
        int k = 0;
        for (; k < N - M; k++) {
            mt[k] = mt[k + M] ^ twist(mt[k], mt[k + 1]);
        }
        for (; k < N - 1; k++) {
            mt[k] = mt[k + M - N] ^ twist(mt[k], mt[k + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ twist(mt[N - 1], mt[0]);
    }

    // Floating-point fidelity notes (checked against PyTorch 1.13 output, see GeneratorTest):
    //  * The kernels are compiled for AVX2+FMA with GCC's default -ffp-contract=fast, so a C++
    //    "a * b + c" becomes one fused multiply-add. Math.fma is used at exactly those places;
    //    plain mul+add gives different last bits (up to hundreds of ulps after cancellation).
    //  * The double Box-Muller calls glibc's log/sin/cos. Math.* (HotSpot's intrinsics) match
    //    glibc's last bit far more often than StrictMath's fdlibm (about 15 vs 330 mismatches,
    //    each 1-3 ulp, in 5000 samples); no Java library matches it in every case.
    //  * float32 fills of 16+ normals use no libm at all (polynomials in float), and are
    //    reproduced bit for bit.

    // ------------------------------------------------------------------ uniform

    /** [0, 1) float from the low 24 bits of one 32-bit draw (uniform_real_distribution&lt;float&gt;). */
    private float uniform01f() {
        return (next32() & 0xFFFFFF) * 0x1p-24f;
    }

    /** [0, 1) double from the low 53 bits of one 64-bit draw (uniform_real_distribution&lt;double&gt;). */
    private double uniform01d() {
        return (next64() & ((1L << 53) - 1)) * 0x1p-53;
    }

    /**
     * Fills {@code out[off, off+n)} like {@code torch.rand} / {@code Tensor.uniform_(from, to)}
     * on a float32 tensor: one 32-bit draw per element.
     */
    public synchronized void uniform(float[] out, int off, int n, double from, double to) {
        checkRange(out.length, off, n);
        checkUniform(from, to);
        // PyTorch casts the bounds to the tensor dtype first and does the affine map in float
        // (x * (to - from) + from, contracted to an fma).
        float f = (float) from;
        float range = (float) to - f;
        for (int i = 0; i < n; i++) {
            out[off + i] = Math.fma(uniform01f(), range, f);
        }
    }

    /**
     * Fills {@code out[off, off+n)} like {@code torch.rand(dtype=float64)} /
     * {@code Tensor.uniform_(from, to)} on a float64 tensor: one 64-bit draw per element.
     */
    public synchronized void uniform(double[] out, int off, int n, double from, double to) {
        checkRange(out.length, off, n);
        checkUniform(from, to);
        double range = to - from;
        for (int i = 0; i < n; i++) {
            out[off + i] = Math.fma(uniform01d(), range, from);
        }
    }

    // ------------------------------------------------------------------ normal

    /**
     * Fills {@code out[off, off+n)} like {@code torch.randn} / {@code Tensor.normal_(mean, std)}
     * on a contiguous float32 tensor.
     *
     * <p>n &ge; 16: PyTorch's AVX2 {@code normal_fill}: n float uniforms, Box-Muller on blocks of
     * 16 (element j pairs with j+8) with vectorised float log/sin/cos, replicated here
     * operation by operation; if 16 does not divide n, 16 fresh uniforms overwrite the last 16
     * elements. n &lt; 16: the scalar double Box-Muller with the cached second sample.
     */
    public synchronized void normal(float[] out, int off, int n, double mean, double std) {
        checkRange(out.length, off, n);
        checkStd(std);
        if (n >= 16) {
            float m = (float) mean;
            float s = (float) std;
            for (int i = 0; i < n; i++) {
                out[off + i] = uniform01f();
            }
            for (int i = 0; i + 16 <= n; i += 16) {
                normalBlock16Avx2(out, off + i, m, s);
            }
            if (n % 16 != 0) {
                int tail = off + n - 16;
                for (int i = 0; i < 16; i++) {
                    out[tail + i] = uniform01f();
                }
                normalBlock16Avx2(out, tail, m, s);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[off + i] = (float) scalarNormal(mean, std);
            }
        }
    }

    /**
     * Fills {@code out[off, off+n)} like {@code torch.randn(dtype=float64)} /
     * {@code Tensor.normal_(mean, std)} on a contiguous float64 tensor: the batched Box-Muller
     * in double for n &ge; 16 (scalar, non-vectorised code), else the cached scalar path.
     */
    public synchronized void normal(double[] out, int off, int n, double mean, double std) {
        checkRange(out.length, off, n);
        checkStd(std);
        if (n >= 16) {
            for (int i = 0; i < n; i++) {
                out[off + i] = uniform01d();
            }
            for (int i = 0; i + 16 <= n; i += 16) {
                normalBlock16(out, off + i, mean, std);
            }
            if (n % 16 != 0) {
                int tail = off + n - 16;
                for (int i = 0; i < 16; i++) {
                    out[tail + i] = uniform01d();
                }
                normalBlock16(out, tail, mean, std);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[off + i] = scalarNormal(mean, std);
            }
        }
    }

    /**
     * at::normal_distribution&lt;double&gt;: Box-Muller on two double uniforms; returns the cosine
     * sample and caches the sine one (unscaled) for the next call, whatever its mean/std/dtype.
     * Note the roles: u2 feeds the radius and u1 the angle (the batched fill does the opposite).
     */
    private double scalarNormal(double mean, double std) {
        if (hasNextDoubleNormal) {
            hasNextDoubleNormal = false;
            return Math.fma(nextDoubleNormal, std, mean);
        }
        double u1 = uniform01d();
        double u2 = uniform01d();
        double r = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        nextDoubleNormal = r * Math.sin(theta);
        hasNextDoubleNormal = true;
        return Math.fma(r * Math.cos(theta), std, mean);
    }

    /** normal_fill_16&lt;double&gt;: in-place Box-Muller on 16 uniforms, pairing j with j+8. */
    private static void normalBlock16(double[] d, int base, double mean, double std) {
        for (int j = base; j < base + 8; j++) {
            double u1 = 1.0 - d[j];      // [0, 1) -> (0, 1] for the log
            double u2 = d[j + 8];
            double radius = Math.sqrt(-2.0 * Math.log(u1));
            double theta = 2.0 * Math.PI * u2;
            d[j] = Math.fma(radius * Math.cos(theta), std, mean);
            d[j + 8] = Math.fma(radius * Math.sin(theta), std, mean);
        }
    }

    /**
     * normal_fill_16_AVX2: the float32 block as Debian's AVX2 build computes it, with the
     * cephes-style polynomial log/sincos of avx_mathfun.h evaluated lane by lane in float.
     */
    private static void normalBlock16Avx2(float[] d, int base, float mean, float std) {
        final float twoPi = (float) (2.0 * Math.PI);
        for (int j = base; j < base + 8; j++) {
            float u1 = 1.0f - d[j];
            float u2 = d[j + 8];
            float radius = (float) Math.sqrt(-2.0f * logPs(u1)); // exact: float sqrt via double
            float theta = twoPi * u2;
            long sc = sinCosPs(theta);
            float sin = Float.intBitsToFloat((int) (sc >>> 32));
            float cos = Float.intBitsToFloat((int) sc);
            d[j] = Math.fma(radius * cos, std, mean);
            d[j + 8] = Math.fma(radius * sin, std, mean);
        }
    }

    // Coefficients of the cephes single-precision log/sin/cos (as used by avx_mathfun.h).
    private static final float SQRTHF = 0.707106781186547524f;
    private static final float[] LOG_P = {
        7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f,
        1.4249322787E-1f, -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f,
        3.3333331174E-1f};
    private static final float LOG_Q1 = -2.12194440e-4f;
    private static final float LOG_Q2 = 0.693359375f;
    private static final float DP1 = -0.78515625f;
    private static final float DP2 = -2.4187564849853515625e-4f;
    private static final float DP3 = -3.77489497744594108e-8f;
    private static final float SINCOF_P0 = -1.9515295891E-4f;
    private static final float SINCOF_P1 = 8.3321608736E-3f;
    private static final float SINCOF_P2 = -1.6666654611E-1f;
    private static final float COSCOF_P0 = 2.443315711809948E-005f;
    private static final float COSCOF_P1 = -1.388731625493765E-003f;
    private static final float COSCOF_P2 = 4.166664568298827E-002f;
    private static final float FOPI = 1.27323954473516f; // 4 / pi

    /**
     * One lane of log256_ps for x in (0, 1] (the only inputs normal_fill gives it). The
     * multiply-adds are fused where GCC fuses them in the AVX2+FMA build.
     */
    private static float logPs(float x) {
        x = Math.max(x, Float.MIN_NORMAL);
        int bits = Float.floatToRawIntBits(x);
        int exp = (bits >>> 23) - 0x7f;
        x = Float.intBitsToFloat((bits & ~0x7f800000) | Float.floatToRawIntBits(0.5f)); // [0.5, 1)
        float e = (float) exp + 1.0f;
        boolean small = x < SQRTHF;
        float tmp = small ? x : 0.0f;
        x = x - 1.0f;
        e = e - (small ? 1.0f : 0.0f);
        x = x + tmp;
        float z = x * x;
        float y = LOG_P[0];
        for (int k = 1; k < LOG_P.length; k++) {
            y = Math.fma(y, x, LOG_P[k]);
        }
        y = y * x;
        y = y * z;
        y = Math.fma(e, LOG_Q1, y);
        y = Math.fma(-z, 0.5f, y);
        x = x + y;
        return Math.fma(e, LOG_Q2, x);
    }

    /**
     * One lane of sincos256_ps for x &ge; 0; returns sin bits in the high and cos bits in the
     * low 32 bits.
     */
    private static long sinCosPs(float x) {
        // x >= 0 here (theta = 2*pi*u), so the sign of x plays no role.
        int j = (int) (x * FOPI);
        j = (j + 1) & ~1;
        float y = (float) j;
        boolean sinNeg = (j & 4) != 0;
        boolean cosNeg = ((~(j - 2)) & 4) != 0;
        boolean firstOctant = (j & 2) == 0; // reduced x near 0 mod pi: sin poly gives sin
        // extended-precision reduction x - y*pi/4
        x = Math.fma(y, DP1, x);
        x = Math.fma(y, DP2, x);
        x = Math.fma(y, DP3, x);
        float z = x * x;
        float c = Math.fma(COSCOF_P0, z, COSCOF_P1);
        c = Math.fma(c, z, COSCOF_P2);
        c = c * z;
        c = Math.fma(c, z, -(z * 0.5f));
        c = c + 1.0f;
        float s = Math.fma(SINCOF_P0, z, SINCOF_P1);
        s = Math.fma(s, z, SINCOF_P2);
        s = s * z;
        s = Math.fma(s, x, x);
        float sin = firstOctant ? s : c;
        float cos = firstOctant ? c : s;
        if (sinNeg) {
            sin = -sin;
        }
        if (cosNeg) {
            cos = -cos;
        }
        return ((long) Float.floatToRawIntBits(sin) << 32) | (Float.floatToRawIntBits(cos) & 0xFFFFFFFFL);
    }

    // ------------------------------------------------------------------ single draws for the per-element samplers

    /**
     * One double uniform in [0, 1) from a 64-bit draw: {@code at::uniform_real_distribution<double>(0, 1)}, the
     * draw behind PyTorch's exponential_, geometric_, cauchy_, bernoulli with float64 probabilities, poisson,
     * binomial, multinomial and the gamma sampler.
     */
    public synchronized double nextDouble() {
        return uniform01d();
    }

    /**
     * One float uniform in [0, 1) from a 32-bit draw: {@code at::uniform_real_distribution<float>(0, 1)}, the draw
     * of bernoulli with float32 probabilities.
     */
    public synchronized float nextFloat() {
        return uniform01f();
    }

    /**
     * One sample of {@code at::normal_distribution<double>(mean, std)}: the scalar Box-Muller with the cached
     * second sample that {@code normal_} on small or strided tensors, {@code log_normal_} and the gamma sampler
     * share.
     */
    public synchronized double nextNormal(double mean, double std) {
        return scalarNormal(mean, std);
    }

    // ------------------------------------------------------------------ integers

    /**
     * Fills {@code out[off, off+n)} like {@code torch.randint(from, toExclusive, (n,))} /
     * {@code Tensor.random_(from, to)} on an int64 tensor: {@code from + draw % range} with a
     * 32-bit draw, or a 64-bit draw when the range is 2^32 or more (modulo bias included).
     */
    public synchronized void randomFromTo(long[] out, int off, int n, long from, long toExclusive) {
        checkRange(out.length, off, n);
        if (from >= toExclusive) {
            throw new IllegalArgumentException(
                    "random_ expects 'from' to be less than 'to', but got from=" + from + " >= to=" + toExclusive);
        }
        long range = toExclusive - from;  // as uint64, exact even when it overflows a signed long
        boolean wide = Long.compareUnsigned(range, 1L << 32) >= 0;
        for (int i = 0; i < n; i++) {
            long v = wide ? next64() : (next32() & 0xFFFFFFFFL);
            out[off + i] = Long.remainderUnsigned(v, range) + from;
        }
    }

    /**
     * Fills {@code out[off, off+n)} like {@code Tensor.bernoulli_(p)} on a float32 tensor
     * (PyTorch build without MKL): 1 if a double uniform (one 64-bit draw) is below p, else 0.
     */
    public synchronized void bernoulli(float[] out, int off, int n, double p) {
        checkRange(out.length, off, n);
        checkP(p);
        for (int i = 0; i < n; i++) {
            out[off + i] = uniform01d() < p ? 1.0f : 0.0f;
        }
    }

    /** Like {@link #bernoulli(float[], int, int, double)} for a float64 tensor. */
    public synchronized void bernoulli(double[] out, int off, int n, double p) {
        checkRange(out.length, off, n);
        checkP(p);
        for (int i = 0; i < n; i++) {
            out[off + i] = uniform01d() < p ? 1.0 : 0.0;
        }
    }

    /**
     * Writes a random permutation of 0..n-1 to {@code out[off, off+n)} like
     * {@code torch.randperm(n)} (int64, CPU): a forward Fisher-Yates shuffle of the identity
     * swapping element i with element {@code i + random() % (n - i)}, one 32-bit draw for each
     * of the first n-1 positions. PyTorch 1.13 does this for every n (checked against it for
     * n = 214748365); later releases switch to 64-bit draws for n &ge; 2^32/20.
     */
    public synchronized void randperm(long[] out, int off, int n) {
        checkRange(out.length, off, n);
        for (int i = 0; i < n; i++) {
            out[off + i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int z = (int) ((next32() & 0xFFFFFFFFL) % (n - i));
            long t = out[off + i];
            out[off + i] = out[off + i + z];
            out[off + i + z] = t;
        }
    }

    // ------------------------------------------------------------------ checks

    private static void checkRange(int length, int off, int n) {
        if (n < 0 || off < 0 || off > length - n) {
            throw new IndexOutOfBoundsException("off=" + off + ", n=" + n + ", length=" + length);
        }
    }

    private static void checkUniform(double from, double to) {
        if (!(from <= to)) {
            throw new IllegalArgumentException(
                    "uniform_ expects to return a [from, to) range, but found from=" + from + " > to=" + to);
        }
    }

    private static void checkStd(double std) {
        if (!(std >= 0.0)) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + std);
        }
    }

    private static void checkP(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + p);
        }
    }
}
