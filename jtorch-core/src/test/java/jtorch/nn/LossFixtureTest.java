package jtorch.nn;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.testing.FixtureGradGrad;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every loss against PyTorch (tools/golden/losses.py): F's functions and the jtorch.nn modules with every
 * reduction and option, forward values, gradients, float64 gradcheck, error messages, and float64
 * gradgradcheck where PyTorch supports double backward.
 */
class LossFixtureTest {
    /** Optional tensor keywords follow the main args as (name, tensor) pairs. */
    static Map<String, Tensor> kw(Args a, int main) {
        Map<String, Tensor> m = new HashMap<>();
        for (int i = main; i + 1 < a.size(); i += 2) {
            m.put(a.s(i), a.t(i + 1));
        }
        return m;
    }

    static <O extends Loss.Options<O>> O red(O o, Args a) {
        if (a.has("reduction")) {
            o.reduction(a.kwString("reduction", "mean"));
        }
        if (a.has("size_average")) {
            o.sizeAverage(a.kwBool("size_average", true));
        }
        if (a.has("reduce")) {
            o.reduce(a.kwBool("reduce", true));
        }
        return o;
    }

    static String r(Args a) {
        return a.kwString("reduction", "mean");
    }

    static CrossEntropyLoss.Options ce(Args a) {
        Map<String, Tensor> k = kw(a, 2);
        return red(CrossEntropyLoss.options(), a).weight(k.get("weight")).ignoreIndex(a.kwInt("ignore_index", -100))
                .labelSmoothing(a.kwDouble("label_smoothing", 0));
    }

    static NLLLoss.Options nll(Args a) {
        return red(NLLLoss.options(), a).weight(kw(a, 2).get("weight")).ignoreIndex(a.kwInt("ignore_index", -100));
    }

    static PoissonNLLLoss.Options poisson(Args a) {
        return red(PoissonNLLLoss.options(), a).logInput(a.kwBool("log_input", true)).full(a.kwBool("full", false))
                .eps(a.kwDouble("eps", 1e-8));
    }

    static GaussianNLLLoss.Options gauss(Args a) {
        return red(GaussianNLLLoss.options(), a).full(a.kwBool("full", false)).eps(a.kwDouble("eps", 1e-6));
    }

    static BCEWithLogitsLoss.Options bcel(Args a) {
        Map<String, Tensor> k = kw(a, 2);
        return red(BCEWithLogitsLoss.options(), a).weight(k.get("weight")).posWeight(k.get("pos_weight"));
    }

    static MultiMarginLoss.Options mm(Args a) {
        return red(MultiMarginLoss.options(), a).p(a.kwInt("p", 1)).margin(a.kwDouble("margin", 1))
                .weight(kw(a, 2).get("weight"));
    }

    static TripletMarginLoss.Options trip(Args a) {
        return red(TripletMarginLoss.options(), a).margin(a.kwDouble("margin", 1)).p(a.kwDouble("p", 2))
                .eps(a.kwDouble("eps", 1e-6)).swap(a.kwBool("swap", false));
    }

