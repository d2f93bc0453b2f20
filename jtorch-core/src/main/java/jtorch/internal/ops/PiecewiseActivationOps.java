package jtorch.internal.ops;

import java.util.function.UnaryOperator;
import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Backward;

/**
 * The piecewise activations of {@code torch.nn.functional} that PyTorch implements as kernels with their own
 * backward nodes: threshold, hardshrink, softshrink, hardsigmoid, hardswish and rrelu. Each op's dtype checks,
 * forward (composed from elementwise ops, evaluated as one node) and backward formula sit side by side; the
 * formulas follow derivatives.yaml, including which side of a kink gets the gradient, and are written with
 * differentiable ops, so double backward works.
 */
public final class PiecewiseActivationOps {
    static final OpDef THRESHOLD = OpDef.of("threshold", Saves.inputs(0));
    // in place, PyTorch keeps a copy of the input: its own node, the same formula
    static final OpDef THRESHOLD_ = OpDef.of("threshold_", 1, Saves.inputs(0));
    static final OpDef HARDSHRINK = OpDef.of("hardshrink", Saves.inputs(0));
    static final OpDef SOFTSHRINK = OpDef.of("softshrink", Saves.inputs(0));
    static final OpDef HARDSIGMOID = OpDef.of("hardsigmoid", Saves.inputs(0));
    static final OpDef HARDSWISH = OpDef.of("hardswish", Saves.inputs(0));
    /** Inputs (input, noise): the noise holds each element's slope, drawn in training. */
    static final OpDef RRELU_WITH_NOISE = OpDef.of("rrelu_with_noise", Saves.inputs(0, 1));
    static final OpDef RRELU_WITH_NOISE_ = OpDef.withNode("rrelu_with_noise_", "RreluWithNoiseBackward1",
            Saves.inputs(1).andOutput());

    private PiecewiseActivationOps() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    private static Tensor unary(OpDef op, Tensor x, UnaryOperator<Tensor> forward, Backward backward) {
        return Dispatch.apply(op, new Tensor[] {x}, () -> forward.apply(x), backward);
    }

    // writes forward(x) into x, or runs the out-of-place op on a copy when recording (Dispatch.inPlace)
    private static Tensor inPlace(OpDef op, Tensor x, UnaryOperator<Tensor> forward, UnaryOperator<Tensor> outOfPlace) {
        return Dispatch.inPlace(op, x, new Tensor[0], outOfPlace, () -> CopyOps.copyInto(x, forward.apply(x)));
    }

    // a Python scalar as PyTorch's kernels see it: converted to the tensor's dtype first
    private static Tensor scalar(double v, Tensor like) {
        return Torch.scalarTensor(v, like.dtype());
    }

    // ---------------------------------------------------------------- threshold

