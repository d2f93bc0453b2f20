package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jtorch.Autocast;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;
import jtorch.autograd.Node;
import jtorch.fft.Fft;
import jtorch.linalg.Linalg;
import jtorch.nn.KLDivLoss;
import jtorch.nn.functional.F;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CPU autocast against PyTorch 1.13 (tools/golden/autocast.py): each list's ops under {@code torch.autocast("cpu")}
 * (output dtypes, values, the float32 gradients of float32 inputs, float64 and integer inputs untouched, the promote
 * errors), ops outside the lists, a LeNet-like net's loss and parameter gradients, the regions' nesting, restore and
 * weight-cast cache, PyTorch's warnings and errors, and the bfloat16 compute of the kernels without autocast. In three
 * memory layouts; bfloat16 values within one bf16 ulp (rtol 2^-7, atol 1e-5), stated in the generator.
 */
class AutocastFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // runs fn inside `with torch.autocast("cpu"):`
    private static Op ac(Op fn) {
        return a -> {
            try (Autocast region = Torch.autocast("cpu")) {
                return fn.apply(a);
            }
        };
    }

    private static jtorch.ScaleOptions scale(Args a) {
        return Torch.scaleOptions().beta(a.kwDouble("beta", 1)).alpha(a.kwDouble("alpha", 1));
    }

    private static String str(DType d) {
        return d.toString();
    }

    private static List<Object> state() {
        return List.of(Torch.isAutocastCpuEnabled(), str(Torch.getAutocastCpuDtype()), Torch.isAutocastCacheEnabled());
    }

    // the node an output's grad_fn feeds input i's gradient to
    private static Node next(Tensor out, int i) {
        var edge = out.gradFn().nextFunctions().get(i);
        return edge == null ? null : edge.function();
    }

    // the warnings a region raises, its results or the error it raises, then the state after (tools/golden's warned)
    private static List<Object> warned(Supplier<List<Object>> fn) {
        List<Object> out = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        List<Warnings.Warning> ws = Warnings.record(() -> {
            try {
                results.addAll(fn.get());
            } catch (IllegalArgumentException e) {
                results.add("error: " + e.getMessage());
            }
        });
        ws.forEach(w -> out.add(w.message()));
        out.addAll(results);
        out.add(Torch.isAutocastCpuEnabled());
        out.add(Torch.isAutocastEnabled());
        return out;
    }

    static {
        // lower_precision_fp
        OPS.put("ac/mm", ac(a -> a.t(0).mm(a.t(1))));
        OPS.put("ac/bmm", ac(a -> a.t(0).bmm(a.t(1))));
        OPS.put("ac/addmm", ac(a -> Torch.addmm(a.t(0), a.t(1), a.t(2), scale(a))));
        OPS.put("ac/baddbmm", ac(a -> Torch.baddbmm(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/addbmm", ac(a -> Torch.addbmm(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/matmul", ac(a -> a.t(0).matmul(a.t(1))));
        OPS.put("ac/linear", ac(a -> a.size() == 3 ? F.linear(a.t(0), a.t(1), a.t(2)) : F.linear(a.t(0), a.t(1))));
        OPS.put("ac/conv1d", ac(a -> F.conv1d(a.t(0), a.t(1), F.convOptions().bias(a.t(2))
                .stride(a.kwInt("stride", 1)).padding(a.kwInt("padding", 0)))));
        OPS.put("ac/conv2d", ac(a -> {
            var o = F.convOptions().groups(a.kwInt("groups", 1));
            if (a.size() == 3) {
                o.bias(a.t(2));
            }
            if (a.has("padding")) {
                if (a.kwRaw("padding").getAsJsonPrimitive().isString()) {
                    o.padding(a.kwString("padding", null));
                } else {
                    o.padding(a.kwInt("padding", 0));
                }
            }
            return F.conv2d(a.t(0), a.t(1), o);
        }));
        OPS.put("ac/conv3d", ac(a -> F.conv3d(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/conv_transpose1d", ac(a -> F.convTranspose1d(a.t(0), a.t(1), F.convTransposeOptions()
                .bias(a.t(2)).stride(a.kwInt("stride", 1)))));
        OPS.put("ac/conv_transpose2d", ac(a -> F.convTranspose2d(a.t(0), a.t(1), F.convTransposeOptions()
                .bias(a.t(2)).stride(a.kwInt("stride", 1)).padding(a.kwInt("padding", 0)))));
        OPS.put("ac/conv_transpose3d", ac(a -> F.convTranspose3d(a.t(0), a.t(1))));
        // fp32
        OPS.put("ac/mse_loss", ac(a -> F.mseLoss(a.t(0), a.t(1))));
        OPS.put("ac/l1_loss", ac(a -> F.l1Loss(a.t(0), a.t(1))));
        OPS.put("ac/smooth_l1_loss", ac(a -> F.smoothL1Loss(a.t(0), a.t(1))));
        OPS.put("ac/huber_loss", ac(a -> F.huberLoss(a.t(0), a.t(1))));
        OPS.put("ac/kl_div", ac(a -> F.klDiv(a.t(0), a.t(1), KLDivLoss.options().reduction("batchmean"))));
        OPS.put("ac/nll_loss", ac(a -> a.size() == 3 ? F.nllLoss(a.t(0), a.t(1), a.t(2)) : F.nllLoss(a.t(0), a.t(1))));
        OPS.put("ac/cross_entropy", ac(a -> F.crossEntropy(a.t(0), a.t(1))));
        OPS.put("ac/binary_cross_entropy", ac(a -> F.binaryCrossEntropy(a.t(0), a.t(1))));
        OPS.put("ac/bce_with_logits", ac(a -> F.binaryCrossEntropyWithLogits(a.t(0), a.t(1))));
        OPS.put("ac/margin_ranking_loss", ac(a -> F.marginRankingLoss(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/hinge_embedding_loss", ac(a -> F.hingeEmbeddingLoss(a.t(0), a.t(1))));
        OPS.put("ac/soft_margin_loss", ac(a -> F.softMarginLoss(a.t(0), a.t(1))));
        OPS.put("ac/cosine_embedding_loss", ac(a -> F.cosineEmbeddingLoss(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/multi_margin_loss", ac(a -> F.multiMarginLoss(a.t(0), a.t(1))));
        OPS.put("ac/multilabel_margin_loss", ac(a -> F.multilabelMarginLoss(a.t(0), a.t(1))));
        OPS.put("ac/triplet_margin_loss", ac(a -> F.tripletMarginLoss(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/poisson_nll_loss", ac(a -> F.poissonNllLoss(a.t(0), a.t(1))));
        OPS.put("ac/prod", ac(a -> a.size() == 1 ? Torch.prod(a.t(0)) : Torch.prod(a.t(0), a.i(1))));
        OPS.put("ac/trace", ac(a -> Torch.trace(a.t(0))));
        OPS.put("ac/cdist", ac(a -> Torch.cdist(a.t(0), a.t(1))));
        OPS.put("ac/quantile", ac(a -> Torch.quantile(a.t(0), a.d(1))));
        OPS.put("ac/nanquantile", ac(a -> Torch.nanquantile(a.t(0), a.d(1))));
        OPS.put("ac/max_pool3d", ac(a -> F.maxPool3d(a.t(0), a.i(1))));
        OPS.put("ac/max_pool3d_indices", ac(a -> F.maxPool3dWithIndices(a.t(0), new int[] {2}, F.maxPoolOptions())));
        OPS.put("ac/avg_pool3d", ac(a -> F.avgPool3d(a.t(0), a.i(1))));
        OPS.put("ac/adaptive_avg_pool3d", ac(a -> F.adaptiveAvgPool3d(a.t(0), a.i(1))));
        OPS.put("ac/adaptive_max_pool3d", ac(a -> F.adaptiveMaxPool3d(a.t(0), 2)));
        OPS.put("ac/max_unpool2d", ac(a -> {
            var p = F.maxPool2dWithIndices(a.t(0), new int[] {2}, F.maxPoolOptions());
            return F.maxUnpool2d(p.output(), p.indices(), 2);
        }));
        OPS.put("ac/fractional_max_pool2d", ac(a -> {
            // PyTorch's F draws the samples from the default generator (seeded as the generator left it there)
            Torch.manualSeed(0);
            return F.fractionalMaxPool2dWithIndices(a.t(0), new int[] {2}, F.fractionalMaxPoolOptions().outputSize(3));
        }));
        OPS.put("ac/grid_sample", ac(a -> F.gridSample(a.t(0), a.t(1), F.gridSampleOptions().alignCorners(false))));
        OPS.put("ac/pad", ac(a -> F.pad(a.t(0), a.ints(1), a.s(2))));
        OPS.put("ac/fft_rfft", ac(a -> Fft.rfft(a.t(0))));
        OPS.put("ac/linalg_inv", ac(a -> Linalg.inv(a.t(0))));
        OPS.put("ac/linalg_svdvals", ac(a -> Linalg.svdvals(a.t(0))));
        OPS.put("ac/linalg_cholesky", ac(a -> Linalg.cholesky(a.t(0))));
        // promote, and cat (no cast in 1.13)
        OPS.put("ac/stack", ac(a -> Torch.stack(a.ts(0))));
        OPS.put("ac/index_copy", ac(a -> Torch.indexCopy(a.t(0), a.i(1), a.t(2), a.t(3))));
        OPS.put("ac/cat", ac(a -> Torch.cat(a.ts(0))));
        // outside the lists
        OPS.put("ac/relu", ac(a -> a.t(0).relu()));
        OPS.put("ac/log_softmax", ac(a -> F.logSoftmax(a.t(0), a.i(1))));
        OPS.put("ac/mv", ac(a -> a.t(0).mv(a.t(1))));
        OPS.put("ac/addmv", ac(a -> Torch.addmv(a.t(0), a.t(1), a.t(2))));
        OPS.put("ac/prelu", ac(a -> F.prelu(a.t(0), a.t(1))));
        OPS.put("ac/einsum", ac(a -> Torch.einsum(a.s(0), a.t(1), a.t(2))));
        OPS.put("ac/tensordot", ac(a -> Torch.tensordot(a.t(0), a.t(1), a.i(2))));
        OPS.put("ac/multi_dot", ac(a -> Linalg.multiDot(a.ts(0))));
        OPS.put("ac/meta_mm", ac(a -> List.of(str(a.t(0).to(Device.META).mm(a.t(1).to(Device.META)).dtype()))));
        OPS.put("ac/lenet", AutocastFixtureTest::lenet);
        OPS.put("ac/regions", AutocastFixtureTest::regions);
        OPS.put("ac/cache", AutocastFixtureTest::cache);
        OPS.put("ac/warn_cpu_f16", a -> warned(() -> {
            try (Autocast r = Torch.autocast("cpu", DType.FLOAT16)) {
                return List.of(Torch.isAutocastCpuEnabled(), str(Torch.getAutocastCpuDtype()));
            }
        }));
        OPS.put("ac/warn_cuda", a -> warned(() -> {
            try (Autocast r = Torch.autocast("cuda")) {
                return List.of(Torch.isAutocastEnabled(), Torch.isAutocastCpuEnabled(),
                        str(Torch.getAutocastGpuDtype()));
            }
        }));
        OPS.put("ac/warn_amp_disabled_f32", a -> warned(() -> {
            try (Autocast r = Torch.cpu().amp().autocast(Torch.autocastOptions().enabled(false).dtype(DType.FLOAT32))) {
                return List.of(Torch.isAutocastCpuEnabled());
            }
        }));
        OPS.put("ac/warn_f16_inside_region", a -> warned(() -> {
            try (Autocast outer = Torch.autocast("cpu")) {
                try (Autocast inner = Torch.autocast("cpu", DType.FLOAT16)) {
                    return List.of("entered");
                } catch (IllegalArgumentException e) {
                    return List.of(e.getMessage(), Torch.isAutocastCpuEnabled(), Torch.autocastIncrementNesting(),
                            Torch.autocastDecrementNesting());
                }
            }
        }));
        OPS.put("ac/set_cpu_dtype", a -> {
            Torch.setAutocastCpuDtype(DType.FLOAT32);
            return List.of();
        });
        OPS.put("ac/bad_device", a -> Torch.autocast("tpu"));
        OPS.put("ac/cuda_bf16", a -> Torch.autocast("cuda", DType.BFLOAT16));
        // bfloat16 compute, no autocast
        OPS.put("bf16/mm", a -> a.t(0).mm(a.t(1)));
        OPS.put("bf16/addmm", a -> Torch.addmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("bf16/mm_bT", a -> a.t(0).mm(a.t(1).t()));
        OPS.put("bf16/mm_b_every_other", a -> a.t(0).mm(a.t(1).get(":, ::2")));
        OPS.put("bf16/bmm", a -> a.t(0).bmm(a.t(1)));
        OPS.put("bf16/bmm_bT", a -> a.t(0).bmm(a.t(1).transpose(1, 2)));
        OPS.put("bf16/baddbmm", a -> Torch.baddbmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("bf16/addbmm", a -> Torch.addbmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("bf16/mv", a -> a.t(0).mv(a.t(1)));
        OPS.put("bf16/dot", a -> a.t(0).dot(a.t(1)));
        OPS.put("bf16/linear", a -> F.linear(a.t(0), a.t(1), a.t(2)));
        OPS.put("bf16/conv2d", a -> F.conv2d(a.t(0), a.t(1), a.t(2)));
        OPS.put("bf16/add", a -> a.has("alpha") ? a.t(0).add(a.t(1), a.kwDouble("alpha", 1)) : a.t(0).add(a.t(1)));
        OPS.put("bf16/mul", a -> a.isTensor(1) ? a.t(0).mul(a.t(1)) : a.t(0).mul(a.d(1)));
        OPS.put("bf16/add_scalar", a -> a.t(0).add(0.1));
        OPS.put("bf16/div_scalar", a -> a.t(0).div(0.3));
        OPS.put("bf16/relu", a -> a.t(0).relu());
        OPS.put("bf16/exp", a -> a.t(0).exp());
        OPS.put("bf16/sum", a -> a.size() == 1 ? a.t(0).sum() : a.t(0).sum(a.i(1)));
        OPS.put("bf16/softmax", a -> F.softmax(a.t(0), a.i(1)));
        OPS.put("bf16/log_softmax", a -> F.logSoftmax(a.t(0), a.i(1)));
    }

    private static Object lenet(Args a) {
        try (Autocast region = Torch.autocast("cpu")) {
            Tensor h = F.maxPool2d(F.relu(F.conv2d(a.t(0), a.t(2), a.t(3))), 2);
            h = F.maxPool2d(F.relu(F.conv2d(h, a.t(4), a.t(5))), 2);
            Tensor out = F.logSoftmax(F.linear(h.flatten(1), a.t(6), a.t(7)), 1);
            return F.nllLoss(out, a.t(1));
        }
    }

    private static Object regions(Args a) {
        Tensor x = a.t(0);
        Tensor w = a.t(1);
        List<Object> out = new ArrayList<>(state());
        try (Autocast r1 = Torch.autocast("cpu", Torch.autocastOptions().cacheEnabled(false))) {
            out.addAll(state());
            try (Autocast r2 = Torch.autocast("cpu", Torch.autocastOptions().enabled(false))) {
                out.addAll(state());
                out.add(str(x.mm(w).dtype()));
                out.add(Torch.autocastIncrementNesting());
                out.add(Torch.autocastDecrementNesting());
            }
            out.addAll(state());
            out.add(str(x.mm(w).dtype()));
        }
        out.addAll(state());
        try (Autocast r3 = Torch.cpu().amp().autocast()) {
            out.addAll(state());
            out.add(str(x.mm(w).dtype()));
        }
        out.add(Torch.autocastIncrementNesting());
        out.add(Torch.autocastDecrementNesting());
        return out;
    }

    private static Object cache(Args args) {
        Tensor a = args.t(0).detach().requiresGrad_(true);
        Tensor w = args.t(1).detach().requiresGrad_(true);
        boolean sameW;
        boolean sameA;
        String viewCast;
        boolean uncached;
        Tensor y1;
        try (Autocast r = Torch.autocast("cpu")) {
            y1 = a.mm(w);
            Tensor y2 = a.mm(w);
            Tensor z = a.mm(w.view(3, 2));
            sameW = next(y1, 1) == next(y2, 1);
            sameA = next(y1, 0) == next(y2, 0);
            viewCast = next(z, 1).name();
            try (Autocast inner = Torch.autocast("cpu", Torch.autocastOptions().cacheEnabled(false))) {
                uncached = next(a.mm(w), 1) == next(y1, 1);
            }
        }
        boolean afterExit;
        try (Autocast r = Torch.autocast("cpu")) {
            afterExit = next(a.mm(w), 1) == next(y1, 1);
        }
        Tensor x = a.detach();
        boolean n1;
        boolean n2;
        try (Autocast r = Torch.autocast("cpu")) {
            n1 = next(x.mm(w), 0) == null;
            n2 = next(x.mm(w), 0) == null;
        }
        return List.of(sameW, sameA, viewCast, uncached, afterExit, n1, n2);
    }

    // PyTorch's bfloat16 products depend on the operands' layout (LinalgOps.bf16Product), so its contiguous numbers
    // hold for contiguous operands only; the layouts it treats otherwise have cases of their own (b transposed, every
    // other column)
    private static final Set<String> LAYOUT_DEPENDENT = Set.of("ac/mm", "ac/bmm", "ac/addmm", "ac/baddbmm", "ac/addbmm",
            "ac/matmul", "ac/linear", "ac/einsum", "ac/tensordot", "ac/multi_dot", "ac/lenet", "bf16/mm", "bf16/addmm",
            "bf16/bmm", "bf16/linear", "bf16/baddbmm", "bf16/addbmm", "bf16/mm_bT", "bf16/mm_b_every_other",
            "bf16/bmm_bT", "bf16/mv", "bf16/dot");

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("autocast", (c, layout) -> layout == Layout.CONTIGUOUS
                || !LAYOUT_DEPENDENT.contains(c.op()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
