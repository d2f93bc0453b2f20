package jtorch.internal.ops;

import java.util.Arrays;
import java.util.function.BinaryOperator;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradMode;

/**
 * Loss functions with PyTorch's reductions ("mean", "sum", "none"), shape rules and messages.
 *
 * <p>Most losses are compositions of differentiable tensor ops, so their gradients and second
 * derivatives come from the ops they are built of. Primitives (an {@link OpDef} with the backward
 * beside the forward) exist only where PyTorch's exact numerics or memory need them:
 * <ul>
 *   <li>{@code nll_loss} / {@code nll_loss2d}: the gather with {@code ignore_index} and class weights and
 *       PyTorch's weighted mean; the backward keeps the targets and class weights, not the input.</li>
 *   <li>{@code binary_cross_entropy}: PyTorch clamps the logs at -100 and the backward's denominator at
 *       1e-12, which a composition would turn into inf/nan at inputs 0 and 1.</li>
 *   <li>{@code binary_cross_entropy_with_logits}: the log-sum-exp form that is stable at ±100, with
 *       PyTorch's sigmoid-based gradient (exact at 0, where a composition of abs/relu picks a subgradient).</li>
 *   <li>{@code _ctc_loss}: the alpha/beta recursion over the extended label sequence.</li>
 * </ul>
 * Warnings PyTorch prints (reduction='mean' for kl_div, broadcasting targets in l1/mse/smooth_l1/huber,
 * the legacy size_average/reduce arguments) belong to the warnings facility of another issue.
 */
public final class LossOps {
    static final OpDef MSE_LOSS = OpDef.withNode("mse_loss", "MseLossBackward0", Saves.inputs(0, 1));
    /** Inputs (input, target, weight); the backward reads the targets and weights, not the input. */
    static final OpDef NLL_LOSS = OpDef.withNode("nll_loss", "NllLossBackward0", Saves.inputs(1, 2));
    static final OpDef NLL_LOSS2D = OpDef.withNode("nll_loss2d", "NllLoss2DBackward0", Saves.inputs(1, 2));
    /** Inputs (input, target, weight). */
    static final OpDef BINARY_CROSS_ENTROPY = OpDef.withNode("binary_cross_entropy", "BinaryCrossEntropyBackward0",
            Saves.ALL_INPUTS);
    /** Inputs (input, target, weight, pos_weight). */
    static final OpDef BCE_WITH_LOGITS = OpDef.withNode("binary_cross_entropy_with_logits",
            "BinaryCrossEntropyWithLogitsBackward0", Saves.ALL_INPUTS);
    /** Inputs (log_probs, targets); the lengths are values of the formula. */
    static final OpDef CTC_LOSS = OpDef.withNode("_ctc_loss", "CtcLossBackward0", Saves.inputs(0));
    /** CTC's gradient as a node of its own, so that differentiating it fails as in PyTorch (no double backward). */
    static final OpDef CTC_LOSS_BACKWARD = OpDef.withNode("_ctc_loss_backward", "NotImplemented", Saves.NOTHING);

    private LossOps() {
    }

    // ---------------------------------------------------------------- reductions

    static void checkReduction(String reduction) {
        if (!reduction.equals("mean") && !reduction.equals("sum") && !reduction.equals("none")) {
            throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        }
    }

    /** The check of the losses PyTorch writes in Python (poisson_nll, gaussian_nll, multilabel_soft_margin). */
    private static void checkReductionPy(String reduction) {
        if (!reduction.equals("mean") && !reduction.equals("sum") && !reduction.equals("none")) {
            throw new IllegalArgumentException(reduction + " is not valid");
        }
    }

    /**
     * PyTorch's {@code _Reduction.legacy_get_string(size_average, reduce)}: an unset argument counts as
     * true; {@code reduce=false} gives "none", else {@code size_average} chooses "mean" or "sum".
     * (PyTorch also prints a deprecation warning here.)
     */
    public static String legacyReduction(Boolean sizeAverage, Boolean reduce) {
        boolean sa = sizeAverage == null || sizeAverage;
        boolean rd = reduce == null || reduce;
        String r = !rd ? "none" : sa ? "mean" : "sum";
        // PyTorch warns from one line of torch/nn/_reduction.py: once per process under the default filter
        jtorch.Warnings.warnOnce("size_average and reduce args will be deprecated, please use reduction='" + r
                + "' instead.");
        return r;
    }

    /**
     * PyTorch's warning of mse_loss, l1_loss, smooth_l1_loss and huber_loss when the target's size differs
     * from the input's (they broadcast and compute anyway). {@code once}: from a loss module, where PyTorch
     * attributes the warning to a line of its own loss.py (shown once per process); from F, to the caller.
     */
    public static void warnTargetSize(Tensor input, Tensor target, boolean once) {
        if (!java.util.Arrays.equals(input.sizes(), target.sizes())) {
            String msg = "Using a target size (" + torchSize(target.sizes()) + ") that is different to the input size ("
                    + torchSize(input.sizes()) + "). This will likely lead to incorrect results due to broadcasting. "
                    + "Please ensure they have the same size.";
            if (once) {
                jtorch.Warnings.warnOnce(msg);
            } else {
                jtorch.Warnings.warn(msg);
            }
        }
    }

    static Tensor reduce(Tensor loss, String reduction) {
        return switch (reduction) {
            case "mean" -> loss.mean();
            case "sum" -> loss.sum();
            default -> loss;
        };
    }

    private static String torchSize(int[] shape) {
        return "torch.Size(" + Shapes.format(shape) + ")";
    }

    private static void targetNotDifferentiable(String op, Tensor target) {
        if (target.requiresGrad() && GradMode.isEnabled()) {
            throw new IllegalArgumentException("The function '" + op + "' is not differentiable with respect to "
                    + "argument 'target'. This input cannot have requires_grad True.");
        }
    }

    /** C++'s name of a scalar type, e.g. Float, Long. */
    private static String scalarName(DType d) {
        return d.tensorTypeName().substring("torch.".length()).replace("Tensor", "");
    }

    private static Tensor zeros(Tensor like, int... shape) {
        return Operands.zerosLike(like, shape);
    }

    // ---------------------------------------------------------------- regression losses

