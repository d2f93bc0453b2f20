"""Fixtures for convolution, pooling, normalisation, resizing and padding (jtorch.internal.ops.ConvOps, PoolOps,
NormOps, ResizeOps, PadOps). Writes jtorch-core/src/test/resources/fixtures/ops/nn_conv.json; run with
Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_conv.py

Calling conventions (mirrored by jtorch.internal.ops.ConvPoolFixtureTest):
  conv1d/conv2d: (x, w, b|None, stride=, padding=, dilation=, groups=) with int or list values
  conv1d_mode/conv2d_mode: (x, w, b|None, padding_str, stride=, dilation=, groups=)
  conv_transpose1d/2d: (x, w, b|None, stride=, padding=, output_padding=, groups=, dilation=)
  grad_of/conv2d_input, grad_of/conv2d_weight (and grad_of/conv_transpose2d_*): (x, w, grad_out, **conv kwargs)
    -> the first-order gradient with create_graph, so the harness's gradients and gradcheck of these cases
    check second derivatives
  max_pool1d/2d[_with_indices], avg_pool1d/2d: (x, **F kwargs); max_unpool2d: (x, indices, **kw)
  adaptive_avg_pool2d/adaptive_max_pool2d[_with_indices]: (x, output_size)
  batch_norm: (x, running_mean|None, running_var|None, weight|None, bias|None, training=, momentum=, eps=)
    -> [y, running_mean after, running_var after] (None stats give empty tensors in the list)
  layer_norm: (x, normalized_shape, weight|None, bias|None, eps=); group_norm: (x, groups, weight|None, bias|None, eps=)
  interpolate: (x, size=, scale_factor=, mode=, align_corners=, recompute_scale_factor=)
  pad: (x, pad, mode=, value=)
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, i64, i32, bf16 = torch.float32, torch.float64, torch.int64, torch.int32, torch.bfloat16
CONV_TOL = {"rtol": 1e-4, "atol": 1e-5}


# ---------------------------------------------------------------- convolution

def conv2d_mode(x, w, b, padding, **kw):
    return F.conv2d(x, w, b, padding=padding, **kw)


def conv1d_mode(x, w, b, padding, **kw):
    return F.conv1d(x, w, b, padding=padding, **kw)


def grad_of(conv, which):
    def f(x, w, go, **kw):
        y = conv(x, w, None, **kw)
        return torch.autograd.grad(y, (x, w), go, create_graph=True)[which]
    return f


def conv_case(name, x, w, b, tol=CONV_TOL, gradcheck=True, **kw):
    case("conv2d/" + name, "conv2d", F.conv2d, [T(*x, grad=True), T(*w, grad=True), T(*b, grad=True) if b else None],
         kw, tol=tol, gradcheck=gradcheck)


conv_case("basic", (2, 3, 6, 6), (4, 3, 3, 3), (4,))
conv_case("no_bias", (2, 3, 6, 6), (4, 3, 3, 3), None)
conv_case("stride2", (1, 2, 7, 7), (3, 2, 3, 3), (3,), stride=2)
conv_case("stride_pair", (1, 2, 7, 8), (3, 2, 3, 2), (3,), stride=[2, 3])
conv_case("padding1", (1, 2, 5, 5), (3, 2, 3, 3), (3,), padding=1)
conv_case("padding_pair", (1, 2, 5, 4), (2, 2, 3, 3), (2,), padding=[2, 1])
conv_case("dilation2", (1, 2, 7, 7), (2, 2, 3, 3), (2,), dilation=2)
conv_case("dilation_pair", (1, 1, 7, 8), (2, 1, 2, 3), (2,), dilation=[3, 2])
conv_case("groups2", (2, 4, 5, 5), (6, 2, 3, 3), (6,), groups=2)
conv_case("depthwise", (1, 3, 5, 5), (3, 1, 3, 3), (3,), groups=3, padding=1)
conv_case("depthwise_mult", (1, 2, 4, 4), (4, 1, 2, 2), (4,), groups=2)
conv_case("all", (2, 4, 9, 8), (4, 2, 3, 2), (4,), stride=[2, 1], padding=[1, 2], dilation=[2, 1], groups=2)
conv_case("1x1", (2, 3, 4, 4), (5, 3, 1, 1), (5,))
conv_case("1x1_stride2", (1, 3, 5, 5), (2, 3, 1, 1), None, stride=2)
conv_case("kernel_eq_input", (2, 2, 3, 3), (3, 2, 3, 3), (3,))
conv_case("rect_kernel", (1, 2, 6, 5), (2, 2, 1, 4), (2,))
conv_case("odd_sizes", (3, 1, 7, 5), (2, 1, 4, 2), (2,), stride=3, padding=2)
conv_case("empty_batch", (0, 2, 5, 5), (3, 2, 3, 3), (3,), gradcheck=False)
case("conv2d/unbatched", "conv2d", F.conv2d, [T(2, 5, 5, grad=True), T(3, 2, 3, 3, grad=True), T(3, grad=True)],
     tol=CONV_TOL)
case("conv2d/f64", "conv2d", F.conv2d, [T(1, 2, 5, 5, dtype=f64, grad=True), T(3, 2, 3, 3, dtype=f64, grad=True),
                                        T(3, dtype=f64, grad=True)], {"padding": 1, "stride": 2})
case("conv2d/int64", "conv2d", F.conv2d, [T(1, 2, 4, 4, dtype=i64, kind="int"), T(2, 2, 2, 2, dtype=i64, kind="int"),
                                          T(2, dtype=i64, kind="int")])
case("conv2d/int32_groups", "conv2d", F.conv2d, [T(1, 2, 4, 4, dtype=i32, kind="int"),
                                                 T(2, 1, 3, 3, dtype=i32, kind="int"), None], {"groups": 2})
case("conv2d/bfloat16", "conv2d", F.conv2d, [T(1, 2, 4, 4, dtype=bf16), T(2, 2, 2, 2, dtype=bf16), None],
     tol={"rtol": 1e-2, "atol": 1e-2})
# the weight gradient sums 1568 products of size ~1 into values of ~0.04: float32 summation order moves
# them by ~1e-5 (PyTorch's own result is 2e-5 from the float64 sum), so atol is 1e-4 as for the larger cases
case("conv2d/lenet_conv1", "conv2d", F.conv2d, [T(2, 1, 32, 32, grad=True), T(6, 1, 5, 5, grad=True),
                                                T(6, grad=True)], tol={"rtol": 1e-4, "atol": 1e-4}, gradcheck=False)
case("conv2d/wide", "conv2d", F.conv2d, [T(2, 16, 10, 10, grad=True), T(8, 16, 3, 3, grad=True), T(8, grad=True)],
     {"padding": 1}, tol={"rtol": 1e-4, "atol": 1e-4}, gradcheck=False)
case("conv2d/resnet_stem", "conv2d", F.conv2d, [T(1, 3, 20, 20, grad=True), T(4, 3, 7, 7, grad=True), None],
     {"stride": 2, "padding": 3}, tol={"rtol": 1e-4, "atol": 1e-4}, gradcheck=False)
for mode in ["same", "valid"]:
    case("conv2d_mode/" + mode, "conv2d_mode", conv2d_mode,
         [T(1, 2, 5, 6, grad=True), T(3, 2, 3, 3, grad=True), T(3, grad=True), mode], tol=CONV_TOL)
case("conv2d_mode/same_even", "conv2d_mode", conv2d_mode,
     [T(1, 2, 5, 6, grad=True), T(3, 2, 4, 2, grad=True), None, "same"], tol=CONV_TOL)
case("conv2d_mode/same_dilated", "conv2d_mode", conv2d_mode,
     [T(1, 1, 6, 6, grad=True), T(2, 1, 3, 2, grad=True), T(2, grad=True), "same"], {"dilation": [1, 3]}, tol=CONV_TOL)
case("conv2d_mode/same_groups", "conv2d_mode", conv2d_mode,
     [T(1, 4, 5, 5, grad=True), T(4, 2, 3, 3, grad=True), None, "same"], {"groups": 2}, tol=CONV_TOL)
# errors (PyTorch's messages)
case("conv2d/err_channels", "conv2d", F.conv2d, [T(1, 3, 32, 32), T(6, 1, 5, 5), None], check_message=True)
case("conv2d/err_kernel_too_big", "conv2d", F.conv2d, [T(1, 1, 2, 2), T(6, 1, 5, 5), None], check_message=True)
case("conv2d/err_kernel_too_big_padded", "conv2d", F.conv2d, [T(1, 1, 2, 3), T(6, 1, 5, 5), None], {"padding": 1},
     check_message=True)
case("conv2d/err_rank2", "conv2d", F.conv2d, [T(3, 32), T(6, 1, 5, 5), None], check_message=True)
case("conv2d/err_rank5", "conv2d", F.conv2d, [T(1, 1, 1, 8, 8), T(6, 1, 5, 5), None], check_message=True)
case("conv2d/err_weight_rank", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 5), None], check_message=True)
case("conv2d/err_dtype_weight", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 5, 5, dtype=f64), None],
     check_message=True)
case("conv2d/err_dtype_input", "conv2d", F.conv2d, [T(1, 1, 8, 8, dtype=f64), T(6, 1, 5, 5), None],
     check_message=True)
case("conv2d/err_bias_dtype", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 5, 5), T(6, dtype=f64)],
     check_message=True)
case("conv2d/err_bias_size", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 5, 5), T(5)], check_message=True)
case("conv2d/err_groups_divisible", "conv2d", F.conv2d, [T(1, 4, 8, 8), T(6, 2, 3, 3), None], {"groups": 4},
     check_message=True)
case("conv2d/err_groups_zero", "conv2d", F.conv2d, [T(1, 4, 8, 8), T(6, 2, 3, 3), None], {"groups": 0},
     check_message=True)
case("conv2d/err_stride_zero", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 3, 3), None], {"stride": 0},
     check_message=True)
case("conv2d/err_padding_negative", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 3, 3), None], {"padding": -1},
     check_message=True)
case("conv2d/err_dilation_zero", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 3, 3), None], {"dilation": 0},
     check_message=True)
case("conv2d/err_stride_length", "conv2d", F.conv2d, [T(1, 1, 8, 8), T(6, 1, 3, 3), None], {"stride": [1, 1, 1]},
     check_message=True)
case("conv2d/err_half", "conv2d", F.conv2d, [T(1, 1, 3, 3, dtype=torch.float16), T(1, 1, 2, 2, dtype=torch.float16),
                                             None], check_message=True)
case("conv2d/err_bool", "conv2d", F.conv2d, [T(1, 1, 3, 3, dtype=torch.bool, kind="bool"),
                                             T(1, 1, 2, 2, dtype=torch.bool, kind="bool"), None], check_message=True)
case("conv2d_mode/err_same_strided", "conv2d_mode", conv2d_mode, [T(1, 1, 8, 8), T(6, 1, 3, 3), None, "same"],
     {"stride": 2}, check_message=True)
case("conv2d_mode/err_bad_string", "conv2d_mode", conv2d_mode, [T(1, 1, 8, 8), T(6, 1, 3, 3), None, "foo"],
     check_message=True)

# 1-d
for name, x, w, b, kw in [("basic", (2, 3, 9), (4, 3, 3), (4,), {}),
                          ("stride_pad", (1, 2, 10), (3, 2, 4), (3,), {"stride": 3, "padding": 2}),
                          ("dilation_groups", (2, 4, 11), (4, 2, 3), None, {"dilation": 2, "groups": 2}),
                          ("1x1", (1, 3, 5), (2, 3, 1), (2,), {})]:
    case("conv1d/" + name, "conv1d", F.conv1d, [T(*x, grad=True), T(*w, grad=True), T(*b, grad=True) if b else None],
         kw, tol=CONV_TOL)
case("conv1d/unbatched", "conv1d", F.conv1d, [T(3, 7, grad=True), T(2, 3, 3, grad=True), None], tol=CONV_TOL)
case("conv1d_mode/same", "conv1d_mode", conv1d_mode, [T(1, 2, 7, grad=True), T(3, 2, 4, grad=True), T(3, grad=True),
                                                      "same"], tol=CONV_TOL)
case("conv1d/err_channels", "conv1d", F.conv1d, [T(1, 2, 9), T(1, 1, 2), None], check_message=True)
case("conv1d/err_kernel", "conv1d", F.conv1d, [T(1, 1, 3), T(1, 1, 5), None], check_message=True)
case("conv1d/err_rank", "conv1d", F.conv1d, [T(1, 1, 1, 3), T(1, 1, 5), None], check_message=True)

# transposed
def convT_case(name, x, w, b, tol=CONV_TOL, gradcheck=True, **kw):
    case("conv_transpose2d/" + name, "conv_transpose2d", F.conv_transpose2d,
         [T(*x, grad=True), T(*w, grad=True), T(*b, grad=True) if b else None], kw, tol=tol, gradcheck=gradcheck)


convT_case("basic", (2, 3, 4, 4), (3, 2, 3, 3), (2,))
convT_case("no_bias", (1, 2, 3, 4), (2, 3, 2, 2), None)
convT_case("stride2", (1, 2, 3, 3), (2, 2, 3, 3), (2,), stride=2)
convT_case("unet_up", (1, 4, 3, 3), (4, 2, 2, 2), (2,), stride=2)
convT_case("padding", (1, 2, 4, 4), (2, 3, 3, 3), (3,), stride=2, padding=1)
convT_case("output_padding", (1, 2, 3, 3), (2, 2, 3, 3), (2,), stride=2, padding=1, output_padding=1)
convT_case("output_padding_pair", (1, 1, 3, 4), (1, 2, 3, 3), (2,), stride=[3, 2], output_padding=[2, 1])
convT_case("dilation", (1, 2, 3, 3), (2, 2, 2, 3), (2,), dilation=2)
convT_case("dilation_output_padding", (1, 1, 3, 3), (1, 1, 3, 3), None, stride=1, dilation=2, output_padding=1)
convT_case("groups", (2, 4, 3, 3), (4, 3, 2, 2), (6,), groups=2, stride=2)
convT_case("all", (1, 4, 3, 4), (4, 1, 3, 2), (2,), stride=[2, 3], padding=[1, 0], output_padding=[1, 2],
           groups=2, dilation=[1, 2])
convT_case("empty_batch", (0, 2, 3, 3), (2, 1, 2, 2), (1,), gradcheck=False)
case("conv_transpose2d/unbatched", "conv_transpose2d", F.conv_transpose2d,
     [T(2, 3, 3, grad=True), T(2, 3, 2, 2, grad=True), None], {"stride": 2}, tol=CONV_TOL)
case("conv_transpose2d/int64", "conv_transpose2d", F.conv_transpose2d,
     [T(1, 1, 3, 3, dtype=i64, kind="int"), T(1, 2, 2, 2, dtype=i64, kind="int"), None], {"stride": 2})
case("conv_transpose1d/basic", "conv_transpose1d", F.conv_transpose1d,
     [T(2, 3, 5, grad=True), T(3, 2, 3, grad=True), T(2, grad=True)], {"stride": 2, "padding": 1,
                                                                      "output_padding": 1}, tol=CONV_TOL)
case("conv_transpose2d/err_channels", "conv_transpose2d", F.conv_transpose2d, [T(1, 3, 8, 8), T(2, 4, 3, 3), None],
     check_message=True)
case("conv_transpose2d/err_output_padding", "conv_transpose2d", F.conv_transpose2d,
     [T(1, 3, 8, 8), T(3, 4, 3, 3), None], {"output_padding": 1}, check_message=True)
case("conv_transpose2d/err_output_padding2", "conv_transpose2d", F.conv_transpose2d,
     [T(1, 3, 8, 8), T(3, 4, 3, 3), None], {"stride": 2, "output_padding": 2}, check_message=True)
case("conv_transpose2d/err_rank", "conv_transpose2d", F.conv_transpose2d, [T(3, 8), T(3, 4, 3, 3), None],
     check_message=True)
case("conv_transpose2d/err_half", "conv_transpose2d", F.conv_transpose2d,
     [T(1, 1, 3, 3, dtype=torch.float16), T(1, 1, 2, 2, dtype=torch.float16), None], check_message=True)

# second derivatives: the first-order gradients, built with create_graph, checked against PyTorch's
for name, x, w, go, kw in [("basic", (1, 2, 4, 4), (3, 2, 2, 2), (1, 3, 3, 3), {}),
                           ("stride_pad_groups", (1, 4, 5, 5), (2, 2, 3, 3), (1, 2, 3, 3),
                            {"stride": 2, "padding": 1, "groups": 2}),
                           ("dilation", (1, 1, 5, 5), (2, 1, 2, 2), (1, 2, 3, 3), {"dilation": 2})]:
    for which, label in [(0, "input"), (1, "weight")]:
        case("grad_of/conv2d_%s/%s" % (label, name), "grad_of/conv2d_" + label, grad_of(F.conv2d, which),
             [T(*x, dtype=f64, grad=True), T(*w, dtype=f64, grad=True), T(*go, dtype=f64, grad=True)], kw)
for which, label in [(0, "input"), (1, "weight")]:
    case("grad_of/conv_transpose2d_%s/stride2" % label, "grad_of/conv_transpose2d_" + label,
         grad_of(F.conv_transpose2d, which),
         [T(1, 2, 2, 3, dtype=f64, grad=True), T(2, 3, 2, 2, dtype=f64, grad=True),
          T(1, 3, 5, 7, dtype=f64, grad=True)], {"stride": 2, "output_padding": [1, 1], "padding": [0, 0]})

# ---------------------------------------------------------------- pooling

def mp2(x, **kw):
    return F.max_pool2d(x, **kw)


def mp2i(x, **kw):
    return F.max_pool2d(x, return_indices=True, **kw)


def mp1i(x, **kw):
    return F.max_pool1d(x, return_indices=True, **kw)


def amp2i(x, output_size):
    return F.adaptive_max_pool2d(x, output_size, return_indices=True)


for name, shape, kw in [("k2", (2, 3, 6, 6), {"kernel_size": 2}),
                        ("k3s2", (1, 2, 7, 7), {"kernel_size": 3, "stride": 2}),
                        ("k3s2p1", (1, 2, 7, 6), {"kernel_size": 3, "stride": 2, "padding": 1}),
                        ("rect", (1, 2, 7, 9), {"kernel_size": [2, 3], "stride": [1, 2]}),
                        ("dilation", (1, 1, 9, 9), {"kernel_size": 3, "dilation": 2, "stride": 1}),
                        ("dilation_pad", (1, 1, 8, 7), {"kernel_size": 3, "dilation": [2, 1], "padding": 1}),
                        ("ceil", (1, 2, 7, 7), {"kernel_size": 2, "ceil_mode": True}),
                        ("ceil_s2_k3", (1, 1, 8, 6), {"kernel_size": 3, "stride": 2, "ceil_mode": True}),
                        ("ceil_pad", (1, 1, 6, 6), {"kernel_size": 3, "stride": 2, "padding": 1, "ceil_mode": True}),
                        ("overlap", (1, 2, 5, 5), {"kernel_size": 3, "stride": 1}),
                        ("unbatched", (2, 5, 6), {"kernel_size": 2}),
                        ("resnet", (1, 2, 9, 9), {"kernel_size": 3, "stride": 2, "padding": 1})]:
    case("max_pool2d/" + name, "max_pool2d", mp2, [T(*shape, grad=True)], kw)
    case("max_pool2d_with_indices/" + name, "max_pool2d_with_indices", mp2i, [T(*shape, grad=True)], kw)
case("max_pool2d/ties", "max_pool2d_with_indices", mp2i, [T(1, 1, 4, 4, values=[1, 1, 2, 2, 1, 1, 2, 2, 0, 3, 3, 0,
                                                                                 3, 3, 0, 0])], {"kernel_size": 2})
case("max_pool2d/inf", "max_pool2d_with_indices", mp2i,
     [T(1, 1, 2, 4, values=[float("-inf")] * 4 + [float("inf"), 1, float("-inf"), 2])], {"kernel_size": 2})
case("max_pool2d/nan", "max_pool2d_with_indices", mp2i,
     [T(1, 1, 2, 4, values=[1, float("nan"), 2, 3, float("nan"), 5, 9, 8])], {"kernel_size": 2})
case("max_pool2d/f64", "max_pool2d", mp2, [T(2, 2, 5, 5, dtype=f64, grad=True)], {"kernel_size": 2, "stride": 1})
case("max_pool2d/empty_batch", "max_pool2d", mp2, [T(0, 2, 5, 5)], {"kernel_size": 2})
case("max_pool2d/lenet", "max_pool2d", mp2, [T(2, 6, 28, 28, grad=True)], {"kernel_size": [2, 2]}, gradcheck=False)
for name, shape, kw in [("err_pad_big", (1, 2, 5, 5), {"kernel_size": 2, "padding": 2}),
                        ("err_pad_neg", (1, 2, 5, 5), {"kernel_size": 2, "padding": -1}),
                        ("err_stride_zero", (1, 2, 5, 5), {"kernel_size": 2, "stride": 0}),
                        ("err_dilation_zero", (1, 2, 5, 5), {"kernel_size": 2, "dilation": 0}),
                        ("err_too_small", (1, 2, 5, 5), {"kernel_size": 6}),
                        ("err_rank2", (5, 5), {"kernel_size": 2}),
                        ("err_rank5", (1, 1, 1, 5, 5), {"kernel_size": 2}),
                        ("err_kernel3", (1, 2, 5, 5), {"kernel_size": [2, 2, 2]}),
                        ("err_empty_channels", (1, 0, 5, 5), {"kernel_size": 2})]:
    case("max_pool2d/" + name, "max_pool2d", mp2, [T(*shape)], kw, check_message=True)
case("max_pool2d/err_int", "max_pool2d", mp2, [T(1, 2, 4, 4, dtype=i64, kind="int")], {"kernel_size": 2},
     check_message=True)

for name, shape, kw in [("k2", (2, 3, 8), {"kernel_size": 2}),
                        ("k3s2p1", (1, 2, 9), {"kernel_size": 3, "stride": 2, "padding": 1}),
                        ("dilation_ceil", (1, 2, 10), {"kernel_size": 2, "dilation": 2, "ceil_mode": True}),
                        ("unbatched", (3, 7), {"kernel_size": 3})]:
    case("max_pool1d/" + name, "max_pool1d", F.max_pool1d, [T(*shape, grad=True)], kw)
    case("max_pool1d_with_indices/" + name, "max_pool1d_with_indices", mp1i, [T(*shape, grad=True)], kw)
for name, shape, kw in [("err_rank", (1, 2, 2, 5), {"kernel_size": 2}),
                        ("err_stride_zero", (1, 2, 5), {"kernel_size": 2, "stride": 0}),
                        ("err_pad", (1, 2, 5), {"kernel_size": 2, "padding": 2})]:
    case("max_pool1d/" + name, "max_pool1d", F.max_pool1d, [T(*shape)], kw, check_message=True)

for name, shape, kw in [("k2", (2, 3, 6, 6), {"kernel_size": 2}),
                        ("k3s2", (1, 2, 7, 7), {"kernel_size": 3, "stride": 2}),
                        ("pad_include", (1, 2, 5, 5), {"kernel_size": 3, "stride": 2, "padding": 1}),
                        ("pad_exclude", (1, 2, 5, 5), {"kernel_size": 3, "stride": 2, "padding": 1,
                                                       "count_include_pad": False}),
                        ("ceil", (1, 2, 7, 7), {"kernel_size": 2, "ceil_mode": True}),
                        ("ceil_pad_include", (1, 1, 6, 6), {"kernel_size": 3, "stride": 2, "padding": 1,
                                                            "ceil_mode": True}),
                        ("ceil_pad_exclude", (1, 1, 6, 6), {"kernel_size": 3, "stride": 2, "padding": 1,
                                                            "ceil_mode": True, "count_include_pad": False}),
                        ("ceil_partial", (1, 1, 5, 5), {"kernel_size": 2, "stride": 2, "ceil_mode": True,
                                                        "count_include_pad": False}),
                        ("divisor", (1, 2, 6, 6), {"kernel_size": 2, "divisor_override": 3}),
                        ("divisor_pad", (1, 1, 5, 5), {"kernel_size": 3, "padding": 1, "divisor_override": 2}),
                        ("rect", (1, 2, 6, 7), {"kernel_size": [2, 3], "stride": [2, 1], "padding": [1, 1]}),
                        ("unbatched", (2, 6, 5), {"kernel_size": 2}),
                        ("global7", (1, 3, 7, 7), {"kernel_size": 7})]:
    case("avg_pool2d/" + name, "avg_pool2d", F.avg_pool2d, [T(*shape, grad=True)], kw)
case("avg_pool2d/f64", "avg_pool2d", F.avg_pool2d, [T(1, 2, 5, 5, dtype=f64, grad=True)], {"kernel_size": 2,
                                                                                           "stride": 1})
case("avg_pool2d/int64", "avg_pool2d", F.avg_pool2d, [T(1, 2, 5, 5, dtype=i64, kind="int", low=-20, high=20)],
     {"kernel_size": 2})
case("avg_pool2d/int64_pad", "avg_pool2d", F.avg_pool2d, [T(1, 1, 5, 5, dtype=i64, kind="int", low=-20, high=20)],
     {"kernel_size": 3, "padding": 1, "stride": 2, "count_include_pad": False})
case("avg_pool2d/inf", "avg_pool2d", F.avg_pool2d, [T(1, 1, 2, 4, values=[1, float("inf"), 2, 3, 4, 5, 6, 7])],
     {"kernel_size": 2})
for name, shape, kw in [("err_pad_big", (1, 2, 5, 5), {"kernel_size": 2, "padding": 2}),
                        ("err_too_small", (1, 2, 5, 5), {"kernel_size": 6}),
                        ("err_divisor_zero", (1, 2, 5, 5), {"kernel_size": 2, "divisor_override": 0}),
                        ("err_stride_zero", (1, 2, 5, 5), {"kernel_size": 2, "stride": 0}),
                        ("err_rank2", (5, 5), {"kernel_size": 2})]:
    case("avg_pool2d/" + name, "avg_pool2d", F.avg_pool2d, [T(*shape)], kw, check_message=True)
case("avg_pool2d/err_int32", "avg_pool2d", F.avg_pool2d, [T(1, 1, 4, 4, dtype=i32, kind="int")], {"kernel_size": 2},
     check_message=True)

for name, shape, kw in [("k2", (2, 3, 8), {"kernel_size": 2}),
                        ("k3s2p1", (1, 2, 9), {"kernel_size": 3, "stride": 2, "padding": 1}),
                        ("exclude_ceil", (1, 2, 9), {"kernel_size": 3, "stride": 2, "padding": 1, "ceil_mode": True,
                                                     "count_include_pad": False}),
                        ("unbatched", (3, 7), {"kernel_size": 3})]:
    case("avg_pool1d/" + name, "avg_pool1d", F.avg_pool1d, [T(*shape, grad=True)], kw)
case("avg_pool1d/err_too_small", "avg_pool1d", F.avg_pool1d, [T(1, 2, 5)], {"kernel_size": 6}, check_message=True)
case("avg_pool1d/err_rank", "avg_pool1d", F.avg_pool1d, [T(1, 1, 2, 5)], {"kernel_size": 2}, check_message=True)

for name, shape, size in [("even", (1, 2, 6, 6), [3, 3]), ("uneven", (2, 2, 7, 5), [3, 2]), ("up", (1, 1, 3, 4), [5, 7]),
                          ("one", (2, 3, 5, 4), [1, 1]), ("int_size", (1, 2, 5, 5), 2),
                          ("identity", (1, 2, 4, 3), [4, 3]), ("unbatched", (2, 7, 6), [4, 3]),
                          ("row", (1, 2, 6, 8), [1, 3])]:
    case("adaptive_avg_pool2d/" + name, "adaptive_avg_pool2d", F.adaptive_avg_pool2d, [T(*shape, grad=True), size])
    case("adaptive_max_pool2d/" + name, "adaptive_max_pool2d", F.adaptive_max_pool2d, [T(*shape, grad=True), size])
    case("adaptive_max_pool2d_with_indices/" + name, "adaptive_max_pool2d_with_indices", amp2i,
         [T(*shape, grad=True), size])
case("adaptive_avg_pool2d/resnet_head", "adaptive_avg_pool2d", F.adaptive_avg_pool2d,
     [T(2, 8, 7, 7, grad=True), [1, 1]], gradcheck=False)
case("adaptive_avg_pool2d/err_rank", "adaptive_avg_pool2d", F.adaptive_avg_pool2d, [T(5, 5), 2], check_message=True)
case("adaptive_avg_pool2d/err_size3", "adaptive_avg_pool2d", F.adaptive_avg_pool2d, [T(1, 2, 5, 5), [2, 2, 2]],
     check_message=True)
case("adaptive_max_pool2d/err_rank", "adaptive_max_pool2d", F.adaptive_max_pool2d, [T(5, 5), 2], check_message=True)
case("adaptive_max_pool2d/err_size3", "adaptive_max_pool2d", F.adaptive_max_pool2d, [T(1, 2, 5, 5), [2, 2, 2]],
     check_message=True)

# max_unpool2d from a real pooling's indices
for name, shape, kw, out_size in [("k2", (1, 2, 4, 4), {"kernel_size": 2}, None),
                                  ("k2_odd", (2, 1, 5, 5), {"kernel_size": 2}, [5, 5]),
                                  ("k3s2", (1, 2, 7, 7), {"kernel_size": 3, "stride": 2}, None),
                                  ("out4", (1, 1, 5, 5), {"kernel_size": 2}, [1, 1, 5, 5]),
                                  ("unbatched", (2, 4, 6), {"kernel_size": 2}, None)]:
    pooled, idx = F.max_pool2d(torch.randn(*shape), return_indices=True, **kw)
    ukw = dict(kw)
    if out_size is not None:
        ukw["output_size"] = out_size
    # overlapping windows repeat indices: PyTorch's gradient (a gather) then is not the derivative of the scatter
    case("max_unpool2d/" + name, "max_unpool2d", F.max_unpool2d,
         [T(*pooled.shape, grad=True), T(*idx.shape, dtype=i64, values=idx.reshape(-1).tolist())], ukw,
         gradcheck=kw.get("stride") is None)
# exactly one invalid index (PyTorch's parallel loop reports whichever invalid index it met last)
pooled, idx = F.max_pool2d(torch.randn(1, 1, 5, 5), 2, return_indices=True)
idx = torch.tensor([0, 3, 12, 18]).reshape(1, 1, 2, 2)
for name, ind, kw in [("err_default_size", idx, {"kernel_size": 2}),
                      ("err_bad_index", torch.tensor([0, 3, -1, 13]).reshape(1, 1, 2, 2), {"kernel_size": 2}),
                      ("err_output_size", idx, {"kernel_size": 2, "output_size": [7, 7]}),
                      ("err_output_len", idx, {"kernel_size": 2, "output_size": [5]})]:
    case("max_unpool2d/" + name, "max_unpool2d", F.max_unpool2d,
         [T(*pooled.shape, values=pooled.reshape(-1).tolist()),
          T(*ind.shape, dtype=i64, values=ind.reshape(-1).tolist())], kw, check_message=True)
case("max_unpool2d/err_index_dtype", "max_unpool2d", F.max_unpool2d,
     [T(*pooled.shape, values=pooled.reshape(-1).tolist()), T(*idx.shape, dtype=i32, values=idx.reshape(-1).tolist())],
     {"kernel_size": 2}, check_message=True)

# ---------------------------------------------------------------- normalisation

def bn(x, rm, rv, w, b, **kw):
    y = F.batch_norm(x, rm, rv, w, b, **kw)
    empty = torch.zeros(0)
    return y, rm if rm is not None else empty, rv if rv is not None else empty


for name, shape, affine, stats, kw in [
        ("train_2d", (5, 3), True, True, {"training": True}),
        ("train_3d", (4, 3, 5), True, True, {"training": True}),
        ("train_4d", (3, 2, 4, 5), True, True, {"training": True}),
        ("train_momentum", (4, 3, 3, 3), True, True, {"training": True, "momentum": 0.3}),
        ("train_eps", (4, 3, 2, 2), True, True, {"training": True, "eps": 0.1}),
        ("train_no_affine", (4, 3, 3, 3), False, True, {"training": True}),
        ("train_no_stats", (4, 3, 3, 3), True, False, {"training": True}),
        ("train_no_stats_no_affine", (6, 2), False, False, {"training": True}),
        ("eval_4d", (3, 2, 4, 5), True, True, {"training": False}),
        ("eval_2d", (5, 4), True, True, {"training": False}),
        ("eval_no_affine", (2, 3, 3, 3), False, True, {"training": False}),
        ("train_two_values", (2, 3), True, True, {"training": True})]:
    c = shape[1]
    args = [T(*shape, grad=True),
            T(c) if stats else None, T(c, kind="positive") if stats else None,
            T(c, grad=True) if affine else None, T(c, grad=True) if affine else None]
    case("batch_norm/" + name, "batch_norm", bn, args, kw)
case("batch_norm/f64", "batch_norm", bn, [T(4, 3, 2, 2, dtype=f64, grad=True), T(3, dtype=f64),
                                          T(3, dtype=f64, kind="positive"), T(3, dtype=f64, grad=True),
                                          T(3, dtype=f64, grad=True)], {"training": True, "momentum": 0.2})
case("batch_norm/resnet_channels", "batch_norm", bn, [T(2, 16, 6, 6, grad=True), T(16), T(16, kind="positive"),
                                                      T(16, grad=True), T(16, grad=True)], {"training": True},
     gradcheck=False)
case("batch_norm/err_one_value", "batch_norm", bn, [T(1, 3), T(3), T(3, kind="positive"), None, None],
     {"training": True}, check_message=True)
case("batch_norm/err_running_mean_size", "batch_norm", bn, [T(4, 3, 5), T(4), T(3, kind="positive"), None, None],
     {"training": True}, check_message=True)
case("batch_norm/err_weight_size", "batch_norm", bn, [T(4, 3, 5), T(3), T(3, kind="positive"), T(4), None],
     {"training": True}, check_message=True)
case("batch_norm/err_bias_size", "batch_norm", bn, [T(4, 3, 5), T(3), T(3, kind="positive"), None, T(4)],
     {"training": True}, check_message=True)
case("batch_norm/err_eval_no_stats", "batch_norm", bn, [T(4, 3, 5), None, None, None, None], {"training": False},
     check_message=True)
case("batch_norm/err_rank1", "batch_norm", bn, [T(3), None, None, None, None], {"training": True},
     check_message=True)
case("batch_norm/err_long", "batch_norm", bn, [T(4, 3, dtype=i64, kind="int"), None, None, None, None],
     {"training": True}, check_message=True)
case("batch_norm/err_mixed_dtype", "batch_norm", bn, [T(4, 3), T(3, dtype=f64), T(3, dtype=f64, kind="positive"),
                                                      None, None], {"training": True}, check_message=True)

for name, shape, ns, affine, kw in [("last", (4, 5), [5], True, {}),
                                    ("last2", (2, 3, 4), [3, 4], True, {}),
                                    ("all", (3, 4), [3, 4], True, {}),
                                    ("no_affine", (2, 3, 5), [5], False, {}),
                                    ("eps", (3, 6), [6], True, {"eps": 0.5}),
                                    ("4d", (2, 2, 3, 4), [3, 4], True, {})]:
    w = T(*ns, grad=True) if affine else None
    b = T(*ns, grad=True) if affine else None
    case("layer_norm/" + name, "layer_norm", F.layer_norm, [T(*shape, grad=True), ns, w, b], kw)
case("layer_norm/weight_only", "layer_norm", F.layer_norm, [T(3, 4, grad=True), [4], T(4, grad=True), None])
case("layer_norm/f64", "layer_norm", F.layer_norm, [T(3, 4, dtype=f64, grad=True), [4], T(4, dtype=f64, grad=True),
                                                    T(4, dtype=f64, grad=True)])
case("layer_norm/err_shape", "layer_norm", F.layer_norm, [T(4, 3, 5), [4], None, None], check_message=True)
case("layer_norm/err_shape_long", "layer_norm", F.layer_norm, [T(4, 3, 5), [3, 4, 5, 6], None, None],
     check_message=True)
case("layer_norm/err_weight", "layer_norm", F.layer_norm, [T(4, 3, 5), [5], T(4), None], check_message=True)
case("layer_norm/err_bias", "layer_norm", F.layer_norm, [T(4, 3, 5), [5], T(5), T(4)], check_message=True)
case("layer_norm/err_empty", "layer_norm", F.layer_norm, [T(4, 3, 5), [], None, None], check_message=True)
case("layer_norm/err_long", "layer_norm", F.layer_norm, [T(4, 3, dtype=i64, kind="int"), [3], None, None],
     check_message=True)

for name, shape, g, affine, kw in [("g3", (2, 6, 4), 3, True, {}),
                                   ("g1", (2, 4, 3, 3), 1, True, {}),
                                   ("g_eq_c", (2, 4, 3, 2), 4, True, {}),
                                   ("no_affine", (3, 4, 5), 2, False, {}),
                                   ("2d", (2, 6), 3, True, {}),
                                   ("eps", (2, 4, 3), 2, True, {"eps": 0.3})]:
    c = shape[1]
    case("group_norm/" + name, "group_norm", F.group_norm,
         [T(*shape, grad=True), g, T(c, grad=True) if affine else None, T(c, grad=True) if affine else None], kw)
case("group_norm/err_divisible", "group_norm", F.group_norm, [T(2, 6, 4), 4, None, None], check_message=True)
case("group_norm/err_weight", "group_norm", F.group_norm, [T(2, 6, 4), 3, T(5), None], check_message=True)
case("group_norm/err_bias", "group_norm", F.group_norm, [T(2, 6, 4), 3, None, T(5)], check_message=True)
case("group_norm/err_one_value", "group_norm", F.group_norm, [T(1, 3), 3, None, None], check_message=True)

# ---------------------------------------------------------------- interpolate

for name, shape, kw in [("nearest_x2", (1, 2, 3, 4), {"scale_factor": 2}),
                        ("nearest_size", (1, 2, 3, 4), {"size": [5, 7]}),
                        ("nearest_down", (1, 2, 7, 6), {"size": [3, 4]}),
                        ("nearest_scale_1_7", (1, 1, 4, 5), {"scale_factor": 1.7}),
                        ("nearest_scale_pair", (1, 1, 4, 5), {"scale_factor": [2.5, 0.6]}),
                        ("nearest_recompute", (1, 1, 4, 5), {"scale_factor": 1.7, "recompute_scale_factor": True}),
                        ("nearest_1d", (2, 3, 5), {"scale_factor": 3}),
                        ("nearest_1d_size", (2, 3, 5), {"size": 8}),
                        ("nearest_exact", (1, 2, 3, 4), {"size": [5, 7], "mode": "nearest-exact"}),
                        ("nearest_exact_down", (1, 1, 7, 9), {"scale_factor": 0.45, "mode": "nearest-exact"}),
                        ("nearest_exact_1d", (1, 2, 6), {"size": 4, "mode": "nearest-exact"}),
                        ("bilinear_x2", (1, 2, 3, 4), {"scale_factor": 2, "mode": "bilinear"}),
                        ("bilinear_x2_align", (1, 2, 3, 4), {"scale_factor": 2, "mode": "bilinear",
                                                             "align_corners": True}),
                        ("bilinear_size", (2, 1, 4, 5), {"size": [7, 3], "mode": "bilinear"}),
                        ("bilinear_size_align", (2, 1, 4, 5), {"size": [7, 3], "mode": "bilinear",
                                                               "align_corners": True}),
                        ("bilinear_down", (1, 2, 8, 8), {"scale_factor": 0.4, "mode": "bilinear"}),
                        ("bilinear_scale_1_3", (1, 1, 5, 4), {"scale_factor": 1.3, "mode": "bilinear"}),
                        ("bilinear_same_size", (1, 1, 3, 4), {"size": [3, 4], "mode": "bilinear"}),
                        ("bilinear_to_one", (1, 1, 3, 4), {"size": [1, 1], "mode": "bilinear",
                                                           "align_corners": True}),
                        ("linear_1d", (2, 3, 5), {"scale_factor": 2, "mode": "linear"}),
                        ("linear_1d_align", (2, 3, 5), {"size": 9, "mode": "linear", "align_corners": True}),
                        ("bicubic", (1, 2, 4, 5), {"scale_factor": 2, "mode": "bicubic"}),
                        ("bicubic_align", (1, 1, 4, 4), {"size": [6, 5], "mode": "bicubic", "align_corners": True}),
                        ("area", (1, 2, 6, 6), {"size": [3, 2], "mode": "area"}),
                        ("area_scale", (1, 2, 6, 7), {"scale_factor": 0.5, "mode": "area"}),
                        ("area_1d", (1, 2, 7), {"size": 3, "mode": "area"})]:
    case("interpolate/" + name, "interpolate", F.interpolate, [T(*shape, grad=True)], kw)
case("interpolate/bilinear_f64", "interpolate", F.interpolate, [T(1, 2, 3, 3, dtype=f64, grad=True)],
     {"scale_factor": 1.5, "mode": "bilinear"})
case("interpolate/unet_up", "interpolate", F.interpolate, [T(1, 4, 5, 5, grad=True)],
     {"scale_factor": 2, "mode": "bilinear", "align_corners": True})
for name, shape, kw in [("err_align_nearest", (1, 2, 3, 4), {"scale_factor": 2, "align_corners": True}),
                        ("err_both", (1, 2, 3, 4), {"size": 3, "scale_factor": 2}),
                        ("err_neither", (1, 2, 3, 4), {}),
                        ("err_rank2", (3, 4), {"scale_factor": 2}),
                        ("err_bilinear_3d", (1, 3, 4), {"scale_factor": 2, "mode": "bilinear"}),
                        ("err_linear_4d", (1, 3, 4, 4), {"scale_factor": 2, "mode": "linear"}),
                        ("err_size_len", (1, 2, 3, 4), {"size": [2, 3, 4]}),
                        ("err_scale_len", (1, 2, 3, 4), {"scale_factor": [2.0, 3.0, 4.0]}),
                        ("err_recompute_size", (1, 2, 3, 4), {"size": 3, "recompute_scale_factor": True}),
                        ("err_bad_mode", (1, 2, 3, 4), {"size": 3, "mode": "foo"}),
                        ("err_zero_size", (1, 2, 3, 4), {"size": [0, 3]}),
                        ("err_scale_small", (1, 2, 3, 4), {"scale_factor": 0.1})]:
    case("interpolate/" + name, "interpolate", F.interpolate, [T(*shape)], kw, check_message=True)
case("interpolate/err_long", "interpolate", F.interpolate, [T(1, 2, 3, 3, dtype=i64, kind="int")],
     {"scale_factor": 2}, check_message=True)

# ---------------------------------------------------------------- pad

for name, shape, p, kw in [("const_last", (2, 3, 4), [1, 2], {}),
                           ("const_two_dims", (1, 2, 3, 4), [1, 2, 0, 1], {}),
                           ("const_value", (2, 3), [2, 1, 1, 0], {"value": 2.5}),
                           ("const_negative", (1, 2, 4, 5), [-1, 2, 1, -2], {}),
                           ("const_all_negative", (2, 5, 6), [-1, -2, -2, 0], {}),
                           ("const_three_dims", (2, 2, 3, 2), [1, 0, 0, 1, 1, 1], {}),
                           ("const_1d", (4,), [2, 1], {"value": -1}),
                           ("unet_pad", (1, 2, 3, 3), [0, 1, 1, 1], {}),
                           ("reflect_1d", (2, 3, 5), [2, 3], {"mode": "reflect"}),
                           ("reflect_2d", (1, 2, 4, 5), [1, 2, 3, 1], {"mode": "reflect"}),
                           ("reflect_unbatched", (2, 4, 5), [2, 2, 1, 1], {"mode": "reflect"}),
                           ("reflect_2d_input_1pair", (3, 4), [1, 2], {"mode": "reflect"}),
                           ("reflect_negative", (1, 2, 4, 5), [-1, 2, 1, 0], {"mode": "reflect"}),
                           ("reflect_3d", (1, 1, 3, 3, 4), [1, 1, 2, 0, 1, 2], {"mode": "reflect"}),
                           ("replicate_1d", (2, 3, 4), [3, 1], {"mode": "replicate"}),
                           ("replicate_3d", (1, 1, 2, 3, 3), [1, 0, 2, 1, 1, 1], {"mode": "replicate"}),
                           ("replicate_2d", (1, 2, 3, 4), [2, 1, 0, 3], {"mode": "replicate"}),
                           ("replicate_big", (1, 2, 3, 4), [7, 1, 1, 5], {"mode": "replicate"}),
                           ("replicate_negative", (1, 2, 3, 4), [-1, 1, 1, -1], {"mode": "replicate"}),
                           ("circular_1d", (2, 3, 4), [2, 3], {"mode": "circular"}),
                           ("circular_2d", (1, 2, 3, 4), [1, 2, 3, 1], {"mode": "circular"}),
                           ("circular_negative", (1, 2, 3, 4), [-1, 2, 1, -1], {"mode": "circular"}),
                           ("circular_full", (1, 1, 2, 3), [3, 3, 2, 2], {"mode": "circular"})]:
    case("pad/" + name, "pad", F.pad, [T(*shape, grad=True), p], kw)
case("pad/const_int64", "pad", F.pad, [T(2, 3, dtype=i64, kind="int"), [1, 1, 0, 2]], {"value": 7})
case("pad/const_bool", "pad", F.pad, [T(2, 3, dtype=torch.bool, kind="bool"), [1, 1]], {"value": 1})
case("pad/circular_int64", "pad", F.pad, [T(1, 2, 3, dtype=i64, kind="int"), [1, 2]], {"mode": "circular"})
case("pad/reflect_f64", "pad", F.pad, [T(1, 2, 3, 4, dtype=f64, grad=True), [1, 1, 2, 2]], {"mode": "reflect"})
for name, shape, p, kw in [("err_reflect_value", (1, 2, 3, 4), [1, 1, 1, 1], {"mode": "reflect", "value": 1.0}),
                           ("err_reflect_rank", (1, 2, 3, 4), [1, 1], {"mode": "reflect"}),
                           ("err_reflect_too_big", (1, 2, 3, 4), [4, 1, 1, 1], {"mode": "reflect"}),
                           ("err_reflect_too_big_h", (1, 2, 3, 4), [1, 1, 3, 1], {"mode": "reflect"}),
                           ("err_reflect_1d_input", (4,), [1, 1], {"mode": "reflect"}),
                           ("err_reflect_empty_channels", (1, 0, 3, 4), [1, 1, 1, 1], {"mode": "reflect"}),
                           ("err_replicate_empty_channels", (1, 0, 3, 4), [1, 1, 1, 1], {"mode": "replicate"}),
                           ("err_circular_wrap", (1, 2, 3, 4), [5, 1, 1, 1], {"mode": "circular"}),
                           ("err_circular_size", (2, 3, 4), [1, 1, 1, 1], {"mode": "circular"}),
                           ("err_odd", (1, 2, 3, 4), [1, 1, 1], {}),
                           ("err_too_long", (3, 4), [1, 1, 1, 1, 1, 1], {}),
                           ("err_const_negative", (1, 2, 3, 4), [-3, -2, 1, 0], {}),
                           ("err_const_negative_size", (1, 2, 3, 4), [-4, 1, 0, 0], {}),
                           ("err_mode", (1, 2, 3, 4), [1, 1], {"mode": "foo"})]:
    case("pad/" + name, "pad", F.pad, [T(*shape), p], kw, check_message=True)
case("pad/err_reflect_long", "pad", F.pad, [T(1, 2, 3, dtype=i64, kind="int"), [1, 1]], {"mode": "reflect"},
     check_message=True)
case("pad/err_replicate_long", "pad", F.pad, [T(1, 2, 3, 3, dtype=i64, kind="int"), [1, 1, 1, 1]],
     {"mode": "replicate"}, check_message=True)

write("nn_conv")
