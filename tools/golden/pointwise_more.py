"""Fixtures for the elementwise ops issue 21 adds: the inverse trigonometric and hyperbolic functions
(jtorch.internal.ops.TrigOps) and their arc* aliases. Writes
jtorch-core/src/test/resources/fixtures/ops/pointwise_more.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/pointwise_more.py

Op names are the jtorch method names (PointwiseMoreFixtureTest maps them); a trailing "_" is the in-place form,
applied to the input itself or, when it requires grad, to a clone (as pointwise.py does).
"""
import torch
from golden import T, case, write

f32, f64, f16, bf16 = torch.float32, torch.float64, torch.float16, torch.bfloat16
i64, i32, u8, b8 = torch.int64, torch.int32, torch.uint8, torch.bool
nan, inf = float("nan"), float("inf")

# 48 values (over the vector kernels' 32-element threshold) with every special case of these functions
SPECIAL = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.9999999, -0.9999999, 1.0000001, 1.5, -1.5, 2.0,
           2.0000002, -2.0, 1e-7, -1e-7, 1e-30, 3.0, 100.0, -100.0, 1e30, -1e30, 0.25, 7.7, -7.7, 88.0, 89.0, -88.0,
           90.0, 710.0, -710.0, 0.1, -0.1, 20.0, -20.0, 3e8, 2.7e8, 1e-300, 0.75, -0.75, 1.25, 10.0, 0.999, -0.999,
           4.0]


def inplace(name):
    def fn(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return getattr(target, name)(*rest, **kw)
    return fn


# op -> input kind for the random gradient cases (inside the domain, away from its poles)
TRIG = {"asin": dict(kind="uniform", low=-0.9, high=0.9), "acos": dict(kind="uniform", low=-0.9, high=0.9),
        "atan": dict(kind="normal"), "sinh": dict(kind="normal"), "cosh": dict(kind="normal"),
        "asinh": dict(kind="uniform", low=-30, high=30), "acosh": dict(kind="uniform", low=1.1, high=30),
        "atanh": dict(kind="uniform", low=-0.9, high=0.9)}
ALIASES = {"asin": "arcsin", "acos": "arccos", "atan": "arctan", "asinh": "arcsinh", "acosh": "arccosh",
           "atanh": "arctanh"}

for op, spec in TRIG.items():
    fn = getattr(torch, op)
    case(op + "/f32", op, fn, [T(3, 5, grad=True, **spec)])
    case(op + "/f64_long", op, fn, [T(70, dtype=f64, grad=True, **spec)])
    case(op + "/0d", op, fn, [T(grad=True, **spec)])
    case(op + "/empty", op, fn, [T(0, 3, grad=True, **spec)])
    case(op + "/special_f32", op, fn, [T(len(SPECIAL), values=SPECIAL)])
    case(op + "/special_f64", op, fn, [T(6, 8, dtype=f64, values=SPECIAL)])
    case(op + "/bf16", op, fn, [T(2, 3, dtype=bf16, **spec)])
    # PyTorch 1.13 has no CPU Half kernel for these; jtorch's Half ops compute in float and round once
    case(op + "/f16_via_float", op, lambda x, fn=fn: fn(x.float()).half(), [T(2, 3, dtype=f16, **spec)])
    case(op + "/i64", op, fn, [T(2, 4, dtype=i64, values=[-3, -1, 0, 1, 2, 5, 9, 30])])
    case(op + "/u8", op, fn, [T(4, dtype=u8, values=[0, 1, 7, 255])])
    case(op + "/bool", op, fn, [T(3, dtype=b8, values=[True, False, True])])
    # PyTorch 1.13 has no derivative for in-place asinh_, acosh_, atanh_ (their nodes raise; the Java test checks)
    no_grad = op in ("asinh", "acosh", "atanh")
    case(op + "_/f32", op + "_", inplace(op + "_"), [T(3, 4, grad=True, **spec)], grad=not no_grad)
    case(op + "_/f32_nograd", op + "_", inplace(op + "_"), [T(4, 9, **spec)])
    case(op + "_/f64_nograd", op + "_", inplace(op + "_"), [T(5, 3, dtype=f64, **spec)])
    case(op + "_/i64", op + "_", inplace(op + "_"), [T(3, dtype=i64, values=[1, 2, 3])], check_message=True)
    if op in ALIASES:
        alias = ALIASES[op]
        case(alias + "/f32", alias, getattr(torch, alias), [T(2, 3, grad=True, **spec)])
        case(alias + "_/f32", alias + "_", inplace(alias + "_"), [T(2, 3, grad=True, **spec)], grad=not no_grad)
case("arctan2/f32", "arctan2", torch.arctan2, [T(2, 3, grad=True), T(3, grad=True)])

write("pointwise_more")
