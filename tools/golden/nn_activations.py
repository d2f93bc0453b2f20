"""Fixtures for the activations issue 21 adds (jtorch.internal.ops.PiecewiseActivationOps and
SmoothActivationOps, via jtorch.nn.functional.F): relu6, selu, celu, glu, hardsigmoid, hardswish, hardshrink,
softshrink, tanhshrink, logsigmoid, mish, softsign, softmin, threshold and rrelu (training draws seeded).
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_activations.py

Op names are F's Java method names; a trailing "_" is the in-place form (applied to a clone when the input
requires grad). rrelu cases carry the seed both sides set right before the call.
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, bf16, f16, i64, b8 = torch.float32, torch.float64, torch.bfloat16, torch.float16, torch.int64, torch.bool
nan, inf = float("nan"), float("inf")
SPECIAL = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.4999, -0.5001, 3.0, -3.0, 2.9, -2.9, 19.5, 20.0,
           20.5, -20.0, 100.0, -100.0, 1e-7, -1e-7, 1e30, -1e30, 88.0, -88.0, -104.0, 7.7, -7.7, 0.25, -0.25, 2.0,
           -2.0, 10.0, -10.0, 40.0, -40.0, 0.1, -0.1, 1.5, -1.5]
KINKS = [-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0, 6.0]


def inplace(fn):
    def run(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return fn(target, *rest, **kw)
    return run


ACT = {
    "relu6": (F.relu6, [{}]),
    "selu": (F.selu, [{}]),
    "celu": (F.celu, [{}, {"alpha": 0.5}, {"alpha": 2.0}, {"alpha": -1.5}]),
    "hardsigmoid": (F.hardsigmoid, [{}]),
    "hardswish": (F.hardswish, [{}]),
    "hardshrink": (F.hardshrink, [{}, {"lambd": 1.0}, {"lambd": -0.5}]),
    "softshrink": (F.softshrink, [{}, {"lambd": 1.0}, {"lambd": 0.0}]),
    "tanhshrink": (F.tanhshrink, [{}]),
    "logsigmoid": (F.logsigmoid, [{}]),
    "mish": (F.mish, [{}]),
    "softsign": (F.softsign, [{}]),
    "threshold": (F.threshold, [{"threshold": 0.1, "value": 20.0}, {"threshold": -1.0, "value": -2.0},
                                {"threshold": 1.0, "value": 0.5}]),
    "rrelu": (F.rrelu, [{}, {"lower": 0.2, "upper": 0.4}]),
}
INPLACE = {"relu6": lambda x, **kw: F.relu6(x, inplace=True, **kw),
           "selu": lambda x, **kw: F.selu(x, inplace=True, **kw),
           "celu": lambda x, **kw: F.celu(x, inplace=True, **kw),
           "hardsigmoid": lambda x, **kw: F.hardsigmoid(x, inplace=True, **kw),
           "hardswish": lambda x, **kw: F.hardswish(x, inplace=True, **kw),
           "mish": lambda x, **kw: F.mish(x, inplace=True, **kw),
           "threshold": lambda x, **kw: F.threshold(x, inplace=True, **kw),
           "rrelu": lambda x, **kw: F.rrelu(x, inplace=True, **kw)}

for op, (fn, variants) in ACT.items():
    for kw in variants:
        tag = "_".join("%s%s" % (k, v) for k, v in kw.items()) or "default"
        case("%s/%s_f32" % (op, tag), op, fn, [T(3, 5, grad=True)], kw)
        case("%s/%s_f64_long" % (op, tag), op, fn, [T(70, dtype=f64, grad=True, kind="uniform", low=-6, high=6)], kw)
        case("%s/%s_special" % (op, tag), op, fn, [T(len(SPECIAL), values=SPECIAL)], kw)
        case("%s/%s_kinks" % (op, tag), op, fn, [T(len(KINKS), values=KINKS, grad=True)], kw, gradcheck=False)
    kw = variants[0]
    case(op + "/0d", op, fn, [T(grad=True)], kw)
    case(op + "/empty", op, fn, [T(0, 3, grad=True)], kw)
    case(op + "/3d_f64", op, fn, [T(2, 3, 4, dtype=f64, grad=True)], kw)
    case(op + "/bf16", op, fn, [T(2, 3, dtype=bf16, kind="uniform")], kw)
    if op == "tanhshrink":
        # PyTorch 1.13 has no CPU Half tanh; jtorch's Half ops compute in float and round once (as pointwise.py)
        case(op + "/f16_via_float", op, lambda x: fn(x.float()).half(), [T(2, 3, dtype=f16)])
    else:
        case(op + "/f16", op, fn, [T(2, 3, dtype=f16)], kw, check_message=True)
    case(op + "/i64", op, fn, [T(2, 3, dtype=i64, kind="int")], kw, check_message=True)
    case(op + "/bool", op, fn, [T(3, dtype=b8, kind="bool")], kw, check_message=True)
    if op in INPLACE:
        kw = variants[min(1, len(variants) - 1)]
        case(op + "_/f32", op + "_", inplace(INPLACE[op]), [T(3, 4, grad=True)], kw)
        case(op + "_/f32_nograd", op + "_", inplace(INPLACE[op]), [T(4, 9)], kw)
        case(op + "_/f64_strided", op + "_", inplace(INPLACE[op]), [T(3, 5, dtype=f64, grad=True)], kw)

case("threshold/i64_truncates", "threshold", F.threshold, [T(6, dtype=i64, values=[-3, -2, -1, 0, 1, 2])],
     {"threshold": -1.5, "value": 7.9})
case("threshold/bf16_rounds", "threshold", F.threshold, [T(4, dtype=bf16, values=[1.0, 1.0078125, 1.015625, 2.0])],
     {"threshold": 1.01, "value": -3.3})
case("threshold_/value_above_threshold", "threshold_", inplace(INPLACE["threshold"]),
     [T(6, grad=True, values=[-2.0, -0.5, 0.0, 0.5, 1.0, 3.0])], {"threshold": 0.0, "value": 2.0},
     gradcheck=False)  # a jump at 0
case("softshrink/negative_lambd", "softshrink", F.softshrink, [T(3)], {"lambd": -0.5}, check_message=True)
case("softshrink/negative_lambd_int", "softshrink", F.softshrink, [T(3)], {"lambd": -1.0}, check_message=True)
case("celu/alpha0", "celu", F.celu, [T(3)], {"alpha": 0.0}, check_message=True)
case("selu_/alpha_in_place_backward", "selu_", inplace(INPLACE["selu"]), [T(2, 3, grad=True)])

# ---------------------------------------------------------------- glu

for dim in (-1, 0, 1):
    case("glu/dim%d" % dim, "glu", F.glu, [T(4, 6, grad=True)], {"dim": dim})
case("glu/3d_f64", "glu", F.glu, [T(2, 4, 3, dtype=f64, grad=True)], {"dim": 1})
case("glu/special", "glu", F.glu, [T(2, 4, values=[nan, inf, -inf, 1.0, 100.0, -100.0, 0.0, nan])])
case("glu/odd", "glu", F.glu, [T(3, 5)], check_message=True)
case("glu/odd_dim0", "glu", F.glu, [T(3, 4)], {"dim": 0}, check_message=True)
case("glu/0d", "glu", F.glu, [T()], check_message=True)
case("glu/bad_dim", "glu", F.glu, [T(2, 4)], {"dim": 2})
case("glu/i64", "glu", F.glu, [T(2, 4, dtype=i64, kind="int")], check_message=True)
case("glu/bf16", "glu", F.glu, [T(2, 4, dtype=bf16)])

# ---------------------------------------------------------------- softmin

for dim in (0, 1, -1):
    case("softmin/dim%d" % dim, "softmin", F.softmin, [T(3, 4, grad=True)], {"dim": dim})
case("softmin/f64_dtype", "softmin", lambda x, dim, dtype: F.softmin(x, dim, dtype=getattr(torch, dtype)),
     [T(3, 4, grad=True)], {"dim": 1, "dtype": "float64"})
case("softmin/special", "softmin", F.softmin, [T(2, 3, values=[nan, 1.0, 2.0, inf, -inf, 0.0])], {"dim": 1})
# jtorch's softmax takes integers to the default float (pointwise.py's rule for ops without an integer kernel)
case("softmin/i64_via_float", "softmin", lambda x, dim: F.softmin(x.float(), dim), [T(2, 3, dtype=i64, kind="int")],
     {"dim": 1})

# ---------------------------------------------------------------- rrelu in training: seeded draws


def seeded(fn):
    def run(x, seed, *rest, **kw):
        torch.manual_seed(seed)
        return fn(x, *rest, **kw)
    return run


for name, spec, kw in [("f32", T(4, 6, grad=True), {}), ("f64", T(5, 7, dtype=f64, grad=True), {}),
                       ("f32_long", T(300, grad=True), {"lower": 0.05, "upper": 0.9}),
                       ("3d", T(2, 3, 4, grad=True), {"lower": 0.3, "upper": 0.3}),
                       ("bf16", T(3, 5, dtype=bf16), {}),
                       ("special", T(len(SPECIAL), values=SPECIAL), {})]:
    case("rrelu/train_" + name, "rrelu_train", seeded(F.rrelu), [spec, 17], dict(kw, training=True))
case("rrelu_/train_f32", "rrelu_train_", seeded(inplace(INPLACE["rrelu"])), [T(4, 6, grad=True), 5],
     {"training": True})
case("rrelu_/train_nograd", "rrelu_train_", seeded(inplace(INPLACE["rrelu"])), [T(4, 6), 6], {"training": True})
case("rrelu/train_i64", "rrelu_train", seeded(F.rrelu), [T(3, dtype=i64, kind="int"), 1], {"training": True},
     check_message=True)

write("nn_activations")
