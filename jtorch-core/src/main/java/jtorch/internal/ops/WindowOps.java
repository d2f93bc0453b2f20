package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;

/**
 * logspace and the window functions (Bartlett, Blackman, Hamming, Hann, Kaiser). Each value is computed on the host
 * with PyTorch 1.13's CPU arithmetic: in double for logspace (cast once to the dtype), and for windows in the
 * dtype's own precision step by step as PyTorch's in-place composite (arange, mul_, cos_, add_) rounds it.
 */
public final class WindowOps {
    static final OpDef LOGSPACE = OpDef.nonDifferentiable("logspace");
    static final OpDef BARTLETT_WINDOW = OpDef.nonDifferentiable("bartlett_window");
    static final OpDef BLACKMAN_WINDOW = OpDef.nonDifferentiable("blackman_window");
    static final OpDef HAMMING_WINDOW = OpDef.nonDifferentiable("hamming_window");
    static final OpDef HANN_WINDOW = OpDef.nonDifferentiable("hann_window");
    static final OpDef KAISER_WINDOW = OpDef.nonDifferentiable("kaiser_window");

    private WindowOps() {
    }

    /** One value per index i of a window of (possibly periodic-extended) length n, rounded by {@code r}. */
    @FunctionalInterface
    private interface Formula {
        double at(int i, int n, Rounding r);
    }

    /** Rounds an intermediate result to the dtype PyTorch computes it in. */
    @FunctionalInterface
    private interface Rounding {
        double of(double v);
    }

    /**
     * {@code base ** linspace(start, end, steps)}, each power taken in double (exponents from the nearer end, as
     * PyTorch's kernel) and cast to the dtype. PyTorch: {@code torch.logspace(start, end, steps, base=10.0)}.
     */
    public static Tensor logspace(TensorOptions o, double start, double end, int steps, double base) {
        if (steps < 0) {
            throw new IllegalArgumentException("number of steps must be non-negative");
        }
        return Dispatch.factory(LOGSPACE, o, opts -> {
            Tensor t = CreationOps.allocate(opts, new int[] {steps});
            DType dtype = t.dtype();
            boolean integral = !dtype.isFloatingPoint();
            // start and end are converted to the dtype first; an integral result uses a float base
            double s = convert(start, dtype);
            double e = convert(end, dtype);
            double b = integral ? (float) base : base;
            double step = steps > 1 ? convert(e - s, dtype) / (steps - 1) : 0;
            Operands.backend(t).generate(Operands.of(t), DType.FLOAT64, (host, off, n) -> {
                int half = steps / 2;
                for (int i = 0; i < n; i++) {
                    double exponent = steps == 1 ? start : i < half ? Math.fma(step, i, s)
                            : Math.fma(-step, steps - i - 1, e);
                    host.setDouble(off + i, Math.pow(b, exponent));
                }
            });
            return t;
        });
    }

    // a double as PyTorch's Scalar::to<scalar_t>() gives it (integers truncate)
    private static double convert(double v, DType dtype) {
        if (dtype == DType.FLOAT32) {
            return (float) v;
        }
        return dtype.isFloatingPoint() ? v : (long) v;
    }

