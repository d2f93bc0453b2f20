package jtorch.internal.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.autograd.Backward;

/**
 * The activations of {@code torch.nn.functional} that PyTorch implements as kernels with their own
 * backward nodes (leaky_relu, elu, gelu, silu, softplus, hardtanh, prelu): each op's dtype checks,
 * forward (composed from elementwise ops, evaluated as one node) and backward formula, side by side.
 * The formulas follow PyTorch's derivatives.yaml, including its choices at the kinks (leaky_relu and
 * elu take the negative branch at 0, hardtanh passes no gradient at its bounds), and are written with
 * differentiable ops, so double backward works.
 */
public final class ActivationOps {
    static final OpDef LEAKY_RELU = OpDef.withNode("leaky_relu", "LeakyReluBackward0", Saves.inputs(0));
    static final OpDef ELU = OpDef.withNode("elu", "EluBackward0", Saves.inputs(0));
    // the in-place forms save their result instead of their input, hence PyTorch's second nodes
    static final OpDef LEAKY_RELU_ = OpDef.withNode("leaky_relu_", "LeakyReluBackward1", Saves.OUTPUT);
    static final OpDef ELU_ = OpDef.withNode("elu_", "EluBackward1", Saves.OUTPUT);
    static final OpDef GELU = OpDef.withNode("gelu", "GeluBackward0", Saves.inputs(0));
    static final OpDef SILU = OpDef.withNode("silu", "SiluBackward0", Saves.inputs(0));
    static final OpDef SOFTPLUS = OpDef.withNode("softplus", "SoftplusBackward0", Saves.inputs(0));
    static final OpDef HARDTANH = OpDef.withNode("hardtanh", "HardtanhBackward0", Saves.inputs(0));
    static final OpDef PRELU = OpDef.withNode("prelu", "PreluBackward0", Saves.inputs(0, 1));

    private static final double SQRT1_2 = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double GELU_BETA = Math.sqrt(2 / Math.PI);
    private static final double GELU_KAPPA = 0.044715;

