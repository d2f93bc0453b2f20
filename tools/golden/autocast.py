"""Fixtures for CPU autocast (jtorch.Autocast, jtorch.internal.ops.AutocastPolicy): PyTorch 1.13's
torch.autocast("cpu") / torch.cpu.amp.autocast regions and its CPU op lists. Writes
jtorch-core/src/test/resources/fixtures/ops/autocast.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/autocast.py

Op names starting with "ac/" run the op inside `with torch.autocast("cpu"):` (backward outside, as PyTorch's docs
advise); "bf16/" cases run plain bfloat16 ops (the kernels' bf16 compute). 1.13's CPU lists were read from the
AutocastCPU kernels registered in this build (torch._C._dispatch_has_kernel_for_dispatch_key over every schema) and
each op's policy from its result dtype: lower_precision_fp (conv1d/2d/3d, mm, bmm, addmm, addbmm, baddbmm, matmul,
linear), promote (stack, index_copy; cat's list takes no cast in 1.13), fp32 (the rest, conv_transpose1d/2d/3d
included in 1.13).

Tolerance of bfloat16 values (outputs and the gradients that pass through bfloat16): rtol 2^-7 (at most one bf16 ulp,
two at the very top of a binade) plus atol 1e-5 for results near zero after cancellation. With the tolerance set to
zero every bfloat16 value here matches PyTorch's exactly (checked when this was written).
"""
import warnings

import golden
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, bf16, f16, i64 = torch.float32, torch.float64, torch.bfloat16, torch.float16, torch.int64
BF = {"rtol": 2.0 ** -7, "atol": 1e-5}


# jtorch records PyTorch's node for these; its compositions (most losses, einsum, tensordot, multi_dot, quantile)
# end in other nodes, which their own fixtures pin, so the node is kept only for these
KEEP_GRAD_FN = {"MmBackward0", "BmmBackward0", "AddmmBackward0", "BaddbmmBackward0", "AddbmmBackward0", "MvBackward0",
                "DotBackward0", "UnsafeViewBackward0", "ViewBackward0", "ConvolutionBackward0", "MseLossBackward0",
                "NllLossBackward0", "NllLoss2DBackward0", "BinaryCrossEntropyBackward0",
                "BinaryCrossEntropyWithLogitsBackward0", "ProdBackward0", "ProdBackward1", "TraceBackward0",
                "CdistBackward0", "StackBackward0", "IndexCopyBackward0", "CatBackward0", "ReluBackward0",
                "LogSoftmaxBackward0", "SoftmaxBackward0", "AddBackward0", "MulBackward0", "ExpBackward0",
                "SumBackward0", "SumBackward1", "AddmvBackward0", "PreluBackward0", "ConstantPadNdBackward0",
                "ReflectionPad1DBackward0", "ReflectionPad2DBackward0", "ReflectionPad3DBackward0",
                "ReplicationPad3DBackward0", "AvgPool3DBackward0", "AdaptiveAvgPool3DBackward0",
                "AdaptiveMaxPool3DBackward0", "MaxPool3DWithIndicesBackward0", "MaxUnpool2DBackward0",
                "GridSampler2DBackward0", "FractionalMaxPool2DBackward0", "LinalgInvExBackward0"}
_case = case


def case(*a, node=True, **kw):
    """golden.case, keeping the output's node only where jtorch records PyTorch's (node=False: never)."""
    _case(*a, **kw)
    c = golden._cases[-1]
    if not node or c.get("grad_fn") not in KEEP_GRAD_FN:
        c.pop("grad_fn", None)


def ac(fn):
    def run(*a, **kw):
        with torch.autocast("cpu"):
            return fn(*a, **kw)
    return run