    private static Tensor window(OpDef op, String name, TensorOptions o, int length, boolean periodic, Formula f) {
        if (length < 0) {
            throw new IllegalArgumentException(name + " requires non-negative window_length, got window_length="
                    + length);
        }
        DType dtype = o.dtype() != null ? o.dtype() : Torch.getDefaultDtype();
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + " expects floating point dtypes, got: TensorOptions(dtype="
                    + cppTypeName(dtype) + ", device=cpu, layout=Strided (default), requires_grad=false (default), "
                    + "pinned_memory=false, memory_format=(nullopt))");
        }
        return Dispatch.factory(op, o, opts -> {
            Tensor t = CreationOps.allocate(opts, new int[] {length});
            int n = periodic ? length + 1 : length;
            Rounding r = t.dtype() == DType.FLOAT32 ? v -> (float) v : v -> v;
            Operands.backend(t).generate(Operands.of(t), DType.FLOAT64, (host, off, count) -> {
                for (int i = 0; i < count; i++) {
                    host.setDouble(off + i, length == 1 ? 1 : f.at(i, n, r));
                }
            });
            return t;
        });
    }

    private static String cppTypeName(DType d) {
        return switch (d) {
            case INT64 -> "long int";
            case INT32 -> "int";
            case INT16 -> "short int";
            case INT8 -> "signed char";
            case UINT8 -> "unsigned char";
            case BOOL -> "bool";
            default -> d.toString();
        };
    }

    /**
     * Triangle rising to 1 at the centre. PyTorch: {@code torch.bartlett_window(window_length, periodic=True)}.
     */
    public static Tensor bartlettWindow(TensorOptions o, int length, boolean periodic) {
        return window(BARTLETT_WINDOW, "bartlett_window", o, length, periodic, (i, n, r) -> {
            double v = r.of(i * r.of(2.0 / (n - 1)));
            int firstHalf = ((n - 1) >> 1) + 1;
            return i < firstHalf ? v : r.of(2 - v);
        });
    }

    /**
     * {@code 0.42 - 0.5 cos(2 pi i/(n-1)) + 0.08 cos(4 pi i/(n-1))}. PyTorch: {@code torch.blackman_window}.
     */
    public static Tensor blackmanWindow(TensorOptions o, int length, boolean periodic) {
        return window(BLACKMAN_WINDOW, "blackman_window", o, length, periodic, (i, n, r) -> {
            double w = r.of(i * r.of(Math.PI / (n - 1)));
            double far = r.of(r.of(Math.cos(r.of(w * 4))) * r.of(0.08));
            double near = r.of(r.of(Math.cos(r.of(w * 2))) * r.of(0.5));
            return r.of(r.of(far - near) + r.of(0.42));
        });
    }

    /**
     * {@code alpha - beta cos(2 pi i/(n-1))}. PyTorch: {@code torch.hamming_window(window_length, periodic=True,
     * alpha=0.54, beta=0.46)}.
     */
    public static Tensor hammingWindow(TensorOptions o, int length, boolean periodic, double alpha, double beta) {
        return hamming(HAMMING_WINDOW, "hamming_window", o, length, periodic, alpha, beta);
    }

    private static Tensor hamming(OpDef op, String name, TensorOptions o, int length, boolean periodic, double alpha,
            double beta) {
        return window(op, name, o, length, periodic, (i, n, r) -> {
            double c = r.of(Math.cos(r.of(i * r.of(Math.PI * 2. / (n - 1)))));
            return r.of(r.of(c * r.of(-beta)) + r.of(alpha));
        });
    }

    /** The Hamming window with alpha = beta = 0.5. PyTorch: {@code torch.hann_window(window_length, periodic=True)}. */
    public static Tensor hannWindow(TensorOptions o, int length, boolean periodic) {
        return hamming(HANN_WINDOW, "hann_window", o, length, periodic, 0.5, 0.5);
    }

    /**
     * {@code I0(beta sqrt(1 - ((i - a)/a)^2)) / I0(beta)} with a = (n-1)/2. PyTorch: {@code
     * torch.kaiser_window(window_length, periodic=True, beta=12.0)}.
     */
    public static Tensor kaiserWindow(TensorOptions o, int length, boolean periodic, double beta) {
        return window(KAISER_WINDOW, "kaiser_window", o, length, periodic, (i, n, r) -> {
            double a = r.of((n - 1) / 2.0);
            double b = r.of(beta);
            double q = r.of(r.of(i - a) / a);
            return r.of(r.of(besselI0(r.of(b * r.of(Math.sqrt(r.of(1 - r.of(q * q))))))) / r.of(besselI0(b)));
        });
    }

    /** The modified Bessel function I0 by its power series (all terms positive, so no cancellation). */
    private static double besselI0(double x) {
        double q = x * x / 4;
        double term = 1;
        double sum = 1;
        for (int k = 1; term > sum * 1e-17; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