    /**
     * {@code x <= threshold ? value : x}, with threshold and value converted to x's dtype (so an integer
     * tensor compares with the truncated threshold). PyTorch: {@code F.threshold(input, threshold, value)};
     * the gradient passes where {@code x > threshold}.
     */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        checkThreshold(x);
        return unary(THRESHOLD, x, v -> thresholdForward(v, threshold, value), thresholdGrad(threshold));
    }

    // threshold_backward(grad, self, threshold): passes where self > threshold
    private static Backward thresholdGrad(double threshold) {
        return (ctx, g) -> one(PointwiseOps.passWhere(ctx.input(0).gt(scalar(threshold, ctx.input(0))), g[0]));
    }

    /** In place; the gradient still tests the input (PyTorch's ThresholdBackward1 keeps a copy of it). */
    public static Tensor threshold_(Tensor x, double threshold, double value) {
        checkThreshold(x);
        return inPlace(THRESHOLD_, x, v -> thresholdForward(v, threshold, value), v -> unary(THRESHOLD_, v,
                u -> thresholdForward(u, threshold, value), thresholdGrad(threshold)));
    }

    private static void checkThreshold(Tensor x) {
        if (x.dtype() == DType.BOOL || x.dtype() == DType.FLOAT16) {
            throw PointwiseOps.notImplemented("threshold_cpu", x.dtype());
        }
    }

    private static Tensor thresholdForward(Tensor x, double threshold, double value) {
        return ComparisonOps.where(x.le(scalar(threshold, x)), scalar(value, x), x);
    }

    // ---------------------------------------------------------------- hardshrink / softshrink

    /** {@code |x| <= lambd ? 0 : x}. PyTorch: {@code F.hardshrink(input, lambd=0.5)}. */
    public static Tensor hardshrink(Tensor x, double lambd) {
        ActivationOps.checkFloating(x, "hardshrink_cpu");
        return unary(HARDSHRINK, x, v -> PointwiseOps.passWhere(outside(v, lambd), v),
                (ctx, g) -> one(PointwiseOps.passWhere(outside(ctx.input(0), lambd), g[0])));
    }

    /**
     * {@code x - lambd} above lambd, {@code x + lambd} below -lambd, else 0. PyTorch:
     * {@code F.softshrink(input, lambd=0.5)}; lambd must not be negative.
     */
    public static Tensor softshrink(Tensor x, double lambd) {
        if (!(lambd >= 0)) {
            throw new IllegalArgumentException("lambda must be greater or equal to 0, but found to be "
                    + cppDouble(lambd) + ".");
        }
        ActivationOps.checkFloating(x, "softshrink_cpu");
        return unary(SOFTSHRINK, x, v -> {
            Tensor l = scalar(lambd, v);
            return ComparisonOps.where(v.gt(l), v.sub(l), ComparisonOps.where(v.lt(l.neg()), v.add(l),
                    scalar(0, v)));
        }, (ctx, g) -> one(PointwiseOps.passWhere(outside(ctx.input(0), lambd), g[0])));
    }

    /** A double as C++'s ostream prints it in PyTorch's messages: 6 significant digits, no trailing zeros (-1, 0.5). */
    static String cppDouble(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    // |x| > lambd, as PyTorch's shrink kernels test it (NaN counts as outside, so it passes through)
    private static Tensor outside(Tensor x, double lambd) {
        Tensor l = scalar(lambd, x);
        return x.ge(l.neg()).logicalAnd(x.le(l)).logicalNot();
    }

    // ---------------------------------------------------------------- hardsigmoid / hardswish

    /**
     * {@code relu6(x + 3) / 6}. PyTorch: {@code F.hardsigmoid(input)}; the gradient is 1/6 on (-3, 3), that 1/6
     * a float constant in PyTorch's kernel even for double.
     */
    public static Tensor hardsigmoid(Tensor x) {
        ActivationOps.checkFloating(x, "hardsigmoid_cpu");
        return unary(HARDSIGMOID, x, PiecewiseActivationOps::hardsigmoidForward, (ctx, g) -> {
            Tensor v = ctx.input(0);
            return one(PointwiseOps.passWhere(v.gt(-3.0).logicalAnd(v.lt(3.0)), g[0].mul((double) (1.0f / 6.0f))));
        });
    }

    public static Tensor hardsigmoid_(Tensor x) {
        ActivationOps.checkFloating(x, "hardsigmoid_cpu");
        return inPlace(HARDSIGMOID, x, PiecewiseActivationOps::hardsigmoidForward, PiecewiseActivationOps::hardsigmoid);
    }

    private static Tensor hardsigmoidForward(Tensor x) {
        return x.add(3.0).clamp(0.0, 6.0).div(6.0);
    }

    /**
     * {@code x * relu6(x + 3) / 6}. PyTorch: {@code F.hardswish(input)}; the gradient is 0 below -3,
     * {@code x / 3 + 1/2} on [-3, 3] and 1 above.
     */
    public static Tensor hardswish(Tensor x) {
        ActivationOps.checkFloating(x, "hardswish_cpu");
        return unary(HARDSWISH, x, PiecewiseActivationOps::hardswishForward, (ctx, g) -> {
            Tensor v = ctx.input(0);
            Tensor middle = ComparisonOps.where(v.le(3.0), g[0].mul(v.div(3.0).add(0.5)), g[0]);
            return one(PointwiseOps.passWhere(v.lt(-3.0).logicalNot(), middle));
        });
    }

    public static Tensor hardswish_(Tensor x) {
        ActivationOps.checkFloating(x, "hardswish_cpu");
        return inPlace(HARDSWISH, x, PiecewiseActivationOps::hardswishForward, PiecewiseActivationOps::hardswish);
    }

    private static Tensor hardswishForward(Tensor x) {
        return x.mul(x.add(3.0).clamp(0.0, 6.0)).div(6.0);
    }

    // ---------------------------------------------------------------- rrelu

    /**
     * Randomized leaky relu. In training each element {@code <= 0} is multiplied by a slope drawn uniformly
     * from [lower, upper) — one double draw of the default generator per such element, in memory order, the
     * bounds first converted to the input's dtype, as PyTorch's CPU kernel draws — and the slopes are kept
     * for the gradient; in evaluation the slope is {@code (lower + upper) / 2}. PyTorch:
     * {@code F.rrelu(input, lower=1/8, upper=1/3, training=False)} (node RreluWithNoiseBackward0).
     */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training) {
        checkRrelu(x, training);
        Tensor noise = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
        return Dispatch.apply(RRELU_WITH_NOISE, new Tensor[] {x, noise}, () -> rreluForward(x, noise, lower, upper,
                training), (ctx, g) -> new Tensor[] {rreluGrad(g[0], ctx.input(0), ctx.input(1), lower, upper, training),
                null});
    }

    /** In place; the gradient is read from the result and the noise (RreluWithNoiseBackward1). */
    public static Tensor rrelu_(Tensor x, double lower, double upper, boolean training) {
        checkRrelu(x, training);
        Tensor noise = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
        return Dispatch.inPlace(RRELU_WITH_NOISE_, x, new Tensor[0], v -> Dispatch.apply(RRELU_WITH_NOISE_,
                new Tensor[] {v, noise}, () -> rreluForward(v, noise, lower, upper, training),
                (ctx, g) -> new Tensor[] {rreluGrad(g[0], ctx.output(), ctx.input(1), lower, upper, training), null}),
                () -> CopyOps.copyInto(x, rreluForward(x, noise, lower, upper, training)));
    }

    private static void checkRrelu(Tensor x, boolean training) {
        ActivationOps.checkFloating(x, training ? "rrelu_with_noise_out_cpu" : "leaky_relu_cpu");
    }

    private static Tensor rreluForward(Tensor x, Tensor noise, double lower, double upper, boolean training) {
        if (!training) {
            return ComparisonOps.where(x.gt(0), x, x.mul((lower + upper) / 2));
        }
        double[] in = x.toDoubleArray();
        double[] slopes = new double[in.length];
        double from = Torch.scalarTensor(lower, x.dtype()).item();
        double to = Torch.scalarTensor(upper, x.dtype()).item();
        Generator gen = Generator.defaultGenerator();
        double[] draw = new double[1];
        for (int i = 0; i < in.length; i++) {
            if (in[i] <= 0) {
                gen.uniform(draw, 0, 1, from, to);
                slopes[i] = draw[0];
            } else {
                slopes[i] = 1;
            }
        }
        // the slopes round to x's dtype before they multiply, as the kernel's (scalar_t) cast does
        CopyOps.copyInto(noise, Torch.fromArray(slopes, x.sizes()));
        return x.mul(noise);
    }

    // training with a real range: the kept slopes; otherwise leaky relu's gradient at the mean slope
    private static Tensor rreluGrad(Tensor g, Tensor selfOrResult, Tensor noise, double lower, double upper,
                                    boolean training) {
        if (training && upper - lower > 1e-6) {
            return g.mul(noise);
        }
        return ComparisonOps.where(selfOrResult.gt(0), g, g.mul((lower + upper) / 2));
    }
}