# ---------------------------------------------------------------- lower_precision_fp: float32 in, bfloat16 out
case("ac/mm", "ac/mm", ac(torch.mm), [T(4, 6, grad=True), T(6, 5, grad=True)], tol=BF)
case("ac/mm_f64_untouched", "ac/mm", ac(torch.mm), [T(3, 4, dtype=f64, grad=True), T(4, 2, dtype=f64, grad=True)])
case("ac/mm_mixed_bf16", "ac/mm", ac(torch.mm), [T(3, 4, grad=True), T(4, 2, dtype=bf16, grad=True)], tol=BF)
case("ac/mm_f16_to_bf16", "ac/mm", ac(torch.mm), [T(3, 4, dtype=f16), T(4, 2)], tol=BF)
case("ac/mm_f32_f64", "ac/mm", ac(torch.mm), [T(3, 4), T(4, 2, dtype=f64)], check_message=True)
case("ac/mm_int", "ac/mm", ac(torch.mm), [T(3, 4, dtype=i64, kind="int"), T(4, 2, dtype=i64, kind="int")])
case("ac/mm_empty", "ac/mm", ac(torch.mm), [T(0, 4, grad=True), T(4, 3, grad=True)], tol=BF)
case("ac/mm_special", "ac/mm", ac(torch.mm),
     [T(2, 2, values=[float("nan"), 1.0, float("inf"), 2.0]), T(2, 2, values=[1.0, 2.0, 3.0, 4.0])], tol=BF)
case("ac/bmm", "ac/bmm", ac(torch.bmm), [T(2, 3, 4, grad=True), T(2, 4, 5, grad=True)], tol=BF)
case("ac/addmm", "ac/addmm", ac(torch.addmm), [T(5, grad=True), T(3, 4, grad=True), T(4, 5, grad=True)], tol=BF)
case("ac/addmm_scaled", "ac/addmm", ac(torch.addmm), [T(3, 5, grad=True), T(3, 4, grad=True), T(4, 5, grad=True)],
     {"beta": 0.5, "alpha": 2.0}, tol=BF)
case("ac/baddbmm", "ac/baddbmm", ac(torch.baddbmm), [T(2, 3, 5, grad=True), T(2, 3, 4, grad=True), T(2, 4, 5, grad=True)],
     tol=BF)
case("ac/addbmm", "ac/addbmm", ac(torch.addbmm), [T(3, 5, grad=True), T(2, 3, 4, grad=True), T(2, 4, 5, grad=True)],
     tol=BF)
case("ac/matmul_3d_2d", "ac/matmul", ac(torch.matmul), [T(2, 3, 4, grad=True), T(4, 5, grad=True)], tol=BF)
case("ac/matmul_2d_1d", "ac/matmul", ac(torch.matmul), [T(3, 4, grad=True), T(4, grad=True)], tol=BF)
case("ac/matmul_1d_1d", "ac/matmul", ac(torch.matmul), [T(4, grad=True), T(4, grad=True)], tol=BF)
case("ac/matmul_batched", "ac/matmul", ac(torch.matmul), [T(2, 1, 3, 4, grad=True), T(3, 4, 2, grad=True)], tol=BF)
case("ac/linear", "ac/linear", ac(F.linear), [T(4, 6, grad=True), T(3, 6, grad=True), T(3, grad=True)], tol=BF)
case("ac/linear_3d", "ac/linear", ac(F.linear), [T(2, 4, 6, grad=True), T(3, 6, grad=True), T(3, grad=True)], tol=BF)
case("ac/linear_nobias", "ac/linear", ac(F.linear), [T(4, 6, grad=True), T(3, 6, grad=True)], tol=BF)
case("ac/conv1d", "ac/conv1d", ac(F.conv1d), [T(2, 3, 9, grad=True), T(4, 3, 3, grad=True), T(4, grad=True)],
     {"stride": 2, "padding": 1}, tol=BF)
case("ac/conv2d", "ac/conv2d", ac(F.conv2d), [T(2, 3, 7, 6, grad=True), T(4, 3, 3, 3, grad=True), T(4, grad=True)],
     {"padding": 1}, tol=BF)
case("ac/conv2d_same", "ac/conv2d", ac(F.conv2d), [T(1, 2, 6, 6, grad=True), T(3, 2, 4, 4, grad=True)],
     {"padding": "same"}, tol=BF)
case("ac/conv2d_groups", "ac/conv2d", ac(F.conv2d), [T(1, 4, 5, 5, grad=True), T(4, 2, 3, 3, grad=True)],
     {"groups": 2}, tol=BF)
case("ac/conv3d", "ac/conv3d", ac(F.conv3d), [T(1, 2, 4, 5, 5, grad=True), T(3, 2, 2, 3, 3, grad=True),
                                              T(3, grad=True)], tol=BF)
