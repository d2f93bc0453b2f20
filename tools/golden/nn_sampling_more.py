"""Fixtures for the rest of issue 21's sampling and pooling: F.grid_sample (jtorch.internal.ops.GridSampleOps),
F.fractional_max_pool2d/3d[_with_indices] (FractionalPoolOps). Writes
jtorch-core/src/test/resources/fixtures/ops/nn_sampling_more.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_sampling_more.py

Calling conventions (mirrored by jtorch.internal.ops.NnSamplingMoreFixtureTest):
  grid_sample: (input, grid, mode=, padding_mode=, align_corners=) as F's keywords
  fractional_max_pool2d|3d[_with_indices]: (input, kernel_size, output_size=, output_ratio=, _random_samples=)
    with the samples a tensor argument (index 1) when given: (input, samples, kernel_size, **kw)
  seeded/fractional_max_pool2d|3d: (input, kernel_size, **kw): re-seeds the default generator with 7, then F draws
    the samples (the Java side does the same)
  grad_of/fractional_max_pool2d|3d: (input, samples, grad_out, kernel_size, output_size): the gradient of a fresh leaf copy of input with
    create_graph, so the harness checks the second derivative (FractionalMaxPool*DBackwardBackward0)
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, i64, bf16 = torch.float32, torch.float64, torch.int64, torch.bfloat16
TOL = {"rtol": 1e-4, "atol": 1e-5}
NAN, INF = float("nan"), float("inf")


def grid(*shape, dtype=f32, scale=1.2, grad=True):
    # grid points mostly inside [-1, 1], some outside (padding modes); uniform so no point sits on a pixel edge
    return T(*shape, dtype=dtype, kind="uniform", low=-scale, high=scale, grad=grad)


# ---------------------------------------------------------------- grid_sample 2-d
for mode in ("bilinear", "nearest", "bicubic"):
    for pad in ("zeros", "border", "reflection"):
        for align in (False, True):
            name = "grid_sample/%s_%s_%s" % (mode, pad, "align" if align else "noalign")
            # nearest has no gradient w.r.t. the grid (zero), finite differences agree
            case(name, "grid_sample", F.grid_sample, [T(2, 3, 5, 6, grad=True), grid(2, 4, 3, 2, scale=1.6)],
                 {"mode": mode, "padding_mode": pad, "align_corners": align}, tol=TOL)
case("grid_sample/default", "grid_sample", F.grid_sample, [T(1, 2, 4, 4, grad=True), grid(1, 3, 5, 2)], tol=TOL)
case("grid_sample/f64", "grid_sample", F.grid_sample, [T(2, 2, 4, 5, dtype=f64, grad=True), grid(2, 3, 3, 2, dtype=f64)],
     {"mode": "bicubic", "padding_mode": "reflection", "align_corners": False})
case("grid_sample/size1_reflection_align", "grid_sample", F.grid_sample, [T(1, 2, 1, 4, grad=True), grid(1, 2, 3, 2)],
     {"padding_mode": "reflection", "align_corners": True}, tol=TOL)
case("grid_sample/far_reflection", "grid_sample", F.grid_sample, [T(1, 1, 3, 4, grad=True), grid(1, 4, 4, 2, scale=7)],
     {"padding_mode": "reflection", "align_corners": False}, tol=TOL)
case("grid_sample/upsample_identity", "grid_sample", F.grid_sample,
     [T(1, 1, 3, 3, grad=True), T(1, 1, 3, 2, values=[[-1.0, -1.0], [0.0, 0.0], [1.0, 1.0]])],
     {"align_corners": True}, tol=TOL)
g_special = [[NAN, 0.0], [0.5, NAN], [INF, 0.0], [-INF, 0.2], [0.3, -0.4]]
for pad in ("zeros", "border", "reflection"):
    for mode in ("bilinear", "nearest"):
        case("grid_sample/special_grid_%s_%s" % (mode, pad), "grid_sample", F.grid_sample,
             [T(1, 1, 3, 3, values=[float(v) for v in range(9)]), T(1, 1, 5, 2, values=g_special)],
             {"mode": mode, "padding_mode": pad, "align_corners": True})
case("grid_sample/special_input", "grid_sample", F.grid_sample,
     [T(1, 1, 2, 3, values=[NAN, 1, 2, INF, 4, 5]), T(1, 1, 3, 2, values=[[-1.0, -1.0], [1.0, 1.0], [0.0, 0.5]])],
     {"align_corners": True})
case("grid_sample/empty_batch", "grid_sample", F.grid_sample, [T(0, 2, 3, 3, grad=True), grid(0, 2, 2, 2)])
case("grid_sample/empty_channels", "grid_sample", F.grid_sample, [T(2, 0, 3, 3), grid(2, 2, 2, 2, grad=False)])
case("grid_sample/empty_grid", "grid_sample", F.grid_sample, [T(2, 1, 3, 3, grad=True), grid(2, 0, 2, 2)])

# ---------------------------------------------------------------- grid_sample 3-d
for mode in ("bilinear", "nearest"):
    for pad in ("zeros", "border", "reflection"):
        for align in (False, True):
            name = "grid_sample/3d_%s_%s_%s" % (mode, pad, "align" if align else "noalign")
            case(name, "grid_sample", F.grid_sample, [T(2, 2, 3, 4, 5, grad=True), grid(2, 2, 3, 2, 3, scale=1.6)],
                 {"mode": mode, "padding_mode": pad, "align_corners": align}, tol=TOL)
case("grid_sample/3d_f64", "grid_sample", F.grid_sample,
     [T(1, 2, 3, 3, 4, dtype=f64, grad=True), grid(1, 2, 2, 3, 3, dtype=f64)],
     {"padding_mode": "border", "align_corners": False})
g3_special = [[NAN, 0.0, 0.1], [0.5, NAN, -0.2], [INF, 0.0, 0.3], [-INF, 0.2, 0.0], [0.3, -0.4, 0.6]]
for pad in ("zeros", "border", "reflection"):
    case("grid_sample/3d_special_grid_" + pad, "grid_sample", F.grid_sample,
         [T(1, 1, 2, 3, 3, values=[float(v) for v in range(18)]), T(1, 1, 1, 5, 3, values=g3_special)],
         {"padding_mode": pad, "align_corners": True})

# ---------------------------------------------------------------- grid_sample errors
for name, args, kw in [
        ("batch", [T(2, 3, 5, 6), T(3, 4, 3, 2)], {}),
        ("last_dim", [T(2, 3, 5, 6), T(2, 4, 3, 3)], {}),
        ("grid_dims", [T(2, 3, 5, 6), T(2, 4, 3, 2, 2)], {}),
        ("unbatched", [T(3, 5, 6), T(2, 4, 2)], {}),
        ("input_f64_grid_f32", [T(2, 3, 5, 6, dtype=f64), T(2, 4, 3, 2)], {}),
        ("input_f32_grid_f64", [T(2, 3, 5, 6), T(2, 4, 3, 2, dtype=f64)], {}),
        ("int_input", [T(2, 3, 5, 6, dtype=i64, kind="int"), T(2, 4, 3, 2, dtype=i64, kind="int")], {}),
        ("bf16", [T(2, 3, 5, 6, dtype=bf16), T(2, 4, 3, 2, dtype=bf16)], {}),
        ("bicubic_3d", [T(2, 3, 4, 5, 6), T(2, 2, 2, 2, 3)], {"mode": "bicubic"}),
        ("empty_spatial", [T(2, 3, 0, 6), T(2, 4, 3, 2)], {}),
        ("3d_last_dim", [T(2, 3, 4, 5, 6), T(2, 2, 2, 2, 2)], {}),
        ("3d_grid_dims", [T(2, 3, 4, 5, 6), T(2, 2, 2, 3)], {}),
        ("6d", [T(2, 1, 2, 2, 2, 2), T(2, 2, 2, 2, 2, 4)], {}),
        ("3d_int", [T(1, 1, 2, 3, 3, dtype=i64, kind="int"), T(1, 2, 2, 2, 3, dtype=i64, kind="int")], {}),
        ("mode", [T(2, 3, 5, 6), T(2, 4, 3, 2)], {"mode": "linear"}),
        ("padding_mode", [T(2, 3, 5, 6), T(2, 4, 3, 2)], {"padding_mode": "circular"})]:
    case("grid_sample/error_" + name, "grid_sample", F.grid_sample, args, dict(kw, align_corners=False),
         check_message=True)


# ---------------------------------------------------------------- fractional max pooling
def samples(*shape, dtype=f32):
    return T(*shape, dtype=dtype, kind="uniform", low=0, high=1)


def fmp(fn):
    def f(x, u, kernel_size, **kw):
        return fn(x, kernel_size, _random_samples=u, **kw)
    return f


for fn_name in ("fractional_max_pool2d", "fractional_max_pool2d_with_indices"):
    fn = fmp(getattr(F, fn_name))
    case(fn_name + "/k2_out4", fn_name, fn, [T(2, 3, 7, 6, grad=True), samples(2, 3, 2), 2], {"output_size": 4})
    case(fn_name + "/k3_out_pair", fn_name, fn, [T(1, 2, 9, 8, grad=True), samples(1, 2, 2), [3, 2]],
         {"output_size": [3, 5]})
    case(fn_name + "/ratio", fn_name, fn, [T(2, 2, 10, 9, grad=True), samples(2, 2, 2), 2], {"output_ratio": 0.5})
    case(fn_name + "/ratio_pair", fn_name, fn, [T(1, 3, 8, 11, grad=True), samples(1, 3, 2), [2, 3]],
         {"output_ratio": [0.7, 0.4]})
    case(fn_name + "/unbatched", fn_name, fn, [T(3, 7, 7, grad=True), samples(1, 3, 2), 3], {"output_size": 4})
    case(fn_name + "/f64", fn_name, fn, [T(2, 2, 6, 7, dtype=f64, grad=True), samples(2, 2, 2, dtype=f64), 2],
         {"output_size": [3, 4]})
    case(fn_name + "/output1", fn_name, fn, [T(1, 2, 5, 5, grad=True), samples(1, 2, 2), 2], {"output_size": 1})
    case(fn_name + "/output_full", fn_name, fn, [T(1, 1, 5, 4, grad=True), samples(1, 1, 2), 1],
         {"output_size": [5, 4]})
fn = fmp(F.fractional_max_pool2d_with_indices)
case("fractional_max_pool2d_with_indices/special", "fractional_max_pool2d_with_indices", fn,
     [T(1, 1, 3, 4, values=[NAN, 1, NAN, 2, 3, 4, 5, 6, 7, 8, 9, -INF]), T(1, 1, 2, values=[0.3, 0.7]), 2],
     {"output_size": 2})
case("fractional_max_pool2d_with_indices/neg_inf", "fractional_max_pool2d_with_indices", fn,
     [T(1, 1, 3, 3, values=[-INF] * 9), T(1, 1, 2, values=[0.5, 0.5]), 2], {"output_size": 2})
# ties (integers in floats) take the first maximum in (h, w) order; no gradcheck at ties
case("fractional_max_pool2d_with_indices/ties", "fractional_max_pool2d_with_indices", fn,
     [T(1, 2, 6, 6, kind="int", low=0, high=3, dtype=f32, grad=True), samples(1, 2, 2), 3], {"output_size": 3},
     gradcheck=False)
case("fractional_max_pool2d_with_indices/kernel0", "fractional_max_pool2d_with_indices", fn,
     [T(1, 2, 5, 4), samples(1, 2, 2), 0], {"output_size": 3})
case("fractional_max_pool2d_with_indices/output0", "fractional_max_pool2d_with_indices", fn,
     [T(2, 1, 5, 4), samples(2, 1, 2), 2], {"output_size": 0})
case("fractional_max_pool2d_with_indices/empty_batch", "fractional_max_pool2d_with_indices", fn,
     [T(0, 2, 5, 4), samples(0, 2, 2), 2], {"output_size": 3})
case("fractional_max_pool2d_with_indices/samples_out_of_range", "fractional_max_pool2d_with_indices", fn,
     [T(1, 2, 9, 7, grad=True), T(1, 2, 2, kind="uniform", low=1, high=3), 2], {"output_size": 4})
for name, args, kw in [
        ("too_big_h", [T(2, 3, 7, 6), samples(2, 3, 2), 3], {"output_size": 6}),
        ("too_big_w", [T(2, 3, 7, 6), samples(2, 3, 2), 3], {"output_size": [3, 5]}),
        ("kernel_triple", [T(2, 3, 7, 6), samples(2, 3, 2), [3, 2, 1]], {"output_size": 3}),
        ("output_triple", [T(2, 3, 7, 6), samples(2, 3, 2), 3], {"output_size": [3, 2, 1]}),
        ("5d", [T(1, 2, 3, 7, 6), samples(1, 2, 2), 3], {"output_size": 3}),
        ("empty_channels", [T(2, 0, 7, 6), samples(2, 0, 2), 3], {"output_size": 3}),
        ("samples_dtype", [T(2, 3, 7, 6, dtype=f64), samples(2, 3, 2), 3], {"output_size": 3}),
        ("samples_long", [T(2, 3, 7, 6), T(2, 3, 2, dtype=i64, kind="int", low=0, high=1), 3], {"output_size": 3}),
        ("bf16", [T(2, 3, 7, 6, dtype=bf16), samples(2, 3, 2, dtype=bf16), 3], {"output_size": 3})]:
    case("fractional_max_pool2d/error_" + name, "fractional_max_pool2d", fmp(F.fractional_max_pool2d), args, kw,
         check_message=True)
case("fractional_max_pool2d/error_no_size", "fractional_max_pool2d", fmp(F.fractional_max_pool2d),
     [T(2, 3, 7, 6), samples(2, 3, 2), 3], {}, check_message=True)

for fn_name in ("fractional_max_pool3d", "fractional_max_pool3d_with_indices"):
    fn = fmp(getattr(F, fn_name))
    case(fn_name + "/k2_out3", fn_name, fn, [T(2, 2, 5, 6, 7, grad=True), samples(2, 2, 3), 2], {"output_size": 3})
    case(fn_name + "/triples", fn_name, fn, [T(1, 2, 6, 5, 7, grad=True), samples(1, 2, 3), [2, 1, 3]],
         {"output_size": [4, 4, 2]})
    case(fn_name + "/ratio", fn_name, fn, [T(1, 2, 6, 8, 7, grad=True), samples(1, 2, 3), 2],
         {"output_ratio": [0.5, 0.4, 0.6]})
    case(fn_name + "/unbatched", fn_name, fn, [T(2, 5, 5, 5, grad=True), samples(1, 2, 3), 2], {"output_size": 3})
    case(fn_name + "/f64", fn_name, fn, [T(1, 1, 4, 5, 6, dtype=f64, grad=True), samples(1, 1, 3, dtype=f64), 2],
         {"output_size": [2, 3, 4]})
case("fractional_max_pool3d_with_indices/special", "fractional_max_pool3d_with_indices",
     fmp(F.fractional_max_pool3d_with_indices),
     [T(1, 1, 2, 3, 4, values=[NAN, 1, 2, 3, INF, 5, 6, 7, NAN, -INF, 1, 2] * 2), T(1, 1, 3, values=[0.2, 0.5, 0.9]),
      [1, 2, 2]], {"output_size": [1, 1, 2]})
# unlike the 2-d check (o + k - 1 <= n), the 3-d one is strict: o + k - 1 < n
case("fractional_max_pool3d/error_full_output", "fractional_max_pool3d", fmp(F.fractional_max_pool3d),
     [T(1, 1, 4, 5, 6), samples(1, 1, 3), 1], {"output_size": [4, 4, 5]}, check_message=True)
for name, args, kw in [
        ("too_big_t", [T(2, 3, 5, 6, 7), samples(2, 3, 3), 2], {"output_size": 6}),
        ("too_big_h", [T(2, 3, 5, 6, 7), samples(2, 3, 3), 2], {"output_size": [3, 6, 3]}),
        ("too_big_w", [T(2, 3, 5, 6, 7), samples(2, 3, 3), 2], {"output_size": [3, 3, 7]}),
        ("kernel_pair", [T(2, 3, 5, 6, 7), samples(2, 3, 3), [2, 2]], {"output_size": 3}),
        ("output_pair", [T(2, 3, 5, 6, 7), samples(2, 3, 3), 2], {"output_size": [3, 3]}),
        ("6d", [T(1, 2, 3, 5, 6, 7), samples(1, 2, 3), 2], {"output_size": 3}),
        ("empty_channels", [T(2, 0, 5, 6, 7), samples(2, 0, 3), 2], {"output_size": 3}),
        ("samples_dtype", [T(2, 3, 5, 6, 7, dtype=f64), samples(2, 3, 3), 2], {"output_size": 3}),
        ("bf16", [T(2, 3, 5, 6, 7, dtype=bf16), samples(2, 3, 3, dtype=bf16), 2], {"output_size": 3})]:
    case("fractional_max_pool3d/error_" + name, "fractional_max_pool3d", fmp(F.fractional_max_pool3d), args, kw,
         check_message=True)


# samples drawn by F from the default generator: torch.rand(N, C, 2|3, dtype=input.dtype)
def seeded(fn):
    def f(x, kernel_size, **kw):
        torch.manual_seed(7)
        return fn(x, kernel_size, **kw)
    return f


case("seeded/fractional_max_pool2d", "seeded/fractional_max_pool2d", seeded(F.fractional_max_pool2d_with_indices),
     [T(3, 4, 9, 8, grad=True), 2], {"output_size": [5, 4]}, gradcheck=False)
case("seeded/fractional_max_pool2d_unbatched", "seeded/fractional_max_pool2d",
     seeded(F.fractional_max_pool2d_with_indices), [T(2, 9, 9, dtype=f64), 3], {"output_ratio": 0.5})
case("seeded/fractional_max_pool3d", "seeded/fractional_max_pool3d", seeded(F.fractional_max_pool3d_with_indices),
     [T(2, 3, 6, 7, 5, grad=True), 2], {"output_size": [3, 4, 2]}, gradcheck=False)
case("seeded/fractional_max_pool2d_error_1d", "seeded/fractional_max_pool2d", seeded(F.fractional_max_pool2d),
     [T(7), 2], {"output_size": 3}, check_message=True)
case("seeded/fractional_max_pool2d_error_long", "seeded/fractional_max_pool2d", seeded(F.fractional_max_pool2d),
     [T(1, 2, 7, 7, dtype=i64, kind="int"), 2], {"output_size": 3})


# second derivatives: the gradient of the first-order gradient w.r.t. grad_out gathers at the indices
def grad_of(fn):
    def f(x, u, go, kernel_size, output_size):
        x = x.detach().requires_grad_()
        y = fn(x, kernel_size, output_size=output_size, _random_samples=u)
        return torch.autograd.grad(y, x, go, create_graph=True)[0]
    return f


case("grad_of/fractional_max_pool2d", "grad_of/fractional_max_pool2d", grad_of(F.fractional_max_pool2d),
     [T(1, 2, 6, 6, dtype=f64), samples(1, 2, 2, dtype=f64), T(1, 2, 3, 4, dtype=f64, grad=True), 2,
      [3, 4]])
case("grad_of/fractional_max_pool3d", "grad_of/fractional_max_pool3d", grad_of(F.fractional_max_pool3d),
     [T(1, 2, 5, 4, 5, dtype=f64), samples(1, 2, 3, dtype=f64), T(1, 2, 3, 2, 3, dtype=f64, grad=True), 2,
      [3, 2, 3]])

write("nn_sampling_more")

# ---------------------------------------------------------------- modules (module_fixtures.py's format)
import json  # noqa: E402
import os  # noqa: E402
import warnings  # noqa: E402

import torch.nn as nn  # noqa: E402

from module_fixtures import layer, layers, rand, run_forward, state  # noqa: E402

warnings.simplefilter("ignore")
MODULES_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "jtorch-core", "src", "test",
                           "resources", "fixtures", "nn", "nn_sampling_more_modules.json")

# each forward draws its samples from the default generator (seeded per forward)
layer("fractional_max_pool2d_size", "FractionalMaxPool2d", (2,), {"output_size": 4},
      forwards=[dict(inputs=[rand(2, 3, 8, 7)], seed=5), dict(inputs=[rand(3, 9, 9)], seed=6)])
layer("fractional_max_pool2d_ratio", "FractionalMaxPool2d", ((3, 2),), {"output_ratio": (0.5, 0.6)},
      forwards=[dict(inputs=[rand(1, 2, 10, 9)], seed=8)])
layer("fractional_max_pool3d_size", "FractionalMaxPool3d", (2,), {"output_size": (3, 2, 3)},
      forwards=[dict(inputs=[rand(2, 2, 5, 6, 5)], seed=9)])
layer("fractional_max_pool3d_ratio", "FractionalMaxPool3d", (2,), {"output_ratio": 0.5},
      forwards=[dict(inputs=[rand(2, 7, 6, 8)], seed=10)])
layer("cross_map_lrn2d", "CrossMapLRN2d", (5,), forwards=[dict(inputs=[rand(2, 7, 3, 3)])])
layer("cross_map_lrn2d_args", "CrossMapLRN2d", (3, 1e-2, 0.5, 2.0), forwards=[dict(inputs=[rand(1, 4, 2, 3)])])
layer("cross_map_lrn2d_even", "CrossMapLRN2d", (4, 0.1, 0.75, 1), forwards=[dict(inputs=[rand(2, 6, 2, 2)])])
layer("cross_map_lrn2d_f64", "CrossMapLRN2d", (2, 0.5), forwards=[dict(inputs=[rand(1, 3, 2, 2, dtype=torch.float64)])])


def lazy(name, ctor, args=(), kwargs=None, seed=0, forwards=()):
    """A Lazy module: repr before and after its first forward (which infers the input size, becomes the plain
    module and initialises the parameters from the default generator), the state after the forwards."""
    kwargs = kwargs or {}
    torch.manual_seed(seed)
    m = getattr(nn, ctor)(*args, **kwargs)
    entry = {"name": name, "ctor": {"type": ctor, "args": list(args), "kwargs": kwargs}, "seed": seed,
             "repr_before": repr(m), "forwards": []}
    for fw in forwards:
        entry["forwards"].append(run_forward(m, **fw))
    entry["repr"] = repr(m)
    entry["num_params"] = sum(p.numel() for p in m.parameters())
    entry["state_after"] = state(m)
    layers.append(entry)


lazy("lazy_linear", "LazyLinear", (3,), forwards=[dict(inputs=[rand(2, 4)]), dict(inputs=[rand(5, 4)])])
lazy("lazy_linear_nobias_3d", "LazyLinear", (2,), {"bias": False}, seed=1, forwards=[dict(inputs=[rand(2, 3, 5)])])
lazy("lazy_conv1d", "LazyConv1d", (4, 3), {"padding": 1}, forwards=[dict(inputs=[rand(2, 3, 6)])])
lazy("lazy_conv2d", "LazyConv2d", (4, 3), {"stride": 2, "groups": 2, "bias": False}, seed=2,
     forwards=[dict(inputs=[rand(1, 2, 6, 6)])])
lazy("lazy_conv2d_unbatched", "LazyConv2d", (3, (2, 3)), seed=3, forwards=[dict(inputs=[rand(2, 5, 5)])])
lazy("lazy_conv3d", "LazyConv3d", (2, 2), {"padding": "same"}, forwards=[dict(inputs=[rand(1, 3, 3, 4, 4)])])
lazy("lazy_conv_transpose1d", "LazyConvTranspose1d", (4, 3), {"groups": 2, "stride": 2},
     forwards=[dict(inputs=[rand(1, 2, 5)])])
lazy("lazy_conv_transpose2d", "LazyConvTranspose2d", (3, 2), {"output_padding": 1, "stride": 2}, seed=4,
     forwards=[dict(inputs=[rand(2, 2, 3, 3)])])
lazy("lazy_conv_transpose3d", "LazyConvTranspose3d", (2, 2), forwards=[dict(inputs=[rand(1, 3, 2, 3, 3)])])
lazy("lazy_batch_norm1d", "LazyBatchNorm1d", forwards=[dict(inputs=[rand(4, 3)]), dict(inputs=[rand(4, 3)], train=False)])
lazy("lazy_batch_norm2d_noaffine", "LazyBatchNorm2d", (), {"affine": False, "momentum": 0.3},
     forwards=[dict(inputs=[rand(2, 3, 4, 4)])])
lazy("lazy_batch_norm3d", "LazyBatchNorm3d", (), {"eps": 1e-3}, forwards=[dict(inputs=[rand(2, 2, 2, 3, 3)])])
lazy("lazy_instance_norm1d", "LazyInstanceNorm1d", forwards=[dict(inputs=[rand(2, 3, 5)])])
lazy("lazy_instance_norm2d_plain", "LazyInstanceNorm2d", (), {"affine": False, "track_running_stats": False},
     forwards=[dict(inputs=[rand(2, 3, 4, 4)])])
lazy("lazy_instance_norm3d", "LazyInstanceNorm3d", forwards=[dict(inputs=[rand(1, 2, 2, 3, 3)])])

with open(MODULES_OUT, "w") as f:
    json.dump({"generator": "tools/golden/nn_sampling_more.py", "torch": torch.__version__, "layers": layers}, f,
              separators=(",", ":"))
print("wrote %d modules to %s" % (len(layers), os.path.relpath(MODULES_OUT)))