    static BinaryOperator<Tensor> distance(String name) {
        return switch (name) {
            case "pairwise" -> null;
            case "cosine" -> (x, y) -> F.cosineSimilarity(x, y).rsub(1.0);
            case "l1" -> (x, y) -> x.sub(y).abs().sum(-1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static TripletMarginWithDistanceLoss.Options tripd(Args a) {
        return red(TripletMarginWithDistanceLoss.options(), a).distanceFunction(distance(a.s(3)))
                .margin(a.kwDouble("margin", 1)).swap(a.kwBool("swap", false));
    }

    static int[] lengths(Args a, int i) {
        return a.isTensor(i) ? a.t(i).toIntArray() : a.ints(i);
    }

    static CTCLoss.Options ctc(Args a) {
        return red(CTCLoss.options(), a).blank(a.kwInt("blank", 0)).zeroInfinity(a.kwBool("zero_infinity", false));
    }

    /** The 2-class logits whose softmax is (pt, 1 - pt): the multi-class focal loss then is the seed's curve. */
    static Tensor focalCurve(Tensor pt, double gamma) {
        Tensor logits = Torch.stack(java.util.List.of(pt.log(), pt.rsub(1).log()), 1);
        Tensor target = Torch.zeros(Torch.options().dtype(jtorch.DType.INT64), pt.size(0));
        return F.focalLoss(logits, target, FocalLoss.options().gamma(gamma).reduction("none"));
    }

    static final Map<String, Op> OPS = Map.ofEntries(
            entry("l1_loss", a -> F.l1Loss(a.t(0), a.t(1), red(L1Loss.options(), a))),
            entry("mse_loss", a -> F.mseLoss(a.t(0), a.t(1), red(MSELoss.options(), a))),
            entry("smooth_l1_loss", a -> F.smoothL1Loss(a.t(0), a.t(1),
                    red(SmoothL1Loss.options(), a).beta(a.kwDouble("beta", 1)))),
            entry("huber_loss", a -> F.huberLoss(a.t(0), a.t(1), red(HuberLoss.options(), a)
                    .delta(a.kwDouble("delta", 1)))),
            entry("soft_margin_loss", a -> F.softMarginLoss(a.t(0), a.t(1), red(SoftMarginLoss.options(), a))),
            entry("nll_loss", a -> F.nllLoss(a.t(0), a.t(1), nll(a))),
            entry("cross_entropy", a -> F.crossEntropy(a.t(0), a.t(1), ce(a))),
            entry("poisson_nll_loss", a -> F.poissonNllLoss(a.t(0), a.t(1), poisson(a))),
            entry("gaussian_nll_loss", a -> F.gaussianNllLoss(a.t(0), a.t(1), a.t(2), gauss(a))),
            entry("kl_div", a -> F.klDiv(a.t(0), a.t(1), red(KLDivLoss.options(), a)
                    .logTarget(a.kwBool("log_target", false)))),
            entry("binary_cross_entropy", a -> F.binaryCrossEntropy(a.t(0), a.t(1),
                    red(BCELoss.options(), a).weight(kw(a, 2).get("weight")))),
            entry("binary_cross_entropy_with_logits", a -> F.binaryCrossEntropyWithLogits(a.t(0), a.t(1), bcel(a))),
            entry("margin_ranking_loss", a -> F.marginRankingLoss(a.t(0), a.t(1), a.t(2),
                    red(MarginRankingLoss.options(), a).margin(a.kwDouble("margin", 0)))),
            entry("hinge_embedding_loss", a -> F.hingeEmbeddingLoss(a.t(0), a.t(1),
                    red(HingeEmbeddingLoss.options(), a).margin(a.kwDouble("margin", 1)))),
            entry("cosine_embedding_loss", a -> F.cosineEmbeddingLoss(a.t(0), a.t(1), a.t(2),
                    red(CosineEmbeddingLoss.options(), a).margin(a.kwDouble("margin", 0)))),
            entry("multilabel_margin_loss", a -> F.multilabelMarginLoss(a.t(0), a.t(1),
                    red(MultiLabelMarginLoss.options(), a))),
            entry("multilabel_soft_margin_loss", a -> F.multilabelSoftMarginLoss(a.t(0), a.t(1),
                    red(MultiLabelSoftMarginLoss.options(), a).weight(kw(a, 2).get("weight")))),
            entry("multi_margin_loss", a -> F.multiMarginLoss(a.t(0), a.t(1), mm(a))),
            entry("triplet_margin_loss", a -> F.tripletMarginLoss(a.t(0), a.t(1), a.t(2), trip(a))),
            entry("triplet_margin_with_distance_loss", a -> F.tripletMarginWithDistanceLoss(a.t(0), a.t(1), a.t(2),
                    tripd(a))),
            entry("ctc_loss", a -> F.ctcLoss(a.t(0), a.t(1), lengths(a, 2), lengths(a, 3), ctc(a))),
            entry("ctc_loss_logits", a -> F.ctcLoss(F.logSoftmax(a.t(0), -1), a.t(1), lengths(a, 2), lengths(a, 3),
                    ctc(a))),
            entry("sigmoid_focal_loss", a -> a.has("alpha") || a.has("reduction")
                    ? F.sigmoidFocalLoss(a.t(0), a.t(1), a.kwDouble("alpha", 0.25), a.kwDouble("gamma", 2), r(a))
                    : F.sigmoidFocalLoss(a.t(0), a.t(1))),
            entry("focal_multiclass", a -> F.focalLoss(a.t(0), a.t(1), red(FocalLoss.options(), a)
                    .gamma(a.kwDouble("gamma", 2)).weight(kw(a, 2).get("alpha")))),
            entry("focal_curve", a -> focalCurve(a.t(0), a.d(1))),
            entry("focal_curve_sigmoid", a -> {
                Tensor pt = a.t(0);
                Tensor logit = pt.log().sub(pt.rsub(1).log());
                return new FocalLoss(FocalLoss.options().alpha(-1).gamma(a.d(1)).reduction("none"))
                        .call(logit, Torch.onesLike(pt));
            }),
            // modules, built from the case's keywords and called as PyTorch scripts do
            entry("nn.L1Loss", a -> new L1Loss(red(L1Loss.options(), a)).call(a.t(0), a.t(1))),
            entry("nn.MSELoss", a -> new MSELoss(red(MSELoss.options(), a)).call(a.t(0), a.t(1))),
            entry("nn.CrossEntropyLoss", a -> new CrossEntropyLoss(ce(a)).call(a.t(0), a.t(1))),
            entry("nn.NLLLoss", a -> new NLLLoss(nll(a)).call(a.t(0), a.t(1))),
            entry("nn.PoissonNLLLoss", a -> new PoissonNLLLoss(poisson(a)).call(a.t(0), a.t(1))),
            entry("nn.GaussianNLLLoss", a -> new GaussianNLLLoss(gauss(a)).call(a.t(0), a.t(1), a.t(2))),
            entry("nn.KLDivLoss", a -> new KLDivLoss(red(KLDivLoss.options(), a)
                    .logTarget(a.kwBool("log_target", false))).call(a.t(0), a.t(1))),
            entry("nn.BCELoss", a -> new BCELoss(red(BCELoss.options(), a).weight(kw(a, 2).get("weight")))
                    .call(a.t(0), a.t(1))),
            entry("nn.BCEWithLogitsLoss", a -> new BCEWithLogitsLoss(bcel(a)).call(a.t(0), a.t(1))),
            entry("nn.MarginRankingLoss", a -> new MarginRankingLoss(red(MarginRankingLoss.options(), a)
                    .margin(a.kwDouble("margin", 0))).call(a.t(0), a.t(1), a.t(2))),
            entry("nn.HingeEmbeddingLoss", a -> new HingeEmbeddingLoss(red(HingeEmbeddingLoss.options(), a)
                    .margin(a.kwDouble("margin", 1))).call(a.t(0), a.t(1))),
            entry("nn.MultiLabelMarginLoss", a -> new MultiLabelMarginLoss().call(a.t(0), a.t(1))),
            entry("nn.SmoothL1Loss", a -> new SmoothL1Loss(red(SmoothL1Loss.options(), a)
                    .beta(a.kwDouble("beta", 1))).call(a.t(0), a.t(1))),
            entry("nn.HuberLoss", a -> new HuberLoss(red(HuberLoss.options(), a).delta(a.kwDouble("delta", 1)))
                    .call(a.t(0), a.t(1))),
            entry("nn.SoftMarginLoss", a -> new SoftMarginLoss().call(a.t(0), a.t(1))),
            entry("nn.MultiLabelSoftMarginLoss", a -> new MultiLabelSoftMarginLoss(
                    red(MultiLabelSoftMarginLoss.options(), a).weight(kw(a, 2).get("weight"))).call(a.t(0), a.t(1))),
            entry("nn.CosineEmbeddingLoss", a -> new CosineEmbeddingLoss(red(CosineEmbeddingLoss.options(), a)
                    .margin(a.kwDouble("margin", 0))).call(a.t(0), a.t(1), a.t(2))),
            entry("nn.MultiMarginLoss", a -> new MultiMarginLoss(mm(a)).call(a.t(0), a.t(1))),
            entry("nn.TripletMarginLoss", a -> new TripletMarginLoss(trip(a)).call(a.t(0), a.t(1), a.t(2))),
            entry("nn.TripletMarginWithDistanceLoss", a -> new TripletMarginWithDistanceLoss(tripd(a))
                    .call(a.t(0), a.t(1), a.t(2))),
            entry("nn.CTCLoss", a -> new CTCLoss(ctc(a)).call(a.t(0), a.t(1), a.t(2), a.t(3))));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("losses");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    static Stream<Case> gradGradCases() {
        return OpFixtures.load("losses").stream().filter(FixtureGradGrad::wanted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradGradCases")
    void secondDerivativesMatchFiniteDifferences(Case c) {
        FixtureGradGrad.run(c, OPS);
    }
}
