package jtorch.internal.kernels;

import java.util.Arrays;

/**
 * The discrete Fourier transform of one complex sequence of any length, in double:
 * {@code X[k] = Σ_j x[j]·exp(∓2πi·jk/n)} (minus forward, plus inverse), unnormalized. Lengths whose prime
 * factors are all small run a recursive mixed-radix Cooley-Tukey (each radix-p butterfly a direct p-point DFT);
 * a length with a prime factor above {@link #MAX_RADIX} runs Bluestein's chirp-z algorithm, a convolution done
 * with power-of-two transforms, so every length costs O(n log n).
 */
public final class Dft {
    /** Largest prime radix done as a direct butterfly (O(n·p)); a larger prime factor switches to Bluestein. */
    static final int MAX_RADIX = 31;

    private final int n;
    private final int[] radices;
    // exp(-2πi·j/n) for j in [0, n): the twiddles of every sub-transform are entries of this table
    private final double[] cos;
    private final double[] sin;
    private final Bluestein bluestein;

    /** A plan for length {@code n} (at least 1); plans are immutable and may be shared between threads. */
    public Dft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("DFT length must be positive, got " + n);
        }
        this.n = n;
        int[] f = factor(n);
        if (f[f.length - 1] > MAX_RADIX) {
            radices = null;
            cos = null;
            sin = null;
            bluestein = new Bluestein(n);
        } else {
            radices = f;
            cos = new double[n];
            sin = new double[n];
            for (int j = 0; j < n; j++) {
                // quarter turns exactly (cos(π/2) is not 0 in double), so rotate() can take them as swaps
                if (4L * j % n == 0) {
                    int quarter = (int) (4L * j / n);
                    cos[j] = new double[] {1, 0, -1, 0}[quarter];
                    sin[j] = new double[] {0, -1, 0, 1}[quarter];
                } else {
                    double a = 2 * Math.PI * j / n;
                    cos[j] = Math.cos(a);
                    sin[j] = -Math.sin(a);
                }
            }
            bluestein = null;
        }
    }

    /** The length this plan transforms. */
    public int length() {
        return n;
    }

    /** Transforms {@code (re, im)} (length n each) in place. */
    public void transform(double[] re, double[] im, boolean inverse) {
        if (bluestein != null) {
            bluestein.transform(re, im, inverse);
            return;
        }
        double[] inRe = re.clone();
        double[] inIm = im.clone();
        recurse(inRe, inIm, 0, 1, n, re, im, 0, 0, inverse ? -1 : 1, new double[2 * radices[radices.length - 1]],
                new double[2]);
    }

    // Transforms the length-len sequence in[off + j·stride] into out[outOff, outOff + len), splitting off the radix
    // radices[level] = p: p interleaved sub-sequences of length m = len/p, then m butterflies of p points
    private void recurse(double[] inRe, double[] inIm, int off, int stride, int len, double[] outRe, double[] outIm,
                         int outOff, int level, int sign, double[] scratch, double[] term) {
        if (len == 1) {
            outRe[outOff] = inRe[off];
            outIm[outOff] = inIm[off];
            return;
        }
        int p = radices[level];
        int m = len / p;
        for (int r = 0; r < p; r++) {
            recurse(inRe, inIm, off + r * stride, stride * p, m, outRe, outIm, outOff + r * m, level + 1, sign,
                    scratch, term);
        }
        int step = n / len; // W_len^e = W_n^(e·step)
        for (int k = 0; k < m; k++) {
            // t_r = W_len^(rk) · Y_r[k]
            for (int r = 0; r < p; r++) {
                int idx = outOff + r * m + k;
                rotate(outRe[idx], outIm[idx], (int) ((long) r * k * step % n), sign, scratch, 2 * r);
            }
            // X[k + q·m] = Σ_r t_r · W_p^(rq)
            int pStep = n / p;
            for (int q = 0; q < p; q++) {
                double sr = scratch[0];
                double si = scratch[1];
                for (int r = 1; r < p; r++) {
                    rotate(scratch[2 * r], scratch[2 * r + 1], (int) ((long) r * q % p) * pStep, sign, term, 0);
                    sr += term[0];
                    si += term[1];
                }
                outRe[outOff + q * m + k] = sr;
                outIm[outOff + q * m + k] = si;
            }
        }
    }

    // (xr + i·xi)·W_n^w (conjugated when sign < 0) into out[at], out[at + 1]; a quarter turn is a swap and a sign
    // change, never a product with 0, so an infinite or NaN part stays in its own component as in PyTorch's pocketfft
    private void rotate(double xr, double xi, int w, int sign, double[] out, int at) {
        double c = cos[w];
        double s = sign * sin[w];
        if (s == 0) {
            out[at] = c == 1 ? xr : -xr;
            out[at + 1] = c == 1 ? xi : -xi;
        } else if (c == 0) {
            out[at] = s == 1 ? -xi : xi;
            out[at + 1] = s == 1 ? xr : -xr;
        } else {
            out[at] = xr * c - xi * s;
            out[at + 1] = xr * s + xi * c;
        }
    }

    // prime factors of n in ascending order, 4s first where possible (fewer levels for powers of two)
    private static int[] factor(int n) {
        int[] f = new int[32];
        int count = 0;
        int rest = n;
        while (rest % 4 == 0) {
            f[count++] = 4;
            rest /= 4;
        }
        for (int p = 2; (long) p * p <= rest; p++) {
            while (rest % p == 0) {
                f[count++] = p;
                rest /= p;
            }
        }
        if (rest > 1 || count == 0) {
            f[count++] = rest;
        }
        int[] out = Arrays.copyOf(f, count);
        Arrays.sort(out);
        return out;
    }

    /**
     * Bluestein: with jk = (j² + k² - (k-j)²)/2, {@code X[k] = w[k]·Σ_j (x[j]·w[j])·conj(w[k-j])} for the chirp
     * {@code w[j] = exp(∓πi·j²/n)}, a convolution computed by power-of-two transforms of length m ≥ 2n - 1.
     */
    private static final class Bluestein {
        private final int n;
        private final int m;
        private final Dft pow2;
        private final double[] chirpRe;
        private final double[] chirpIm;
        // the transform of the conjugate chirp laid out for a circular convolution (forward direction)
        private final double[] kernelRe;
        private final double[] kernelIm;

        Bluestein(int n) {
            this.n = n;
            int size = Integer.highestOneBit(2 * n - 1);
            m = size < 2 * n - 1 ? size * 2 : size;
            pow2 = new Dft(m);
            chirpRe = new double[n];
            chirpIm = new double[n];
            for (int j = 0; j < n; j++) {
                // j² mod 2n keeps the angle small, so large j lose no precision
                double a = Math.PI * ((long) j * j % (2L * n)) / n;
                chirpRe[j] = Math.cos(a);
                chirpIm[j] = -Math.sin(a);
            }
            kernelRe = new double[m];
            kernelIm = new double[m];
            kernelRe[0] = chirpRe[0];
            kernelIm[0] = -chirpIm[0];
            for (int j = 1; j < n; j++) {
                kernelRe[j] = chirpRe[j];
                kernelIm[j] = -chirpIm[j];
                kernelRe[m - j] = chirpRe[j];
                kernelIm[m - j] = -chirpIm[j];
            }
            pow2.transform(kernelRe, kernelIm, false);
        }

        // the inverse transform is the forward one conjugated on both sides: conj(F(conj(x)))
        void transform(double[] re, double[] im, boolean inverse) {
            double sign = inverse ? -1 : 1;
            double[] aRe = new double[m];
            double[] aIm = new double[m];
            for (int j = 0; j < n; j++) {
                double xr = re[j];
                double xi = sign * im[j];
                aRe[j] = xr * chirpRe[j] - xi * chirpIm[j];
                aIm[j] = xr * chirpIm[j] + xi * chirpRe[j];
            }
            pow2.transform(aRe, aIm, false);
            for (int j = 0; j < m; j++) {
                double r = aRe[j] * kernelRe[j] - aIm[j] * kernelIm[j];
                double i = aRe[j] * kernelIm[j] + aIm[j] * kernelRe[j];
                aRe[j] = r;
                aIm[j] = i;
            }
            pow2.transform(aRe, aIm, true);
            for (int k = 0; k < n; k++) {
                double cr = aRe[k] / m;
                double ci = aIm[k] / m;
                re[k] = cr * chirpRe[k] - ci * chirpIm[k];
                im[k] = sign * (cr * chirpIm[k] + ci * chirpRe[k]);
            }
        }
    }
}
