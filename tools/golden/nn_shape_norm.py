"""Fixtures for the layers issue 21 adds to F besides activations: pixel_shuffle, pixel_unshuffle,
channel_shuffle (jtorch.internal.ops.ShuffleOps), unfold and fold (FoldOps), instance_norm (InstanceNormOps),
and PyTorch's compositions in F: local_response_norm, dropout1d/dropout3d (seeded), lp_pool1d/lp_pool2d,
adaptive_avg_pool1d, adaptive_max_pool1d.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_shape_norm.py

Op names are F's Java method names. "instanceNormStats" returns the output and the running statistics after
the call (the inputs' copies are updated in place).
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, bf16, f16, i64 = torch.float32, torch.float64, torch.bfloat16, torch.float16, torch.int64
nan, inf = float("nan"), float("inf")

# ---------------------------------------------------------------- pixel_shuffle / pixel_unshuffle

case("pixelShuffle/4d", "pixelShuffle", F.pixel_shuffle, [T(2, 8, 3, 2, grad=True), 2])
case("pixelShuffle/3d_r3", "pixelShuffle", F.pixel_shuffle, [T(9, 2, 3, grad=True), 3])
case("pixelShuffle/5d_f64", "pixelShuffle", F.pixel_shuffle, [T(2, 1, 4, 2, 2, dtype=f64, grad=True), 2])
case("pixelShuffle/r1", "pixelShuffle", F.pixel_shuffle, [T(1, 3, 2, 2, grad=True), 1])
case("pixelShuffle/i64", "pixelShuffle", F.pixel_shuffle, [T(1, 4, 2, 2, dtype=i64, kind="int"), 2])
case("pixelShuffle/empty_batch", "pixelShuffle", F.pixel_shuffle, [T(0, 4, 2, 2), 2])
case("pixelShuffle/2d", "pixelShuffle", F.pixel_shuffle, [T(4, 4), 2], check_message=True)
case("pixelShuffle/not_divisible", "pixelShuffle", F.pixel_shuffle, [T(1, 3, 2, 2), 2], check_message=True)
case("pixelShuffle/zero_factor", "pixelShuffle", F.pixel_shuffle, [T(1, 4, 2, 2), 0], check_message=True)
case("pixelUnshuffle/4d", "pixelUnshuffle", F.pixel_unshuffle, [T(2, 2, 4, 6, grad=True), 2])
case("pixelUnshuffle/3d_r3", "pixelUnshuffle", F.pixel_unshuffle, [T(1, 6, 3, grad=True), 3])
case("pixelUnshuffle/5d_f64", "pixelUnshuffle", F.pixel_unshuffle, [T(2, 1, 2, 4, 2, dtype=f64, grad=True), 2])
case("pixelUnshuffle/bad_height", "pixelUnshuffle", F.pixel_unshuffle, [T(1, 1, 3, 4), 2], check_message=True)
case("pixelUnshuffle/bad_width", "pixelUnshuffle", F.pixel_unshuffle, [T(1, 1, 4, 3), 2], check_message=True)
case("pixelUnshuffle/negative", "pixelUnshuffle", F.pixel_unshuffle, [T(1, 1, 4, 4), -1], check_message=True)
case("pixelUnshuffle/2d", "pixelUnshuffle", F.pixel_unshuffle, [T(4, 4), 2], check_message=True)

# ---------------------------------------------------------------- channel_shuffle (no derivative in 1.13)

case("channelShuffle/3d", "channelShuffle", F.channel_shuffle, [T(2, 6, 3), 3])
case("channelShuffle/4d_f64", "channelShuffle", F.channel_shuffle, [T(1, 4, 2, 3, dtype=f64), 2])
case("channelShuffle/5d_i64", "channelShuffle", F.channel_shuffle, [T(1, 6, 1, 2, 2, dtype=i64, kind="int"), 2])
case("channelShuffle/2d", "channelShuffle", F.channel_shuffle, [T(2, 4), 2], check_message=True)
case("channelShuffle/not_divisible", "channelShuffle", F.channel_shuffle, [T(2, 4, 3), 3], check_message=True)
case("channelShuffle/zero_groups", "channelShuffle", F.channel_shuffle, [T(2, 4, 3), 0], check_message=True)

# ---------------------------------------------------------------- unfold / fold

UNFOLD = [
    ("k2", (1, 2, 4, 5), {"kernel_size": 2}),
    ("k2x3_pad_stride_dil", (2, 3, 6, 7), {"kernel_size": (2, 3), "dilation": (2, 1), "padding": (1, 2),
                                           "stride": (2, 3)}),
    ("k3_pad1", (2, 2, 5, 5), {"kernel_size": 3, "padding": 1}),
    ("k1", (1, 3, 2, 2), {"kernel_size": 1}),
]
for name, shape, kw in UNFOLD:
    case("unfold/" + name, "unfold", F.unfold, [T(*shape, grad=True)], kw)
    case("unfold/" + name + "_f64", "unfold", F.unfold, [T(*shape, dtype=f64, grad=True)], kw)
    case("unfold/" + name + "_unbatched", "unfold", F.unfold, [T(*shape[1:], grad=True)], kw)
case("unfold/bf16", "unfold", F.unfold, [T(1, 2, 3, 3, dtype=bf16)], {"kernel_size": 2})
case("unfold/f16", "unfold", F.unfold, [T(1, 2, 3, 3, dtype=f16)], {"kernel_size": 2})
case("unfold/special", "unfold", F.unfold, [T(1, 1, 2, 3, values=[nan, inf, -inf, 1.0, 2.0, 3.0])],
     {"kernel_size": 2})
case("unfold/i64", "unfold", F.unfold, [T(1, 2, 3, 4, dtype=i64, kind="int")], {"kernel_size": 2}, check_message=True)
case("unfold/2d", "unfold", F.unfold, [T(3, 4)], {"kernel_size": 2}, check_message=True)
case("unfold/1d", "unfold", F.unfold, [T(4)], {"kernel_size": 2}, check_message=True)
case("unfold/5d", "unfold", F.unfold, [T(1, 2, 3, 4, 5)], {"kernel_size": 2}, check_message=True)
case("unfold/kernel0", "unfold", F.unfold, [T(1, 2, 3, 4)], {"kernel_size": 0}, check_message=True)
case("unfold/stride0", "unfold", F.unfold, [T(1, 2, 3, 4)], {"kernel_size": 2, "stride": 0}, check_message=True)
case("unfold/dilation0", "unfold", F.unfold, [T(1, 2, 3, 4)], {"kernel_size": 2, "dilation": 0}, check_message=True)
case("unfold/padding_negative", "unfold", F.unfold, [T(1, 2, 3, 4)], {"kernel_size": 2, "padding": -1},
     check_message=True)
case("unfold/kernel_too_big", "unfold", F.unfold, [T(1, 2, 3, 4)], {"kernel_size": 5}, check_message=True)
case("unfold/kernel_too_big_wide", "unfold", F.unfold, [T(1, 2, 6, 3)], {"kernel_size": (2, 4)}, check_message=True)
case("unfold/zero_channels", "unfold", F.unfold, [T(1, 0, 3, 4)], {"kernel_size": 2}, check_message=True)
case("unfold/zero_batch", "unfold", F.unfold, [T(0, 2, 3, 4)], {"kernel_size": 2})

FOLD = [
    ("k2", (1, 8, 12), {"output_size": (4, 5), "kernel_size": 2}),
    ("k2x3_pad_stride_dil", (2, 6, 9), {"output_size": (6, 7), "kernel_size": (2, 3), "dilation": (2, 1),
                                        "padding": (1, 2), "stride": (2, 3)}),
    ("k3_pad1_overlap", (2, 18, 25), {"output_size": 5, "kernel_size": 3, "padding": 1}),
]
for name, shape, kw in FOLD:
    case("fold/" + name, "fold", F.fold, [T(*shape, grad=True)], kw)
    case("fold/" + name + "_f64", "fold", F.fold, [T(*shape, dtype=f64, grad=True)], kw)
    case("fold/" + name + "_unbatched", "fold", F.fold, [T(*shape[1:], grad=True)], kw)
case("fold/bf16", "fold", F.fold, [T(1, 4, 4, dtype=bf16)], {"output_size": 3, "kernel_size": 2})
case("fold/i64", "fold", F.fold, [T(1, 4, 4, dtype=i64, kind="int")], {"output_size": 3, "kernel_size": 2},
     check_message=True)
case("fold/not_divisible", "fold", F.fold, [T(1, 5, 4)], {"output_size": 3, "kernel_size": 2}, check_message=True)
case("fold/wrong_blocks", "fold", F.fold, [T(1, 8, 9)], {"output_size": 3, "kernel_size": 2}, check_message=True)
case("fold/4d", "fold", F.fold, [T(1, 1, 8, 4)], {"output_size": 3, "kernel_size": 2}, check_message=True)
case("fold/kernel0", "fold", F.fold, [T(1, 4, 4)], {"output_size": 3, "kernel_size": 0}, check_message=True)

# ---------------------------------------------------------------- instance_norm


def instance_norm_stats(x, rm, rv, w, b, **kw):
    rm, rv = rm.clone(), rv.clone()
    out = F.instance_norm(x, rm, rv, w, b, **kw)
    return out, rm, rv


for name, shape in [("3d", (2, 3, 5)), ("4d", (2, 3, 4, 3)), ("5d", (2, 2, 2, 3, 2))]:
    case("instanceNorm/" + name, "instanceNorm", F.instance_norm, [T(*shape, grad=True)])
    case("instanceNorm/" + name + "_f64", "instanceNorm", F.instance_norm, [T(*shape, dtype=f64, grad=True)])
    c = shape[1]
    case("instanceNormStats/" + name + "_affine_train", "instanceNormStats", instance_norm_stats,
         [T(*shape, grad=True), T(c), T(c, kind="positive"), T(c, grad=True), T(c, grad=True)],
         {"use_input_stats": True, "momentum": 0.2, "eps": 1e-3})
    case("instanceNormStats/" + name + "_eval", "instanceNormStats", instance_norm_stats,
         [T(*shape, dtype=f64, grad=True), T(c, dtype=f64), T(c, dtype=f64, kind="positive"),
          T(c, dtype=f64, grad=True), T(c, dtype=f64, grad=True)], {"use_input_stats": False})
case("instanceNorm/one_spatial", "instanceNorm", F.instance_norm, [T(2, 3, 1)], check_message=True)
case("instanceNorm/eval_without_stats", "instanceNorm", F.instance_norm, [T(2, 3, 4)], {"use_input_stats": False},
     check_message=True)

# ---------------------------------------------------------------- local_response_norm

for name, shape, kw in [("3d_size2", (2, 5, 4), {"size": 2}),
                        ("4d_size3", (2, 6, 3, 2), {"size": 3, "alpha": 0.01, "beta": 0.5, "k": 2.0}),
                        ("5d_size4", (1, 4, 2, 2, 3), {"size": 4}),
                        ("size1", (2, 3, 4), {"size": 1, "alpha": 0.1})]:
    case("localResponseNorm/" + name, "localResponseNorm", F.local_response_norm, [T(*shape, grad=True)], kw)
    case("localResponseNorm/" + name + "_f64", "localResponseNorm", F.local_response_norm,
         [T(*shape, dtype=f64, grad=True)], kw)
case("localResponseNorm/2d", "localResponseNorm", F.local_response_norm, [T(3, 4)], {"size": 2}, check_message=True)
case("localResponseNorm/empty", "localResponseNorm", F.local_response_norm, [T(0, 3, 4)], {"size": 2})

# ---------------------------------------------------------------- dropout1d / dropout3d (seeded), lp_pool, adaptive 1-D


def seeded(fn):
    def run(x, seed, *rest, **kw):
        torch.manual_seed(seed)
        return fn(x, *rest, **kw)
    return run


case("dropout1d/3d", "dropout1d", seeded(F.dropout1d), [T(3, 4, 5, grad=True), 7, 0.4, True])
case("dropout1d/2d_unbatched", "dropout1d", seeded(F.dropout1d), [T(6, 5, grad=True), 8, 0.5, True])
case("dropout1d/eval", "dropout1d", seeded(F.dropout1d), [T(3, 4, 5, grad=True), 7, 0.4, False])
case("dropout1d/4d", "dropout1d", seeded(F.dropout1d), [T(2, 3, 4, 5), 7, 0.4, True], check_message=True)
case("dropout1d/bad_p", "dropout1d", seeded(F.dropout1d), [T(3, 4, 5), 7, 1.5, True], check_message=True)
case("dropout3d/5d", "dropout3d", seeded(F.dropout3d), [T(2, 4, 2, 2, 3, grad=True), 9, 0.3, True])
case("dropout3d/4d_unbatched", "dropout3d", seeded(F.dropout3d), [T(5, 2, 2, 2, grad=True), 10, 0.6, True])
case("dropout1d_/inplace", "dropout1d_", seeded(lambda x, *r: F.dropout1d(x, *r, inplace=True)),
     [T(3, 4, 5), 11, 0.5, True])
for p in (1.0, 2, 3.0):
    case("lpPool1d/p%s" % p, "lpPool1d", F.lp_pool1d, [T(2, 3, 7, kind="positive", grad=True), p, 3])
    case("lpPool2d/p%s" % p, "lpPool2d", F.lp_pool2d, [T(2, 3, 5, 6, kind="positive", grad=True), p, 2])
case("lpPool1d/stride_ceil", "lpPool1d", F.lp_pool1d, [T(2, 3, 8, dtype=f64, kind="positive", grad=True), 2.5, 3],
     {"stride": 2, "ceil_mode": True})
case("lpPool2d/rect_stride", "lpPool2d", F.lp_pool2d, [T(1, 2, 6, 7, dtype=f64, kind="positive", grad=True), 2.0,
                                                       [2, 3]], {"stride": [1, 2]})
# negative window sums give NaN (a fractional power of a negative number), as in PyTorch: no gradcheck
case("lpPool2d/signed", "lpPool2d", F.lp_pool2d, [T(1, 2, 4, 4, grad=True), 3.0, 2], gradcheck=False)
for n in (1, 3, 5, 7):
    case("adaptiveAvgPool1d/out%d" % n, "adaptiveAvgPool1d", F.adaptive_avg_pool1d, [T(2, 3, 5, grad=True), n])
    case("adaptiveMaxPool1dWithIndices/out%d" % n, "adaptiveMaxPool1dWithIndices",
         lambda x, n: F.adaptive_max_pool1d(x, n, return_indices=True), [T(2, 3, 5, grad=True), n])
case("adaptiveAvgPool1d/unbatched_f64", "adaptiveAvgPool1d", F.adaptive_avg_pool1d, [T(3, 8, dtype=f64, grad=True), 3])
case("adaptiveMaxPool1d/unbatched", "adaptiveMaxPool1d", F.adaptive_max_pool1d, [T(3, 8, grad=True), 3])

write("nn_shape_norm")
