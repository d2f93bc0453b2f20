package jtorch.internal.ops;

import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;

/**
 * The smooth activations of {@code torch.nn.functional} that PyTorch implements as kernels with their own
 * backward nodes: selu and celu (PyTorch's elu kernel with a scale and an input scale), logsigmoid, mish and
 * glu. Each op's dtype checks, forward (composed from elementwise ops, evaluated as one node) and backward
 * formula sit side by side; the formulas follow derivatives.yaml and are written with differentiable ops, so
 * double backward works.
 */
public final class SmoothActivationOps {
    // selu is elu with a scale: PyTorch records elu's nodes for it
    static final OpDef SELU = OpDef.withNode("selu", "EluBackward0", Saves.inputs(0));
    static final OpDef SELU_ = OpDef.withNode("selu_", "EluBackward1", Saves.OUTPUT);
    static final OpDef CELU = OpDef.of("celu", Saves.inputs(0));
    static final OpDef CELU_ = OpDef.of("celu_", 1, Saves.OUTPUT);
    static final OpDef LOG_SIGMOID = OpDef.withNode("log_sigmoid", "LogSigmoidBackward0", Saves.inputs(0));
    static final OpDef MISH = OpDef.of("mish", Saves.inputs(0));
    static final OpDef GLU = OpDef.of("glu", Saves.inputs(0));

    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private SmoothActivationOps() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    private static Tensor unary(OpDef op, Tensor x, UnaryOperator<Tensor> forward, Backward backward) {
        return Dispatch.apply(op, new Tensor[] {x}, () -> forward.apply(x), backward);
    }

    private static Tensor inPlace(OpDef op, Tensor x, UnaryOperator<Tensor> forward, UnaryOperator<Tensor> outOfPlace) {
        return Dispatch.inPlace(op, x, new Tensor[0], outOfPlace, () -> CopyOps.copyInto(x, forward.apply(x)));
    }

    // ---------------------------------------------------------------- selu / celu

    /**
     * PyTorch's elu kernel with its coefficients: {@code x > 0 ? scale * x : alpha * scale * (exp(inputScale * x) - 1)},
     * each coefficient converted to x's dtype first and {@code alpha * scale} multiplied in that dtype, as the
     * kernel does.
     */
    private record Elu(double alpha, double scale, double inputScale) {
        Tensor forward(Tensor x) {
            Tensor negcoef = coef(alpha, x).mul(coef(scale, x));
            return ComparisonOps.where(x.le(0), x.mul(coef(inputScale, x)).exp().sub(1.0).mul(negcoef),
                    x.mul(coef(scale, x)));
        }

        // elu_backward(grad, ..., is_result=false, self)
        Tensor gradFromInput(Tensor g, Tensor x) {
            Tensor negcoef = coef(alpha, x).mul(coef(scale, x));
            Tensor neg = g.mul(coef(inputScale, x)).mul(negcoef).mul(x.mul(coef(inputScale, x)).exp());
            return ComparisonOps.where(x.le(0), neg, g.mul(coef(scale, x)));
        }

        // elu_backward(grad, ..., is_result=true, result): exp(inputScale x) recovered from the result
        Tensor gradFromResult(Tensor g, Tensor y) {
            if (alpha < 0) {
                throw new IllegalStateException("In-place elu backward calculation is triggered with a negative slope "
                        + "which is not supported. This is caused by calling in-place forward function with a "
                        + "negative slope, please call out-of-place version instead.");
            }
            Tensor negcoef = coef(alpha, y).mul(coef(scale, y));
            return ComparisonOps.where(y.le(0), g.mul(coef(inputScale, y)).mul(y.add(negcoef)), g.mul(coef(scale, y)));
        }

        private static Tensor coef(double v, Tensor like) {
            return Torch.scalarTensor(v, like.dtype());
        }
    }

    private static final Elu SELU_COEFS = new Elu(SELU_ALPHA, SELU_SCALE, 1.0);

    /**
     * {@code scale * (x > 0 ? x : alpha * (exp(x) - 1))} with PyTorch's alpha ≈ 1.6733 and scale ≈ 1.0507.
     * PyTorch: {@code F.selu(input)} (node EluBackward0).
     */
    public static Tensor selu(Tensor x) {
        ActivationOps.checkFloating(x, "elu_cpu");
        return unary(SELU, x, SELU_COEFS::forward, (ctx, g) -> one(SELU_COEFS.gradFromInput(g[0], ctx.input(0))));
    }

