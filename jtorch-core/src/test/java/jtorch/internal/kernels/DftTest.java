package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The FFT kernel against the defining O(n²) sum in double, for every length up to 100 (all radix mixes, primes past
 * the direct radices and so Bluestein) and a few large ones, forward and inverse.
 */
class DftTest {
    private static double[][] naive(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double a = (inverse ? 2 : -2) * Math.PI * ((long) j * k % n) / n;
                out[0][k] += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                out[1][k] += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
        }
        return out;
    }

    private static void check(int n, boolean inverse, Random rnd) {
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = rnd.nextGaussian();
            im[j] = rnd.nextGaussian();
        }
        double[][] want = naive(re, im, inverse);
        new Dft(n).transform(re, im, inverse);
        double tol = 1e-12 * n * Math.sqrt(n) + 1e-12;
        for (int k = 0; k < n; k++) {
            assertEquals(want[0][k], re[k], tol, "n=" + n + " inverse=" + inverse + " re[" + k + "]");
            assertEquals(want[1][k], im[k], tol, "n=" + n + " inverse=" + inverse + " im[" + k + "]");
        }
    }

    @Test
    void everySmallLength() {
        Random rnd = new Random(5);
        for (int n = 1; n <= 100; n++) {
            check(n, false, rnd);
            check(n, true, rnd);
        }
    }

    @Test
    void largeLengths() {
        Random rnd = new Random(7);
        // a power of two, a smooth length, a large prime (Bluestein) and a prime times a power of two
        for (int n : new int[] {1024, 960, 1009, 2 * 521}) {
            check(n, false, rnd);
            check(n, true, rnd);
        }
    }

    @Test
    void quarterTurnsKeepNonFiniteValuesInTheirComponent() {
        // x = [1, nan, 2, 3]: X[1] = x0 - i·x1 - x2 + i·x3 keeps its real part finite, as PyTorch's pocketfft does
        double[] re = {1, Double.NaN, 2, 3};
        double[] im = new double[4];
        new Dft(4).transform(re, im, false);
        assertEquals(-1, re[1]);
        assertEquals(0, im[0]);
        assertEquals(Double.NaN, im[1]);
    }
}