case("ac/conv_transpose1d", "ac/conv_transpose1d", ac(F.conv_transpose1d),
     [T(2, 3, 5, grad=True), T(3, 2, 3, grad=True), T(2, grad=True)], {"stride": 2})
case("ac/conv_transpose2d", "ac/conv_transpose2d", ac(F.conv_transpose2d),
     [T(1, 3, 4, 4, grad=True), T(3, 2, 3, 3, grad=True), T(2, grad=True)], {"stride": 2, "padding": 1})
case("ac/conv_transpose3d", "ac/conv_transpose3d", ac(F.conv_transpose3d),
     [T(1, 2, 3, 3, 3, grad=True), T(2, 2, 2, 2, 2, grad=True)])

# ---------------------------------------------------------------- fp32: bfloat16 in, float32 out
case("ac/mse_loss", "ac/mse_loss", ac(F.mse_loss), [T(3, 4, dtype=bf16, grad=True), T(3, 4, dtype=bf16)])
case("ac/mse_loss_mixed", "ac/mse_loss", ac(F.mse_loss), [T(3, 4, dtype=bf16, grad=True), T(3, 4, grad=True)])
case("ac/l1_loss", "ac/l1_loss", ac(F.l1_loss), [T(3, 4, dtype=bf16, grad=True), T(3, 4, dtype=bf16)])
case("ac/smooth_l1_loss", "ac/smooth_l1_loss", ac(F.smooth_l1_loss), [T(3, 4, dtype=bf16, grad=True), T(3, 4)])
case("ac/huber_loss", "ac/huber_loss", ac(F.huber_loss), [T(3, 4, dtype=bf16, grad=True), T(3, 4)])
case("ac/kl_div", "ac/kl_div", ac(F.kl_div), [T(3, 4, dtype=bf16, grad=True), T(3, 4, dtype=bf16, kind="positive")],
     {"reduction": "batchmean"})
case("ac/nll_loss", "ac/nll_loss", ac(F.nll_loss), [T(4, 5, dtype=bf16, grad=True), T(4, dtype=i64, kind="int", low=0, high=5)])
case("ac/nll_loss_weight", "ac/nll_loss", ac(F.nll_loss),
     [T(4, 5, dtype=bf16, grad=True), T(4, dtype=i64, kind="int", low=0, high=5), T(5, dtype=bf16, kind="positive")])
case("ac/nll_loss2d", "ac/nll_loss", ac(F.nll_loss),
     [T(2, 3, 2, 2, dtype=bf16, grad=True), T(2, 2, 2, dtype=i64, kind="int", low=0, high=3)])
case("ac/cross_entropy", "ac/cross_entropy", ac(F.cross_entropy),
     [T(4, 5, dtype=bf16, grad=True), T(4, dtype=i64, kind="int", low=0, high=5)])
case("ac/binary_cross_entropy", "ac/binary_cross_entropy", ac(F.binary_cross_entropy),
     [T(6, dtype=bf16, kind="uniform", low=0.05, high=0.95, grad=True), T(6, dtype=bf16, kind="uniform", low=0, high=1)])
case("ac/bce_with_logits", "ac/bce_with_logits", ac(F.binary_cross_entropy_with_logits),
     [T(6, dtype=bf16, grad=True), T(6, kind="uniform", low=0, high=1)])
case("ac/margin_ranking_loss", "ac/margin_ranking_loss", ac(F.margin_ranking_loss),
     [T(5, dtype=bf16, grad=True), T(5, dtype=bf16, grad=True), T(5, values=[1.0, -1.0, 1.0, 1.0, -1.0])])
case("ac/hinge_embedding_loss", "ac/hinge_embedding_loss", ac(F.hinge_embedding_loss),
     [T(5, dtype=bf16, grad=True), T(5, values=[1.0, -1.0, 1.0, 1.0, -1.0])])
case("ac/soft_margin_loss", "ac/soft_margin_loss", ac(F.soft_margin_loss),
     [T(5, dtype=bf16, grad=True), T(5, values=[1.0, -1.0, 1.0, 1.0, -1.0])])
case("ac/cosine_embedding_loss", "ac/cosine_embedding_loss", ac(F.cosine_embedding_loss),
     [T(3, 4, dtype=bf16, grad=True), T(3, 4, dtype=bf16), T(3, values=[1.0, -1.0, 1.0])])
