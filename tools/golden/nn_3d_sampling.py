"""Fixtures for issue 21's 3-d convolution and pooling (jtorch.internal.ops.ConvOps, PoolOps): conv3d,
conv_transpose3d, max_pool3d[_with_indices], avg_pool3d, adaptive_avg/max_pool3d and the 3-d modules. Writes
jtorch-core/src/test/resources/fixtures/ops/nn_3d_sampling.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_3d_sampling.py

Calling conventions (mirrored by jtorch.internal.ops.Nn3dSamplingFixtureTest):
  conv3d: (x, w, b|None, stride=, padding=, dilation=, groups=) with int or list values
  conv3d_mode: (x, w, b|None, padding_str, stride=, dilation=, groups=)
  conv_transpose3d: (x, w, b|None, stride=, padding=, output_padding=, groups=, dilation=)
  grad_of/conv3d_input|weight, grad_of/conv_transpose3d_input|weight: (x, w, grad_out, **conv kwargs) -> the
    first-order gradient with create_graph, so the harness's gradients and gradcheck check second derivatives
  max_pool3d[_with_indices], avg_pool3d: (x, **F kwargs); adaptive_*_pool3d[_with_indices]: (x, output_size)
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

write("nn_3d_sampling")
