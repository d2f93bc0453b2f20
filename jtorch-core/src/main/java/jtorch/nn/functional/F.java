package jtorch.nn.functional;

import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.ActivationOps;
import jtorch.internal.ops.CdistOps;
import jtorch.internal.ops.AttentionOps;
import jtorch.internal.ops.ConvOps;
import jtorch.internal.ops.DistanceOps;
import jtorch.internal.ops.DropoutOps;
import jtorch.internal.ops.EmbeddingOps;
import jtorch.internal.ops.FoldOps;
import jtorch.internal.ops.FractionalPoolOps;
import jtorch.internal.ops.GridSampleOps;
import jtorch.internal.ops.InstanceNormOps;
import jtorch.internal.ops.LinearOps;
import jtorch.internal.ops.LossOps;
import jtorch.internal.ops.NormOps;
import jtorch.internal.ops.PiecewiseActivationOps;
import jtorch.internal.ops.PadOps;
import jtorch.internal.ops.PoolOps;
import jtorch.internal.ops.SamplingOps;
import jtorch.internal.ops.ResizeOps;
import jtorch.internal.ops.ShuffleOps;
import jtorch.internal.ops.SmoothActivationOps;
import jtorch.internal.ops.SoftmaxOps;
import jtorch.nn.BCELoss;
import jtorch.nn.BCEWithLogitsLoss;
import jtorch.nn.CTCLoss;
import jtorch.nn.CosineEmbeddingLoss;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.FocalLoss;
import jtorch.nn.GaussianNLLLoss;
import jtorch.nn.HingeEmbeddingLoss;
import jtorch.nn.HuberLoss;
import jtorch.nn.KLDivLoss;
import jtorch.nn.L1Loss;
import jtorch.nn.MSELoss;
import jtorch.nn.MarginRankingLoss;
import jtorch.nn.MultiLabelMarginLoss;
import jtorch.nn.MultiLabelSoftMarginLoss;
import jtorch.nn.MultiMarginLoss;
import jtorch.nn.NLLLoss;
import jtorch.nn.PoissonNLLLoss;
import jtorch.nn.SmoothL1Loss;
import jtorch.nn.SoftMarginLoss;
import jtorch.nn.TripletMarginLoss;
import jtorch.nn.TripletMarginWithDistanceLoss;

/**
 * Functional forms of layers, activations and losses. PyTorch: {@code torch.nn.functional} (imported
 * as {@code F}), e.g. {@code F.mseLoss(pred, target)}, {@code F.softmax(a, 0)}.
 */
public final class F {
    private F() {
    }

    /** PyTorch: {@code torch.nn.functional.relu(input, inplace=False) -> Tensor}. */
    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    /** PyTorch: {@code torch.nn.functional.sigmoid(input) -> Tensor}. */
    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    /** PyTorch: {@code torch.nn.functional.tanh(input) -> Tensor}. */
    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** Softmax along {@code dim}. PyTorch: {@code F.softmax(input, dim)}. */
    public static Tensor softmax(Tensor x, int dim) {
        return SoftmaxOps.softmax(x, dim, null);
    }