case("ac/multi_margin_loss", "ac/multi_margin_loss", ac(F.multi_margin_loss),
     [T(3, 4, dtype=bf16, grad=True), T(3, dtype=i64, kind="int", low=0, high=4)])
case("ac/multilabel_margin_loss", "ac/multilabel_margin_loss", ac(F.multilabel_margin_loss),
     [T(2, 4, dtype=bf16, grad=True), T(2, 4, dtype=i64, values=[3, 0, -1, 1, 1, 2, 3, -1])])
case("ac/triplet_margin_loss", "ac/triplet_margin_loss", ac(F.triplet_margin_loss),
     [T(3, 4, dtype=bf16, grad=True), T(3, 4, dtype=bf16), T(3, 4, dtype=bf16)])
case("ac/poisson_nll_loss", "ac/poisson_nll_loss", ac(F.poisson_nll_loss),
     [T(5, dtype=bf16, grad=True), T(5, dtype=bf16, kind="positive")])
case("ac/prod", "ac/prod", ac(torch.prod), [T(6, dtype=bf16, kind="uniform", low=0.5, high=1.5, grad=True)])
case("ac/prod_dim", "ac/prod", ac(torch.prod), [T(3, 4, dtype=bf16, kind="uniform", low=0.5, high=1.5, grad=True), 1])
case("ac/trace", "ac/trace", ac(torch.trace), [T(3, 3, dtype=bf16, grad=True)])
case("ac/cdist", "ac/cdist", ac(torch.cdist), [T(3, 4, dtype=bf16, grad=True), T(2, 4, dtype=bf16, grad=True)])
case("ac/quantile", "ac/quantile", ac(torch.quantile), [T(7, dtype=bf16, grad=True), 0.3])
case("ac/nanquantile", "ac/nanquantile", ac(torch.nanquantile),
     [T(5, dtype=bf16, values=[1.0, float("nan"), 3.0, -2.0, 0.5]), 0.5])
case("ac/max_pool3d", "ac/max_pool3d", ac(F.max_pool3d), [T(1, 2, 4, 4, 4, dtype=bf16, grad=True), 2])
case("ac/avg_pool3d", "ac/avg_pool3d", ac(F.avg_pool3d), [T(1, 2, 4, 4, 4, dtype=bf16, grad=True), 2])
case("ac/adaptive_avg_pool3d", "ac/adaptive_avg_pool3d", ac(F.adaptive_avg_pool3d),
     [T(1, 2, 5, 4, 3, dtype=bf16, grad=True), 2])
case("ac/reflect_pad1d", "ac/pad", ac(F.pad), [T(1, 2, 5, dtype=bf16, grad=True), [2, 1], "reflect"])
case("ac/reflect_pad2d", "ac/pad", ac(F.pad), [T(1, 2, 3, 4, dtype=bf16, grad=True), [1, 1, 2, 0], "reflect"])
case("ac/replicate_pad3d", "ac/pad", ac(F.pad), [T(1, 1, 2, 2, 3, dtype=bf16, grad=True), [1, 0, 1, 1, 0, 1], "replicate"])
case("ac/constant_pad_untouched", "ac/pad", ac(F.pad), [T(2, 3, dtype=bf16, grad=True), [1, 2], "constant"])
case("ac/fft_rfft", "ac/fft_rfft", ac(lambda x: torch.view_as_real(torch.fft.rfft(x))), [T(8, dtype=bf16)])
case("ac/linalg_inv", "ac/linalg_inv", ac(torch.linalg.inv),
     [T(3, 3, dtype=bf16, values=[4.0, 1.0, 0.5, 1.0, 3.0, 0.25, 0.5, 0.25, 2.0], grad=True)])
case("ac/linalg_svdvals", "ac/linalg_svdvals", ac(torch.linalg.svdvals), [T(3, 2, dtype=bf16)])
case("ac/cholesky", "ac/linalg_cholesky", ac(torch.linalg.cholesky),
     [T(2, 2, dtype=bf16, values=[4.0, 1.0, 1.0, 3.0])])