    public static Tensor selu_(Tensor x) {
        ActivationOps.checkFloating(x, "elu_cpu");
        return inPlace(SELU_, x, SELU_COEFS::forward, v -> unary(SELU_, v, SELU_COEFS::forward,
                (ctx, g) -> one(SELU_COEFS.gradFromResult(g[0], ctx.output()))));
    }

    /** {@code x > 0 ? x : alpha * (exp(x / alpha) - 1)}. PyTorch: {@code F.celu(input, alpha=1.0)}. */
    public static Tensor celu(Tensor x, double alpha) {
        Elu e = celuCoefs(x, alpha);
        return unary(CELU, x, e::forward, (ctx, g) -> one(e.gradFromInput(g[0], ctx.input(0))));
    }

    public static Tensor celu_(Tensor x, double alpha) {
        Elu e = celuCoefs(x, alpha);
        return inPlace(CELU_, x, e::forward, v -> unary(CELU_, v, e::forward,
                (ctx, g) -> one(e.gradFromResult(g[0], ctx.output()))));
    }

    private static Elu celuCoefs(Tensor x, double alpha) {
        if (alpha == 0) {
            throw new ArithmeticException("ZeroDivisionError: alpha cannot be 0 for CELU");
        }
        ActivationOps.checkFloating(x, "elu_cpu");
        return new Elu(alpha, 1.0, 1.0 / alpha);
    }

    // ---------------------------------------------------------------- logsigmoid

    /**
     * {@code log(sigmoid(x))}, computed as PyTorch's kernel does: {@code min(x, 0) - log1p(exp(-|x|))}.
     * PyTorch: {@code F.logsigmoid(input)}; the gradient is {@code sigmoid(-x)}.
     */
    public static Tensor logsigmoid(Tensor x) {
        ActivationOps.checkFloating(x, "log_sigmoid_cpu");
        return unary(LOG_SIGMOID, x, v -> v.clampMax(0.0).sub(v.abs().neg().exp().log1p()), (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor z = v.abs().neg().exp();
            Tensor q = z.div(z.add(1.0));
            return one(g[0].mul(ComparisonOps.where(v.lt(0), q.rsub(1.0), q)));
        });
    }

    // ---------------------------------------------------------------- mish

    /** {@code x * tanh(softplus(x))}. PyTorch: {@code F.mish(input)}. */
    public static Tensor mish(Tensor x) {
        checkMish(x);
        return unary(MISH, x, SmoothActivationOps::mishForward, (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor t = v.exp().log1p().tanh();
            return one(g[0].mul(t.add(v.mul(v.sigmoid()).mul(t.square().rsub(1.0)))));
        });
    }

    public static Tensor mish_(Tensor x) {
        checkMish(x);
        return inPlace(MISH, x, SmoothActivationOps::mishForward, SmoothActivationOps::mish);
    }

    // PyTorch 1.13's CPU mish has no bfloat16 kernel, unlike the other activations
    private static void checkMish(Tensor x) {
        if (!x.dtype().isFloatingPoint() || Elementwise.isHalf(x.dtype())) {
            throw PointwiseOps.notImplemented("mish_cpu", x.dtype());
        }
    }

    private static Tensor mishForward(Tensor x) {
        return x.mul(x.exp().log1p().tanh());
    }

    // ---------------------------------------------------------------- glu

    /**
     * Gated linear unit: the first half of {@code dim} times the sigmoid of the second. PyTorch:
     * {@code F.glu(input, dim=-1)}; the size of dim must be even.
     */
    public static Tensor glu(Tensor x, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("glu does not support scalars because halving size must be even");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int n = x.size(d);
        if (n % 2 != 0) {
            throw new IllegalArgumentException("Halving dimension must be even, but dimension " + d + " is size " + n);
        }
        ActivationOps.checkFloating(x, "glu_cpu");
        int half = n / 2;
        return unary(GLU, x, v -> v.narrow(d, 0, half).mul(v.narrow(d, half, half).sigmoid()), (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor a = v.narrow(d, 0, half);
            Tensor s = v.narrow(d, half, half).sigmoid();
            Tensor ga = g[0].mul(s);
            Tensor gb = g[0].mul(a).mul(s).mul(s.rsub(1.0));
            return one(Torch.cat(List.of(ga, gb), d));
        });
    }
}
