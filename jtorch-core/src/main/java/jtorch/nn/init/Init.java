package jtorch.nn.init;

import java.util.Locale;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.InitOps;

/**
 * Weight initialisation, in place and without recording gradients. PyTorch: {@code torch.nn.init}.
 * Each function draws from the default generator exactly as PyTorch's does (e.g.
 * {@code kaimingUniform_} is one {@code uniform_(-bound, bound)} on the tensor), so the same seed gives
 * the same weights, and each passes through the dispatcher as an op of module {@code torch.nn.init},
 * so a {@code TorchFunctionMode} can skip it (the seed notes' {@code EmptyInitOnDevice}).
 */
public final class Init {

    private Init() {
    }

    // ---------------------------------------------------------------- gains and fans

    /** {@link #calculateGain(String, Double)} with no parameter (leaky_relu's slope defaults to 0.01). */
    public static double calculateGain(String nonlinearity) {
        return calculateGain(nonlinearity, null);
    }

    /**
     * The recommended gain for a nonlinearity: 1 for linear/conv/sigmoid, 5/3 for tanh, sqrt(2) for
     * relu, sqrt(2 / (1 + slope²)) for leaky_relu, 3/4 for selu. PyTorch: {@code nn.init.calculate_gain}.
     */
    public static double calculateGain(String nonlinearity, Double param) {
        switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
                 "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu":
                double slope = param == null ? 0.01 : param;
                return Math.sqrt(2.0 / (1 + slope * slope));
            case "selu":
                return 3.0 / 4;
            default:
                throw new IllegalArgumentException("Unsupported nonlinearity " + nonlinearity);
        }
    }

    /**
     * {fan_in, fan_out}: size(1) and size(0), each times the receptive field (the product of the dims
     * after the first two). PyTorch: {@code nn.init._calculate_fan_in_and_fan_out}.
     */
    public static int[] calculateFanInAndFanOut(Tensor t) {
        if (t.dim() < 2) {
            throw new IllegalArgumentException("Fan in and fan out can not be computed for tensor with fewer than 2 "
                    + "dimensions");
        }
        int receptive = 1;
        for (int d = 2; d < t.dim(); d++) {
            receptive *= t.size(d);
        }
        return new int[] {t.size(1) * receptive, t.size(0) * receptive};
    }

    private static int correctFan(Tensor t, String mode) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("fan_in") && !m.equals("fan_out")) {
            throw new IllegalArgumentException("Mode " + m + " not supported, please use one of ['fan_in', 'fan_out']");
        }
        int[] fans = calculateFanInAndFanOut(t);
        return m.equals("fan_in") ? fans[0] : fans[1];
    }

    // ---------------------------------------------------------------- plain distributions and constants

    /** Fills with U(0, 1). PyTorch: {@code nn.init.uniform_(tensor)}. */
    public static Tensor uniform_(Tensor t) {
        return uniform_(t, 0, 1);
    }

    /** Fills with U(a, 1). PyTorch: {@code nn.init.uniform_(tensor, a)}. */
    public static Tensor uniform_(Tensor t, double a) {
        return uniform_(t, a, 1);
    }

    /** Fills with U(a, b). PyTorch: {@code nn.init.uniform_(tensor, a, b)}. */
    public static Tensor uniform_(Tensor t, double a, double b) {
        return InitOps.run(InitOps.UNIFORM_, t, () -> t.uniform_(a, b));
    }

    /** Fills with N(0, 1). PyTorch: {@code nn.init.normal_(tensor)}. */
    public static Tensor normal_(Tensor t) {
        return normal_(t, 0, 1);
    }

    /** Fills with N(mean, 1), as the seed notes' {@code normal_(m.weight.data, 0.1)} does. PyTorch: {@code nn.init.normal_(tensor, mean)}. */
    public static Tensor normal_(Tensor t, double mean) {
        return normal_(t, mean, 1);
    }

    /** Fills with N(mean, std²). PyTorch: {@code nn.init.normal_(tensor, mean, std)}. */
    public static Tensor normal_(Tensor t, double mean, double std) {
        return InitOps.run(InitOps.NORMAL_, t, () -> t.normal_(mean, std));
    }

    /** {@link #truncNormal_(Tensor, double, double, double, double)} with N(0, 1) cut to [-2, 2]. */
    public static Tensor truncNormal_(Tensor t) {
        return truncNormal_(t, 0, 1, -2, 2);
    }

    /**
     * Fills with N(mean, std²) truncated to [a, b], by the inverse CDF of a uniform draw between the
     * bounds' CDF values. PyTorch: {@code nn.init.trunc_normal_(tensor, mean, std, a, b)}.
     */
    public static Tensor truncNormal_(Tensor t, double mean, double std, double a, double b) {
        return InitOps.run(InitOps.TRUNC_NORMAL_, t, () -> {
            double l = normCdf((a - mean) / std);
            double u = normCdf((b - mean) / std);
            t.uniform_(2 * l - 1, 2 * u - 1);
            t.erfinv_();
            t.mul_(std * Math.sqrt(2.0));
            t.add_(mean);
            t.clamp_(a, b);
        });
    }

    private static double normCdf(double x) {
        return (1.0 + Torch.scalarTensor(x / Math.sqrt(2.0), DType.FLOAT64).erf().item()) / 2.0;
    }

    /** Fills with {@code value}. PyTorch: {@code nn.init.constant_}. */
    public static Tensor constant_(Tensor t, double value) {
        return InitOps.run(InitOps.CONSTANT_, t, () -> t.fill_(value));
    }

    /** PyTorch: {@code nn.init.ones_}. */
    public static Tensor ones_(Tensor t) {
        return InitOps.run(InitOps.ONES_, t, () -> t.fill_(1.0));
    }

    /** PyTorch: {@code nn.init.zeros_}. */
    public static Tensor zeros_(Tensor t) {
        return InitOps.run(InitOps.ZEROS_, t, t::zero_);
    }

    /** Fills a 2-D tensor with the identity (ones on the main diagonal). PyTorch: {@code nn.init.eye_}. */
    public static Tensor eye_(Tensor t) {
        if (t.dim() != 2) {
            throw new IllegalArgumentException("Only tensors with 2 dimensions are supported");
        }
        return InitOps.run(InitOps.EYE_, t, () -> t.copy_(Torch.eye(Torch.options().dtype(t.dtype()), t.size(0), t.size(1))));
    }

    /** {@link #dirac_(Tensor, int)} with one group. */
    public static Tensor dirac_(Tensor t) {
        return dirac_(t, 1);
    }

    /**
     * Fills a 3/4/5-D convolution weight with the Dirac delta (a 1 at the kernel centre of output
     * channel d, input channel d), per group. PyTorch: {@code nn.init.dirac_(tensor, groups)}.
     */
    public static Tensor dirac_(Tensor t, int groups) {
        int dims = t.dim();
        if (dims < 3 || dims > 5) {
            throw new IllegalArgumentException("Only tensors with 3, 4, or 5 dimensions are supported");
        }
        if (t.size(0) % groups != 0) {
            throw new IllegalArgumentException("dim 0 must be divisible by groups");
        }
        int outPerGroup = t.size(0) / groups;
        int minDim = Math.min(outPerGroup, t.size(1));
        return InitOps.run(InitOps.DIRAC_, t, () -> {
            t.zero_();
            for (int g = 0; g < groups; g++) {
                for (int d = 0; d < minDim; d++) {
                    Tensor e = t.select(0, g * outPerGroup + d).select(0, d);
                    for (int k = 2; k < dims; k++) {
                        e = e.select(0, t.size(k) / 2);
                    }
                    e.fill_(1.0);
                }
            }
        });
    }

    // ---------------------------------------------------------------- fan-scaled (Glorot, He)

    /** {@link #xavierUniform_(Tensor, double)} with gain 1. */
    public static Tensor xavierUniform_(Tensor t) {
        return xavierUniform_(t, 1.0);
    }

    /**
     * Glorot uniform: U(-a, a) with a = gain·sqrt(6 / (fan_in + fan_out)). PyTorch:
     * {@code nn.init.xavier_uniform_(tensor, gain)}.
     */
    public static Tensor xavierUniform_(Tensor t, double gain) {
        double a = Math.sqrt(3.0) * xavierStd(t, gain);
        return InitOps.run(InitOps.XAVIER_UNIFORM_, t, () -> t.uniform_(-a, a));
    }

    /** {@link #xavierNormal_(Tensor, double)} with gain 1. */
    public static Tensor xavierNormal_(Tensor t) {
        return xavierNormal_(t, 1.0);
    }

    /** Glorot normal: N(0, std²) with std = gain·sqrt(2 / (fan_in + fan_out)). PyTorch: {@code nn.init.xavier_normal_}. */
    public static Tensor xavierNormal_(Tensor t, double gain) {
        double std = xavierStd(t, gain);
        return InitOps.run(InitOps.XAVIER_NORMAL_, t, () -> t.normal_(0.0, std));
    }

    private static double xavierStd(Tensor t, double gain) {
        int[] fans = calculateFanInAndFanOut(t);
        if (fans[0] + fans[1] == 0) {
            throw new ArithmeticException("float division by zero");
        }
        return gain * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
    }

    /** He uniform with PyTorch's defaults: a = 0, mode "fan_in", nonlinearity "leaky_relu". */
    public static Tensor kaimingUniform_(Tensor t) {
        return kaimingUniform_(t, 0, "fan_in", "leaky_relu");
    }

    /** He uniform with negative slope {@code a} (leaky_relu), mode "fan_in". */
    public static Tensor kaimingUniform_(Tensor t, double a) {
        return kaimingUniform_(t, a, "fan_in", "leaky_relu");
    }

    /**
     * He uniform: U(-bound, bound) with bound = gain·sqrt(3 / fan), gain = calculateGain(nonlinearity,
     * a), fan chosen by mode ("fan_in" or "fan_out"). PyTorch: {@code nn.init.kaiming_uniform_}. A
     * tensor with no elements is left as it is.
     */
    public static Tensor kaimingUniform_(Tensor t, double a, String mode, String nonlinearity) {
        if (t.numel() == 0) {
            jtorch.Warnings.warnOnce("Initializing zero-element tensors is a no-op");
            return t;
        }
        double bound = Math.sqrt(3.0) * kaimingStd(t, a, mode, nonlinearity);
        return InitOps.run(InitOps.KAIMING_UNIFORM_, t, () -> t.uniform_(-bound, bound));
    }

    /** He normal with PyTorch's defaults: a = 0, mode "fan_in", nonlinearity "leaky_relu". */
    public static Tensor kaimingNormal_(Tensor t) {
        return kaimingNormal_(t, 0, "fan_in", "leaky_relu");
    }

    /** He normal with negative slope {@code a} (leaky_relu), mode "fan_in". */
    public static Tensor kaimingNormal_(Tensor t, double a) {
        return kaimingNormal_(t, a, "fan_in", "leaky_relu");
    }

    /** He normal: N(0, std²) with std = gain / sqrt(fan). PyTorch: {@code nn.init.kaiming_normal_}. */
    public static Tensor kaimingNormal_(Tensor t, double a, String mode, String nonlinearity) {
        if (t.numel() == 0) {
            jtorch.Warnings.warnOnce("Initializing zero-element tensors is a no-op");
            return t;
        }
        double std = kaimingStd(t, a, mode, nonlinearity);
        return InitOps.run(InitOps.KAIMING_NORMAL_, t, () -> t.normal_(0.0, std));
    }

    private static double kaimingStd(Tensor t, double a, String mode, String nonlinearity) {
        int fan = correctFan(t, mode);
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    // ---------------------------------------------------------------- structured

    /** {@link #orthogonal_(Tensor, double)} with gain 1. */
    public static Tensor orthogonal_(Tensor t) {
        return orthogonal_(t, 1.0);
    }

    /**
     * Fills with a (semi-)orthogonal matrix, trailing dims flattened: a N(0, 1) draw of shape
     * (rows, numel / rows), the Q of its QR factorisation (of its transpose when wide) with column
     * signs taken from diag(R), times gain. PyTorch: {@code nn.init.orthogonal_(tensor, gain)}.
     */
    public static Tensor orthogonal_(Tensor t, double gain) {
        if (t.dim() < 2) {
            throw new IllegalArgumentException("Only tensors with 2 or more dimensions are supported");
        }
        if (t.numel() == 0) {
            return t;
        }
        int rows = t.size(0);
        int cols = t.numel() / rows;
        return InitOps.run(InitOps.ORTHOGONAL_, t, () -> {
            Tensor flat = Torch.empty(Torch.options().dtype(t.dtype()), rows, cols).normal_(0.0, 1.0);
            boolean wide = rows < cols;
            Tensor tall = wide ? flat.t() : flat;
            int m = tall.size(0);
            int n = tall.size(1);
            double[] values = tall.contiguous().toDoubleArray();
            double[][] a = new double[m][n];
            for (int i = 0; i < m; i++) {
                System.arraycopy(values, i * n, a[i], 0, n);
            }
            double[][] q = HouseholderQr.signFixedQ(a);
            double[] out = new double[m * n];
            for (int i = 0; i < m; i++) {
                System.arraycopy(q[i], 0, out, i * n, n);
            }
            Tensor qt = Torch.fromArray(out, m, n).to(t.dtype());
            if (wide) {
                qt = qt.t();
            }
            t.copy_(qt.reshape(t.sizes()));
            t.mul_(gain);
        });
    }

    /** {@link #sparse_(Tensor, double, double)} with std 0.01. */
    public static Tensor sparse_(Tensor t, double sparsity) {
        return sparse_(t, sparsity, 0.01);
    }

    /**
     * Fills a 2-D tensor from N(0, std²), then zeroes ceil(sparsity·rows) entries of every column, chosen
     * by a fresh {@code randperm(rows)} per column. PyTorch: {@code nn.init.sparse_(tensor, sparsity, std)}.
     */
    public static Tensor sparse_(Tensor t, double sparsity, double std) {
        if (t.dim() != 2) {
            throw new IllegalArgumentException("Only tensors with 2 dimensions are supported");
        }
        int rows = t.size(0);
        int cols = t.size(1);
        int zeros = (int) Math.ceil(sparsity * rows);
        return InitOps.run(InitOps.SPARSE_, t, () -> {
            t.normal_(0.0, std);
            for (int c = 0; c < cols; c++) {
                long[] perm = Torch.randperm(rows).toLongArray();
                Tensor column = t.select(1, c);
                for (int i = 0; i < zeros && i < rows; i++) {
                    column.select(0, (int) perm[i]).fill_(0.0);
                }
            }
        });
    }
}