# ---------------------------------------------------------------- promote: the widest floating input
case("ac/stack_f32_bf16", "ac/stack", ac(torch.stack), [[T(2, 3, grad=True), T(2, 3, dtype=bf16, grad=True)]])
case("ac/stack_bf16", "ac/stack", ac(torch.stack), [[T(2, 3, dtype=bf16, grad=True), T(2, 3, dtype=bf16)]], tol=BF)
case("ac/stack_f64_bf16", "ac/stack", ac(torch.stack), [[T(2, dtype=f64), T(2, dtype=bf16)]])
case("ac/stack_f16", "ac/stack", ac(torch.stack), [[T(2, dtype=f16), T(2, dtype=f16)]], check_message=True)
case("ac/index_copy", "ac/index_copy", ac(torch.index_copy),
     [T(4, 3, grad=True), 0, T(2, dtype=i64, values=[3, 0]), T(2, 3, dtype=bf16, grad=True)])
case("ac/index_copy_bf16_f16", "ac/index_copy", ac(torch.index_copy),
     [T(4, 3, dtype=bf16), 0, T(2, dtype=i64, values=[3, 0]), T(2, 3, dtype=f16)], check_message=True)
case("ac/cat_not_cast", "ac/cat", ac(torch.cat), [[T(2, 3, grad=True), T(1, 3, dtype=bf16, grad=True)]])
case("ac/cat_f16_not_cast", "ac/cat", ac(torch.cat), [[T(2, dtype=f16), T(1, dtype=f16)]])

# ---------------------------------------------------------------- ops outside the lists run in their inputs' dtype
case("ac/relu_f32", "ac/relu", ac(torch.relu), [T(3, 4, grad=True)])
case("ac/log_softmax_bf16", "ac/log_softmax", ac(F.log_softmax), [T(3, 4, dtype=bf16, grad=True), 1], tol=BF)
case("ac/mv_f32", "ac/mv", ac(torch.mv), [T(3, 4, grad=True), T(4, grad=True)])
case("ac/addmv_f32", "ac/addmv", ac(torch.addmv), [T(3, grad=True), T(3, 4, grad=True), T(4, grad=True)])
case("ac/prelu_f32", "ac/prelu", ac(F.prelu), [T(3, 4, grad=True), T(1, grad=True)])
# composites of listed ops: their products run in bfloat16
case("ac/einsum", "ac/einsum", ac(torch.einsum), ["ij,jk->ik", T(3, 4, grad=True), T(4, 2, grad=True)], tol=BF, node=False)
case("ac/tensordot", "ac/tensordot", ac(torch.tensordot), [T(3, 4, grad=True), T(4, 2, grad=True), 1], tol=BF, node=False)
case("ac/multi_dot", "ac/multi_dot", ac(torch.linalg.multi_dot), [[T(3, 4, grad=True), T(4, 2, grad=True)]], tol=BF, node=False)
case("ac/meta_untouched", "ac/meta_mm", ac(lambda a, b: (str(torch.mm(a.to("meta"), b.to("meta")).dtype),)), [T(2, 3), T(3, 2)],
     grad=False)
case("ac/max_pool3d_indices_bf16", "ac/max_pool3d_indices", ac(lambda x: F.max_pool3d(x, 2, return_indices=True)),
     [T(1, 1, 2, 2, 2, dtype=bf16)], check_message=True)
case("ac/fractional_max_pool2d", "ac/fractional_max_pool2d",
     ac(lambda x: torch.manual_seed(0) and F.fractional_max_pool2d(x, 2, output_size=3, return_indices=True)),
     [T(1, 2, 5, 5, dtype=bf16, grad=True)])
case("ac/grid_sample", "ac/grid_sample", ac(F.grid_sample),
     [T(1, 1, 3, 3, dtype=bf16, grad=True), T(1, 2, 2, 2, dtype=bf16, kind="uniform", low=-1, high=1)],
     {"align_corners": False})
case("ac/max_unpool2d", "ac/max_unpool2d", ac(lambda x: F.max_unpool2d(*F.max_pool2d(x, 2, return_indices=True), 2)),
     [T(1, 1, 4, 4, dtype=bf16, grad=True)])
case("ac/adaptive_max_pool3d", "ac/adaptive_max_pool3d", ac(lambda x: F.adaptive_max_pool3d(x, 2)),
     [T(1, 2, 4, 4, 4, dtype=bf16, grad=True)])