    private ActivationOps() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    // PyTorch's CPU kernels of these ops are instantiated for float, double and bfloat16 only.
    static void checkFloating(Tensor x, String kernel) {
        DType d = x.dtype();
        if (d != DType.FLOAT32 && d != DType.FLOAT64 && d != DType.BFLOAT16) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(d) + "'");
        }
    }

    private static Tensor unary(OpDef op, Tensor x, UnaryOperator<Tensor> forward, Backward backward) {
        return Dispatch.apply(op, new Tensor[] {x}, () -> forward.apply(x), backward);
    }

    // An in-place activation: without recording it writes forward(x) into x, otherwise the
    // out-of-place op runs on a copy and x takes over its history (Dispatch.inPlace).
    private static Tensor inPlace(OpDef op, Tensor x, UnaryOperator<Tensor> forward, UnaryOperator<Tensor> outOfPlace) {
        return Dispatch.inPlace(op, x, new Tensor[0], outOfPlace, () -> CopyOps.copyInto(x, forward.apply(x)));
    }

    // ---------------------------------------------------------------- leaky_relu

    /** {@code x > 0 ? x : slope * x}. PyTorch: {@code F.leaky_relu(input, negative_slope)}. */
    public static Tensor leakyRelu(Tensor x, double slope) {
        checkFloating(x, "leaky_relu_cpu");
        return unary(LEAKY_RELU, x, v -> leakyReluForward(v, slope), (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(ComparisonOps.where(v.gt(0), g[0], g[0].mul(slope)));
        });
    }

    /** In place; the gradient is taken from the result, which PyTorch refuses for a negative slope. */
    public static Tensor leakyRelu_(Tensor x, double slope) {
        checkFloating(x, "leaky_relu_cpu");
        return inPlace(LEAKY_RELU_, x, v -> leakyReluForward(v, slope), v -> unary(LEAKY_RELU_, v,
                u -> leakyReluForward(u, slope), (ctx, g) -> {
                    if (slope < 0) {
                        throw new IllegalStateException("In-place leakyReLu backward calculation is triggered with a "
                                + "negative slope which is not supported. This is caused by calling in-place forward "
                                + "function with a negative slope, please call out-of-place version instead. File an "
                                + "issue at https://github.com/pytorch/pytorch if you do require supporting in-place "
                                + "leakRelu backward calculation with negative slope");
                    }
                    return one(ComparisonOps.where(ctx.output().gt(0), g[0], g[0].mul(slope)));
                }));
    }

    private static Tensor leakyReluForward(Tensor x, double slope) {
        return ComparisonOps.where(x.gt(0), x, x.mul(slope));
    }

    // ---------------------------------------------------------------- elu

    /**
     * {@code x > 0 ? x : alpha * (exp(x) - 1)}. PyTorch: {@code F.elu(input, alpha)}; like its kernel,
     * exp(x) - 1 rather than expm1.
     */
    public static Tensor elu(Tensor x, double alpha) {
        checkFloating(x, "elu_cpu");
        return unary(ELU, x, v -> eluForward(v, alpha), (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(ComparisonOps.where(v.le(0), g[0].mul(v.exp().mul(alpha)), g[0]));
        });
    }

    /** In place; the gradient is taken from the result (y + alpha where y &lt;= 0), as PyTorch's EluBackward1. */
    public static Tensor elu_(Tensor x, double alpha) {
        checkFloating(x, "elu_cpu");
        return inPlace(ELU_, x, v -> eluForward(v, alpha), v -> unary(ELU_, v, u -> eluForward(u, alpha), (ctx, g) -> {
            if (alpha < 0) {
                throw new IllegalStateException("In-place elu backward calculation is triggered with a negative slope "
                        + "which is not supported. This is caused by calling in-place forward function with a "
                        + "negative slope, please call out-of-place version instead.");
            }
            Tensor y = ctx.output();
            return one(ComparisonOps.where(y.le(0), g[0].mul(y.add(alpha)), g[0]));
        }));
    }

    private static Tensor eluForward(Tensor x, double alpha) {
        return ComparisonOps.where(x.le(0), x.exp().sub(1.0).mul(alpha), x);
    }

    // ---------------------------------------------------------------- gelu

    /**
     * Gaussian error linear unit, exact ({@code x * Phi(x)}, approximate "none") or with the tanh
     * approximation ("tanh"). PyTorch: {@code F.gelu(input, approximate)}.
     */
    public static Tensor gelu(Tensor x, String approximate) {
        boolean tanh = switch (approximate) {
            case "none" -> false;
            case "tanh" -> true;
            default -> throw new IllegalArgumentException("approximate argument must be either none or tanh.");
        };
        checkFloating(x, "GeluKernelImpl");
        return unary(GELU, x, v -> tanh ? geluTanhForward(v) : geluForward(v), (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(g[0].mul(tanh ? geluTanhDerivative(v) : geluDerivative(v)));
        });
    }

    private static Tensor geluForward(Tensor x) {
        return x.mul(0.5).mul(x.mul(SQRT1_2).erf().add(1.0));
    }

    // Phi(x) + x * phi(x)
    private static Tensor geluDerivative(Tensor x) {
        Tensor cdf = x.mul(SQRT1_2).erf().add(1.0).mul(0.5);
        Tensor pdf = x.square().mul(-0.5).exp().mul(INV_SQRT_2PI);
        return cdf.add(x.mul(pdf));
    }

    private static Tensor geluTanhInner(Tensor x) {
        return x.add(x.pow(3.0).mul(GELU_KAPPA)).mul(GELU_BETA);
    }

    private static Tensor geluTanhForward(Tensor x) {
        return x.mul(0.5).mul(geluTanhInner(x).tanh().add(1.0));
    }

    // d/dx [x/2 (1 + tanh(u))] = (1 + tanh u)/2 + x/2 (1 - tanh^2 u) u'
    private static Tensor geluTanhDerivative(Tensor x) {
        Tensor t = geluTanhInner(x).tanh();
        Tensor du = x.square().mul(3 * GELU_KAPPA).add(1.0).mul(GELU_BETA);
        return t.add(1.0).mul(0.5).add(x.mul(0.5).mul(t.square().rsub(1.0)).mul(du));
    }

    // ---------------------------------------------------------------- silu

    /** {@code x * sigmoid(x)}. PyTorch: {@code F.silu(input)}. */
    public static Tensor silu(Tensor x) {
        checkFloating(x, "silu_cpu");
        return unary(SILU, x, ActivationOps::siluForward, (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor s = v.sigmoid();
            return one(g[0].mul(s.mul(v.mul(s.rsub(1.0)).add(1.0))));
        });
    }

    public static Tensor silu_(Tensor x) {
        checkFloating(x, "silu_cpu");
        return inPlace(SILU, x, ActivationOps::siluForward, ActivationOps::silu);
    }

    private static Tensor siluForward(Tensor x) {
        return x.div(x.neg().exp().add(1.0));
    }

    // ---------------------------------------------------------------- softplus

    /**
     * {@code log(1 + exp(beta x)) / beta}, linear where {@code beta x > threshold}. PyTorch:
     * {@code F.softplus(input, beta, threshold)}.
     */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        checkFloating(x, "softplus_cpu");
        return unary(SOFTPLUS, x, v -> {
            Tensor bx = v.mul(beta);
            return ComparisonOps.where(bx.gt(threshold), v, bx.exp().log1p().div(beta));
        }, (ctx, g) -> {
            Tensor bx = ctx.input(0).mul(beta);
            Tensor z = bx.exp();
            return one(ComparisonOps.where(bx.gt(threshold), g[0], g[0].mul(z).div(z.add(1.0))));
        });
    }

    // ---------------------------------------------------------------- hardtanh

    /**
     * Clamps into [min, max] with no gradient at or beyond the bounds. PyTorch:
     * {@code F.hardtanh(input, min_val, max_val)}; integer inputs keep their dtype, their bounds
     * truncated to integers as PyTorch does.
     */
    public static Tensor hardtanh(Tensor x, double min, double max) {
        checkHardtanh(x, min, max);
        return unary(HARDTANH, x, v -> hardtanhForward(v, min, max), (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(PointwiseOps.passWhere(v.gt(min).logicalAnd(v.lt(max)), g[0]));
        });
    }

    public static Tensor hardtanh_(Tensor x, double min, double max) {
        checkHardtanh(x, min, max);
        return inPlace(HARDTANH, x, v -> hardtanhForward(v, min, max), v -> hardtanh(v, min, max));
    }

    private static void checkHardtanh(Tensor x, double min, double max) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Bool inputs not supported for hardtanh");
        }
        if (x.dtype() == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("clamp_scalar_cpu", x.dtype());
        }
        if (x.dtype() == DType.UINT8 && ((long) min < 0 || (long) max < 0)) {
            throw new IllegalArgumentException("cannot do hardtanh on an unsigned type with negative limits");
        }
    }

    private static Tensor hardtanhForward(Tensor x, double min, double max) {
        return x.isFloatingPoint() ? x.clamp(min, max) : x.clamp((long) min, (long) max);
    }

    // ---------------------------------------------------------------- prelu

    /**
     * {@code x > 0 ? x : w * x} with a learnable slope per channel (dim 1) or one shared slope.
     * PyTorch: {@code F.prelu(input, weight)}; the weight's gradient sums over all other dims.
     */
    public static Tensor prelu(Tensor x, Tensor weight) {
        checkFloating(x, "prelu_cpu");
        if (weight.dim() > 1) {
            throw new IllegalArgumentException("prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = "
                    + weight.dim());
        }
        if (weight.dtype() != x.dtype()) {
            throw new IllegalArgumentException("Found dtype " + TypePromotion.scalarTypeName(weight.dtype())
                    + " but expected " + TypePromotion.scalarTypeName(x.dtype()));
        }
        int n = weight.numel();
        if (n != 1) {
            if (x.dim() == 0) {
                throw new IllegalArgumentException("Not allow zero-dim input tensor.");
            }
            int channels = x.dim() > 1 ? x.size(1) : 1;
            if (channels != n) {
                throw new IllegalArgumentException("Mismatch of parameter numbers and input channel size. Found "
                        + "parameter numbers = " + n + " and channel size = " + channels + ".");
            }
        }
        int[] wshape = preluWeightShape(x, n);
        return Dispatch.apply(PRELU, new Tensor[] {x, weight}, () -> {
            Tensor w = weight.reshape(wshape);
            return ComparisonOps.where(x.gt(0), x, x.mul(w));
        }, (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor w = ctx.input(1);
            Tensor positive = v.gt(0);
            Tensor gx = ctx.needsInputGrad(0) ? ComparisonOps.where(positive, g[0], g[0].mul(w.reshape(wshape))) : null;
            Tensor gw = null;
            if (ctx.needsInputGrad(1)) {
                Tensor contrib = PointwiseOps.passWhere(positive.logicalNot(), v.mul(g[0]));
                gw = ViewOps.sumTo(contrib, wshape).reshape(w.sizes());
            }
            return new Tensor[] {gx, gw};
        });
    }

    // the weight viewed so that it broadcasts along dim 1 (or everywhere, when there is one slope)
    private static int[] preluWeightShape(Tensor x, int n) {
        if (n == 1 || x.dim() < 2) {
            return new int[0];
        }
        int[] shape = new int[x.dim()];
        java.util.Arrays.fill(shape, 1);
        shape[1] = n;
        return shape;
    }
}