    /** Mean squared error; input and target broadcast. PyTorch: {@code F.mse_loss(input, target, reduction)}. */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target}, t -> mseLoss(t[0], t[1], reduction));
        }
        checkReduction(reduction);
        int[] shape = Shapes.broadcast(input.sizes(), target.sizes());
        return Dispatch.apply(MSE_LOSS, new Tensor[] {input, target}, () -> reduce(input.sub(target).square(), reduction),
                (ctx, g) -> {
                    Tensor diff = ctx.input(0).sub(ctx.input(1));
                    Tensor scale = reduction.equals("mean") ? g[0].mul(2.0 / Shapes.numel(shape)) : g[0].mul(2.0);
                    Tensor gi = diff.mul(scale);
                    return new Tensor[] {
                        ctx.needsInputGrad(0) ? ViewOps.sumTo(gi, ctx.input(0).sizes()) : null,
                        ctx.needsInputGrad(1) ? ViewOps.sumTo(gi.neg(), ctx.input(1).sizes()) : null};
                });
    }

    /** {@code |input - target|}, broadcasting. PyTorch: {@code F.l1_loss(input, target, reduction=...)}. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target}, t -> l1Loss(t[0], t[1], reduction));
        }
        checkReduction(reduction);
        return reduce(input.sub(target).abs(), reduction);
    }

    /**
     * {@code 0.5 z²/beta} where {@code z = |input - target| < beta}, else {@code z - 0.5 beta}; beta 0 is
     * the L1 loss. PyTorch: {@code F.smooth_l1_loss(input, target, reduction=..., beta=...)}.
     */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> smoothL1Loss(t[0], t[1], reduction, beta));
        }
        checkReduction(reduction);
        if (beta < 0) {
            throw new IllegalArgumentException("smooth_l1_loss does not support negative values for beta.");
        }
        if (beta == 0) {
            return l1Loss(input, target, reduction);
        }
        Tensor z = input.sub(target).abs();
        return reduce(Torch.where(z.lt(beta), z.square().mul(0.5 / beta), z.sub(0.5 * beta)), reduction);
    }

    /** {@code 0.5 z²} where {@code z < delta}, else {@code delta (z - 0.5 delta)}. PyTorch: {@code F.huber_loss}. */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> huberLoss(t[0], t[1], reduction, delta));
        }
        checkReduction(reduction);
        if (!(delta > 0)) {
            throw new IllegalArgumentException("huber_loss does not support non-positive values for delta.");
        }
        Tensor z = input.sub(target).abs();
        return reduce(Torch.where(z.lt(delta), z.square().mul(0.5), z.sub(0.5 * delta).mul(delta)), reduction);
    }

    /**
     * Poisson negative log likelihood: {@code exp(input) - target·input} (log_input) or
     * {@code input - target·log(input + eps)}, plus Stirling's term for targets above 1 when {@code full}.
     * PyTorch: {@code F.poisson_nll_loss(input, target, log_input, full, eps=..., reduction=...)}.
     */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, boolean logInput, boolean full, double eps,
                                        String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> poissonNllLoss(t[0], t[1], logInput, full, eps, reduction));
        }
        checkReductionPy(reduction);
        Tensor loss = logInput ? input.exp().sub(target.mul(input)) : input.sub(target.mul(input.add(eps).log()));
        if (full) {
            Tensor stirling = target.mul(target.log()).sub(target).add(target.mul(2 * Math.PI).log().mul(0.5));
            loss = loss.add(stirling.maskedFill(target.le(1), 0.0));
        }
        return reduce(loss, reduction);
    }

    /**
     * Gaussian negative log likelihood {@code 0.5 (log(max(var, eps)) + (input - target)² / max(var, eps))}
     * (+ {@code 0.5 log 2π} when full); var may lack the last dim or have it of size 1 (one variance per
     * sample). The clamp is invisible to autograd, as in PyTorch. PyTorch: {@code F.gaussian_nll_loss}.
     */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, boolean full, double eps,
                                         String reduction) {
        int[] in = input.sizes();
        int[] vs = var.sizes();
        if (!Arrays.equals(in, vs)) {
            int[] lead = Arrays.copyOf(in, Math.max(0, in.length - 1));
            if (in.length > 0 && Arrays.equals(lead, vs)) {
                var = var.unsqueeze(-1);
            } else if (!(in.length > 0 && vs.length == in.length && Arrays.equals(lead, Arrays.copyOf(vs, vs.length - 1))
                    && vs[vs.length - 1] == 1)) {
                throw new IllegalArgumentException("var is of incorrect size");
            }
        }
        checkReductionPy(reduction);
        Tensor v = var;
        try (GradMode.Guard g = GradMode.disable()) {
            if (v.lt(0).any().itemBool()) {
                throw new IllegalArgumentException("var has negative entry/entries");
            }
        }
        // var.clone() then clamp_ under no_grad: the value is clamped, the gradient passes unchanged
        Tensor shift;
        try (GradMode.Guard g = GradMode.disable()) {
            shift = v.clampMin(eps).sub(v);
        }
        Tensor vc = v.add(shift);
        Tensor loss = vc.log().add(input.sub(target).square().div(vc)).mul(0.5);
        if (full) {
            loss = loss.add(0.5 * Math.log(2 * Math.PI));
        }
        return reduce(loss, reduction);
    }

    /**
     * Kullback-Leibler divergence of {@code target} from {@code exp(input)}: {@code target·(log target - input)}
     * (with {@code 0·log 0 = 0}), or {@code exp(target)·(target - input)} when {@code logTarget};
     * "batchmean" divides the sum by the batch size. PyTorch: {@code F.kl_div(input, target, reduction, log_target)}.
     */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> klDiv(t[0], t[1], reduction, logTarget));
        }
        boolean batchmean = reduction.equals("batchmean");
        if (!batchmean) {
            checkReduction(reduction);
        }
        Tensor loss;
        if (logTarget) {
            loss = target.exp().mul(target.sub(input));
        } else {
            // xlogy(target, target): 0 where target == 0, without a 0·(-inf) in value or gradient
            Tensor safe = Torch.where(target.eq(0.0), 1.0, target);
            loss = target.mul(safe.log()).sub(target.mul(input));
        }
        if (batchmean) {
            Tensor s = loss.sum();
            return input.dim() != 0 ? s.div(input.size(0)) : s;
        }
        return reduce(loss, reduction);
    }

    // ---------------------------------------------------------------- classification: NLL and cross entropy

    /**
     * Negative log likelihood of class indices: {@code -weight[t]·input[n, t]}, skipping targets equal to
     * {@code ignoreIndex}; "mean" divides by the summed weights of the counted targets (nan when none is
     * counted). Input (C), (N, C) or (N, C, d1, ...); target (), (N) or (N, d1, ...); weight (C) or null.
     * PyTorch: {@code F.nll_loss(input, target, weight, ignore_index=..., reduction=...)}.
     */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target, weight},
                    t -> nllLoss(t[0], t[1], t[2], ignoreIndex, reduction));
        }
        checkReduction(reduction);
        int nd = input.dim();
        if (nd < 1) {
            throw new IllegalArgumentException("Expected 1 or more dimensions (got " + nd + ")");
        }
        if (nd != 1 && target.dim() > 0 && input.size(0) != target.size(0)) {
            throw new IllegalArgumentException("Expected input batch_size (" + input.size(0)
                    + ") to match target batch_size (" + target.size(0) + ").");
        }
        if (nd <= 2) {
            if (target.dim() > 1) {
                throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
            }
            boolean noBatch = nd == 1 && target.dim() == 0;
            if (!noBatch && (target.dim() == 0 || input.size(0) != target.size(0))) {
                throw new IllegalArgumentException("size mismatch (got input: " + Shapes.format(input.sizes())
                        + ", target: " + Shapes.format(target.sizes()) + ")");
            }
        } else {
            int[] expected = new int[nd - 1];
            expected[0] = input.size(0);
            System.arraycopy(input.sizes(), 2, expected, 1, nd - 2);
            if (!Arrays.equals(expected, target.sizes())) {
                throw new IllegalArgumentException("Expected target size " + Shapes.format(expected) + ", got "
                        + Shapes.format(target.sizes()));
            }
        }
        int classes = input.size(nd == 1 ? 0 : 1);
        if (weight != null && (weight.dim() != 1 || weight.numel() != classes)) {
            throw new IllegalArgumentException("weight tensor should be defined either for all " + classes
                    + " classes or no classes but got weight tensor of shape: " + Shapes.format(weight.sizes()));
        }
        if (target.dtype() != DType.INT64) {
            throw new IllegalArgumentException("expected scalar type Long but found " + scalarName(target.dtype()));
        }
        for (long t : Operands.indexValues(target)) {
            if (t != ignoreIndex && (t < 0 || t >= classes)) {
                throw new IndexOutOfBoundsException("Target " + t + " is out of bounds.");
            }
        }
        int classDim = nd == 1 ? 0 : 1;
        OpDef op = nd >= 3 ? NLL_LOSS2D : NLL_LOSS;
        int[] inputShape = input.sizes();
        DType dtype = input.dtype();
        return Dispatch.apply(op, new Tensor[] {input, target, weight}, () -> {
            Tensor[] p = nllPicked(target, weight, ignoreIndex, classDim, dtype);
            Tensor loss = Torch.where(p[3], input.gather(classDim, p[0]).squeeze(classDim).neg().mul(p[1]), 0.0);
            return switch (reduction) {
                case "none" -> loss;
                case "sum" -> loss.sum();
                default -> loss.sum().div(p[2]);
            };
        }, (ctx, g) -> {
            Tensor[] p = nllPicked(ctx.input(1), ctx.input(2), ignoreIndex, classDim, dtype);
            Tensor coef = reduction.equals("mean") ? g[0].div(p[2]) : g[0];
            // ignored targets get no gradient, even when nothing was counted (total weight 0)
            Tensor val = Torch.where(p[3], coef.mul(p[1]).neg(), 0.0).unsqueeze(classDim);
            Tensor gi = zeros(p[1], inputShape).scatter(classDim, p[0], val);
            return new Tensor[] {ctx.needsInputGrad(0) ? gi : null, null, null};
        });
    }

    // the safe target (unsqueezed at the class dim), per-target weights, their total and the counted-target mask
    private static Tensor[] nllPicked(Tensor target, Tensor weight, long ignoreIndex, int classDim, DType dtype) {
        Tensor mask = target.ne(ignoreIndex);
        Tensor safe = Torch.where(mask, target, 0L).unsqueeze(classDim);
        Tensor w = weight == null ? mask.to(dtype)
                : weight.to(dtype).indexSelect(0, safe.flatten()).reshape(target.sizes()).mul(mask.to(dtype));
        return new Tensor[] {safe, w, w.sum(), mask};
    }

    /**
     * Cross entropy of logits: {@code nll_loss(log_softmax(input, 1), target)} for class indices (with
     * weights, ignore_index and label smoothing as PyTorch mixes them), or {@code -Σ target·log_softmax}
     * for class probabilities (a target of the input's shape). PyTorch:
     * {@code F.cross_entropy(input, target, weight, ignore_index=..., reduction=..., label_smoothing=...)}.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction,
                                      double labelSmoothing) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target, weight},
                    t -> crossEntropy(t[0], t[1], t[2], ignoreIndex, reduction, labelSmoothing));
        }
        checkReduction(reduction);
        int classDim = input.dim() == 1 ? 0 : 1;
        if (input.dim() < 1) {
            throw new IllegalArgumentException("Expected 1 or more dimensions (got " + input.dim() + ")");
        }
        int classes = input.size(classDim);
        if (Arrays.equals(input.sizes(), target.sizes())) {
            if (!target.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("Expected floating point type for target with class probabilities, got "
                        + scalarName(target.dtype()));
            }
            if (ignoreIndex >= 0) {
                throw new IllegalArgumentException("ignore_index is not supported for floating point target");
            }
            if (weight != null && (weight.dim() != 1 || weight.numel() != classes)) {
                throw new IllegalArgumentException("cross_entropy: weight tensor should be defined either for all "
                        + classes + " classes or no classes but got weight tensor of shape: "
                        + Shapes.format(weight.sizes()));
            }
            Tensor logp = SoftmaxOps.logSoftmax(input, classDim, null);
            Tensor t = target;
            if (labelSmoothing > 0) {
                checkSmoothing(labelSmoothing);
                t = t.mul(1 - labelSmoothing).add(labelSmoothing / classes);
            }
            Tensor prod = logp.mul(t);
            if (weight != null) {
                prod = prod.mul(classView(weight, input.dim(), classDim));
            }
            return switch (reduction) {
                case "none" -> prod.sum(classDim).neg();
                case "sum" -> prod.sum().neg();
                default -> input.numel() == 0 ? prod.sum().neg().mul(Double.NaN)
                        : prod.sum().neg().div(input.numel() / classes);
            };
        }
        if (labelSmoothing > 0) {
            checkSmoothing(labelSmoothing);
        }
        Tensor logp = SoftmaxOps.logSoftmax(input, classDim, null);
        Tensor nll = nllLoss(logp, target, weight, ignoreIndex, reduction);
        if (!(labelSmoothing > 0)) {
            return nll;
        }
        Tensor ignore = target.eq(ignoreIndex);
        Tensor smooth = weight != null ? logp.mul(classView(weight, input.dim(), classDim)).sum(classDim).neg()
                : logp.sum(classDim).neg();
        smooth = smooth.maskedFill(ignore, 0.0);
        Tensor ret = switch (reduction) {
            case "none" -> smooth;
            case "sum" -> smooth.sum();
            default -> {
                if (weight != null) {
                    Tensor kept = target.maskedSelect(ignore.logicalNot()).flatten();
                    yield smooth.sum().div(weight.gather(0, kept).sum());
                }
                yield smooth.sum().div(ignore.logicalNot().sum());
            }
        };
        return nll.mul(1 - labelSmoothing).add(ret.mul(labelSmoothing / classes));
    }

    private static void checkSmoothing(double labelSmoothing) {
        if (labelSmoothing > 1.0) {
            throw new IllegalArgumentException("label_smoothing must be between 0.0 and 1.0. Got: "
                    + formatDouble(labelSmoothing));
        }
    }

    /** A number as C++'s ostream prints it (1.5, 2, 0.1). */
    private static String formatDouble(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Tensor classView(Tensor weight, int rank, int classDim) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        shape[classDim] = weight.numel();
        return weight.view(shape);
    }

    // ---------------------------------------------------------------- binary classification

    /**
     * Binary cross entropy of probabilities: {@code -w (t·log x + (1-t)·log(1-x))}, logs clamped at -100.
     * Input and target must have the same size; weight broadcasts to it; inputs outside [0, 1] fail.
     * PyTorch: {@code F.binary_cross_entropy(input, target, weight, reduction=...)}.
     */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target, weight},
                    t -> binaryCrossEntropy(t[0], t[1], t[2], reduction));
        }
        if (!Arrays.equals(input.sizes(), target.sizes())) {
            throw new IllegalArgumentException("Using a target size (" + torchSize(target.sizes())
                    + ") that is different to the input size (" + torchSize(input.sizes()) + ") is deprecated. "
                    + "Please ensure they have the same size.");
        }
        checkReduction(reduction);
        Tensor w = weight == null ? null : weight.expand(Shapes.broadcast(target.sizes(), weight.sizes()));
        try (GradMode.Guard g = GradMode.disable()) {
            if (input.lt(0).logicalOr(input.gt(1)).any().itemBool()) {
                throw new IllegalArgumentException("all elements of input should be between 0 and 1");
            }
        }
        int n = input.numel();
        return Dispatch.apply(BINARY_CROSS_ENTROPY, new Tensor[] {input, target, w}, () -> {
            Tensor loss = target.sub(1).mul(input.neg().log1p().clampMin(-100))
                    .sub(target.mul(input.log().clampMin(-100)));
            return reduce(w == null ? loss : loss.mul(w), reduction);
        }, (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor t = ctx.input(1);
            Tensor scale = reduction.equals("mean") ? g[0].div(n) : g[0];
            if (ctx.input(2) != null) {
                scale = scale.mul(ctx.input(2));
            }
            Tensor gi = null;
            Tensor gt = null;
            if (ctx.needsInputGrad(0)) {
                gi = x.sub(t).div(x.rsub(1).mul(x).clampMin(1e-12)).mul(scale);
            }
            if (ctx.needsInputGrad(1)) {
                gt = x.neg().log1p().clampMin(-100).sub(x.log().clampMin(-100)).mul(scale);
            }
            return new Tensor[] {expandTo(gi, x), expandTo(gt, x), null};
        });
    }

    private static Tensor expandTo(Tensor g, Tensor like) {
        return g == null || Arrays.equals(g.sizes(), like.sizes()) ? g : g.expand(like.sizes()).contiguous();
    }

    /**
     * Binary cross entropy of logits in PyTorch's stable form
     * {@code (1-t)·x + (1 + (pw-1)·t)·(log(exp(-m) + exp(-x-m)) + m)}, {@code m = max(-x, 0)}; weight
     * broadcasts to the loss, pos_weight along the class (last) dim. Neither is differentiated, as in
     * PyTorch. PyTorch: {@code F.binary_cross_entropy_with_logits(input, target, weight, reduction=...,
     * pos_weight=...)}.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight,
                                                      String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target, weight, posWeight},
                    t -> binaryCrossEntropyWithLogits(t[0], t[1], t[2], t[3], reduction));
        }
        if (!Arrays.equals(input.sizes(), target.sizes())) {
            throw new IllegalArgumentException("Target size (" + torchSize(target.sizes())
                    + ") must be the same as input size (" + torchSize(input.sizes()) + ")");
        }
        checkReduction(reduction);
        for (Tensor t : new Tensor[] {weight, posWeight}) {
            if (t != null && t.requiresGrad() && GradMode.isEnabled()) {
                throw new IllegalArgumentException("The function 'binary_cross_entropy_with_logits' is not "
                        + "differentiable with respect to argument '" + (t == weight ? "weight" : "pos_weight")
                        + "'. This input cannot have requires_grad True.");
            }
        }
        int n = input.numel();
        return Dispatch.apply(BCE_WITH_LOGITS, new Tensor[] {input, target, weight, posWeight}, () -> {
            Tensor m = input.neg().clampMin(0);
            Tensor log = m.neg().exp().add(input.neg().sub(m).exp()).log();
            Tensor loss;
            if (posWeight != null) {
                Tensor logWeight = posWeight.sub(1).mul(target).add(1);
                loss = target.rsub(1).mul(input).add(logWeight.mul(log.add(m)));
            } else {
                // PyTorch's order, (1-t)·x + m first: for a confident logit the two cancel exactly and the small
                // log term survives (adding it to m first would round it away in float32)
                loss = target.rsub(1).mul(input).add(m).add(log);
            }
            if (weight != null) {
                loss = loss.mul(weight);
            }
            return reduce(loss, reduction);
        }, (ctx, g) -> {
            Tensor x = ctx.input(0);
            Tensor t = ctx.input(1);
            Tensor weight1 = ctx.input(2);
            Tensor posWeight1 = ctx.input(3);
            Tensor scale = reduction.equals("mean") ? g[0].div(n) : g[0];
            if (weight1 != null) {
                scale = scale.mul(weight1);
            }
            Tensor gi = null;
            Tensor gt = null;
            if (ctx.needsInputGrad(0)) {
                if (posWeight1 != null) {
                    Tensor pt = posWeight1.mul(t);
                    gi = pt.add(1).sub(t).mul(x.sigmoid()).sub(pt).mul(scale);
                } else {
                    gi = x.sigmoid().sub(t).mul(scale);
                }
            }
            if (ctx.needsInputGrad(1)) {
                // log(1 - sigmoid(x)) - pw·log(sigmoid(x)) = pw·softplus(-x) - softplus(x): finite at ±100 and
                // smooth at 0 (its own derivative is the double backward)
                gt = posWeight1 != null ? posWeight1.mul(ActivationOps.softplus(x.neg(), 1, 20))
                        .sub(ActivationOps.softplus(x, 1, 20)).mul(scale)
                        : x.neg().mul(scale);
            }
            return new Tensor[] {expandTo(gi, x), expandTo(gt, x), null, null};
        });
    }

    // ---------------------------------------------------------------- margin and embedding losses

    /** {@code max(0, -y·(x1 - x2) + margin)}. PyTorch: {@code F.margin_ranking_loss(input1, input2, target, margin)}. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target, double margin,
                                           String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input1, input2, target},
                    t -> marginRankingLoss(t[0], t[1], t[2], margin, reduction));
        }
        if (input1.dim() != input2.dim() || input1.dim() != target.dim()) {
            throw new IllegalArgumentException("margin_ranking_loss : All input tensors should have same dimension but "
                    + "got sizes: input1: " + torchSize(input1.sizes()) + ", input2: " + torchSize(input2.sizes())
                    + ", target: " + torchSize(target.sizes()) + " ");
        }
        checkReduction(reduction);
        return reduce(target.neg().mul(input1.sub(input2)).add(margin).clampMin(0), reduction);
    }

    /** {@code x} where y = 1, {@code max(0, margin - x)} where y = -1. PyTorch: {@code F.hinge_embedding_loss}. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, double margin, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> hingeEmbeddingLoss(t[0], t[1], margin, reduction));
        }
        checkReduction(reduction);
        Tensor marginClamp = input.rsub(margin).clampMin(0);
        Tensor outMargin = Torch.where(target.ne(1.0), marginClamp, 0.0);
        Tensor outSelf = Torch.where(target.ne(-1.0), input, 0.0);
        return reduce(outMargin.add(outSelf), reduction);
    }

    /** {@code log(1 + exp(-y·x))}. PyTorch: {@code F.soft_margin_loss(input, target, reduction=...)}. */
    public static Tensor softMarginLoss(Tensor input, Tensor target, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target}, t -> softMarginLoss(t[0], t[1], reduction));
        }
        checkReduction(reduction);
        targetNotDifferentiable("soft_margin_loss", target);
        return reduce(input.neg().mul(target).exp().log1p(), reduction);
    }

    /** PyTorch's {@code log_sigmoid}: {@code min(x, 0) - log1p(exp(-|x|))}. */
    private static Tensor logSigmoid(Tensor x) {
        return x.clampMax(0).sub(x.abs().neg().exp().log1p());
    }

    /**
     * {@code -(y·logσ(x) + (1-y)·logσ(-x))}, weighted per class, averaged over the classes of each sample.
     * PyTorch: {@code F.multilabel_soft_margin_loss(input, target, weight, reduction=...)}.
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        Tensor loss = target.mul(logSigmoid(input)).add(target.rsub(1).mul(logSigmoid(input.neg()))).neg();
        if (weight != null) {
            loss = loss.mul(weight);
        }
        int classDim = input.dim() - 1;
        loss = loss.sum(classDim).div(input.size(classDim));
        checkReductionPy(reduction);
        return reduce(loss, reduction);
    }

    /**
     * {@code 1 - cos(x1, x2)} where y = 1, {@code max(0, cos - margin)} where y = -1, over dim 1 (or the
     * only dim with a 0-d target). PyTorch: {@code F.cosine_embedding_loss(input1, input2, target, margin)}.
     */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target, double margin,
                                             String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input1, input2, target},
                    t -> cosineEmbeddingLoss(t[0], t[1], t[2], margin, reduction));
        }
        checkReduction(reduction);
        int td = target.dim();
        if (td != 1 && td != 0) {
            throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
        }
        if (td == 1 && (input1.dim() != 2 || input2.dim() != 2)) {
            throw new IllegalArgumentException("1D target tensor expects 2D input tensors, but found inputs with sizes "
                    + Shapes.format(input1.sizes()) + " and " + Shapes.format(input2.sizes()) + ".");
        }
        if (td == 0 && (input1.dim() != 1 || input2.dim() != 1)) {
            throw new IllegalArgumentException("0D target tensor expects 1D input tensors, but found inputs with sizes "
                    + Shapes.format(input1.sizes()) + " and " + Shapes.format(input2.sizes()) + ".");
        }
        final double epsilon = 1e-12;
        Tensor prod = input1.mul(input2).sum(td);
        Tensor mag1 = input1.mul(input1).sum(td).add(epsilon);
        Tensor mag2 = input2.mul(input2).sum(td).add(epsilon);
        Tensor cos = prod.div(mag1.mul(mag2).sqrt());
        Tensor pos = cos.rsub(1);
        Tensor neg = cos.sub(margin).clampMin(0);
        Tensor out = Torch.where(target.eq(1.0), pos, 0.0).add(Torch.where(target.eq(-1.0), neg, 0.0));
        return reduce(out, reduction);
    }

    /**
     * Multi-class hinge loss {@code Σ_{i≠y} w[y]·max(0, margin - x[y] + x[i])^p / C} for p 1 or 2.
     * PyTorch: {@code F.multi_margin_loss(input, target, p, margin, weight, reduction=...)}.
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, int p, double margin, Tensor weight,
                                         String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target, weight},
                    t -> multiMarginLoss(t[0], t[1], p, margin, t[2], reduction));
        }
        checkReduction(reduction);
        if (p != 1 && p != 2) {
            throw new IllegalArgumentException("only p == 1 and p == 2 supported");
        }
        int nd = input.dim();
        if (!((nd == 2 && input.size(1) != 0) || (nd == 1 && input.size(0) != 0) || nd == 0)) {
            throw new IllegalArgumentException("Expected non-empty vector or matrix with optional 0-dim batch size, "
                    + "but got: " + Shapes.format(input.sizes()));
        }
        int frames = nd <= 1 ? 1 : input.size(0);
        int classes = nd == 0 ? 1 : input.size(nd - 1);
        if (target.dim() > 1 || target.numel() != frames) {
            throw new IllegalArgumentException("inconsistent target size, got: " + Shapes.format(target.sizes()));
        }
        if (weight != null && (weight.dim() > 1 || weight.numel() != classes)) {
            throw new IllegalArgumentException("inconsistent weight size, expected " + Shapes.format(new int[] {classes})
                    + " but got " + Shapes.format(weight.sizes()));
        }
        targetNotDifferentiable("multi_margin_loss", target);
        for (long t : Operands.indexValues(target)) {
            if (t < 0 || t >= classes) {
                throw new IndexOutOfBoundsException("target out of range");
            }
        }
        Tensor x = input.reshape(frames, classes);
        Tensor t = target.reshape(frames, 1);
        Tensor xy = x.gather(1, t);
        Tensor z = x.sub(xy).add(margin).clampMin(0);
        if (p == 2) {
            z = z.square();
        }
        Tensor notTarget = Torch.arange(classes).view(1, classes).ne(t);
        z = Torch.where(notTarget, z, 0.0);
        if (weight != null) {
            z = z.mul(weight.gather(0, t.flatten()).unsqueeze(1));
        }
        Tensor loss = z.sum(1).div(classes);
        if (nd <= 1) {
            loss = loss.reshape();
        }
        return reduce(loss, reduction);
    }

    /**
     * Multi-label hinge loss: for each sample, the target classes listed before the first -1 against
     * every other class, {@code Σ max(0, 1 - (x[y_j] - x[i])) / C}. PyTorch:
     * {@code F.multilabel_margin_loss(input, target, reduction=...)}.
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, target},
                    t -> multilabelMarginLoss(t[0], t[1], reduction));
        }
        checkReduction(reduction);
        int nd = input.dim();
        if (!((nd == 2 && input.size(1) != 0) || (nd == 1 && input.size(0) != 0) || nd == 0)) {
            throw new IllegalArgumentException("Expected non-empty vector or matrix with optional 0-dim batch size, "
                    + "but got: " + Shapes.format(input.sizes()));
        }
        if (!Arrays.equals(input.sizes(), target.sizes())) {
            throw new IllegalArgumentException("inconsistent size " + Shapes.format(target.sizes())
                    + " for argument #2 'target'");
        }
        targetNotDifferentiable("multilabel_margin_loss", target);
        int frames = nd <= 1 ? 1 : input.size(0);
        int classes = nd == 0 ? 1 : input.size(nd - 1);
        long[] tg = Operands.indexValues(target);
        for (long v : tg) {
            if (v < -1 || v >= classes) {
                throw new IndexOutOfBoundsException("argument #2 'target' is out of range");
            }
        }
        // count[n][j]: how often class j is listed; isTarget[n][i]: whether class i is listed at all
        double[] count = new double[frames * classes];
        boolean[] isTarget = new boolean[frames * classes];
        for (int n = 0; n < frames; n++) {
            for (int j = 0; j < classes; j++) {
                long v = tg[n * classes + j];
                if (v < 0) {
                    break;
                }
                count[n * classes + (int) v] += 1;
                isTarget[n * classes + (int) v] = true;
            }
        }
        double[] pair = new double[frames * classes * classes];
        for (int n = 0; n < frames; n++) {
            for (int j = 0; j < classes; j++) {
                for (int i = 0; i < classes; i++) {
                    pair[(n * classes + j) * classes + i] = isTarget[n * classes + i] ? 0 : count[n * classes + j];
                }
            }
        }
        Tensor w = Torch.fromArray(pair).to(input.dtype()).view(frames, classes, classes);
        Tensor x = input.reshape(frames, classes);
        Tensor z = x.unsqueeze(1).sub(x.unsqueeze(2)).add(1).clampMin(0); // [n, j, i] = 1 - x[j] + x[i]
        Tensor loss = z.mul(w).sum(new int[] {1, 2}, false).div(classes);
        if (nd <= 1) {
            loss = loss.reshape();
        }
        return reduce(loss, reduction);
    }

    /**
     * {@code max(0, margin + d(a, p) - d(a, n))} with the p-norm pairwise distance; with {@code swap},
     * {@code d(a, n)} becomes {@code min(d(a, n), d(p, n))}. PyTorch:
     * {@code F.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction=...)}.
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, double margin, double p,
                                           double eps, boolean swap, String reduction) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {anchor, positive, negative},
                    t -> tripletMarginLoss(t[0], t[1], t[2], margin, p, eps, swap, reduction));
        }
        checkReduction(reduction);
        if (anchor.dim() != positive.dim() || positive.dim() != negative.dim()) {
            throw new IllegalArgumentException("All inputs should have same dimension but got " + anchor.dim() + "D, "
                    + positive.dim() + "D and " + negative.dim() + "D inputs.");
        }
        BinaryOperator<Tensor> d = (a, b) -> DistanceOps.pairwiseDistance(a, b, p, eps, false);
        return tripletWithDistance(anchor, positive, negative, d, margin, swap, reduction);
    }

    /**
     * The triplet loss with any distance (default: the Euclidean pairwise distance). PyTorch:
     * {@code F.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=..., margin=...,
     * swap=..., reduction=...)}.
     */
    public static Tensor tripletWithDistance(Tensor anchor, Tensor positive, Tensor negative,
                                             BinaryOperator<Tensor> distance, double margin, boolean swap,
                                             String reduction) {
        checkReduction(reduction);
        BinaryOperator<Tensor> d = distance != null ? distance
                : (a, b) -> DistanceOps.pairwiseDistance(a, b, 2, 1e-6, false);
        Tensor distPos = d.apply(anchor, positive);
        Tensor distNeg = d.apply(anchor, negative);
        if (swap) {
            distNeg = distNeg.minimum(d.apply(positive, negative));
        }
        return reduce(distPos.sub(distNeg).add(margin).clampMin(0), reduction);
    }

    // ---------------------------------------------------------------- focal losses

    /**
     * torchvision's sigmoid focal loss: {@code BCE-with-logits·(1 - p_t)^γ}, weighted by
     * {@code α_t = α·t + (1-α)·(1-t)} when α ≥ 0. PyTorch:
     * {@code torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)}.
     */
    public static Tensor sigmoidFocalLoss(Tensor inputs, Tensor targets, double alpha, double gamma, String reduction) {
        checkFocalReduction(reduction);
        Tensor p = inputs.sigmoid();
        Tensor ce = binaryCrossEntropyWithLogits(inputs, targets, null, null, "none");
        Tensor pt = p.mul(targets).add(p.rsub(1).mul(targets.rsub(1)));
        Tensor loss = ce.mul(pt.rsub(1).pow(gamma));
        if (alpha >= 0) {
            Tensor alphaT = targets.mul(alpha).add(targets.rsub(1).mul(1 - alpha));
            loss = alphaT.mul(loss);
        }
        return reduce(loss, reduction);
    }

    /**
     * The multi-class focal loss {@code FL(p_t) = -α_t (1 - p_t)^γ log(p_t)} with {@code p_t} the softmax
     * probability of the target class and {@code α_t = alpha[target]} (1 without alpha). Input (N, C) or
     * (N, C, d1, ...), target class indices; "mean" averages over the targets.
     */
    public static Tensor softmaxFocalLoss(Tensor input, Tensor target, Tensor alpha, double gamma, String reduction) {
        checkReduction(reduction);
        int classDim = input.dim() == 1 ? 0 : 1;
        int classes = input.size(classDim);
        if (alpha != null && (alpha.dim() != 1 || alpha.numel() != classes)) {
            throw new IllegalArgumentException("alpha should be defined for all " + classes
                    + " classes but got alpha of shape: " + Shapes.format(alpha.sizes()));
        }
        // the per-target log-probabilities, with nll_loss's shape and range checks
        Tensor logpt = nllLoss(SoftmaxOps.logSoftmax(input, classDim, null), target, null, Long.MIN_VALUE, "none").neg();
        Tensor loss = logpt.exp().rsub(1).pow(gamma).mul(logpt).neg();
        if (alpha != null) {
            loss = alpha.to(loss.dtype()).gather(0, target.flatten()).reshape(target.sizes()).mul(loss);
        }
        return reduce(loss, reduction);
    }

    private static void checkFocalReduction(String reduction) {
        if (!reduction.equals("mean") && !reduction.equals("sum") && !reduction.equals("none")) {
            throw new IllegalArgumentException("Invalid Value for arg 'reduction': '" + reduction
                    + " \n Supported reduction modes: 'none', 'mean', 'sum'");
        }
    }

    // ---------------------------------------------------------------- CTC

    /**
     * Connectionist temporal classification loss. {@code logProbs} (T, N, C) or unbatched (T, C);
     * targets padded (N, S) or concatenated (sum of target lengths); "mean" divides each loss by its
     * target length (at least 1) and averages. With {@code zeroInfinity}, impossible alignments (infinite
     * loss) give 0 and no gradient. PyTorch: {@code F.ctc_loss(log_probs, targets, input_lengths,
     * target_lengths, blank, reduction, zero_infinity)}.
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths, int blank,
                                 String reduction, boolean zeroInfinity) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {logProbs, targets},
                    t -> ctcLoss(t[0], t[1], inputLengths, targetLengths, blank, reduction, zeroInfinity));
        }
        checkReduction(reduction);
        boolean unbatched = logProbs.dim() == 2;
        if (unbatched) {
            logProbs = logProbs.unsqueeze(1);
            targets = targets.unsqueeze(0);
        }
        if (logProbs.dim() != 3) {
            throw new IllegalArgumentException("ctc_loss: expected log_probs of 2 or 3 dimensions, got "
                    + logProbs.dim());
        }
        int maxT = logProbs.size(0);
        int batch = logProbs.size(1);
        int classes = logProbs.size(2);
        if (blank < 0 || blank >= classes) {
            throw new IllegalArgumentException("blank must be in label range");
        }
        if (inputLengths.length != batch) {
            throw new IllegalArgumentException("input_lengths must be of size batch_size");
        }
        if (targetLengths.length != batch) {
            throw new IllegalArgumentException("target_lengths must be of size batch_size");
        }
        long[] tg = targets.contiguous().toLongArray();
        int[] offsets = new int[batch];
        int stride;
        if (targets.dim() == 1) {
            int pos = 0;
            for (int b = 0; b < batch; b++) {
                offsets[b] = pos;
                pos += targetLengths[b];
            }
            stride = 1;
            if (targets.size(0) != pos) {
                throw new IllegalArgumentException("Expected tensor to have size " + pos + " at dimension 0, but got "
                        + "size " + targets.size(0) + " for argument #2 'targets' (while checking arguments for "
                        + "ctc_loss_cpu)");
            }
        } else {
            int maxLen = 0;
            for (int b = 0; b < batch; b++) {
                offsets[b] = b * targets.size(1);
                maxLen = Math.max(maxLen, targetLengths[b]);
            }
            stride = 1;
            if (targets.size(0) != batch) {
                throw new IllegalArgumentException("Expected tensor to have size " + batch + " at dimension 0, but got "
                        + "size " + targets.size(0) + " for argument #2 'targets' (while checking arguments for "
                        + "ctc_loss_cpu)");
            }
            if (targets.size(1) < maxLen) {
                throw new IllegalArgumentException("Expected tensor to have size at least " + maxLen
                        + " at dimension 1, but got size " + targets.size(1) + " for argument #2 'targets' (while "
                        + "checking arguments for ctc_loss_cpu)");
            }
        }
        for (int b = 0; b < batch; b++) {
            if (inputLengths[b] > maxT) {
                throw new IllegalArgumentException("Expected input_lengths to have value at most " + maxT
                        + ", but got value " + inputLengths[b] + " (while checking arguments for ctc_loss_cpu)");
            }
        }
        for (long v : tg) {
            if (v < 0 || v >= classes) {
                throw new IndexOutOfBoundsException("ctc_loss: target label " + v + " is out of range [0, " + classes
                        + ")");
            }
        }
        Tensor lp = logProbs;
        Ctc ctc = new Ctc(maxT, batch, classes, blank, tg, offsets, stride, inputLengths, targetLengths);
        DType lpType = lp.dtype();
        Tensor nll = Dispatch.apply(CTC_LOSS, new Tensor[] {lp, targets}, () -> {
            double[] out = ctc.forward(lp.contiguous().toDoubleArray());
            return Torch.fromArray(out).to(lp.dtype());
        }, (ctx, g) -> {
            Tensor in = ctx.input(0);
            Tensor gradOut = g[0];
            Tensor grad = Dispatch.apply(CTC_LOSS_BACKWARD, new Tensor[] {gradOut, in}, () -> Torch.fromArray(
                    ctc.backward(in.contiguous().toDoubleArray(), zeroInfinity)).to(lpType).view(maxT, batch, classes)
                    .mul(gradOut.view(1, batch, 1)),
                    (ctx2, gg) -> {
                        throw new UnsupportedOperationException(
                                "derivative for aten::_ctc_loss_backward is not implemented");
                    });
            return new Tensor[] {grad, null};
        });
        if (zeroInfinity) {
            nll = Torch.where(nll.eq(Double.POSITIVE_INFINITY), 0.0, nll);
        }
        Tensor result = switch (reduction) {
            case "mean" -> {
                double[] tl = new double[batch];
                for (int b = 0; b < batch; b++) {
                    tl[b] = Math.max(1, targetLengths[b]);
                }
                yield nll.div(Torch.fromArray(tl).to(nll.dtype())).mean();
            }
            case "sum" -> nll.sum();
            default -> nll;
        };
        return unbatched && reduction.equals("none") ? result.squeeze(0) : result;
    }

    /** The alpha/beta recursions of CTC over the extended label sequence (blank, l1, blank, l2, ..., blank). */
    private static final class Ctc {
        final int maxT;
        final int batch;
        final int classes;
        final int blank;
        final long[] targets;
        final int[] offsets;
        final int stride;
        final int[] inputLengths;
        final int[] targetLengths;
        double[] nll;

        Ctc(int maxT, int batch, int classes, int blank, long[] targets, int[] offsets, int stride, int[] inputLengths,
            int[] targetLengths) {
            this.maxT = maxT;
            this.batch = batch;
            this.classes = classes;
            this.blank = blank;
            this.targets = targets;
            this.offsets = offsets;
            this.stride = stride;
            this.inputLengths = inputLengths;
            this.targetLengths = targetLengths;
        }

        int label(int b, int s) {
            return s % 2 == 0 ? blank : (int) targets[offsets[b] + (s / 2) * stride];
        }

        double lp(double[] lp, int t, int b, int c) {
            return lp[(t * batch + b) * classes + c];
        }

        static double lse(double a, double b) {
            double m = Math.max(a, b);
            return m == Double.NEGATIVE_INFINITY ? m : m + Math.log(Math.exp(a - m) + Math.exp(b - m));
        }

        double[][] alpha(double[] lp, int b) {
            int len = inputLengths[b];
            int s = 2 * targetLengths[b] + 1;
            double[][] la = new double[Math.max(len, 1)][s];
            for (double[] row : la) {
                Arrays.fill(row, Double.NEGATIVE_INFINITY);
            }
            if (len == 0) {
                return la;
            }
            la[0][0] = lp(lp, 0, b, blank);
            if (s > 1) {
                la[0][1] = lp(lp, 0, b, label(b, 1));
            }
            for (int t = 1; t < len; t++) {
                for (int i = 0; i < s; i++) {
                    int c = label(b, i);
                    double v = la[t - 1][i];
                    if (i > 0) {
                        v = lse(v, la[t - 1][i - 1]);
                    }
                    if (i > 1 && c != label(b, i - 2)) {
                        v = lse(v, la[t - 1][i - 2]);
                    }
                    la[t][i] = v == Double.NEGATIVE_INFINITY ? v : v + lp(lp, t, b, c);
                }
            }
            return la;
        }

        double[] forward(double[] lp) {
            nll = new double[batch];
            for (int b = 0; b < batch; b++) {
                int len = inputLengths[b];
                int s = 2 * targetLengths[b] + 1;
                if (len == 0) {
                    nll[b] = targetLengths[b] == 0 ? 0 : Double.POSITIVE_INFINITY;
                    continue;
                }
                double[][] la = alpha(lp, b);
                double l = la[len - 1][s - 1];
                if (s > 1) {
                    l = lse(l, la[len - 1][s - 2]);
                }
                nll[b] = -l;
            }
            return nll.clone();
        }

        /** d nll / d log_probs as PyTorch gives it: {@code exp(lp) - exp(log(alpha·beta) + nll - lp)}. */
        double[] backward(double[] lp, boolean zeroInfinity) {
            double[] grad = new double[maxT * batch * classes];
            for (int b = 0; b < batch; b++) {
                int len = inputLengths[b];
                double nl = nll[b];
                if ((zeroInfinity && nl == Double.POSITIVE_INFINITY) || len == 0) {
                    continue;
                }
                int s = 2 * targetLengths[b] + 1;
                double[][] la = alpha(lp, b);
                double[][] lb = new double[len][s];
                for (double[] row : lb) {
                    Arrays.fill(row, Double.NEGATIVE_INFINITY);
                }
                lb[len - 1][s - 1] = lp(lp, len - 1, b, blank);
                if (s > 1) {
                    lb[len - 1][s - 2] = lp(lp, len - 1, b, label(b, s - 2));
                }
                for (int t = len - 2; t >= 0; t--) {
                    for (int i = 0; i < s; i++) {
                        int c = label(b, i);
                        double v = lb[t + 1][i];
                        if (i < s - 1) {
                            v = lse(v, lb[t + 1][i + 1]);
                        }
                        if (i < s - 2 && c != label(b, i + 2)) {
                            v = lse(v, lb[t + 1][i + 2]);
                        }
                        lb[t][i] = v == Double.NEGATIVE_INFINITY ? v : v + lp(lp, t, b, c);
                    }
                }
                double[] lcab = new double[classes];
                for (int t = 0; t < len; t++) {
                    Arrays.fill(lcab, Double.NEGATIVE_INFINITY);
                    for (int i = 0; i < s; i++) {
                        int c = label(b, i);
                        lcab[c] = lse(lcab[c], la[t][i] + lb[t][i]);
                    }
                    for (int c = 0; c < classes; c++) {
                        double l = lp(lp, t, b, c);
                        grad[(t * batch + b) * classes + c] = Math.exp(l) - Math.exp(lcab[c] + nl - l);
                    }
                }
            }
            return grad;
        }
    }
}