    /** PyTorch: {@code torch.nn.functional.softmax(input: torch.Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> torch.Tensor}. */
    public static Tensor softmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.softmax(x, dim, dtype);
    }

    /** PyTorch: {@code torch.nn.functional.log_softmax(input: torch.Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> torch.Tensor}. */
    public static Tensor logSoftmax(Tensor x, int dim) {
        return SoftmaxOps.logSoftmax(x, dim, null);
    }

    /** PyTorch: {@code torch.nn.functional.log_softmax(input: torch.Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> torch.Tensor}. */
    public static Tensor logSoftmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.logSoftmax(x, dim, dtype);
    }

    /** Mean squared error, averaged. PyTorch: {@code F.mse_loss(input, target)}. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.mseLoss(input, target, "mean");
    }

    /** Mean squared error with reduction "mean", "sum" or "none". */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.mseLoss(input, target, reduction);
    }

    // ---------------------------------------------------------------- losses (jtorch.internal.ops.LossOps; the
    // keyword arguments are the options of the matching jtorch.nn loss module)

    /** PyTorch: {@code F.l1_loss(input, target)} with the default keywords. */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return l1Loss(input, target, L1Loss.options());
    }

    /** PyTorch: {@code F.l1_loss(input, target, **kwargs)}; the keywords of {@code nn.L1Loss}. */
    public static Tensor l1Loss(Tensor input, Tensor target, L1Loss.Options o) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.l1Loss(input, target, o.reduction());
    }

    /** PyTorch: {@code F.mse_loss(input, target, **kwargs)}; the keywords of {@code nn.MSELoss}. */
    public static Tensor mseLoss(Tensor input, Tensor target, MSELoss.Options o) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.mseLoss(input, target, o.reduction());
    }

    /** PyTorch: {@code F.cross_entropy(input, target)} with the default keywords. */
    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return crossEntropy(input, target, CrossEntropyLoss.options());
    }

    /** PyTorch: {@code F.cross_entropy(input, target, **kwargs)}; the keywords of {@code nn.CrossEntropyLoss}. */
    public static Tensor crossEntropy(Tensor input, Tensor target, CrossEntropyLoss.Options o) {
        return LossOps.crossEntropy(input, target, o.weight(), o.ignoreIndex(), o.reduction(), o.labelSmoothing());
    }

    /** PyTorch: {@code F.nll_loss(input, target)} with the default keywords. */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return nllLoss(input, target, NLLLoss.options());
    }

    /** PyTorch: {@code F.nll_loss(input, target, **kwargs)}; the keywords of {@code nn.NLLLoss}. */
    public static Tensor nllLoss(Tensor input, Tensor target, NLLLoss.Options o) {
        return LossOps.nllLoss(input, target, o.weight(), o.ignoreIndex(), o.reduction());
    }

    /** PyTorch: {@code F.poisson_nll_loss(input, target)} with the default keywords. */
    public static Tensor poissonNllLoss(Tensor input, Tensor target) {
        return poissonNllLoss(input, target, PoissonNLLLoss.options());
    }

    /** PyTorch: {@code F.poisson_nll_loss(input, target, **kwargs)}; the keywords of {@code nn.PoissonNLLLoss}. */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, PoissonNLLLoss.Options o) {
        return LossOps.poissonNllLoss(input, target, o.logInput(), o.full(), o.eps(), o.reduction());
    }

    /** PyTorch: {@code F.gaussian_nll_loss(input, target, var)} with the default keywords. */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var) {
        return gaussianNllLoss(input, target, var, GaussianNLLLoss.options());
    }

    /** PyTorch: {@code F.gaussian_nll_loss(input, target, var, **kwargs)}; the keywords of {@code nn.GaussianNLLLoss}. */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, GaussianNLLLoss.Options o) {
        return LossOps.gaussianNllLoss(input, target, var, o.full(), o.eps(), o.reduction());
    }

    /** PyTorch: {@code F.kl_div(input, target)} with the default keywords. */
    public static Tensor klDiv(Tensor input, Tensor target) {
        return klDiv(input, target, KLDivLoss.options());
    }

    /** PyTorch: {@code F.kl_div(input, target, **kwargs)}; the keywords of {@code nn.KLDivLoss}. */
    public static Tensor klDiv(Tensor input, Tensor target, KLDivLoss.Options o) {
        return LossOps.klDiv(input, target, o.reduction(), o.logTarget());
    }

    /** PyTorch: {@code F.binary_cross_entropy(input, target)} with the default keywords. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return binaryCrossEntropy(input, target, BCELoss.options());
    }

    /** PyTorch: {@code F.binary_cross_entropy(input, target, **kwargs)}; the keywords of {@code nn.BCELoss}. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, BCELoss.Options o) {
        return LossOps.binaryCrossEntropy(input, target, o.weight(), o.reduction());
    }

    /** PyTorch: {@code F.binary_cross_entropy_with_logits(input, target)} with the default keywords. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return binaryCrossEntropyWithLogits(input, target, BCEWithLogitsLoss.options());
    }

    /** PyTorch: {@code F.binary_cross_entropy_with_logits(input, target, **kwargs)}; the keywords of {@code nn.BCEWithLogitsLoss}. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, BCEWithLogitsLoss.Options o) {
        return LossOps.binaryCrossEntropyWithLogits(input, target, o.weight(), o.posWeight(), o.reduction());
    }

    /** PyTorch: {@code F.margin_ranking_loss(input1, input2, target)} with the default keywords. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target) {
        return marginRankingLoss(input1, input2, target, MarginRankingLoss.options());
    }

    /** PyTorch: {@code F.margin_ranking_loss(input1, input2, target, **kwargs)}; the keywords of {@code nn.MarginRankingLoss}. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target, MarginRankingLoss.Options o) {
        return LossOps.marginRankingLoss(input1, input2, target, o.margin(), o.reduction());
    }

    /** PyTorch: {@code F.hinge_embedding_loss(input, target)} with the default keywords. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target) {
        return hingeEmbeddingLoss(input, target, HingeEmbeddingLoss.options());
    }

    /** PyTorch: {@code F.hinge_embedding_loss(input, target, **kwargs)}; the keywords of {@code nn.HingeEmbeddingLoss}. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, HingeEmbeddingLoss.Options o) {
        return LossOps.hingeEmbeddingLoss(input, target, o.margin(), o.reduction());
    }

    /** PyTorch: {@code F.multilabel_margin_loss(input, target)} with the default keywords. */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target) {
        return multilabelMarginLoss(input, target, MultiLabelMarginLoss.options());
    }

    /** PyTorch: {@code F.multilabel_margin_loss(input, target, **kwargs)}; the keywords of {@code nn.MultiLabelMarginLoss}. */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, MultiLabelMarginLoss.Options o) {
        return LossOps.multilabelMarginLoss(input, target, o.reduction());
    }

    /** PyTorch: {@code F.smooth_l1_loss(input, target)} with the default keywords. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return smoothL1Loss(input, target, SmoothL1Loss.options());
    }

    /** PyTorch: {@code F.smooth_l1_loss(input, target, **kwargs)}; the keywords of {@code nn.SmoothL1Loss}. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, SmoothL1Loss.Options o) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.smoothL1Loss(input, target, o.reduction(), o.beta());
    }

    /** PyTorch: {@code F.huber_loss(input, target)} with the default keywords. */
    public static Tensor huberLoss(Tensor input, Tensor target) {
        return huberLoss(input, target, HuberLoss.options());
    }

    /** PyTorch: {@code F.huber_loss(input, target, **kwargs)}; the keywords of {@code nn.HuberLoss}. */
    public static Tensor huberLoss(Tensor input, Tensor target, HuberLoss.Options o) {
        LossOps.warnTargetSize(input, target, false);
        return LossOps.huberLoss(input, target, o.reduction(), o.delta());
    }

    /** PyTorch: {@code F.soft_margin_loss(input, target)} with the default keywords. */
    public static Tensor softMarginLoss(Tensor input, Tensor target) {
        return softMarginLoss(input, target, SoftMarginLoss.options());
    }

    /** PyTorch: {@code F.soft_margin_loss(input, target, **kwargs)}; the keywords of {@code nn.SoftMarginLoss}. */
    public static Tensor softMarginLoss(Tensor input, Tensor target, SoftMarginLoss.Options o) {
        return LossOps.softMarginLoss(input, target, o.reduction());
    }

    /** PyTorch: {@code F.multilabel_soft_margin_loss(input, target)} with the default keywords. */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target) {
        return multilabelSoftMarginLoss(input, target, MultiLabelSoftMarginLoss.options());
    }

    /** PyTorch: {@code F.multilabel_soft_margin_loss(input, target, **kwargs)}; the keywords of {@code nn.MultiLabelSoftMarginLoss}. */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target, MultiLabelSoftMarginLoss.Options o) {
        return LossOps.multilabelSoftMarginLoss(input, target, o.weight(), o.reduction());
    }

    /** PyTorch: {@code F.cosine_embedding_loss(input1, input2, target)} with the default keywords. */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target) {
        return cosineEmbeddingLoss(input1, input2, target, CosineEmbeddingLoss.options());
    }

    /** PyTorch: {@code F.cosine_embedding_loss(input1, input2, target, **kwargs)}; the keywords of {@code nn.CosineEmbeddingLoss}. */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target, CosineEmbeddingLoss.Options o) {
        return LossOps.cosineEmbeddingLoss(input1, input2, target, o.margin(), o.reduction());
    }

    /** PyTorch: {@code F.multi_margin_loss(input, target)} with the default keywords. */
    public static Tensor multiMarginLoss(Tensor input, Tensor target) {
        return multiMarginLoss(input, target, MultiMarginLoss.options());
    }

    /** PyTorch: {@code F.multi_margin_loss(input, target, **kwargs)}; the keywords of {@code nn.MultiMarginLoss}. */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, MultiMarginLoss.Options o) {
        return LossOps.multiMarginLoss(input, target, o.p(), o.margin(), o.weight(), o.reduction());
    }

    /** PyTorch: {@code F.triplet_margin_loss(anchor, positive, negative)} with the default keywords. */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return tripletMarginLoss(anchor, positive, negative, TripletMarginLoss.options());
    }

    /** PyTorch: {@code F.triplet_margin_loss(anchor, positive, negative, **kwargs)}; the keywords of {@code nn.TripletMarginLoss}. */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, TripletMarginLoss.Options o) {
        return LossOps.tripletMarginLoss(anchor, positive, negative, o.margin(), o.p(), o.eps(), o.swap(), o.reduction());
    }

    /** PyTorch: {@code F.triplet_margin_with_distance_loss(anchor, positive, negative)} with the default keywords. */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return tripletMarginWithDistanceLoss(anchor, positive, negative, TripletMarginWithDistanceLoss.options());
    }

    /** PyTorch: {@code F.triplet_margin_with_distance_loss(anchor, positive, negative, **kwargs)}; the keywords of {@code nn.TripletMarginWithDistanceLoss}. */
    public static Tensor tripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative, TripletMarginWithDistanceLoss.Options o) {
        return LossOps.tripletWithDistance(anchor, positive, negative, o.distanceFunction(), o.margin(), o.swap(), o.reduction());
    }

    /** PyTorch: {@code F.cross_entropy(input, target, weight)}. */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight) {
        return crossEntropy(input, target, CrossEntropyLoss.options().weight(weight));
    }

    /** PyTorch: {@code F.nll_loss(input, target, weight)}. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight) {
        return nllLoss(input, target, NLLLoss.options().weight(weight));
    }

    /** PyTorch: {@code F.binary_cross_entropy(input, target, weight)}. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight) {
        return binaryCrossEntropy(input, target, BCELoss.options().weight(weight));
    }

    /** PyTorch: {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths)} with lengths as lists. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, CTCLoss.options());
    }

    /** PyTorch: {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, **kwargs)}. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths,
                                 CTCLoss.Options o) {
        return LossOps.ctcLoss(logProbs, targets, inputLengths, targetLengths, o.blank(), o.reduction(),
                o.zeroInfinity());
    }

    /** PyTorch: {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths)} with lengths as tensors. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths.toIntArray(), targetLengths.toIntArray(), CTCLoss.options());
    }

    /** PyTorch: {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, **kwargs)}, lengths as tensors. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths,
                                 CTCLoss.Options o) {
        return ctcLoss(logProbs, targets, inputLengths.toIntArray(), targetLengths.toIntArray(), o);
    }

    /**
     * torchvision's focal loss on logits with alpha 0.25, gamma 2 and reduction "none". PyTorch:
     * {@code torchvision.ops.sigmoid_focal_loss(inputs, targets)}.
     */
    public static Tensor sigmoidFocalLoss(Tensor inputs, Tensor targets) {
        return LossOps.sigmoidFocalLoss(inputs, targets, 0.25, 2, "none");
    }

    /** PyTorch: {@code torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)}. */
    public static Tensor sigmoidFocalLoss(Tensor inputs, Tensor targets, double alpha, double gamma, String reduction) {
        return LossOps.sigmoidFocalLoss(inputs, targets, alpha, gamma, reduction);
    }

    /** The focal loss with {@link FocalLoss}'s defaults (alpha 0.25, gamma 2, "mean"); see there for its two forms. */
    public static Tensor focalLoss(Tensor input, Tensor target) {
        return focalLoss(input, target, FocalLoss.options());
    }

    /**
     * The focal loss: torchvision's sigmoid form for float targets, the multi-class form
     * {@code -α_t (1 - p_t)^γ log(p_t)} (per-class alpha from {@code weight}) for class indices.
     */
    public static Tensor focalLoss(Tensor input, Tensor target, FocalLoss.Options o) {
        return target.dtype().isFloatingPoint()
                ? LossOps.sigmoidFocalLoss(input, target, o.alpha(), o.gamma(), o.reduction())
                : LossOps.softmaxFocalLoss(input, target, o.weight(), o.gamma(), o.reduction());
    }

    // ---------------------------------------------------------------- convolution, pooling, normalisation,
    // resizing and padding (jtorch.internal.ops.ConvOps, PoolOps, NormOps, ResizeOps, PadOps)

    /** A fresh set of {@code F.conv1d}/{@code F.conv2d} keyword arguments at PyTorch's defaults. */
    public static ConvFuncOptions convOptions() {
        return new ConvFuncOptions();
    }

    /** A fresh set of {@code F.conv_transpose1d}/{@code 2d} keyword arguments at PyTorch's defaults. */
    public static ConvTransposeFuncOptions convTransposeOptions() {
        return new ConvTransposeFuncOptions();
    }

    /** A fresh set of {@code F.max_pool1d}/{@code 2d} keyword arguments at PyTorch's defaults. */
    public static MaxPoolFuncOptions maxPoolOptions() {
        return new MaxPoolFuncOptions();
    }

    /** A fresh set of {@code F.avg_pool1d}/{@code 2d} keyword arguments at PyTorch's defaults. */
    public static AvgPoolFuncOptions avgPoolOptions() {
        return new AvgPoolFuncOptions();
    }

    /** Keyword arguments of {@code F.max_unpool1d/2d/3d} at PyTorch's defaults. */
    public static MaxUnpoolFuncOptions maxUnpoolOptions() {
        return new MaxUnpoolFuncOptions();
    }

    /** Keyword arguments of {@code F.interpolate} at PyTorch's defaults. */
    public static InterpolateFuncOptions interpolateOptions() {
        return new InterpolateFuncOptions();
    }

    /** PyTorch: {@code F.conv1d(input, weight, bias=, stride=, padding=, dilation=, groups=)} by name. */
    public static Tensor conv1d(Tensor x, Tensor weight, ConvFuncOptions o) {
        return o.paddingMode != null
                ? ConvOps.conv1d(x, weight, o.bias, o.stride, o.paddingMode, o.dilation, o.groups)
                : ConvOps.conv1d(x, weight, o.bias, o.stride, o.padding, o.dilation, o.groups);
    }

    /** PyTorch: {@code F.conv2d(input, weight, bias=, stride=, padding=, dilation=, groups=)} by name. */
    public static Tensor conv2d(Tensor x, Tensor weight, ConvFuncOptions o) {
        return o.paddingMode != null
                ? ConvOps.conv2d(x, weight, o.bias, o.stride, o.paddingMode, o.dilation, o.groups)
                : ConvOps.conv2d(x, weight, o.bias, o.stride, o.padding, o.dilation, o.groups);
    }

    /** PyTorch: {@code F.conv_transpose1d(input, weight, bias=, stride=, padding=, output_padding=, groups=, dilation=)}. */
    public static Tensor convTranspose1d(Tensor x, Tensor weight, ConvTransposeFuncOptions o) {
        return ConvOps.convTranspose1d(x, weight, o.bias, o.stride, o.padding, o.outputPadding, o.groups, o.dilation);
    }

    /** PyTorch: {@code F.conv_transpose2d(input, weight, bias=, stride=, padding=, output_padding=, groups=, dilation=)}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, ConvTransposeFuncOptions o) {
        return ConvOps.convTranspose2d(x, weight, o.bias, o.stride, o.padding, o.outputPadding, o.groups, o.dilation);
    }

    /** PyTorch: {@code F.max_pool1d(input, kernel_size, stride=, padding=, dilation=, ceil_mode=)} by name. */
    public static Tensor maxPool1d(Tensor x, int kernel, MaxPoolFuncOptions o) {
        // PyTorch's max_pool1d without indices is its own op, with its own checks and messages
        return PoolOps.maxPool1d(x, kernel, o.stride == null ? null : single(o.stride, "stride"),
                single(o.padding, "padding"), single(o.dilation, "dilation"), o.ceilMode);
    }

    /** PyTorch: {@code F.max_pool1d(..., return_indices=True)} with keyword arguments by name. */
    public static ReturnTypes.MaxPoolWithIndices maxPool1dWithIndices(Tensor x, int kernel, MaxPoolFuncOptions o) {
        return PoolOps.maxPool1dWithIndices(x, kernel, o.stride == null ? null : single(o.stride, "stride"),
                single(o.padding, "padding"), single(o.dilation, "dilation"), o.ceilMode);
    }

    /** PyTorch: {@code F.max_pool2d(input, kernel_size, stride=, padding=, dilation=, ceil_mode=)} by name. */
    public static Tensor maxPool2d(Tensor x, int kernel, MaxPoolFuncOptions o) {
        return maxPool2d(x, new int[] {kernel}, o);
    }

    /** PyTorch: {@code F.max_pool2d(input, (kh, kw), ...)} with keyword arguments by name. */
    public static Tensor maxPool2d(Tensor x, int[] kernel, MaxPoolFuncOptions o) {
        return maxPool2dWithIndices(x, kernel, o).output();
    }

    /** PyTorch: {@code F.max_pool2d(..., return_indices=True)} with keyword arguments by name. */
    public static ReturnTypes.MaxPoolWithIndices maxPool2dWithIndices(Tensor x, int[] kernel, MaxPoolFuncOptions o) {
        return PoolOps.maxPool2dWithIndices(x, kernel, o.stride == null ? new int[0] : o.stride, o.padding, o.dilation,
                o.ceilMode);
    }

    /** PyTorch: {@code F.avg_pool1d(input, kernel_size, stride=, padding=, ceil_mode=, count_include_pad=)}. */
    public static Tensor avgPool1d(Tensor x, int kernel, AvgPoolFuncOptions o) {
        if (o.divisorOverride != null) {
            throw new IllegalArgumentException("avg_pool1d() got an unexpected keyword argument 'divisor_override'");
        }
        return PoolOps.avgPool1d(x, kernel, o.stride == null ? null : single(o.stride, "stride"),
                single(o.padding, "padding"), o.ceilMode, o.countIncludePad);
    }

    /** PyTorch: {@code F.avg_pool2d(input, kernel_size, stride=, padding=, ceil_mode=, count_include_pad=, divisor_override=)}. */
    public static Tensor avgPool2d(Tensor x, int kernel, AvgPoolFuncOptions o) {
        return avgPool2d(x, new int[] {kernel}, o);
    }

    /** {@link #avgPool2d(Tensor, int, AvgPoolFuncOptions)} with a (kh, kw) kernel. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, AvgPoolFuncOptions o) {
        return PoolOps.avgPool2d(x, kernel, o.stride == null ? new int[0] : o.stride, o.padding, o.ceilMode,
                o.countIncludePad, o.divisorOverride);
    }

    // a 1-d op's size argument: one value (PyTorch's "max_pool1d() argument 'stride' must be tuple of ints of size 1")
    private static int single(int[] v, String name) {
        if (v.length != 1) {
            throw new IllegalArgumentException("argument '" + name + "' must be tuple of ints of size 1, but found "
                    + "element of size " + v.length);
        }
        return v[0];
    }

    /** 1-d convolution of [N, C, L] with weight [O, C / groups, K]. PyTorch: {@code F.conv1d(input, weight)}. */
    public static Tensor conv1d(Tensor x, Tensor weight) {
        return conv1d(x, weight, null, 1, 0, 1, 1);
    }

    /** PyTorch: {@code torch.nn.functional.conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1) -> Tensor}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias) {
        return conv1d(x, weight, bias, 1, 0, 1, 1);
    }

    /** PyTorch: {@code F.conv1d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return ConvOps.conv1d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {dilation}, groups);
    }

    /** 1-d convolution with {@code padding="same"} or {@code "valid"}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return ConvOps.conv1d(x, weight, bias, new int[] {stride}, padding, new int[] {dilation}, groups);
    }

    /** 2-d convolution of [N, C, H, W] with weight [O, C / groups, KH, KW]. PyTorch: {@code F.conv2d(input, weight)}. */
    public static Tensor conv2d(Tensor x, Tensor weight) {
        return conv2d(x, weight, (Tensor) null);
    }

    /** PyTorch: {@code torch.nn.functional.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1) -> Tensor}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias) {
        return conv2d(x, weight, bias, new int[] {1}, new int[] {0}, new int[] {1}, 1);
    }

    /** PyTorch: {@code F.conv2d(input, weight, bias, stride=s, padding=p)}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return conv2d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {1}, 1);
    }

    /** PyTorch: {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)} (1 or 2 values each). */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** 2-d convolution with {@code padding="same"} or {@code "valid"}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Transposed 1-d convolution, weight [C, O / groups, K]. PyTorch: {@code F.conv_transpose1d}. */
    public static Tensor convTranspose1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return ConvOps.convTranspose1d(x, weight, bias, new int[] {stride}, new int[] {padding},
                new int[] {outputPadding}, groups, new int[] {dilation});
    }

    /** Transposed 2-d convolution, weight [C, O / groups, KH, KW]. PyTorch: {@code F.conv_transpose2d(input, weight)}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight) {
        return convTranspose2d(x, weight, (Tensor) null);
    }

    /** PyTorch: {@code torch.nn.functional.conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1) -> Tensor}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias) {
        return convTranspose2d(x, weight, bias, 1, 0);
    }

    /** PyTorch: {@code torch.nn.functional.conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1) -> Tensor}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose2d(x, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {0}, 1,
                new int[] {1});
    }

    /** PyTorch: {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose2d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** Max over windows of {@code kernel} (stride = kernel). PyTorch: {@code F.max_pool1d(input, kernel)}. */
    public static Tensor maxPool1d(Tensor x, int kernel) {
        return maxPool1d(x, kernel, maxPoolOptions());
    }

    /** PyTorch: {@code F.max_pool1d(input, kernel_size, stride)}. */
    public static Tensor maxPool1d(Tensor x, int kernel, int stride) {
        return maxPool1d(x, kernel, maxPoolOptions().stride(stride));
    }


    /** Max over kernel×kernel windows (stride = kernel). PyTorch: {@code F.max_pool2d(input, 2)}. */
    public static Tensor maxPool2d(Tensor x, int kernel) {
        return maxPool2d(x, new int[] {kernel});
    }

    /** PyTorch: {@code F.max_pool2d(input, (kh, kw))}. */
    public static Tensor maxPool2d(Tensor x, int[] kernel) {
        return maxPool2d(x, kernel, new int[0], new int[] {0}, new int[] {1}, false);
    }

    /** PyTorch: {@code torch.nn.functional.max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)}. */
    public static Tensor maxPool2d(Tensor x, int kernel, int stride) {
        return maxPool2d(x, new int[] {kernel}, new int[] {stride}, new int[] {0}, new int[] {1}, false);
    }

    /** An empty {@code stride} means the kernel size. PyTorch: {@code F.max_pool2d(input, k, stride, padding, dilation, ceil_mode)}. */
    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return PoolOps.maxPool2d(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code F.max_pool2d(..., return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool2dWithIndices(Tensor x, int[] kernel, int[] stride,
                                                                      int[] padding, int[] dilation, boolean ceilMode) {
        return PoolOps.maxPool2dWithIndices(x, kernel, stride, padding, dilation, ceilMode);
    }

    /** Inverse of max pooling with its indices. PyTorch: {@code F.max_unpool2d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int... kernel) {
        return maxUnpool2d(x, indices, kernel, maxUnpoolOptions());
    }

    /** PyTorch: {@code F.max_unpool2d(input, indices, kernel_size, stride=, padding=, output_size=)} by name. */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] kernel, MaxUnpoolFuncOptions o) {
        return PoolOps.maxUnpool2d(x, indices, kernel, o.stride, o.padding, o.outputSize);
    }

    /** PyTorch: {@code F.avg_pool1d(input, kernel)}. */
    public static Tensor avgPool1d(Tensor x, int kernel) {
        return avgPool1d(x, kernel, avgPoolOptions());
    }

    /** PyTorch: {@code F.avg_pool1d(input, kernel_size, stride)}. */
    public static Tensor avgPool1d(Tensor x, int kernel, int stride) {
        return avgPool1d(x, kernel, avgPoolOptions().stride(stride));
    }


    /** PyTorch: {@code F.avg_pool2d(input, kernel)}. */
    public static Tensor avgPool2d(Tensor x, int kernel) {
        return avgPool2d(x, new int[] {kernel});
    }

    /** PyTorch: {@code F.avg_pool2d(input, (kh, kw))}. */
    public static Tensor avgPool2d(Tensor x, int[] kernel) {
        return avgPool2d(x, kernel, avgPoolOptions());
    }

    /** PyTorch: {@code F.avg_pool2d(input, kernel_size, stride)}. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride) {
        return avgPool2d(x, kernel, avgPoolOptions().stride(stride));
    }

    /** PyTorch: {@code F.adaptive_avg_pool2d(input, output_size)}. */
    public static Tensor adaptiveAvgPool2d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveAvgPool2d(x, outputSize);
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, output_size)}. */
    public static Tensor adaptiveMaxPool2d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool2d(x, outputSize).output();
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, output_size, return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool2dWithIndices(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool2d(x, outputSize);
    }

    /** Batch normalisation in evaluation mode with running statistics. PyTorch: {@code F.batch_norm(input, mean, var)}. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar) {
        return batchNorm(x, runningMean, runningVar, null, null, false, 0.1, 1e-5);
    }

    /** PyTorch: {@code F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)}. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        return NormOps.batchNorm(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** PyTorch: {@code F.layer_norm(input, normalized_shape)}. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape) {
        return layerNorm(x, normalizedShape, null, null, 1e-5);
    }

    /** PyTorch: {@code torch.nn.functional.layer_norm(input: torch.Tensor, normalized_shape: List[int], weight: Optional[torch.Tensor] = None, bias: Optional[torch.Tensor] = None, eps: float = 1e-05) -> torch.Tensor}. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return NormOps.layerNorm(x, normalizedShape, weight, bias, eps);
    }

    /** PyTorch: {@code F.group_norm(input, num_groups)}. */
    public static Tensor groupNorm(Tensor x, int numGroups) {
        return groupNorm(x, numGroups, null, null, 1e-5);
    }

    /** PyTorch: {@code torch.nn.functional.group_norm(input: torch.Tensor, num_groups: int, weight: Optional[torch.Tensor] = None, bias: Optional[torch.Tensor] = None, eps: float = 1e-05) -> torch.Tensor}. */
    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        return NormOps.groupNorm(x, numGroups, weight, bias, eps);
    }

    /** Resizes to {@code size} (one value per spatial dim, or one for all). PyTorch: {@code F.interpolate(input, size, mode=mode)}. */
    public static Tensor interpolate(Tensor x, int[] size, String mode) {
        return interpolate(x, interpolateOptions().size(size).mode(mode));
    }

    /** Resizes by {@code scaleFactor}. PyTorch: {@code F.interpolate(input, scale_factor=s, mode=mode)}. */
    public static Tensor interpolate(Tensor x, double scaleFactor, String mode) {
        return interpolate(x, interpolateOptions().scaleFactor(scaleFactor).mode(mode));
    }

    /** PyTorch: {@code F.interpolate(input, size=, scale_factor=, mode=, align_corners=, recompute_scale_factor=)} by name. */
    public static Tensor interpolate(Tensor x, InterpolateFuncOptions o) {
        return ResizeOps.interpolate(x, o.size, o.scaleFactor, o.mode, o.alignCorners, o.recomputeScaleFactor);
    }

    /** Zero padding, {@code pad} as (before, after) pairs from the last dim. PyTorch: {@code F.pad(input, pad)}. */
    public static Tensor pad(Tensor x, int[] pad) {
        return pad(x, pad, "constant", 0);
    }

    /** Padding with mode "constant", "reflect", "replicate" or "circular". PyTorch: {@code F.pad(input, pad, mode)}. */
    public static Tensor pad(Tensor x, int[] pad, String mode) {
        return pad(x, pad, mode, 0);
    }

    /** PyTorch: {@code torch.nn.functional.pad(input, pad, mode="constant", value=None) -> Tensor}. */
    public static Tensor pad(Tensor x, int[] pad, String mode, double value) {
        return PadOps.pad(x, pad, mode, value);
    }

    // ---------------------------------------------------------------- linear layers, activations, dropout,
    // embeddings and distances (ops in ActivationOps, LinearOps, DropoutOps, EmbeddingOps, DistanceOps)

    /** {@code x·Wᵀ} over the last dim. PyTorch: {@code F.linear(input, weight)}. */
    public static Tensor linear(Tensor input, Tensor weight) {
        return LinearOps.linear(input, weight, null);
    }

    /** {@code x·Wᵀ + b}; bias may be null. PyTorch: {@code F.linear(input, weight, bias)}. */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return LinearOps.linear(input, weight, bias);
    }

    /** {@code x1ᵀ·W[o]·x2} for each output o. PyTorch: {@code F.bilinear(input1, input2, weight)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
        return LinearOps.bilinear(input1, input2, weight, null);
    }

    /** {@code x1ᵀ·W[o]·x2 + b[o]}; bias may be null. PyTorch: {@code F.bilinear(input1, input2, weight, bias)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return LinearOps.bilinear(input1, input2, weight, bias);
    }

    /** relu, in place when {@code inplace}. PyTorch: {@code F.relu(input, inplace)}. */
    public static Tensor relu(Tensor x, boolean inplace) {
        return inplace ? x.relu_() : x.relu();
    }

    /** Leaky relu with slope 0.01. PyTorch: {@code F.leaky_relu(input)}. */
    public static Tensor leakyRelu(Tensor x) {
        return ActivationOps.leakyRelu(x, 0.01);
    }

    /** PyTorch: {@code F.leaky_relu(input, negative_slope)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return ActivationOps.leakyRelu(x, negativeSlope);
    }

    /** PyTorch: {@code F.leaky_relu(input, negative_slope, inplace)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope, boolean inplace) {
        return inplace ? ActivationOps.leakyRelu_(x, negativeSlope) : ActivationOps.leakyRelu(x, negativeSlope);
    }

    /** ELU with alpha 1. PyTorch: {@code F.elu(input)}. */
    public static Tensor elu(Tensor x) {
        return ActivationOps.elu(x, 1.0);
    }

    /** PyTorch: {@code F.elu(input, alpha)}. */
    public static Tensor elu(Tensor x, double alpha) {
        return ActivationOps.elu(x, alpha);
    }

    /** PyTorch: {@code F.elu(input, alpha, inplace)}. */
    public static Tensor elu(Tensor x, double alpha, boolean inplace) {
        return inplace ? ActivationOps.elu_(x, alpha) : ActivationOps.elu(x, alpha);
    }

    /** Exact GELU, {@code x * Phi(x)}. PyTorch: {@code F.gelu(input)}. */
    public static Tensor gelu(Tensor x) {
        return ActivationOps.gelu(x, "none");
    }

    /** GELU, exact ("none") or tanh-approximated ("tanh"). PyTorch: {@code F.gelu(input, approximate)}. */
    public static Tensor gelu(Tensor x, String approximate) {
        return ActivationOps.gelu(x, approximate);
    }

    /** {@code x * sigmoid(x)}. PyTorch: {@code F.silu(input)}. */
    public static Tensor silu(Tensor x) {
        return ActivationOps.silu(x);
    }

    /** PyTorch: {@code F.silu(input, inplace)}. */
    public static Tensor silu(Tensor x, boolean inplace) {
        return inplace ? ActivationOps.silu_(x) : ActivationOps.silu(x);
    }

    /** Softplus with beta 1, threshold 20. PyTorch: {@code F.softplus(input)}. */
    public static Tensor softplus(Tensor x) {
        return ActivationOps.softplus(x, 1, 20);
    }

    /** PyTorch: {@code F.softplus(input, beta, threshold)}. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        return ActivationOps.softplus(x, beta, threshold);
    }

    /** Clamp to [-1, 1]. PyTorch: {@code F.hardtanh(input)}. */
    public static Tensor hardtanh(Tensor x) {
        return ActivationOps.hardtanh(x, -1, 1);
    }

    /** PyTorch: {@code F.hardtanh(input, min_val, max_val)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal) {
        return ActivationOps.hardtanh(x, minVal, maxVal);
    }

    /** PyTorch: {@code F.hardtanh(input, min_val, max_val, inplace)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal, boolean inplace) {
        return inplace ? ActivationOps.hardtanh_(x, minVal, maxVal) : ActivationOps.hardtanh(x, minVal, maxVal);
    }

    /** {@code x > 0 ? x : w * x}, w per channel (dim 1) or shared. PyTorch: {@code F.prelu(input, weight)}. */
    public static Tensor prelu(Tensor x, Tensor weight) {
        return ActivationOps.prelu(x, weight);
    }

    /** Dropout with p = 0.5 in training mode. PyTorch: {@code F.dropout(input)}. */
    public static Tensor dropout(Tensor x) {
        return dropout(x, 0.5, true, false);
    }

    /** PyTorch: {@code F.dropout(input, p)} (training mode). */
    public static Tensor dropout(Tensor x, double p) {
        return dropout(x, p, true, false);
    }

    /** Dropout when {@code training}, else the input itself. PyTorch: {@code F.dropout(input, p, training)}. */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        return dropout(x, p, training, false);
    }

    /** PyTorch: {@code F.dropout(input, p, training, inplace)}. */
    public static Tensor dropout(Tensor x, double p, boolean training, boolean inplace) {
        return inplace ? DropoutOps.dropout_(x, p, training) : DropoutOps.dropout(x, p, training);
    }

    /** Channel dropout (whole (sample, channel) slices). PyTorch: {@code F.dropout2d(input, p, training)}. */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        return dropout2d(x, p, training, false);
    }

    /** PyTorch: {@code F.dropout2d(input, p, training, inplace)}. */
    public static Tensor dropout2d(Tensor x, double p, boolean training, boolean inplace) {
        return inplace ? DropoutOps.featureDropout_(x, p, training) : DropoutOps.featureDropout(x, p, training);
    }

    /** Rows of {@code weight} at {@code input}'s indices. PyTorch: {@code F.embedding(input, weight)}. */
    public static Tensor embedding(Tensor input, Tensor weight) {
        return lookup(input, weight, null, false);
    }

    /** PyTorch: {@code F.embedding(input, weight, padding_idx)}; a negative paddingIdx counts from the end. */
    public static Tensor embedding(Tensor input, Tensor weight, int paddingIdx) {
        return lookup(input, weight, paddingIdx, false);
    }

    // the lookup behind every embedding form; paddingIdx null is PyTorch's None
    private static Tensor lookup(Tensor input, Tensor weight, Integer paddingIdx, boolean scaleGradByFreq) {
        int pad = -1;
        if (paddingIdx != null) {
            int rows = weight.size(0);
            if (paddingIdx >= rows || paddingIdx < -rows) {
                throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
            }
            pad = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        return EmbeddingOps.embedding(weight, input, pad, scaleGradByFreq);
    }

    /** One-hot int64 encoding with max + 1 classes. PyTorch: {@code F.one_hot(tensor)}. */
    public static Tensor oneHot(Tensor x) {
        return EmbeddingOps.oneHot(x, -1);
    }

    /** PyTorch: {@code F.one_hot(tensor, num_classes)}. */
    public static Tensor oneHot(Tensor x, int numClasses) {
        return EmbeddingOps.oneHot(x, numClasses);
    }

    /** L2-normalises along dim 1. PyTorch: {@code F.normalize(input)}. */
    public static Tensor normalize(Tensor x) {
        return DistanceOps.normalize(x, 2, 1, 1e-12);
    }

    /** PyTorch: {@code F.normalize(input, p, dim)}. */
    public static Tensor normalize(Tensor x, double p, int dim) {
        return DistanceOps.normalize(x, p, dim, 1e-12);
    }

    /** {@code x / max(||x||_p, eps)} along dim. PyTorch: {@code F.normalize(input, p, dim, eps)}. */
    public static Tensor normalize(Tensor x, double p, int dim, double eps) {
        return DistanceOps.normalize(x, p, dim, eps);
    }

    /** Cosine similarity along dim 1. PyTorch: {@code F.cosine_similarity(x1, x2)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) {
        return DistanceOps.cosineSimilarity(x1, x2, 1, 1e-8);
    }

    /** PyTorch: {@code F.cosine_similarity(x1, x2, dim)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, 1e-8);
    }

    /** PyTorch: {@code F.cosine_similarity(x1, x2, dim, eps)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, eps);
    }

    /** Euclidean distance over the last dim. PyTorch: {@code F.pairwise_distance(x1, x2)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return DistanceOps.pairwiseDistance(x1, x2, 2, 1e-6, false);
    }

    /** PyTorch: {@code F.pairwise_distance(x1, x2, p)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p) {
        return DistanceOps.pairwiseDistance(x1, x2, p, 1e-6, false);
    }

    /** p-norm of {@code x1 - x2 + eps} over the last dim. PyTorch: {@code F.pairwise_distance(x1, x2, p, eps, keepdim)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        return DistanceOps.pairwiseDistance(x1, x2, p, eps, keepdim);
    }

    // ---------------------------------------------------------------- more activations (ops in
    // PiecewiseActivationOps and SmoothActivationOps; softsign, tanhshrink and softmin are PyTorch's compositions)

    /** relu in place. PyTorch: {@code F.relu_(input)}. */
    public static Tensor relu_(Tensor x) {
        return x.relu_();
    }

    /** PyTorch: {@code F.leaky_relu_(input, negative_slope=0.01)}. */
    public static Tensor leakyRelu_(Tensor x, double negativeSlope) {
        return ActivationOps.leakyRelu_(x, negativeSlope);
    }

    /** PyTorch: {@code F.elu_(input, alpha=1.0)}. */
    public static Tensor elu_(Tensor x, double alpha) {
        return ActivationOps.elu_(x, alpha);
    }

    /** PyTorch: {@code F.hardtanh_(input, min_val=-1.0, max_val=1.0)}. */
    public static Tensor hardtanh_(Tensor x, double minVal, double maxVal) {
        return ActivationOps.hardtanh_(x, minVal, maxVal);
    }

    /** {@code min(max(x, 0), 6)} (hardtanh on [0, 6]). PyTorch: {@code F.relu6(input)}. */
    public static Tensor relu6(Tensor x) {
        return ActivationOps.hardtanh(x, 0, 6);
    }

    /** PyTorch: {@code F.relu6(input, inplace)}. */
    public static Tensor relu6(Tensor x, boolean inplace) {
        return inplace ? ActivationOps.hardtanh_(x, 0, 6) : ActivationOps.hardtanh(x, 0, 6);
    }

    /** Scaled ELU with PyTorch's fixed alpha and scale. PyTorch: {@code F.selu(input)}. */
    public static Tensor selu(Tensor x) {
        return SmoothActivationOps.selu(x);
    }

    /** PyTorch: {@code F.selu(input, inplace)}. */
    public static Tensor selu(Tensor x, boolean inplace) {
        return inplace ? SmoothActivationOps.selu_(x) : SmoothActivationOps.selu(x);
    }

    /** PyTorch: {@code F.selu_(input)}. */
    public static Tensor selu_(Tensor x) {
        return SmoothActivationOps.selu_(x);
    }

    /** CELU with alpha 1. PyTorch: {@code F.celu(input)}. */
    public static Tensor celu(Tensor x) {
        return SmoothActivationOps.celu(x, 1.0);
    }

    /** {@code x > 0 ? x : alpha * (exp(x / alpha) - 1)}. PyTorch: {@code F.celu(input, alpha)}. */
    public static Tensor celu(Tensor x, double alpha) {
        return SmoothActivationOps.celu(x, alpha);
    }

    /** PyTorch: {@code F.celu(input, alpha, inplace)}. */
    public static Tensor celu(Tensor x, double alpha, boolean inplace) {
        return inplace ? SmoothActivationOps.celu_(x, alpha) : SmoothActivationOps.celu(x, alpha);
    }

    /** PyTorch: {@code F.celu_(input, alpha=1.0)}. */
    public static Tensor celu_(Tensor x, double alpha) {
        return SmoothActivationOps.celu_(x, alpha);
    }

    /** Gated linear unit over the last dim. PyTorch: {@code F.glu(input)}. */
    public static Tensor glu(Tensor x) {
        return SmoothActivationOps.glu(x, -1);
    }

    /** {@code a * sigmoid(b)} for the two halves a, b of {@code dim}. PyTorch: {@code F.glu(input, dim)}. */
    public static Tensor glu(Tensor x, int dim) {
        return SmoothActivationOps.glu(x, dim);
    }

    /** {@code relu6(x + 3) / 6}. PyTorch: {@code F.hardsigmoid(input)}. */
    public static Tensor hardsigmoid(Tensor x) {
        return PiecewiseActivationOps.hardsigmoid(x);
    }

    /** PyTorch: {@code F.hardsigmoid(input, inplace)}. */
    public static Tensor hardsigmoid(Tensor x, boolean inplace) {
        return inplace ? PiecewiseActivationOps.hardsigmoid_(x) : PiecewiseActivationOps.hardsigmoid(x);
    }

    /** {@code x * relu6(x + 3) / 6}. PyTorch: {@code F.hardswish(input)}. */
    public static Tensor hardswish(Tensor x) {
        return PiecewiseActivationOps.hardswish(x);
    }

    /** PyTorch: {@code F.hardswish(input, inplace)}. */
    public static Tensor hardswish(Tensor x, boolean inplace) {
        return inplace ? PiecewiseActivationOps.hardswish_(x) : PiecewiseActivationOps.hardswish(x);
    }

    /** Zero on [-0.5, 0.5], x elsewhere. PyTorch: {@code F.hardshrink(input)}. */
    public static Tensor hardshrink(Tensor x) {
        return PiecewiseActivationOps.hardshrink(x, 0.5);
    }

    /** Zero on [-lambd, lambd], x elsewhere. PyTorch: {@code F.hardshrink(input, lambd)}. */
    public static Tensor hardshrink(Tensor x, double lambd) {
        return PiecewiseActivationOps.hardshrink(x, lambd);
    }

    /** Shrinks towards 0 by 0.5. PyTorch: {@code F.softshrink(input)}. */
    public static Tensor softshrink(Tensor x) {
        return PiecewiseActivationOps.softshrink(x, 0.5);
    }

    /** Shrinks towards 0 by lambd (zero on [-lambd, lambd]). PyTorch: {@code F.softshrink(input, lambd)}. */
    public static Tensor softshrink(Tensor x, double lambd) {
        return PiecewiseActivationOps.softshrink(x, lambd);
    }

    /** {@code x - tanh(x)}. PyTorch: {@code F.tanhshrink(input)}. */
    public static Tensor tanhshrink(Tensor x) {
        return x.sub(x.tanh());
    }

    /** {@code x / (1 + |x|)}. PyTorch: {@code F.softsign(input)}. */
    public static Tensor softsign(Tensor x) {
        return x.div(x.abs().add(1));
    }

    /** {@code log(sigmoid(x))}, computed stably. PyTorch: {@code F.logsigmoid(input)}. */
    public static Tensor logsigmoid(Tensor x) {
        return SmoothActivationOps.logsigmoid(x);
    }

    /** {@code x * tanh(softplus(x))}. PyTorch: {@code F.mish(input)}. */
    public static Tensor mish(Tensor x) {
        return SmoothActivationOps.mish(x);
    }

    /** PyTorch: {@code F.mish(input, inplace)}. */
    public static Tensor mish(Tensor x, boolean inplace) {
        return inplace ? SmoothActivationOps.mish_(x) : SmoothActivationOps.mish(x);
    }

    /** {@code softmax(-x)} along dim. PyTorch: {@code F.softmin(input, dim)}. */
    public static Tensor softmin(Tensor x, int dim) {
        return x.neg().softmax(dim);
    }

    /** softmin computed in {@code dtype} (the input is cast first). PyTorch: {@code F.softmin(input, dim, dtype=dtype)}. */
    public static Tensor softmin(Tensor x, int dim, DType dtype) {
        return x.neg().softmax(dim, dtype);
    }

    /** {@code x <= threshold ? value : x}. PyTorch: {@code F.threshold(input, threshold, value)}. */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        return PiecewiseActivationOps.threshold(x, threshold, value);
    }

    /** PyTorch: {@code F.threshold(input, threshold, value, inplace)}. */
    public static Tensor threshold(Tensor x, double threshold, double value, boolean inplace) {
        return inplace ? PiecewiseActivationOps.threshold_(x, threshold, value)
                : PiecewiseActivationOps.threshold(x, threshold, value);
    }

    /** PyTorch: {@code F.threshold_(input, threshold, value)}. */
    public static Tensor threshold_(Tensor x, double threshold, double value) {
        return PiecewiseActivationOps.threshold_(x, threshold, value);
    }

    /** Randomized leaky relu in evaluation mode: slope (1/8 + 1/3) / 2. PyTorch: {@code F.rrelu(input)}. */
    public static Tensor rrelu(Tensor x) {
        return PiecewiseActivationOps.rrelu(x, 1.0 / 8, 1.0 / 3, false);
    }

    /**
     * Randomized leaky relu: in training each non-positive element gets a slope drawn from [lower, upper)
     * (the default generator, in PyTorch's order), in evaluation the mean slope. PyTorch:
     * {@code F.rrelu(input, lower, upper, training)}.
     */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training) {
        return PiecewiseActivationOps.rrelu(x, lower, upper, training);
    }

    /** PyTorch: {@code F.rrelu(input, lower, upper, training, inplace)}. */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training, boolean inplace) {
        return inplace ? PiecewiseActivationOps.rrelu_(x, lower, upper, training)
                : PiecewiseActivationOps.rrelu(x, lower, upper, training);
    }

    /** PyTorch: {@code F.rrelu_(input, lower, upper, training)}. */
    public static Tensor rrelu_(Tensor x, double lower, double upper, boolean training) {
        return PiecewiseActivationOps.rrelu_(x, lower, upper, training);
    }

    // ---------------------------------------------------------------- instance and local response norm,
    // shuffles and sliding blocks (InstanceNormOps, ShuffleOps, FoldOps; local_response_norm is PyTorch's composition)

    /** Instance normalisation with each slice's own statistics. PyTorch: {@code F.instance_norm(input)}. */
    public static Tensor instanceNorm(Tensor x) {
        return instanceNorm(x, null, null, null, null, true, 0.1, 1e-5);
    }

    /**
     * Normalises each (sample, channel) slice over its spatial dims; any of the running statistics, weight and
     * bias may be null. PyTorch: {@code F.instance_norm(input, running_mean, running_var, weight, bias,
     * use_input_stats, momentum, eps)}.
     */
    public static Tensor instanceNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                      boolean useInputStats, double momentum, double eps) {
        return InstanceNormOps.instanceNorm(x, runningMean, runningVar, weight, bias, useInputStats, momentum, eps);
    }

    /** Local response normalisation with alpha 1e-4, beta 0.75, k 1. PyTorch: {@code F.local_response_norm(input, size)}. */
    public static Tensor localResponseNorm(Tensor x, int size) {
        return localResponseNorm(x, size, 1e-4, 0.75, 1.0);
    }

    /**
     * {@code x / (k + alpha/size · Σ x²)^beta}, the sum over {@code size} neighbouring channels (dim 1, zero padded).
     * PyTorch: {@code F.local_response_norm(input, size, alpha, beta, k)}, composed as PyTorch composes it (its
     * 3-D average pool over channels taken as a 2-D pool over (C, rest), which sums the same values).
     */
    public static Tensor localResponseNorm(Tensor x, int size, double alpha, double beta, double k) {
        if (x.dim() < 3) {
            // PyTorch's message carries the indentation of its source's line continuation
            throw new IllegalArgumentException("Expected 3D or higher dimensionality" + " ".repeat(26) + "input (got "
                    + x.dim() + " dimensions)");
        }
        if (x.numel() == 0) {
            return x;
        }
        int[] sizes = x.sizes();
        Tensor div = x.mul(x).reshape(sizes[0], 1, sizes[1], -1);
        div = pad(div, new int[] {0, 0, size / 2, (size - 1) / 2});
        div = avgPool2d(div, new int[] {size, 1}, new int[] {1, 1}).view(sizes);
        return x.div(div.mul(alpha).add(k).pow(beta));
    }

    /** {@code (*, C r², H, W) -> (*, C, H r, W r)}. PyTorch: {@code F.pixel_shuffle(input, upscale_factor)}. */
    public static Tensor pixelShuffle(Tensor x, int upscaleFactor) {
        return ShuffleOps.pixelShuffle(x, upscaleFactor);
    }

    /** {@code (*, C, H r, W r) -> (*, C r², H, W)}. PyTorch: {@code F.pixel_unshuffle(input, downscale_factor)}. */
    public static Tensor pixelUnshuffle(Tensor x, int downscaleFactor) {
        return ShuffleOps.pixelUnshuffle(x, downscaleFactor);
    }

    /** Interleaves {@code groups} groups of channels. PyTorch: {@code F.channel_shuffle(input, groups)} (no gradient in 1.13). */
    public static Tensor channelShuffle(Tensor x, int groups) {
        return ShuffleOps.channelShuffle(x, groups);
    }

    /** Sliding kernel x kernel blocks as columns. PyTorch: {@code F.unfold(input, kernel_size)}. */
    public static Tensor unfold(Tensor x, int kernelSize) {
        return unfold(x, new int[] {kernelSize, kernelSize}, new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1});
    }

    /**
     * {@code (N, C, H, W) -> (N, C kh kw, L)} (or unbatched {@code (C, H, W)}), each argument an (h, w) pair.
     * PyTorch: {@code F.unfold(input, kernel_size, dilation, padding, stride)}.
     */
    public static Tensor unfold(Tensor x, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        return FoldOps.unfold(x, new FoldOps.Geometry(pair(kernelSize), pair(dilation), pair(padding), pair(stride)));
    }

    /** Sums columns of kernel x kernel blocks into an image of {@code outputSize}. PyTorch: {@code F.fold(input, output_size, kernel_size)}. */
    public static Tensor fold(Tensor x, int[] outputSize, int kernelSize) {
        return fold(x, outputSize, new int[] {kernelSize, kernelSize}, new int[] {1, 1}, new int[] {0, 0},
                new int[] {1, 1});
    }

    /**
     * {@code (N, C kh kw, L) -> (N, C, H, W)} (or unbatched), overlapping blocks summed. PyTorch:
     * {@code F.fold(input, output_size, kernel_size, dilation, padding, stride)}.
     */
    public static Tensor fold(Tensor x, int[] outputSize, int[] kernelSize, int[] dilation, int[] padding,
                              int[] stride) {
        return FoldOps.fold(x, pair(outputSize), new FoldOps.Geometry(pair(kernelSize), pair(dilation), pair(padding),
                pair(stride)));
    }

    // PyTorch's _pair: one value stands for both
    private static int[] pair(int[] v) {
        if (v.length == 1) {
            return new int[] {v[0], v[0]};
        }
        if (v.length != 2) {
            throw new IllegalArgumentException("expected one value or an (h, w) pair, got " + java.util.Arrays.toString(v));
        }
        return v.clone();
    }

    // ---------------------------------------------------------------- channel dropout of 1-D and 3-D maps, power
    // pooling, 1-D adaptive pooling (PyTorch's compositions of feature dropout, avg_pool and the 2-D adaptive pools)

    /** Channel dropout of (N, C, L) or unbatched (C, L) inputs. PyTorch: {@code F.dropout1d(input, p, training)}. */
    public static Tensor dropout1d(Tensor x, double p, boolean training) {
        return dropout1d(x, p, training, false);
    }

    /** PyTorch: {@code F.dropout1d(input, p, training, inplace)}; the input must be 2-D or 3-D. */
    public static Tensor dropout1d(Tensor x, double p, boolean training, boolean inplace) {
        checkDropoutP(p);
        if (x.dim() != 2 && x.dim() != 3) {
            throw new IllegalArgumentException("dropout1d: Expected 2D or 3D input, but received a " + x.dim() + "D "
                    + "input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial "
                    + "dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).");
        }
        return channelDropout(x, p, training, inplace, x.dim() == 3);
    }

    /** Channel dropout of (N, C, D, H, W) or unbatched (C, D, H, W) inputs. PyTorch: {@code F.dropout3d(input, p, training)}. */
    public static Tensor dropout3d(Tensor x, double p, boolean training) {
        return dropout3d(x, p, training, false);
    }

    /**
     * PyTorch: {@code F.dropout3d(input, p, training, inplace)}; other ranks than 4-D and 5-D warn, as in 1.13,
     * and are taken as unbatched.
     */
    public static Tensor dropout3d(Tensor x, double p, boolean training, boolean inplace) {
        checkDropoutP(p);
        if (x.dim() != 4 && x.dim() != 5) {
            jtorch.Warnings.warnOnce("dropout3d: Received a " + x.dim() + "-D input to dropout3d, which is deprecated "
                    + "and will result in an error in a future release. To retain the behavior and silence this "
                    + "warning, please use dropout instead. Note that dropout3d exists to provide channel-wise dropout "
                    + "on inputs with 3 spatial dimensions, a channel dimension, and an optional batch dimension (i.e. "
                    + "4D or 5D inputs).");
        }
        return channelDropout(x, p, training, inplace, x.dim() == 5);
    }

    private static void checkDropoutP(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got "
                    + p);
        }
    }

    // feature dropout, an unbatched input seen as a batch of one
    private static Tensor channelDropout(Tensor x, double p, boolean training, boolean inplace, boolean batched) {
        Tensor in = batched ? x : x.unsqueeze(0);
        if (inplace) {
            DropoutOps.featureDropout_(in, p, training);
            return x;
        }
        Tensor r = DropoutOps.featureDropout(in, p, training);
        return batched ? r : r.squeeze(0);
    }

    /**
     * Power-average pooling {@code (Σ x^p)^(1/p)} over windows of {@code kernelSize} (stride = kernel). PyTorch:
     * {@code F.lp_pool1d(input, norm_type, kernel_size)}.
     */
    public static Tensor lpPool1d(Tensor x, double normType, int kernelSize) {
        return lpPool1d(x, normType, kernelSize, kernelSize, false);
    }

    /** PyTorch: {@code F.lp_pool1d(input, norm_type, kernel_size, stride, ceil_mode)}. */
    public static Tensor lpPool1d(Tensor x, double normType, int kernelSize, int stride, boolean ceilMode) {
        Tensor out = avgPool1d(x.pow(normType), kernelSize, avgPoolOptions().stride(stride).ceilMode(ceilMode));
        return out.sign().mul(out.abs().relu()).mul(kernelSize).pow(1.0 / normType);
    }

    /** 2-D power-average pooling (stride = kernel). PyTorch: {@code F.lp_pool2d(input, norm_type, kernel_size)}. */
    public static Tensor lpPool2d(Tensor x, double normType, int... kernelSize) {
        int[] k = pair(kernelSize);
        return lpPool2d(x, normType, k, k, false);
    }

    /** PyTorch: {@code F.lp_pool2d(input, norm_type, kernel_size, stride, ceil_mode)}. */
    public static Tensor lpPool2d(Tensor x, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        int[] k = pair(kernelSize);
        Tensor out = avgPool2d(x.pow(normType), k, avgPoolOptions().stride(stride).ceilMode(ceilMode));
        return out.sign().mul(out.abs().relu()).mul(k[0] * k[1]).pow(1.0 / normType);
    }

    /** Average pooling of (N, C, L) or (C, L) to {@code outputSize} positions. PyTorch: {@code F.adaptive_avg_pool1d(input, output_size)}. */
    public static Tensor adaptiveAvgPool1d(Tensor x, int outputSize) {
        return PoolOps.adaptiveAvgPool1d(x, outputSize);
    }

    /** Max pooling of (N, C, L) or (C, L) to {@code outputSize} positions. PyTorch: {@code F.adaptive_max_pool1d(input, output_size)}. */
    public static Tensor adaptiveMaxPool1d(Tensor x, int outputSize) {
        return adaptiveMaxPool1dWithIndices(x, outputSize).output();
    }

    /** PyTorch: {@code F.adaptive_max_pool1d(input, output_size, return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool1dWithIndices(Tensor x, int outputSize) {
        return PoolOps.adaptiveMaxPool1d(x, outputSize);
    }

    // ---------------------------------------------------------------- issue 21: 3-d convolution and pooling
    // (jtorch.internal.ops.ConvOps, PoolOps)

    /** 3-d convolution of [N, C, D, H, W] with weight [O, C / groups, KD, KH, KW]. PyTorch: {@code F.conv3d(input, weight)}. */
    public static Tensor conv3d(Tensor x, Tensor weight) {
        return conv3d(x, weight, convOptions());
    }

    /** PyTorch: {@code F.conv3d(input, weight, bias)}. */
    public static Tensor conv3d(Tensor x, Tensor weight, Tensor bias) {
        return conv3d(x, weight, convOptions().bias(bias));
    }

    /** PyTorch: {@code F.conv3d(input, weight, bias, stride, padding, dilation, groups)} (1 or 3 values each). */
    public static Tensor conv3d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv3d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code F.conv3d(input, weight, bias=, stride=, padding=, dilation=, groups=)} by name. */
    public static Tensor conv3d(Tensor x, Tensor weight, ConvFuncOptions o) {
        return o.paddingMode != null
                ? ConvOps.conv3d(x, weight, o.bias, o.stride, o.paddingMode, o.dilation, o.groups)
                : ConvOps.conv3d(x, weight, o.bias, o.stride, o.padding, o.dilation, o.groups);
    }

    /** Transposed 3-d convolution, weight [C, O / groups, KD, KH, KW]. PyTorch: {@code F.conv_transpose3d(input, weight)}. */
    public static Tensor convTranspose3d(Tensor x, Tensor weight) {
        return convTranspose3d(x, weight, convTransposeOptions());
    }

    /** PyTorch: {@code F.conv_transpose3d(input, weight, bias)}. */
    public static Tensor convTranspose3d(Tensor x, Tensor weight, Tensor bias) {
        return convTranspose3d(x, weight, convTransposeOptions().bias(bias));
    }

    /** PyTorch: {@code F.conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose3d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose3d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** PyTorch: {@code F.conv_transpose3d(input, weight, bias=, stride=, padding=, output_padding=, groups=, dilation=)}. */
    public static Tensor convTranspose3d(Tensor x, Tensor weight, ConvTransposeFuncOptions o) {
        return ConvOps.convTranspose3d(x, weight, o.bias, o.stride, o.padding, o.outputPadding, o.groups, o.dilation);
    }

    /** Max over kernel³ windows (stride = kernel). PyTorch: {@code F.max_pool3d(input, kernel_size)}. */
    public static Tensor maxPool3d(Tensor x, int kernel) {
        return maxPool3d(x, new int[] {kernel}, maxPoolOptions());
    }

    /** PyTorch: {@code F.max_pool3d(input, kernel_size, stride=, padding=, dilation=, ceil_mode=)} by name. */
    public static Tensor maxPool3d(Tensor x, int[] kernel, MaxPoolFuncOptions o) {
        return PoolOps.maxPool3d(x, kernel, o.stride == null ? new int[0] : o.stride, o.padding, o.dilation,
                o.ceilMode);
    }

    /** PyTorch: {@code F.max_pool3d(..., return_indices=True)}; indices are flat in each [D, H, W] volume. */
    public static ReturnTypes.MaxPoolWithIndices maxPool3dWithIndices(Tensor x, int[] kernel, MaxPoolFuncOptions o) {
        return PoolOps.maxPool3dWithIndices(x, kernel, o.stride == null ? new int[0] : o.stride, o.padding, o.dilation,
                o.ceilMode);
    }

    /** Average over kernel³ windows (stride = kernel). PyTorch: {@code F.avg_pool3d(input, kernel_size)}. */
    public static Tensor avgPool3d(Tensor x, int kernel) {
        return avgPool3d(x, new int[] {kernel}, avgPoolOptions());
    }

    /**
     * PyTorch: {@code F.avg_pool3d(input, kernel_size, stride=, padding=, ceil_mode=, count_include_pad=,
     * divisor_override=)} by name.
     */
    public static Tensor avgPool3d(Tensor x, int[] kernel, AvgPoolFuncOptions o) {
        return PoolOps.avgPool3d(x, kernel, o.stride == null ? new int[0] : o.stride, o.padding, o.ceilMode,
                o.countIncludePad, o.divisorOverride);
    }

    /** Average pooling to a [D, H, W] output (one value for a cube). PyTorch: {@code F.adaptive_avg_pool3d(input, output_size)}. */
    public static Tensor adaptiveAvgPool3d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveAvgPool3d(x, outputSize);
    }

    /** PyTorch: {@code F.adaptive_max_pool3d(input, output_size)}. */
    public static Tensor adaptiveMaxPool3d(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool3d(x, outputSize).output();
    }

    /** PyTorch: {@code F.adaptive_max_pool3d(input, output_size, return_indices=True)}. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool3dWithIndices(Tensor x, int... outputSize) {
        return PoolOps.adaptiveMaxPool3d(x, outputSize);
    }

    /** Inverse of 1-d max pooling with its indices. PyTorch: {@code F.max_unpool1d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool1d(Tensor x, Tensor indices, int kernel) {
        return maxUnpool1d(x, indices, kernel, maxUnpoolOptions());
    }

    /** PyTorch: {@code F.max_unpool1d(input, indices, kernel_size, stride=, padding=, output_size=)} by name. */
    public static Tensor maxUnpool1d(Tensor x, Tensor indices, int kernel, MaxUnpoolFuncOptions o) {
        return PoolOps.maxUnpool1d(x, indices, kernel, o.stride == null ? null : single(o.stride, "stride"),
                single(o.padding, "padding"), o.outputSize);
    }

    /** Inverse of 3-d max pooling with its indices. PyTorch: {@code F.max_unpool3d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool3d(Tensor x, Tensor indices, int... kernel) {
        return maxUnpool3d(x, indices, kernel, maxUnpoolOptions());
    }

    /** PyTorch: {@code F.max_unpool3d(input, indices, kernel_size, stride=, padding=, output_size=)} by name. */
    public static Tensor maxUnpool3d(Tensor x, Tensor indices, int[] kernel, MaxUnpoolFuncOptions o) {
        return PoolOps.maxUnpool3d(x, indices, kernel, o.stride, o.padding, o.outputSize);
    }

    // ---------------------------------------------------------------- issue 21: alpha dropout (DropoutOps)

    /** Alpha dropout with p = 0.5 in eval mode (PyTorch's default training=False): the input itself. */
    public static Tensor alphaDropout(Tensor x) {
        return alphaDropout(x, 0.5, false, false);
    }

    /** PyTorch: {@code F.alpha_dropout(input, p, training)}. */
    public static Tensor alphaDropout(Tensor x, double p, boolean training) {
        return alphaDropout(x, p, training, false);
    }

    /** PyTorch: {@code F.alpha_dropout(input, p=0.5, training=False, inplace=False)}. */
    public static Tensor alphaDropout(Tensor x, double p, boolean training, boolean inplace) {
        checkDropoutP(p);
        return inplace ? DropoutOps.alphaDropout_(x, p, training) : DropoutOps.alphaDropout(x, p, training);
    }

    /** Feature alpha dropout with p = 0.5 in eval mode (PyTorch's default training=False): the input itself. */
    public static Tensor featureAlphaDropout(Tensor x) {
        return featureAlphaDropout(x, 0.5, false, false);
    }

    /** PyTorch: {@code F.feature_alpha_dropout(input, p, training)}. */
    public static Tensor featureAlphaDropout(Tensor x, double p, boolean training) {
        return featureAlphaDropout(x, p, training, false);
    }

    /** PyTorch: {@code F.feature_alpha_dropout(input, p=0.5, training=False, inplace=False)}. */
    public static Tensor featureAlphaDropout(Tensor x, double p, boolean training, boolean inplace) {
        checkDropoutP(p);
        return inplace ? DropoutOps.featureAlphaDropout_(x, p, training)
                : DropoutOps.featureAlphaDropout(x, p, training);
    }

    /**
     * PyTorch: {@code F.adaptive_avg_pool2d(input, (None, w))}: a null entry keeps the input's size in that dim,
     * e.g. {@code F.adaptiveAvgPool2d(x, new Integer[] {null, 7})}.
     */
    public static Tensor adaptiveAvgPool2d(Tensor x, Integer[] outputSize) {
        return adaptiveAvgPool2d(x, withDefaults(x, outputSize));
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, (None, w))}; a null entry keeps the input's size. */
    public static Tensor adaptiveMaxPool2d(Tensor x, Integer[] outputSize) {
        return adaptiveMaxPool2d(x, withDefaults(x, outputSize));
    }

    /** PyTorch: {@code F.adaptive_max_pool2d(input, (None, w), return_indices=True)}; null keeps the input's size. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool2dWithIndices(Tensor x, Integer[] outputSize) {
        return adaptiveMaxPool2dWithIndices(x, withDefaults(x, outputSize));
    }

    /** PyTorch: {@code F.adaptive_avg_pool3d(input, (None, h, w))}; a null entry keeps the input's size. */
    public static Tensor adaptiveAvgPool3d(Tensor x, Integer[] outputSize) {
        return adaptiveAvgPool3d(x, withDefaults(x, outputSize));
    }

    /** PyTorch: {@code F.adaptive_max_pool3d(input, (None, h, w))}; a null entry keeps the input's size. */
    public static Tensor adaptiveMaxPool3d(Tensor x, Integer[] outputSize) {
        return adaptiveMaxPool3d(x, withDefaults(x, outputSize));
    }

    /** PyTorch: {@code F.adaptive_max_pool3d(input, (None, h, w), return_indices=True)}; null keeps the input's size. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool3dWithIndices(Tensor x, Integer[] outputSize) {
        return adaptiveMaxPool3dWithIndices(x, withDefaults(x, outputSize));
    }

    // PyTorch's _list_with_default: a None output size is the input's size in that (trailing) dim
    private static int[] withDefaults(Tensor x, Integer[] outputSize) {
        int n = outputSize.length;
        if (x.dim() <= n) {
            throw new IllegalArgumentException("Input dimension should be at least " + (n + 1));
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = outputSize[i] != null ? outputSize[i] : x.size(x.dim() - n + i);
        }
        return out;
    }

    // ---------------------------------------------------------------- issue 21: gumbel softmax

    /** A fresh set of {@code F.gumbel_softmax} keyword arguments at PyTorch's defaults. */
    public static GumbelSoftmaxFuncOptions gumbelSoftmaxOptions() {
        return new GumbelSoftmaxFuncOptions();
    }

    /** PyTorch: {@code F.gumbel_softmax(logits)} (tau 1, soft samples over the last dim). */
    public static Tensor gumbelSoftmax(Tensor logits) {
        return gumbelSoftmax(logits, gumbelSoftmaxOptions());
    }

    /**
     * Samples from the Gumbel-softmax distribution, composed as PyTorch 1.13 does: Gumbel noise
     * {@code -log(Exp(1))} drawn by {@code exponential_} on a fresh contiguous tensor, a softmax of
     * {@code (logits + noise) / tau}, and with {@code hard} the one-hot of its argmax plus the soft sample minus
     * its detached self. PyTorch: {@code F.gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1)}.
     */
    public static Tensor gumbelSoftmax(Tensor logits, GumbelSoftmaxFuncOptions o) {
        Tensor gumbels = Torch.empty(Torch.options().dtype(logits.dtype()).device(logits.device()), logits.sizes())
                .exponential_().log().neg();
        Tensor ySoft = logits.add(gumbels).div(o.tau).softmax(o.dim);
        if (!o.hard) {
            return ySoft;
        }
        Tensor index = ySoft.max(o.dim, true).indices();
        Tensor yHard = Torch.zerosLike(logits).scatter_(o.dim, index, 1.0);
        return yHard.sub(ySoft.detach()).add(ySoft);
    }

    // ---------------------------------------------------------------- issue 21: sampling grids (SamplingOps)

    /**
     * The sampling grid of a batch of affine matrices; PyTorch's default {@code align_corners=None} is false.
     * PyTorch: {@code F.affine_grid(theta, size)}.
     */
    public static Tensor affineGrid(Tensor theta, int[] size) {
        return affineGrid(theta, size, false);
    }

    /**
     * [N, H, W, 2] normalised sampling coordinates for an [N, C, H, W] output ([N, D, H, W, 3] for [N, C, D, H, W])
     * from theta [N, 2, 3] ([N, 3, 4]). PyTorch: {@code F.affine_grid(theta, size, align_corners)}.
     */
    public static Tensor affineGrid(Tensor theta, int[] size, boolean alignCorners) {
        return SamplingOps.affineGrid(theta, size, alignCorners);
    }

    // ---------------------------------------------------------------- issue 21: grid_sample and fractional max
    // pooling (GridSampleOps, FractionalPoolOps)

    /** A fresh set of {@code F.grid_sample} keyword arguments at PyTorch's defaults. */
    public static GridSampleFuncOptions gridSampleOptions() {
        return new GridSampleFuncOptions();
    }

    /**
     * Bilinear sampling of input at grid's locations with zeros padding; PyTorch's default
     * {@code align_corners=None} is false, with its warning. PyTorch: {@code F.grid_sample(input, grid)}.
     */
    public static Tensor gridSample(Tensor input, Tensor grid) {
        return gridSample(input, grid, gridSampleOptions());
    }

    /**
     * Samples [N, C, H, W] (or [N, C, D, H, W]) input at the normalised locations of an [N, H', W', 2] (or
     * [N, D', H', W', 3]) grid into [N, C, H', W'] (or [N, C, D', H', W']). PyTorch:
     * {@code F.grid_sample(input, grid, mode='bilinear', padding_mode='zeros', align_corners=None)}.
     */
    public static Tensor gridSample(Tensor input, Tensor grid, GridSampleFuncOptions o) {
        if (o.alignCorners == null) {
            jtorch.Warnings.warnOnce("Default grid_sample and affine_grid behavior has changed to align_corners=False "
                    + "since 1.3.0. Please specify align_corners=True if the old behavior is desired. See the "
                    + "documentation of grid_sample for details.");
        }
        return GridSampleOps.gridSample(input, grid, o.mode, o.paddingMode, o.alignCorners != null && o.alignCorners);
    }

    /** A fresh set of {@code F.fractional_max_pool2d}/{@code 3d} keyword arguments (set an output size or ratio). */
    public static FractionalMaxPoolFuncOptions fractionalMaxPoolOptions() {
        return new FractionalMaxPoolFuncOptions();
    }

    /**
     * 2-d fractional max pooling with a square kernel. PyTorch:
     * {@code F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)}.
     */
    public static Tensor fractionalMaxPool2d(Tensor input, int kernelSize, FractionalMaxPoolFuncOptions o) {
        return fractionalMaxPool2dWithIndices(input, new int[] {kernelSize}, o).output();
    }

    /**
     * 2-d fractional max pooling of [N, C, H, W] or [C, H, W] input ({@code kernelSize}: one or two values).
     * PyTorch: {@code F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None,
     * _random_samples=None)}.
     */
    public static Tensor fractionalMaxPool2d(Tensor input, int[] kernelSize, FractionalMaxPoolFuncOptions o) {
        return fractionalMaxPool2dWithIndices(input, kernelSize, o).output();
    }

    /**
     * Output and flat [H, W] index of each maximum. PyTorch: {@code F.fractional_max_pool2d_with_indices(input,
     * kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)}.
     */
    public static ReturnTypes.MaxPoolWithIndices fractionalMaxPool2dWithIndices(Tensor input, int[] kernelSize,
                                                                                FractionalMaxPoolFuncOptions o) {
        return FractionalPoolOps.fractionalMaxPool2d(input, kernelSize, o.outputSize, o.outputRatio, o.randomSamples);
    }

    /**
     * 3-d fractional max pooling with a cubic kernel. PyTorch:
     * {@code F.fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)}.
     */
    public static Tensor fractionalMaxPool3d(Tensor input, int kernelSize, FractionalMaxPoolFuncOptions o) {
        return fractionalMaxPool3dWithIndices(input, new int[] {kernelSize}, o).output();
    }

    /**
     * 3-d fractional max pooling of [N, C, T, H, W] or [C, T, H, W] input ({@code kernelSize}: one or three
     * values). PyTorch: {@code F.fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None,
     * _random_samples=None)}.
     */
    public static Tensor fractionalMaxPool3d(Tensor input, int[] kernelSize, FractionalMaxPoolFuncOptions o) {
        return fractionalMaxPool3dWithIndices(input, kernelSize, o).output();
    }

    /**
     * Output and flat [T, H, W] index of each maximum. PyTorch: {@code F.fractional_max_pool3d_with_indices(input,
     * kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)}.
     */
    public static ReturnTypes.MaxPoolWithIndices fractionalMaxPool3dWithIndices(Tensor input, int[] kernelSize,
                                                                                FractionalMaxPoolFuncOptions o) {
        return FractionalPoolOps.fractionalMaxPool3d(input, kernelSize, o.outputSize, o.outputRatio, o.randomSamples);
    }

    // ---------------------------------------------------------------- shape and indexing ops (issue 21: CdistOps)

    /** Euclidean distances between all pairs of rows. PyTorch: {@code F.pdist(input, p=2)}. */
    public static Tensor pdist(Tensor input) {
        return CdistOps.pdist(input, 2);
    }

    /** p-norm distances between all pairs of rows. PyTorch: {@code F.pdist(input, p)}. */
    public static Tensor pdist(Tensor input, double p) {
        return CdistOps.pdist(input, p);
    }

    // ---------------------------------------------------------------- attention (transformer family, issue 21;
    // composed in AttentionOps)

    /** The keyword arguments of {@link #scaledDotProductAttention(Tensor, Tensor, Tensor, ScaledDotProductAttentionFuncOptions)}. */
    public static ScaledDotProductAttentionFuncOptions scaledDotProductAttentionOptions() {
        return new ScaledDotProductAttentionFuncOptions();
    }

    /**
     * {@code softmax(Q·Kᵀ/√E)·V} over the last two dims, any leading batch dims. PyTorch 2.0:
     * {@code F.scaled_dot_product_attention(query, key, value)}.
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value) {
        return scaledDotProductAttention(query, key, value, scaledDotProductAttentionOptions());
    }

    /**
     * PyTorch 2.0: {@code F.scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
     * is_causal=False)}; the dropout draws from the default generator as PyTorch's.
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value,
                                                   ScaledDotProductAttentionFuncOptions o) {
        return AttentionOps.scaledDotProductAttention(query, key, value, o.attnMask, o.dropoutP, o.isCausal);
    }

    /** The keyword arguments of {@code F.multi_head_attention_forward}, at PyTorch's defaults. */
    public static MultiHeadAttentionForwardFuncOptions multiHeadAttentionForwardOptions() {
        return new MultiHeadAttentionForwardFuncOptions();
    }

    /**
     * Multi-head attention on sequence-first inputs (query (L, N, E) or (L, E); key, value (S, N, ·)). PyTorch:
     * {@code F.multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight,
     * in_proj_bias, bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias)}; the tensors PyTorch
     * types {@code Optional} may be null, as its {@code None}.
     */
    public static MultiHeadAttentionOutput multiHeadAttentionForward(
            Tensor query, Tensor key, Tensor value, int embedDimToCheck, int numHeads, Tensor inProjWeight,
            Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn, double dropoutP, Tensor outProjWeight,
            Tensor outProjBias) {
        return multiHeadAttentionForward(query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK,
                biasV, addZeroAttn, dropoutP, outProjWeight, outProjBias, multiHeadAttentionForwardOptions());
    }

    /** PyTorch: {@code F.multi_head_attention_forward(..., out_proj_bias, training=True, key_padding_mask=None, ...)}. */
    public static MultiHeadAttentionOutput multiHeadAttentionForward(
            Tensor query, Tensor key, Tensor value, int embedDimToCheck, int numHeads, Tensor inProjWeight,
            Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn, double dropoutP, Tensor outProjWeight,
            Tensor outProjBias, MultiHeadAttentionForwardFuncOptions o) {
        AttentionOps.MhaResult r = AttentionOps.multiHeadAttentionForward(query, key, value, embedDimToCheck, numHeads,
                inProjWeight, inProjBias, biasK, biasV, addZeroAttn, dropoutP, outProjWeight, outProjBias, o.training,
                o.keyPaddingMask, o.needWeights, o.attnMask, o.useSeparateProjWeight, o.qProjWeight, o.kProjWeight,
                o.vProjWeight, o.staticK, o.staticV, o.averageAttnWeights);
        return new MultiHeadAttentionOutput(r.attnOutput(), r.attnOutputWeights());
    }

    // ---------------------------------------------------------------- embedding options and embedding bags (issue 21;
    // renorm and bags in EmbeddingOps)

    /** The keyword arguments of {@link #embedding(Tensor, Tensor, EmbeddingFuncOptions)}. */
    public static EmbeddingFuncOptions embeddingOptions() {
        return new EmbeddingFuncOptions();
    }

    /**
     * PyTorch: {@code F.embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
     * scale_grad_by_freq=False)}; with max_norm the looked-up rows of weight are renormalised in place first.
     */
    public static Tensor embedding(Tensor input, Tensor weight, EmbeddingFuncOptions o) {
        if (o.maxNorm != null) {
            EmbeddingOps.embeddingRenorm_(weight, input.contiguous(), o.maxNorm, o.normType);
        }
        return lookup(input, weight, o.paddingIdx, o.scaleGradByFreq);
    }

    /** The keyword arguments of {@link #embeddingBag(Tensor, Tensor, EmbeddingBagFuncOptions)}. */
    public static EmbeddingBagFuncOptions embeddingBagOptions() {
        return new EmbeddingBagFuncOptions();
    }

    /** Means of fixed-size bags: input (B, N). PyTorch: {@code F.embedding_bag(input, weight)}. */
    public static Tensor embeddingBag(Tensor input, Tensor weight) {
        return embeddingBag(input, weight, embeddingBagOptions());
    }

    /** PyTorch: {@code F.embedding_bag(input, weight, offsets)} (mean of each bag of a 1-D input). */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets) {
        return embeddingBag(input, weight, embeddingBagOptions().offsets(offsets));
    }

    /**
     * Sums, means or maxima of bags of embeddings, (B, embedding_dim). PyTorch: {@code F.embedding_bag(input,
     * weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean', sparse=False,
     * per_sample_weights=None, include_last_offset=False, padding_idx=None)}, with its checks and messages.
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, EmbeddingBagFuncOptions o) {
        Tensor psw = o.perSampleWeights;
        if (psw != null && !java.util.Arrays.equals(input.sizes(), psw.sizes())) {
            throw new IllegalArgumentException("embedding_bag: If per_sample_weights (" + size(psw) + ") is not None,"
                    + " then it must have the same shape as the input (" + size(input) + ")");
        }
        Tensor offsets = o.offsets;
        if (input.dim() == 2) {
            if (offsets != null) {
                throw new IllegalArgumentException("if input is 2D, then offsets has to be None, as input is treated is"
                        + " a mini-batch of fixed length sequences. However, found offsets of type <class"
                        + " 'torch.Tensor'>");
            }
            int bags = input.size(0);
            long[] starts = new long[bags];
            for (int b = 0; b < bags; b++) {
                starts[b] = (long) b * input.size(1);
            }
            offsets = jtorch.Torch.fromArray(starts, bags).to(input.dtype()); // PyTorch: arange(..., dtype=input.dtype)
            input = input.reshape(-1);
            psw = psw == null ? null : psw.reshape(-1);
        } else if (input.dim() == 1) {
            if (offsets == null) {
                throw new IllegalArgumentException("offsets has to be a 1D Tensor but got None");
            }
            if (offsets.dim() != 1) {
                throw new IllegalArgumentException("offsets has to be a 1D Tensor");
            }
        } else {
            throw new IllegalArgumentException("input has to be 1D or 2D Tensor, but got Tensor of dimension "
                    + input.dim());
        }
        int mode = switch (o.mode) {
            case "sum" -> 0;
            case "mean" -> 1;
            case "max" -> {
                if (o.scaleGradByFreq) {
                    throw new IllegalArgumentException("max mode does not support scaling the gradient by the"
                            + " frequency");
                }
                yield 2;
            }
            default -> throw new IllegalArgumentException("mode has to be one of sum, mean or max");
        };
        if (o.maxNorm != null) {
            EmbeddingOps.embeddingRenorm_(weight, input, o.maxNorm, o.normType);
        }
        if (psw != null && mode != 0) {
            throw new UnsupportedOperationException("embedding_bag: per_sample_weights was not None."
                    + " per_sample_weights is only supported for mode='sum' (got mode='" + o.mode + "'). Please open a"
                    + " feature request on GitHub.");
        }
        return EmbeddingOps.embeddingBag(weight, input, offsets, o.scaleGradByFreq, mode, psw, o.includeLastOffset,
                o.paddingIdx)[0];
    }

    // a torch.Size repr
    private static String size(Tensor t) {
        return "torch.Size(" + java.util.Arrays.toString(t.sizes()) + ")";
    }
}