case("ac/reflect_pad3d_untouched", "ac/pad", ac(F.pad), [T(1, 1, 2, 2, 2, grad=True), [1, 1, 1, 1, 1, 1], "reflect"])


# ---------------------------------------------------------------- a LeNet-like net: forward under autocast
def lenet(x, y, w1, b1, w2, b2, w3, b3):
    with torch.autocast("cpu"):
        h = F.max_pool2d(F.relu(F.conv2d(x, w1, b1)), 2)
        h = F.max_pool2d(F.relu(F.conv2d(h, w2, b2)), 2)
        out = F.log_softmax(F.linear(h.flatten(1), w3, b3), dim=1)
        return F.nll_loss(out, y)


case("ac/lenet", "ac/lenet", lenet,
     [T(4, 1, 16, 16), T(4, dtype=i64, kind="int", low=0, high=10), T(4, 1, 3, 3, grad=True), T(4, grad=True),
      T(6, 4, 3, 3, grad=True), T(6, grad=True), T(10, 24, grad=True), T(10, grad=True)], tol=BF, gradcheck=False)


# ---------------------------------------------------------------- the region's state: nesting, restore, cache
def state(*_):
    return (torch.is_autocast_cpu_enabled(), str(torch.get_autocast_cpu_dtype()), torch.is_autocast_cache_enabled())


def regions(a, w):
    out = list(state())
    with torch.autocast("cpu", cache_enabled=False):
        out += state()
        with torch.autocast("cpu", enabled=False):
            out += state()
            out.append(str(torch.mm(a, w).dtype))
            out.append(torch.autocast_increment_nesting())
            out.append(torch.autocast_decrement_nesting())
        out += state()
        out.append(str(torch.mm(a, w).dtype))
    out += state()
    with torch.cpu.amp.autocast():
        out += state()
        out.append(str(torch.mm(a, w).dtype))
    out.append(torch.autocast_increment_nesting())
    out.append(torch.autocast_decrement_nesting())
    return tuple(out)


case("ac/regions", "ac/regions", regions, [T(2, 3), T(3, 2)], grad=False)


def cache(a, w):
    with torch.autocast("cpu"):
        y1 = torch.mm(a, w)
        y2 = torch.mm(a, w)
        z = torch.mm(a, w.view(3, 2))   # a view: not cached
        same_w = y1.grad_fn.next_functions[1][0] is y2.grad_fn.next_functions[1][0]
        same_a = y1.grad_fn.next_functions[0][0] is y2.grad_fn.next_functions[0][0]
        view_cast = type(z.grad_fn.next_functions[1][0]).__name__
        with torch.autocast("cpu", cache_enabled=False):
            y3 = torch.mm(a, w)
            uncached = y3.grad_fn.next_functions[1][0] is y1.grad_fn.next_functions[1][0]
    with torch.autocast("cpu"):
        y4 = torch.mm(a, w)
        after_exit = y4.grad_fn.next_functions[1][0] is y1.grad_fn.next_functions[1][0]
    x = a.detach()
    with torch.autocast("cpu"):
        n1 = torch.mm(x, w).grad_fn.next_functions[0][0]
        n2 = torch.mm(x, w).grad_fn.next_functions[0][0]
    return same_w, same_a, view_cast, uncached, after_exit, n1 is None, n2 is None


case("ac/cache", "ac/cache", cache, [T(2, 3, grad=True), T(3, 2, grad=True)], grad=False)


def warned(fn):
    """The warnings a region raises, then its results or the error its __enter__ raises, then the state after."""
    def run(*a):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                r = list(fn(*a))
            except RuntimeError as e:
                r = ["error: " + str(e)]
        return tuple([str(m.message) for m in w] + r + [torch.is_autocast_cpu_enabled(), torch.is_autocast_enabled()])
    return run


def cpu_f16():
    with torch.autocast("cpu", dtype=torch.float16) as ac_:
        return torch.is_autocast_cpu_enabled(), str(torch.get_autocast_cpu_dtype())


def cuda_region():
    with torch.autocast("cuda"):
        return torch.is_autocast_enabled(), torch.is_autocast_cpu_enabled(), str(torch.get_autocast_gpu_dtype())


def amp_disabled_f32():
    with torch.cpu.amp.autocast(False, torch.float32):
        return (torch.is_autocast_cpu_enabled(),)


