"""Fixtures for issue 21's 3-d convolution and pooling (jtorch.internal.ops.ConvOps, PoolOps): conv3d,
conv_transpose3d, max_pool3d[_with_indices], avg_pool3d, adaptive_avg/max_pool3d (also with None sizes),
max_unpool1d/3d, the torch.* conv/pool functions; alpha dropout (DropoutOps), exponential_ and gumbel_softmax
(seeded draws), affine_grid (SamplingOps), 5-d interpolate (ResizeOps). Writes
jtorch-core/src/test/resources/fixtures/ops/nn_3d_sampling.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_3d_sampling.py

Calling conventions (mirrored by jtorch.internal.ops.Nn3dSamplingFixtureTest):
  conv3d: (x, w, b|None, stride=, padding=, dilation=, groups=) with int or list values
  conv3d_mode: (x, w, b|None, padding_str, stride=, dilation=, groups=)
  conv_transpose3d: (x, w, b|None, stride=, padding=, output_padding=, groups=, dilation=)
  grad_of/conv3d_input|weight, grad_of/conv_transpose3d_input|weight: (x, w, grad_out, **conv kwargs) -> the
    first-order gradient with create_graph, so the harness's gradients and gradcheck check second derivatives
  max_pool3d[_with_indices], avg_pool3d: (x, **F kwargs); adaptive_*_pool3d[_with_indices]: (x, output_size)
  max_unpool1d/3d: (x, indices, **F kwargs); torch.*: PyTorch's positional arguments
  random ops re-seed the default generator with 7 before drawing (the Java side too)
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, i64, bf16, f16 = torch.float32, torch.float64, torch.int64, torch.bfloat16, torch.float16
TOL = {"rtol": 1e-4, "atol": 1e-5}
NAN, INF = float("nan"), float("inf")


def conv3d_mode(x, w, b, padding, **kw):
    return F.conv3d(x, w, b, padding=padding, **kw)


def grad_of(conv, which):
    def f(x, w, go, **kw):
        y = conv(x, w, None, **kw)
        return torch.autograd.grad(y, (x, w), go, create_graph=True)[which]
    return f


# ---------------------------------------------------------------- conv3d
def conv_case(name, x, w, b, tol=TOL, **kw):
    case("conv3d/" + name, "conv3d", F.conv3d, [T(*x, grad=True), T(*w, grad=True), T(*b, grad=True) if b else None],
         kw, tol=tol)


conv_case("basic", (2, 3, 4, 5, 5), (4, 3, 2, 3, 3), (4,))
conv_case("no_bias", (1, 2, 3, 4, 4), (3, 2, 2, 2, 2), None)
conv_case("stride2", (1, 2, 5, 6, 5), (3, 2, 3, 3, 3), (3,), stride=2)
conv_case("stride_triple", (1, 2, 7, 6, 5), (2, 2, 2, 3, 2), (2,), stride=[3, 2, 1])
conv_case("padding1", (1, 2, 3, 4, 4), (3, 2, 3, 3, 3), (3,), padding=1)
conv_case("padding_triple", (1, 1, 3, 4, 4), (2, 1, 3, 2, 3), (2,), padding=[2, 0, 1])
conv_case("dilation2", (1, 2, 5, 5, 5), (2, 2, 2, 2, 2), (2,), dilation=2)
conv_case("dilation_triple", (1, 1, 6, 5, 7), (2, 1, 2, 2, 3), (2,), dilation=[3, 1, 2], padding=[1, 0, 2])
conv_case("groups2", (2, 4, 3, 4, 4), (6, 2, 2, 2, 2), (6,), groups=2)
conv_case("depthwise", (1, 3, 3, 4, 4), (3, 1, 3, 3, 3), (3,), groups=3, padding=1)
conv_case("stride_padding_dilation", (1, 2, 7, 6, 6), (2, 2, 3, 2, 2), (2,), stride=[2, 1, 2], padding=[2, 1, 0],
          dilation=[2, 1, 1])
conv_case("pointwise", (2, 3, 2, 3, 3), (4, 3, 1, 1, 1), (4,))
conv_case("kernel_taps_skip_input", (1, 1, 2, 3, 3), (1, 1, 3, 1, 1), None, padding=[2, 0, 0], stride=[3, 1, 1])
case("conv3d/unbatched", "conv3d", F.conv3d, [T(2, 3, 4, 4, grad=True), T(3, 2, 2, 2, 2, grad=True), None], tol=TOL)
case("conv3d/f64", "conv3d", F.conv3d, [T(1, 2, 3, 4, 4, dtype=f64, grad=True), T(2, 2, 2, 2, 2, dtype=f64, grad=True),
                                        T(2, dtype=f64, grad=True)], {"padding": 1})
case("conv3d/i64", "conv3d", F.conv3d, [T(1, 2, 3, 3, 3, dtype=i64, kind="int"), T(2, 2, 2, 2, 2, dtype=i64, kind="int"),
                                        T(2, dtype=i64, kind="int")], {"stride": 1})
case("conv3d/bf16", "conv3d", F.conv3d, [T(1, 2, 3, 3, 3, dtype=bf16), T(2, 2, 2, 2, 2, dtype=bf16), None],
     tol={"rtol": 1e-2, "atol": 1e-2})
case("conv3d/special", "conv3d", F.conv3d,
     [T(1, 1, 2, 2, 3, values=[NAN, 1, 2, 3, INF, 5, 6, 7, 8, 9, -INF, 11]), T(1, 1, 1, 2, 2), None])
case("conv3d/empty_batch", "conv3d", F.conv3d, [T(0, 2, 3, 3, 3, grad=True), T(2, 2, 2, 2, 2, grad=True), None])
for mode, kw in [("same", {}), ("same_dilated", {"dilation": [1, 2, 1]}), ("valid", {})]:
    case("conv3d_mode/" + mode, "conv3d_mode", conv3d_mode,
         [T(1, 2, 4, 5, 4, grad=True), T(2, 2, 2, 3, 2, grad=True), T(2, grad=True), mode.split("_")[0]], kw, tol=TOL)
for name, args, kw in [
        ("bad_input_dim", [T(4, 4, 4), T(2, 2, 2, 2, 2), None], {}),
        ("kernel_too_big", [T(1, 2, 4, 4, 4), T(2, 2, 5, 2, 2), None], {}),
        ("stride_pair", [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), None], {"stride": [1, 2]}),
        ("channels", [T(1, 3, 4, 4, 4), T(2, 2, 2, 2, 2), None], {}),
        ("groups", [T(1, 4, 4, 4, 4), T(3, 2, 2, 2, 2), None], {"groups": 2}),
        ("dtypes", [T(1, 2, 4, 4, 4, dtype=f64), T(2, 2, 2, 2, 2), None], {}),
        ("f16", [T(1, 2, 4, 4, 4, dtype=f16), T(2, 2, 2, 2, 2, dtype=f16), None], {}),
        ("negative_padding", [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), None], {"padding": -1}),
        ("bias_size", [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), T(3)], {})]:
    case("conv3d/error_" + name, "conv3d", F.conv3d, args, kw, check_message=True)
case("conv3d_mode/error_strided_same", "conv3d_mode", conv3d_mode, [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), None, "same"],
     {"stride": 2}, check_message=True)

# ---------------------------------------------------------------- conv_transpose3d
def convt_case(name, x, w, b, tol=TOL, **kw):
    case("conv_transpose3d/" + name, "conv_transpose3d", F.conv_transpose3d,
         [T(*x, grad=True), T(*w, grad=True), T(*b, grad=True) if b else None], kw, tol=tol)


convt_case("basic", (2, 3, 3, 4, 4), (3, 2, 2, 3, 3), (2,))
convt_case("no_bias", (1, 2, 2, 3, 3), (2, 3, 2, 2, 2), None)
convt_case("stride2", (1, 2, 3, 3, 3), (2, 2, 3, 3, 3), (2,), stride=2)
convt_case("stride_padding", (1, 2, 3, 4, 3), (2, 2, 3, 3, 3), (2,), stride=[2, 1, 2], padding=[1, 1, 0])
convt_case("output_padding", (1, 2, 3, 3, 3), (2, 1, 3, 2, 3), (1,), stride=[2, 3, 2], output_padding=[1, 2, 0])
convt_case("output_padding_dilation", (1, 1, 2, 3, 3), (1, 2, 2, 2, 2), (2,), stride=1, dilation=[2, 3, 2],
           output_padding=[1, 2, 0])
convt_case("groups2", (2, 4, 2, 3, 3), (4, 3, 2, 2, 2), (6,), groups=2, stride=2)
convt_case("dilation2", (1, 2, 3, 3, 3), (2, 2, 2, 2, 2), (2,), dilation=2, padding=1)
convt_case("padding_crops", (1, 1, 2, 2, 2), (1, 1, 3, 3, 3), None, padding=[1, 1, 0])
case("conv_transpose3d/unbatched", "conv_transpose3d", F.conv_transpose3d,
     [T(2, 2, 3, 3, grad=True), T(2, 3, 2, 2, 2, grad=True), None], tol=TOL)
case("conv_transpose3d/f64", "conv_transpose3d", F.conv_transpose3d,
     [T(1, 2, 2, 3, 3, dtype=f64, grad=True), T(2, 2, 2, 2, 2, dtype=f64, grad=True), T(4, dtype=f64, grad=True)],
     {"stride": 2, "groups": 2})
case("conv_transpose3d/i64", "conv_transpose3d", F.conv_transpose3d,
     [T(1, 2, 2, 2, 2, dtype=i64, kind="int"), T(2, 2, 2, 2, 2, dtype=i64, kind="int"), None], {"stride": 2})
for name, args, kw in [
        ("output_padding", [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), None], {"stride": 2, "output_padding": 2}),
        ("channels", [T(1, 3, 4, 4, 4), T(2, 2, 2, 2, 2), None], {}),
        ("f16", [T(1, 2, 4, 4, 4, dtype=f16), T(2, 2, 2, 2, 2, dtype=f16), None], {}),
        ("bias_size", [T(1, 2, 4, 4, 4), T(2, 2, 2, 2, 2), T(3)], {}),
        ("bad_input_dim", [T(2, 4, 4), T(2, 2, 2, 2, 2), None], {}),
        ("output_too_small", [T(1, 1, 2, 2, 2), T(1, 1, 3, 3, 3), None], {"padding": [2, 1, 0]})]:
    case("conv_transpose3d/error_" + name, "conv_transpose3d", F.conv_transpose3d, args, kw, check_message=True)

# second derivatives: gradients of the first-order gradients
for which, label in [(0, "input"), (1, "weight")]:
    case("grad_of/conv3d_" + label, "grad_of/conv3d_" + label, grad_of(F.conv3d, which),
         [T(1, 2, 3, 4, 4, dtype=f64, grad=True), T(2, 2, 2, 2, 2, dtype=f64, grad=True), T(1, 2, 4, 2, 3, dtype=f64)],
         {"stride": [1, 2, 1], "padding": [1, 0, 0]})
    case("grad_of/conv_transpose3d_" + label, "grad_of/conv_transpose3d_" + label,
         grad_of(F.conv_transpose3d, which),
         [T(1, 2, 2, 3, 2, dtype=f64, grad=True), T(2, 1, 2, 2, 2, dtype=f64, grad=True),
          T(1, 1, 5, 4, 3, dtype=f64)], {"stride": [2, 2, 1], "padding": [0, 1, 0], "output_padding": [1, 0, 0]})

# ---------------------------------------------------------------- max_pool3d
def mp_case(name, x, fn="max_pool3d", gradcheck=True, **kw):
    case(fn + "/" + name, fn, getattr(F, fn), [x], kw, gradcheck=gradcheck)


for fn in ("max_pool3d", "max_pool3d_with_indices"):
    mp_case("k2", T(2, 2, 4, 4, 4, grad=True), fn, kernel_size=2)
    mp_case("k3_s2_p1", T(1, 2, 5, 6, 5, grad=True), fn, kernel_size=3, stride=2, padding=1)
    mp_case("triple", T(1, 1, 5, 6, 7, grad=True), fn, kernel_size=[2, 3, 2], stride=[1, 2, 3], padding=[1, 1, 0])
    mp_case("dilation", T(1, 2, 6, 6, 7, grad=True), fn, kernel_size=[2, 2, 3], dilation=[2, 1, 2], stride=1)
    mp_case("ceil", T(1, 2, 5, 5, 6, grad=True), fn, kernel_size=2, stride=2, ceil_mode=True)
    mp_case("ceil_padding", T(1, 1, 6, 5, 7, grad=True), fn, kernel_size=3, stride=2, padding=1, ceil_mode=True)
    mp_case("unbatched", T(2, 4, 4, 5, grad=True), fn, kernel_size=2, stride=[1, 2, 2])
mp_case("f64", T(1, 2, 4, 5, 4, dtype=f64, grad=True), "max_pool3d_with_indices", kernel_size=2, stride=1)
# ties (integers in floats) take the first maximum in (t, h, w) order, NaN the last NaN; -inf windows point at
# the first position inside the input (finite differences are meaningless at ties: no gradcheck)
mp_case("ties", T(1, 1, 4, 4, 4, kind="int", low=0, high=3, dtype=f32, grad=True), "max_pool3d_with_indices",
        gradcheck=False, kernel_size=3, stride=1, padding=1)
mp_case("special", T(1, 1, 2, 3, 3, values=[NAN, 1, 2, 3, NAN, 5, INF, 7, 8, -INF, 1, 2, 3, 4, NAN, 6, 7, 8]),
        "max_pool3d_with_indices", kernel_size=2, stride=1)
mp_case("neg_inf", T(1, 1, 2, 2, 2, values=[-INF] * 8), "max_pool3d_with_indices", kernel_size=2, padding=1)
mp_case("empty_batch", T(0, 2, 4, 4, 4), "max_pool3d_with_indices", kernel_size=2)
for name, x, kw in [
        ("kernel_pair", T(1, 2, 4, 4, 4), {"kernel_size": [2, 2]}),
        ("stride_pair", T(1, 2, 4, 4, 4), {"kernel_size": 2, "stride": [1, 2]}),
        ("padding_pair", T(1, 2, 4, 4, 4), {"kernel_size": 2, "padding": [1, 1]}),
        ("dilation_pair", T(1, 2, 4, 4, 4), {"kernel_size": 2, "dilation": [1, 1]}),
        ("input_3d", T(4, 4, 4), {"kernel_size": 2}),
        ("pad_too_big", T(1, 2, 4, 4, 4), {"kernel_size": 2, "padding": 2}),
        ("negative_pad", T(1, 2, 4, 4, 4), {"kernel_size": 2, "padding": -1}),
        ("stride_zero", T(1, 2, 4, 4, 4), {"kernel_size": 2, "stride": 0}),
        ("kernel_zero", T(1, 2, 4, 4, 4), {"kernel_size": 0, "stride": 1}),
        ("stride_negative", T(1, 2, 4, 4, 4), {"kernel_size": 2, "stride": -1}),
        ("dilation_zero", T(1, 2, 4, 4, 4), {"kernel_size": 2, "dilation": 0}),
        ("too_small", T(1, 2, 1, 4, 4), {"kernel_size": 2}),
        ("empty_channels", T(1, 0, 4, 4, 4), {"kernel_size": 2}),
        ("i64", T(1, 2, 4, 4, 4, dtype=i64, kind="int"), {"kernel_size": 2}),
        ("bf16", T(1, 2, 4, 4, 4, dtype=bf16), {"kernel_size": 2})]:
    case("max_pool3d/error_" + name, "max_pool3d_with_indices", F.max_pool3d_with_indices, [x], kw,
         check_message=True)

# ---------------------------------------------------------------- avg_pool3d
def ap_case(name, x, tol=None, **kw):
    case("avg_pool3d/" + name, "avg_pool3d", F.avg_pool3d, [x], kw, tol=tol)


ap_case("k2", T(2, 2, 4, 4, 4, grad=True), kernel_size=2)
ap_case("k3_s2_p1", T(1, 2, 5, 6, 5, grad=True), kernel_size=3, stride=2, padding=1)
ap_case("exclude_pad", T(1, 2, 5, 6, 5, grad=True), kernel_size=3, stride=2, padding=1, count_include_pad=False)
ap_case("triple", T(1, 1, 5, 6, 7, grad=True), kernel_size=[2, 3, 2], stride=[1, 2, 3], padding=[1, 1, 0])
ap_case("ceil", T(1, 2, 5, 5, 6, grad=True), kernel_size=2, stride=2, ceil_mode=True)
ap_case("ceil_padding_exclude", T(1, 1, 6, 5, 7, grad=True), kernel_size=3, stride=2, padding=1, ceil_mode=True,
        count_include_pad=False)
ap_case("ceil_padding_include", T(1, 1, 6, 5, 7, grad=True), kernel_size=3, stride=2, padding=1, ceil_mode=True)
ap_case("divisor", T(1, 2, 4, 5, 4, grad=True), kernel_size=[2, 3, 2], stride=1, padding=1, divisor_override=5)
ap_case("unbatched", T(2, 4, 4, 5, grad=True), kernel_size=2, stride=[1, 2, 2])
ap_case("f64", T(1, 2, 4, 5, 4, dtype=f64, grad=True), kernel_size=2, stride=1, padding=1)
ap_case("i64", T(1, 2, 4, 4, 5, dtype=i64, kind="int", low=-50, high=50), kernel_size=3, stride=1, padding=1,
        count_include_pad=False)
ap_case("i64_divisor", T(1, 1, 4, 4, 4, dtype=i64, kind="int", low=-50, high=50), kernel_size=2, divisor_override=3)
ap_case("special", T(1, 1, 2, 3, 3, values=[NAN, 1, 2, 3, 4, 5, INF, 7, 8, -INF, 1, 2, 3, 4, 5, 6, 7, 8]),
        kernel_size=2, stride=1)
ap_case("empty_batch", T(0, 2, 4, 4, 4), kernel_size=2)
for name, x, kw in [
        ("kernel_pair", T(1, 2, 4, 4, 4), {"kernel_size": [2, 2]}),
        ("stride_pair", T(1, 2, 4, 4, 4), {"kernel_size": 2, "stride": [1, 2]}),
        ("padding_pair", T(1, 2, 4, 4, 4), {"kernel_size": 2, "padding": [1, 1]}),
        ("divisor_zero", T(1, 2, 4, 4, 4), {"kernel_size": 2, "divisor_override": 0}),
        ("input_3d", T(2, 3, 4), {"kernel_size": 2}),
        ("pad_too_big", T(1, 2, 4, 4, 4), {"kernel_size": 2, "padding": 2}),
        ("stride_zero", T(1, 2, 4, 4, 4), {"kernel_size": 2, "stride": 0}),
        ("kernel_zero", T(1, 2, 4, 4, 4), {"kernel_size": 0, "stride": 1}),
        ("smaller_than_kernel", T(1, 2, 1, 4, 4), {"kernel_size": 2}),
        ("smaller_than_kernel_padded", T(1, 2, 2, 4, 4), {"kernel_size": 3, "padding": 1}),
        ("empty_channels", T(1, 0, 4, 4, 4), {"kernel_size": 2}),
        ("bf16", T(1, 2, 4, 4, 4, dtype=bf16), {"kernel_size": 2}),
        ("f16", T(1, 2, 4, 4, 4, dtype=f16), {"kernel_size": 2})]:
    case("avg_pool3d/error_" + name, "avg_pool3d", F.avg_pool3d, [x], kw, check_message=True)

# ---------------------------------------------------------------- adaptive 3-d pooling
for fn in ("adaptive_avg_pool3d", "adaptive_max_pool3d", "adaptive_max_pool3d_with_indices"):
    f = getattr(F, fn)
    for name, x, size in [("cube", T(2, 2, 5, 6, 7, grad=True), 3),
                          ("triple", T(1, 2, 5, 7, 6, grad=True), [2, 3, 4]),
                          ("larger", T(1, 1, 3, 2, 3, grad=True), [4, 3, 5]),
                          ("one", T(1, 2, 3, 4, 5, grad=True), 1),
                          ("unbatched", T(2, 4, 5, 6, grad=True), [3, 2, 4]),
                          ("f64", T(1, 2, 4, 5, 6, dtype=f64, grad=True), [3, 3, 2]),
                          ("zero_size", T(1, 2, 4, 5, 6), [0, 2, 3])]:
        case(fn + "/" + name, fn, f, [x, size])
    for name, x, size in [("pair", T(1, 2, 4, 4, 4), [2, 2]), ("input_3d", T(4, 4, 4), 2),
                          ("empty", T(1, 2, 0, 4, 4), 2), ("negative", T(1, 2, 4, 4, 4), [-1, 2, 2]),
                          ("i64", T(1, 2, 4, 4, 4, dtype=i64, kind="int"), 2),
                          ("bf16", T(1, 2, 4, 4, 4, dtype=bf16), 2)]:
        case(fn + "/error_" + name, fn, f, [x, size], check_message=True)
case("adaptive_max_pool3d_with_indices/special", "adaptive_max_pool3d_with_indices", F.adaptive_max_pool3d_with_indices,
     [T(1, 1, 2, 2, 3, values=[NAN, 1, 2, 3, NAN, 5, INF, 7, 8, -INF, 1, 2]), [1, 2, 2]])
case("adaptive_max_pool3d_with_indices/neg_inf", "adaptive_max_pool3d_with_indices",
     F.adaptive_max_pool3d_with_indices, [T(1, 1, 2, 2, 2, values=[-INF] * 8), 1])


# the gradient of a pooling as a function of the output gradient (the second derivative; x only fixes the windows)
def pool_grad_of(fn):
    def f(x, go, **kw):
        x = x.detach().requires_grad_()
        y = fn(x, **kw)
        return torch.autograd.grad(y, x, go, create_graph=True)[0]
    return f


case("grad_of/max_pool3d", "grad_of/max_pool3d", pool_grad_of(F.max_pool3d),
     [T(1, 2, 4, 4, 4, dtype=f64), T(1, 2, 3, 2, 2, dtype=f64, grad=True)],
     {"kernel_size": 2, "stride": [1, 2, 2]})
case("grad_of/avg_pool3d", "grad_of/avg_pool3d", pool_grad_of(F.avg_pool3d),
     [T(1, 2, 4, 4, 4, dtype=f64), T(1, 2, 3, 2, 2, dtype=f64, grad=True)],
     {"kernel_size": 2, "stride": [1, 2, 2]})
case("grad_of/adaptive_avg_pool3d", "grad_of/adaptive_avg_pool3d",
     pool_grad_of(lambda x, output_size: F.adaptive_avg_pool3d(x, output_size)),
     [T(1, 2, 4, 5, 4, dtype=f64), T(1, 2, 3, 2, 3, dtype=f64, grad=True)], {"output_size": [3, 2, 3]})

# ---------------------------------------------------------------- torch.* forms (all arguments positional)
case("torch.conv1d/all", "torch.conv1d", torch.conv1d, [T(2, 4, 7, grad=True), T(4, 2, 3, grad=True), T(4, grad=True),
                                                         [2], [1], [1], 2], tol=TOL)
case("torch.conv1d/same", "torch.conv1d_mode", torch.conv1d, [T(1, 2, 6, grad=True), T(3, 2, 4, grad=True), None, [1],
                                                             "same", [1], 1], tol=TOL)
case("torch.conv2d/all", "torch.conv2d", torch.conv2d, [T(1, 2, 5, 6, grad=True), T(4, 1, 3, 2, grad=True),
                                                         T(4, grad=True), [2, 1], [1, 0], [1, 2], 2], tol=TOL)
case("torch.conv3d/all", "torch.conv3d", torch.conv3d, [T(1, 2, 4, 5, 4, grad=True), T(2, 2, 2, 3, 2, grad=True),
                                                         T(2, grad=True), [1], [1, 0, 1], [1], 1], tol=TOL)
case("torch.conv3d/valid", "torch.conv3d_mode", torch.conv3d, [T(1, 2, 4, 4, 4, grad=True), T(2, 2, 2, 2, 2, grad=True),
                                                              None, [1], "valid", [1], 1], tol=TOL)
case("torch.conv_transpose1d/all", "torch.conv_transpose1d", torch.conv_transpose1d,
     [T(1, 2, 5, grad=True), T(2, 3, 3, grad=True), T(3, grad=True), [2], [1], [1], 1, [1]], tol=TOL)
case("torch.conv_transpose2d/all", "torch.conv_transpose2d", torch.conv_transpose2d,
     [T(1, 4, 3, 3, grad=True), T(4, 1, 2, 3, grad=True), T(2, grad=True), [2, 1], [0, 1], [1, 0], 2, [1, 1]], tol=TOL)
case("torch.conv_transpose3d/all", "torch.conv_transpose3d", torch.conv_transpose3d,
     [T(1, 2, 2, 3, 2, grad=True), T(2, 2, 2, 2, 2, grad=True), None, [2], [0], [1, 0, 0], 1, [1]], tol=TOL)
for transposed in (False, True):
    case("torch.convolution/transposed_%s" % transposed, "torch.convolution", torch.convolution,
         [T(1, 2, 3, 4, 3, grad=True), T(2, 2, 2, 2, 2, grad=True), T(2, grad=True), [1, 2, 1], [1, 0, 0], [1],
          transposed, [0], 1], tol=TOL)
case("torch.convolution/2d", "torch.convolution", torch.convolution,
     [T(2, 2, 5, 5, grad=True), T(3, 2, 3, 3, grad=True), None, [1], [1], [1], False, [0], 1], tol=TOL)
case("torch.convolution/error_weight_dim", "torch.convolution", torch.convolution,
     [T(2, 2), T(3, 2), None, [1], [0], [1], False, [0], 1], check_message=True)
case("torch.max_pool1d/k", "torch.max_pool1d", torch.max_pool1d, [T(2, 3, 8, grad=True), 2])
case("torch.max_pool1d/all", "torch.max_pool1d", torch.max_pool1d, [T(2, 3, 9, grad=True), 3, 2, 1, 1, True])
case("torch.max_pool1d_with_indices/all", "torch.max_pool1d_with_indices", torch.max_pool1d_with_indices,
     [T(2, 3, 9, grad=True), 3, 1, 1, 2, False])
case("torch.max_pool2d/all", "torch.max_pool2d", torch.max_pool2d, [T(1, 2, 7, 6, grad=True), [3, 2], [2, 1], [1, 0],
                                                                     [1, 2], True])
case("torch.max_pool3d/k", "torch.max_pool3d", torch.max_pool3d, [T(1, 2, 4, 4, 4, grad=True), [2]])
case("torch.max_pool3d/all", "torch.max_pool3d", torch.max_pool3d, [T(1, 2, 5, 6, 5, grad=True), [3, 2, 2], [2, 1, 2],
                                                                     [1, 0, 1], [1, 2, 1], True])
case("torch.avg_pool1d/all", "torch.avg_pool1d", torch.avg_pool1d, [T(2, 3, 9, grad=True), 3, 2, 1, True, False])
case("torch.avg_pool1d/k", "torch.avg_pool1d", torch.avg_pool1d, [T(2, 3, 8, grad=True), 3])
case("torch.adaptive_avg_pool1d/5", "torch.adaptive_avg_pool1d", torch.adaptive_avg_pool1d, [T(2, 3, 9, grad=True), 4])
case("torch.adaptive_max_pool1d/5", "torch.adaptive_max_pool1d", torch.adaptive_max_pool1d, [T(2, 3, 9, grad=True), 4])

# ---------------------------------------------------------------- max_unpool1d / max_unpool3d
_pool_gen = torch.Generator().manual_seed(21)


def pooled(pool, shape, **kw):
    """T specs of a max pooling's values and indices (the unpooling's inputs)."""
    y, i = pool(torch.randn(shape, generator=_pool_gen), return_indices=True, **kw)
    return (T(*y.shape, values=y.reshape(-1).tolist(), grad=True),
            T(*i.shape, values=i.reshape(-1).tolist(), dtype=i64))


# overlapping windows can repeat an index (the last value written wins): no finite-difference gradcheck there
def unpool_case(name, fn, pool, shape, pool_kw, gradcheck=True, **kw):
    y, i = pooled(pool, shape, **pool_kw)
    case(fn + "/" + name, fn, getattr(F, fn), [y, i], kw, gradcheck=gradcheck)


unpool_case("k2", "max_unpool3d", F.max_pool3d, (2, 2, 4, 4, 6), {"kernel_size": 2}, kernel_size=2)
unpool_case("triple_stride_padding", "max_unpool3d", F.max_pool3d, (1, 2, 5, 6, 5),
            {"kernel_size": [3, 2, 3], "stride": [2, 1, 2], "padding": [1, 0, 1]}, gradcheck=False,
            kernel_size=[3, 2, 3], stride=[2, 1, 2], padding=[1, 0, 1])
unpool_case("output_size", "max_unpool3d", F.max_pool3d, (1, 1, 5, 5, 5), {"kernel_size": 2},
            kernel_size=2, output_size=[5, 5, 5])
unpool_case("output_size_nc", "max_unpool3d", F.max_pool3d, (1, 1, 5, 4, 5), {"kernel_size": 2},
            kernel_size=2, output_size=[1, 1, 5, 4, 5])
unpool_case("unbatched", "max_unpool3d", F.max_pool3d, (2, 4, 4, 4), {"kernel_size": 2}, kernel_size=2)
unpool_case("k2", "max_unpool1d", F.max_pool1d, (2, 3, 8), {"kernel_size": 2}, kernel_size=2)
unpool_case("stride_padding", "max_unpool1d", F.max_pool1d, (1, 2, 9), {"kernel_size": 3, "stride": 2, "padding": 1},
            gradcheck=False, kernel_size=3, stride=2, padding=1)
unpool_case("output_size", "max_unpool1d", F.max_pool1d, (1, 2, 9), {"kernel_size": 2}, kernel_size=2, output_size=[9])
unpool_case("unbatched", "max_unpool1d", F.max_pool1d, (3, 8), {"kernel_size": 2}, kernel_size=2)
y3, i3 = pooled(F.max_pool3d, (1, 2, 4, 4, 4), kernel_size=2)
y1, i1 = pooled(F.max_pool1d, (1, 2, 8), kernel_size=2)
for name, args, kw in [
        ("invalid_index", [y3, T(1, 2, 2, 2, 2, dtype=i64, values=[4600] + [0] * 15)], {"kernel_size": 2}),
        ("negative_index", [y3, T(1, 2, 2, 2, 2, dtype=i64, values=[-54] + [0] * 15)], {"kernel_size": 2}),
        ("int32_indices", [y3, T(1, 2, 2, 2, 2, dtype=torch.int32, kind="int", low=0, high=8)], {"kernel_size": 2}),
        ("indices_shape", [y3, T(1, 2, 2, 2, 1, dtype=i64, kind="int", low=0, high=8)], {"kernel_size": 2}),
        ("input_3d", [T(2, 2, 2), T(2, 2, 2, dtype=i64, kind="int", low=0, high=8)], {"kernel_size": 2}),
        ("output_size_range", [y3, i3], {"kernel_size": 2, "output_size": [9, 5, 5]}),
        ("output_size_length", [y3, i3], {"kernel_size": 2, "output_size": [5, 5]}),
        ("empty", [T(1, 0, 2, 2, 2), T(1, 0, 2, 2, 2, dtype=i64)], {"kernel_size": 2}),
        ("stride_zero", [y3, i3], {"kernel_size": 2, "stride": 0}),
        ("i64", [T(1, 2, 2, 2, 2, dtype=i64, kind="int"), i3], {"kernel_size": 2})]:
    case("max_unpool3d/error_" + name, "max_unpool3d", F.max_unpool3d, args, kw, check_message=True)
for name, args, kw in [
        ("invalid_index", [y1, T(1, 2, 4, dtype=i64, values=[600] + [0] * 7)], {"kernel_size": 2}),
        ("input_1d", [T(4), T(4, dtype=i64, kind="int", low=0, high=8)], {"kernel_size": 2}),
        ("output_size_range", [y1, i1], {"kernel_size": 2, "output_size": [12]})]:
    case("max_unpool1d/error_" + name, "max_unpool1d", F.max_unpool1d, args, kw, check_message=True)

# ---------------------------------------------------------------- alpha dropout (seeded: the op re-seeds before drawing)
def seeded(fn, seed=7):
    def f(*args, **kw):
        torch.manual_seed(seed)
        return fn(*args, **kw)
    return f


def inplace_on_clone(fn):
    def f(x, *args, **kw):
        return fn(x.clone() if x.requires_grad else x, *args, inplace=True, **kw)
    return f


for fn in ("alpha_dropout", "feature_alpha_dropout"):
    f = getattr(F, fn)
    case(fn + "/train", fn, seeded(f), [T(4, 5, 6, grad=True), 0.3, True])
    case(fn + "/train_f64", fn, seeded(f), [T(3, 4, 5, dtype=f64, grad=True), 0.5, True])
    case(fn + "/eval", fn, seeded(f), [T(3, 4, grad=True), 0.3, False])
    case(fn + "/p0", fn, seeded(f), [T(3, 4, grad=True), 0.0, True])
    case(fn + "/p1", fn, seeded(f), [T(3, 4, grad=True), 1.0, True])
    case(fn + "/inplace", fn + "_inplace", seeded(inplace_on_clone(f)), [T(4, 6, grad=True), 0.4, True])
    case(fn + "/error_p", fn, seeded(f), [T(3, 4), 1.5, True], check_message=True)
case("feature_alpha_dropout/error_1d", "feature_alpha_dropout", seeded(F.feature_alpha_dropout), [T(5), 0.5, True],
     check_message=True)
case("torch.alpha_dropout/train", "torch.alpha_dropout", seeded(torch.alpha_dropout), [T(3, 7, grad=True), 0.2, True])
case("torch.feature_alpha_dropout/train", "torch.feature_alpha_dropout", seeded(torch.feature_alpha_dropout),
     [T(3, 4, 2, grad=True), 0.6, True])

# ---------------------------------------------------------------- None entries in adaptive output sizes
for fn, x, size in [("adaptive_avg_pool2d", T(2, 3, 5, 7, grad=True), [None, 3]),
                    ("adaptive_max_pool2d", T(2, 3, 5, 7, grad=True), [4, None]),
                    ("adaptive_max_pool2d_with_indices", T(3, 5, 7, grad=True), [None, 2]),
                    ("adaptive_avg_pool3d", T(1, 2, 4, 5, 6, grad=True), [None, 3, None]),
                    ("adaptive_max_pool3d", T(1, 2, 4, 5, 6, grad=True), [2, None, 4]),
                    ("adaptive_max_pool3d_with_indices", T(2, 4, 5, 6, grad=True), [None, None, 3])]:
    case(fn + "/none", fn + "_none", getattr(F, fn), [x, size])
case("adaptive_avg_pool2d/error_none_1d", "adaptive_avg_pool2d_none", F.adaptive_avg_pool2d, [T(5), [None, 2]],
     check_message=True)

# ---------------------------------------------------------------- exponential_ and gumbel_softmax (seeded)
def exponential(x, lambd):
    return torch.empty(x.shape, dtype=x.dtype).exponential_(lambd)


case("exponential_/f32", "exponential_", seeded(exponential), [T(4, 50), 1.0])
case("exponential_/f64", "exponential_", seeded(exponential), [T(3, 40, dtype=f64), 2.5])
case("exponential_/zero_rate", "exponential_", seeded(exponential), [T(5), 0.0])
case("exponential_/error_negative", "exponential_", seeded(exponential), [T(5), -1.0], check_message=True)
case("exponential_/error_i64", "exponential_", seeded(exponential), [T(5, dtype=i64, kind="int"), 1.0],
     check_message=True)
gs = F.gumbel_softmax
case("gumbel_softmax/default", "gumbel_softmax", seeded(gs), [T(4, 6, grad=True)])
case("gumbel_softmax/tau", "gumbel_softmax", seeded(gs), [T(3, 5, grad=True)], {"tau": 0.5})
# hard samples are straight-through estimators (a one-hot forward with the soft gradient): finite differences
# cannot see that gradient, so no gradcheck; the fixture gradients are PyTorch's
case("gumbel_softmax/hard", "gumbel_softmax", seeded(gs), [T(4, 6, grad=True)], {"hard": True, "tau": 2.0},
     gradcheck=False)
case("gumbel_softmax/dim0_f64", "gumbel_softmax", seeded(gs), [T(5, 3, dtype=f64, grad=True)], {"dim": 0})
case("gumbel_softmax/hard_dim1_3d", "gumbel_softmax", seeded(gs), [T(2, 4, 3, grad=True)], {"hard": True, "dim": 1},
     gradcheck=False)

# ---------------------------------------------------------------- affine_grid: (theta, size, align_corners)
for align in (False, True):
    case("affine_grid/2d_align_%s" % align, "affine_grid", F.affine_grid, [T(2, 2, 3, grad=True), [2, 3, 4, 5], align])
    case("affine_grid/3d_align_%s" % align, "affine_grid", F.affine_grid,
         [T(2, 3, 4, grad=True), [2, 1, 3, 4, 2], align])
case("affine_grid/one_pixel", "affine_grid", F.affine_grid, [T(2, 2, 3, grad=True), [2, 3, 1, 1], False])
case("affine_grid/one_row_f64", "affine_grid", F.affine_grid, [T(1, 2, 3, dtype=f64, grad=True), [1, 1, 1, 6], True])
case("affine_grid/special", "affine_grid", F.affine_grid,
     [T(1, 2, 3, values=[NAN, 0, 1, 0, INF, 0]), [1, 1, 2, 2], False])
for name, args in [("int_theta", [T(1, 2, 3, dtype=i64, kind="int"), [1, 1, 2, 2], False]),
                   ("theta_3d_size_5d", [T(1, 2, 3), [1, 1, 2, 2, 2], False]),
                   ("theta_2d", [T(2, 3), [1, 1, 2, 2], False]),
                   ("size_3d", [T(1, 2, 3), [1, 1, 2], False]),
                   ("zero_size", [T(1, 2, 3), [1, 1, 0, 2], False]),
                   ("batch", [T(2, 2, 3), [3, 1, 2, 2], False])]:
    case("affine_grid/error_" + name, "affine_grid", F.affine_grid, args, check_message=True)

# ---------------------------------------------------------------- 5-d interpolate (nn.Upsample's 3-d modes)
def interp(name, x, tol=None, **kw):
    case("interpolate/5d_" + name, "interpolate", F.interpolate, [x], kw, tol=tol)


interp("nearest_scale", T(1, 2, 2, 3, 4, grad=True), scale_factor=2)
interp("nearest_size", T(2, 1, 3, 4, 5, grad=True), size=[5, 3, 7])
interp("nearest_exact", T(1, 2, 3, 4, 5, grad=True), size=[4, 7, 3], mode="nearest-exact")
interp("trilinear", T(1, 2, 2, 3, 4, grad=True), scale_factor=2, mode="trilinear")
interp("trilinear_align", T(1, 1, 3, 4, 3, grad=True), size=[5, 6, 4], mode="trilinear", align_corners=True)
interp("trilinear_scales", T(1, 2, 3, 3, 4, dtype=f64, grad=True), scale_factor=[1.5, 2.0, 0.75], mode="trilinear")
interp("trilinear_recompute", T(1, 1, 3, 4, 5, grad=True), scale_factor=1.7, mode="trilinear",
       recompute_scale_factor=True)
interp("area", T(1, 2, 6, 5, 7, grad=True), size=[3, 2, 4], mode="area")
for name, x, kw in [("zero_size", T(1, 2, 0, 4, 5), {"size": [2, 3, 4], "mode": "trilinear"}),
                    ("i64", T(1, 2, 2, 3, 4, dtype=i64, kind="int"), {"size": [2, 3, 4], "mode": "trilinear"}),
                    ("bicubic", T(1, 2, 2, 3, 4), {"size": [2, 3, 4], "mode": "bicubic"}),
                    ("trilinear_4d", T(1, 2, 3, 4), {"size": [2, 3], "mode": "trilinear"})]:
    case("interpolate/5d_error_" + name, "interpolate", F.interpolate, [x], kw, check_message=True)

write("nn_3d_sampling")