case("ac/warn_cpu_f16", "ac/warn_cpu_f16", warned(cpu_f16), [], grad=False)
case("ac/warn_cuda", "ac/warn_cuda", warned(cuda_region), [], grad=False)
case("ac/warn_amp_disabled_f32", "ac/warn_amp_disabled_f32", warned(amp_disabled_f32), [], grad=False)


def f16_inside_region():
    # __enter__ of the float16 region switches CPU autocast off, then fails on the dtype: the outer region stays off
    with torch.autocast("cpu"):
        try:
            with torch.autocast("cpu", dtype=torch.float16):
                pass
        except RuntimeError as e:
            return str(e), torch.is_autocast_cpu_enabled(), torch.autocast_increment_nesting(), \
                torch.autocast_decrement_nesting()


case("ac/warn_f16_inside_region", "ac/warn_f16_inside_region", warned(f16_inside_region), [], grad=False)
case("ac/set_cpu_dtype_f32", "ac/set_cpu_dtype", lambda: torch.set_autocast_cpu_dtype(torch.float32), [],
     check_message=True)
case("ac/bad_device", "ac/bad_device", lambda: torch.autocast("tpu"), [], check_message=True)
case("ac/cuda_bf16", "ac/cuda_bf16", lambda: torch.autocast("cuda", dtype=torch.bfloat16), [], check_message=True)

# ---------------------------------------------------------------- bfloat16 compute of the kernels (no autocast)
case("bf16/mm", "bf16/mm", torch.mm, [T(5, 40, dtype=bf16, grad=True), T(40, 6, dtype=bf16, grad=True)], tol=BF)
case("bf16/addmm", "bf16/addmm", torch.addmm, [T(6, dtype=bf16, grad=True), T(5, 40, dtype=bf16, grad=True),
                                               T(40, 6, dtype=bf16, grad=True)], tol=BF)
case("bf16/bmm", "bf16/bmm", torch.bmm, [T(2, 5, 30, dtype=bf16, grad=True), T(2, 30, 4, dtype=bf16, grad=True)],
     tol=BF)
case("bf16/linear", "bf16/linear", F.linear, [T(5, 30, dtype=bf16, grad=True), T(4, 30, dtype=bf16, grad=True),
                                             T(4, dtype=bf16, grad=True)], tol=BF)
case("bf16/conv2d", "bf16/conv2d", F.conv2d, [T(2, 3, 8, 8, dtype=bf16, grad=True), T(4, 3, 3, 3, dtype=bf16, grad=True),
                                             T(4, dtype=bf16, grad=True)], tol=BF)
case("bf16/add", "bf16/add", torch.add, [T(4, 5, dtype=bf16, grad=True), T(4, 5, dtype=bf16, grad=True)], tol=BF)
case("bf16/add_alpha", "bf16/add", torch.add, [T(4, 5, dtype=bf16), T(4, 5, dtype=bf16)], {"alpha": 0.3}, tol=BF)
case("bf16/add_f32", "bf16/add", torch.add, [T(4, 5, dtype=bf16), T(4, 5)])
case("bf16/mul", "bf16/mul", torch.mul, [T(4, 5, dtype=bf16, grad=True), T(4, 5, dtype=bf16, grad=True)], tol=BF)
case("bf16/mul_scalar", "bf16/mul", torch.mul, [T(4, 5, dtype=bf16), 0.1], tol=BF)
case("bf16/add_scalar", "bf16/add_scalar", lambda x: x + 0.1, [T(40, dtype=bf16, grad=True)], tol=BF)
case("bf16/div_scalar", "bf16/div_scalar", lambda x: x / 0.3, [T(40, dtype=bf16, grad=True)], tol=BF)
case("bf16/relu", "bf16/relu", torch.relu, [T(4, 5, dtype=bf16, grad=True)], tol=BF)
case("bf16/exp", "bf16/exp", torch.exp, [T(4, 5, dtype=bf16, grad=True)], tol=BF)
case("bf16/sum", "bf16/sum", torch.sum, [T(300, dtype=bf16, grad=True)], tol=BF)
case("bf16/sum_dim", "bf16/sum", torch.sum, [T(7, 50, dtype=bf16, grad=True), 1], tol=BF)
case("bf16/softmax", "bf16/softmax", F.softmax, [T(4, 9, dtype=bf16, grad=True), 1], tol=BF)
case("bf16/log_softmax", "bf16/log_softmax", F.log_softmax, [T(4, 9, dtype=bf16, grad=True), 1], tol=BF)

# PyTorch's bfloat16 GEMM depends on size and layout (LinalgOps.bf16Product): above 16^3 multiply-adds oneDNN sums
# in float32 and rounds once; below, a row-major second factor is summed in bfloat16 step by step, a column-major one
# in float32
case("bf16/mm_b_transposed", "bf16/mm_bT", lambda a, b: torch.mm(a, b.t()),
     [T(5, 40, dtype=bf16, grad=True), T(6, 40, dtype=bf16, grad=True)], tol=BF)
case("bf16/mm_b_every_other", "bf16/mm_b_every_other", lambda a, b: torch.mm(a, b[:, ::2]),
     [T(5, 40, dtype=bf16, grad=True), T(40, 12, dtype=bf16, grad=True)], tol=BF)
case("bf16/mm_large", "bf16/mm", torch.mm, [T(16, 16, dtype=bf16, grad=True), T(16, 17, dtype=bf16, grad=True)], tol=BF)
case("bf16/mm_16cubed", "bf16/mm", torch.mm, [T(16, 16, dtype=bf16), T(16, 16, dtype=bf16)], tol=BF)
case("bf16/addmm_large_scaled", "bf16/addmm", torch.addmm,
     [T(20, dtype=bf16, grad=True), T(20, 64, dtype=bf16, grad=True), T(64, 20, dtype=bf16, grad=True)],
     {"beta": 0.5, "alpha": 2.0}, tol=BF)
case("bf16/addmm_beta0_nan", "bf16/addmm", torch.addmm,
     [T(2, 3, dtype=bf16, values=[float("nan")] * 6), T(2, 4, dtype=bf16), T(4, 3, dtype=bf16)], {"beta": 0.0}, tol=BF)
case("bf16/bmm_b_transposed", "bf16/bmm_bT", lambda a, b: torch.bmm(a, b.transpose(1, 2)),
     [T(2, 5, 30, dtype=bf16, grad=True), T(2, 4, 30, dtype=bf16, grad=True)], tol=BF)
case("bf16/bmm_b_transposed_tiny", "bf16/bmm_bT", lambda a, b: torch.bmm(a, b.transpose(1, 2)),
     [T(2, 3, 4, dtype=bf16, grad=True), T(2, 5, 4, dtype=bf16, grad=True)], tol=BF)
case("bf16/bmm_large", "bf16/bmm", torch.bmm, [T(2, 16, 16, dtype=bf16, grad=True), T(2, 16, 16, dtype=bf16, grad=True)],
     tol=BF)
case("bf16/baddbmm", "bf16/baddbmm", torch.baddbmm,
     [T(2, 5, 4, dtype=bf16, grad=True), T(2, 5, 30, dtype=bf16, grad=True), T(2, 30, 4, dtype=bf16, grad=True)],
     {"beta": 0.5, "alpha": 2.0}, tol=BF)
case("bf16/addbmm", "bf16/addbmm", torch.addbmm,
     [T(5, 4, dtype=bf16, grad=True), T(3, 5, 30, dtype=bf16, grad=True), T(3, 30, 4, dtype=bf16, grad=True)], tol=BF)
case("bf16/addbmm_empty_batch", "bf16/addbmm", torch.addbmm,
     [T(2, 3, dtype=bf16), T(0, 2, 4, dtype=bf16), T(0, 4, 3, dtype=bf16)], {"beta": 0.5}, tol=BF)
case("bf16/mv", "bf16/mv", torch.mv, [T(3, 40, dtype=bf16, grad=True), T(40, dtype=bf16, grad=True)], tol=BF)
case("bf16/dot", "bf16/dot", torch.dot, [T(300, dtype=bf16, grad=True), T(300, dtype=bf16, grad=True)], tol=BF)
case("bf16/linear_large", "bf16/linear", F.linear, [T(20, 64, dtype=bf16, grad=True), T(20, 64, dtype=bf16, grad=True),
                                                   T(20, dtype=bf16, grad=True)], tol=BF)

write("autocast")
