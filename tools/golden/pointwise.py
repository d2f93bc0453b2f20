"""Fixtures for elementwise math, comparisons and type promotion (jtorch.internal.ops.PointwiseOps).
Writes jtorch-core/src/test/resources/fixtures/ops/pointwise.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/pointwise.py

Op names are the jtorch method names (PointwiseFixtureTest maps them). A trailing "_" is the in-place
form, applied to the input itself (so strided inputs are written through) or, when the input requires
grad, to a clone of it. A plain Python int/float argument is a Java long/double operand.
"""
import torch
from golden import T, case, write

f32, f64, f16, bf16 = torch.float32, torch.float64, torch.float16, torch.bfloat16
i64, i32, i16, i8, u8, b8 = torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool
ALL = [b8, u8, i8, i16, i32, i64, f16, bf16, f32, f64]
nan, inf = float("nan"), float("inf")

# 40 values (over the vector kernels' 32-element threshold) with every special case
SPECIAL = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1e-7, -1e-7, 3.0, 100.0,
           -100.0, 1e30, -1e30, 0.25, 7.7, -7.7, 88.0, 89.0, -88.0, -104.0, 1e-30, 0.49999997, 2.0, 4.0, 8.0,
           10.0, 1000.0, 0.1, -0.1, 20.0, -20.0, 40.0, -40.0]


def inplace(name):
    def fn(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return getattr(target, name)(*rest, **kw)
    return fn


def nm(d):
    return str(d).replace("torch.", "")


# ---------------------------------------------------------------- unary math

# op -> (input kind kwargs for random grad cases, supports float16 on PyTorch's CPU)
UNARY = {
    "neg": dict(kind="normal"), "abs": dict(kind="normal"), "sqrt": dict(kind="positive"),
    "rsqrt": dict(kind="positive"), "exp": dict(kind="normal"), "expm1": dict(kind="normal"),
    "log": dict(kind="positive"), "log1p": dict(kind="uniform", low=-0.9, high=3),
    "log2": dict(kind="positive"), "log10": dict(kind="positive"), "sin": dict(kind="normal"),
    "cos": dict(kind="normal"), "tan": dict(kind="uniform", low=-1.2, high=1.2), "tanh": dict(kind="normal"),
    "sigmoid": dict(kind="normal"), "relu": dict(kind="normal"), "sign": dict(kind="normal"),
    "floor": dict(kind="uniform", low=-4, high=4), "ceil": dict(kind="uniform", low=-4, high=4),
    "trunc": dict(kind="uniform", low=-4, high=4), "frac": dict(kind="uniform", low=-4, high=4),
    "round": dict(kind="uniform", low=-4, high=4), "reciprocal": dict(kind="positive"),
    "square": dict(kind="normal"), "erf": dict(kind="normal"),
}
HALF_OK = {"neg", "abs", "sign", "frac", "reciprocal", "square"}
INT_KEEPS = {"neg", "abs", "relu", "sign", "floor", "ceil", "trunc", "round", "square"}
INPLACE = ["neg", "abs", "sqrt", "rsqrt", "exp", "expm1", "log", "log1p", "log2", "log10", "sin", "cos", "tan",
           "tanh", "sigmoid", "relu", "sign", "floor", "ceil", "trunc", "frac", "round", "reciprocal", "square",
           "erf"]

for op, spec in UNARY.items():
    fn = getattr(torch, op)
    case(op + "/f32", op, fn, [T(3, 5, grad=True, **spec)])
    case(op + "/f64_long", op, fn, [T(70, dtype=f64, grad=True, **spec)])
    case(op + "/0d", op, fn, [T(dtype=f32, grad=True, **spec)])
    case(op + "/empty", op, fn, [T(0, 3, grad=True, **spec)])
    case(op + "/special_f32", op, fn, [T(40, values=SPECIAL)])
    case(op + "/special_f64", op, fn, [T(5, 8, dtype=f64, values=SPECIAL)])
    case(op + "/bf16", op, fn, [T(2, 3, dtype=bf16, **spec)])
    if op in HALF_OK:
        case(op + "/f16", op, fn, [T(2, 3, dtype=f16, **spec)])
    else:
        # PyTorch 1.13 has no CPU Half kernel for this op; its Half kernels compute in float and round once
        case(op + "/f16_via_float", op, lambda x, fn=fn: fn(x.float()).half(), [T(2, 3, dtype=f16, **spec)])
    case(op + "/i64", op, fn, [T(2, 4, dtype=i64, kind="int", low=1, high=9)])
    case(op + "/i32_neg", op, fn, [T(6, dtype=i32, values=[-3, -1, 0, 1, 2, 5])])
    case(op + "/u8", op, fn, [T(4, dtype=u8, values=[0, 1, 7, 255])])
    case(op + "/bool", op, fn, [T(3, dtype=b8, values=[True, False, True])])
    if op in INPLACE:
        case(op + "_/f32", op + "_", inplace(op + "_"), [T(3, 4, grad=True, **spec)])
        case(op + "_/f32_nograd", op + "_", inplace(op + "_"), [T(4, 9, **spec)])
        case(op + "_/i64", op + "_", inplace(op + "_"), [T(3, dtype=i64, values=[1, 2, 3])],
             check_message=op not in INT_KEEPS)

case("round/half_to_even", "round", torch.round,
     [T(10, values=[0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 0.49999997, 1e8 + 0.5, -4.5])])
case("sigmoid/saturation", "sigmoid", torch.sigmoid, [T(6, values=[-100., -30., -17., 17., 30., 100.])])
case("exp/grad_chain_0d_to_vector", "exp", torch.exp, [T(grad=True)])
case("neg/bool_error", "neg", torch.neg, [T(2, dtype=b8, values=[True, False])], check_message=True)
case("exp_/int_error", "exp_", inplace("exp_"), [T(3, dtype=i64, values=[1, 2, 3])], check_message=True)
case("sqrt_/int_error", "sqrt_", inplace("sqrt_"), [T(3, dtype=i32, values=[1, 2, 3])], check_message=True)
case("sigmoid_/bool_error", "sigmoid_", inplace("sigmoid_"), [T(2, dtype=b8, values=[True, False])],
     check_message=True)

# ---------------------------------------------------------------- binary arithmetic

SHAPES = [((3, 4), (3, 4), "same"), ((3, 4), (4,), "row"), ((3, 1), (1, 4), "outer"),
          ((2, 1, 4), (3, 1), "ranks"), ((), (2, 3), "0d_left"), ((2, 3), (), "0d_right"),
          ((0, 3), (3,), "empty"), ((5, 13), (5, 13), "long")]

for sa, sb, label in SHAPES:
    case("add/" + label, "add", torch.add, [T(*sa, grad=True), T(*sb, grad=True)])
    case("sub/" + label, "sub", torch.sub, [T(*sa, grad=True), T(*sb, grad=True)])
    case("mul/" + label, "mul", torch.mul, [T(*sa, grad=True), T(*sb, grad=True)])
    case("div/" + label, "div", torch.div, [T(*sa, grad=True), T(*sb, kind="positive", grad=True)])
    case("pow/" + label, "pow", torch.pow, [T(*sa, kind="positive", grad=True), T(*sb, grad=True)])
    case("maximum/" + label, "maximum", torch.maximum, [T(*sa, grad=True), T(*sb, grad=True)])
    case("minimum/" + label, "minimum", torch.minimum, [T(*sa, grad=True), T(*sb, grad=True)])
    case("atan2/" + label, "atan2", torch.atan2, [T(*sa, grad=True), T(*sb, grad=True)])
    case("remainder/" + label, "remainder", torch.remainder,
         [T(*sa, kind="uniform", low=-6, high=6, grad=True), T(*sb, kind="positive", grad=True)])
    case("fmod/" + label, "fmod", torch.fmod,
         [T(*sa, kind="uniform", low=-6, high=6, grad=True), T(*sb, kind="positive", grad=True)])

for alpha in [2.5, -1, 0]:
    case("add/alpha_%s" % alpha, "add", torch.add, [T(3, 4, grad=True), T(4, grad=True)], {"alpha": alpha})
    case("sub/alpha_%s" % alpha, "sub", torch.sub, [T(3, 4, grad=True), T(4, grad=True)], {"alpha": alpha})
case("add/alpha_int", "add", torch.add, [T(4, dtype=i64, kind="int"), T(4, dtype=i64, kind="int")], {"alpha": 3})
case("sub/alpha_int", "sub", torch.sub, [T(4, dtype=i32, kind="int"), T(4, dtype=i64, kind="int")], {"alpha": -2})
case("add/alpha_float_on_int_error", "add", torch.add, [T(2, dtype=i64, kind="int"), T(2, dtype=i64, kind="int")],
     {"alpha": 0.5}, check_message=True)
case("add/alpha_f64", "add", torch.add, [T(2, 3, dtype=f64, grad=True), T(3, dtype=f64, grad=True)], {"alpha": 0.1})
case("add/shape_mismatch", "add", torch.add, [T(3, 4), T(5)], check_message=True)
case("mul/shape_mismatch_ranks", "mul", torch.mul, [T(2, 3, 4), T(2, 4)], check_message=True)
case("sub/bool_bool_error", "sub", torch.sub, [T(2, dtype=b8, kind="bool"), T(2, dtype=b8, kind="bool")],
     check_message=True)
case("sub/bool_int_error", "sub", torch.sub, [T(2, dtype=b8, kind="bool"), T(2, dtype=i64, kind="int")],
     check_message=True)
case("sub/int_bool_0d_error", "sub", torch.sub, [T(2, dtype=i64, kind="int"), T(dtype=b8, values=True)],
     check_message=True)
case("add/bool_bool", "add", torch.add, [T(4, dtype=b8, values=[True, True, False, False]),
                                         T(4, dtype=b8, values=[True, False, True, False])])
case("mul/bool_bool", "mul", torch.mul, [T(4, dtype=b8, values=[True, True, False, False]),
                                         T(4, dtype=b8, values=[True, False, True, False])])
case("add/u8_wraps", "add", torch.add, [T(3, dtype=u8, values=[250, 5, 128]), T(3, dtype=u8, values=[10, 5, 128])])
case("mul/i8_wraps", "mul", torch.mul, [T(3, dtype=i8, values=[100, -100, 7]), T(3, dtype=i8, values=[3, 3, 7])])
case("mul/i32_wraps", "mul", torch.mul, [T(2, dtype=i32, values=[2 ** 30, -5]), T(2, dtype=i32, values=[4, 3])])
case("add/i64_exact", "add", torch.add, [T(2, dtype=i64, values=[2 ** 62, -(2 ** 53) - 1]),
                                         T(2, dtype=i64, values=[1, -2])])
case("add/special", "add", torch.add, [T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])
case("mul/special", "mul", torch.mul, [T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])
case("add/scalar_tensor_broadcast_long", "add", torch.add, [T(40, values=SPECIAL), T(values=1.5)])

# scalar operands: Python int -> Java long, Python float -> Java double
for op in ["add", "sub", "mul", "div"]:
    fn = getattr(torch, op)
    for dt in [f32, f64, i64, i32, u8, f16, bf16]:
        for v in [2, 2.5, -3]:
            case("%s/scalar_%s_%s" % (op, nm(dt), v), op, fn,
                 [T(2, 3, dtype=dt, values=[[1, 2, 3], [4, 5, 6]]), v])
    case(op + "/scalar_grad", op, fn, [T(3, 4, grad=True), 2.5])
    case(op + "/scalar_int_grad", op, fn, [T(3, 4, grad=True), 3])
for dt in [f32, i64, b8]:
    case("add/scalar_long_%s" % nm(dt), "add", torch.add, [T(3, dtype=dt, values=[1, 0, 1]), 7])
case("add/bool_plus_float_scalar", "add", torch.add, [T(3, dtype=b8, values=[True, False, True]), 0.5])
case("rsub/float", "rsub", lambda x, v: v - x, [T(2, 3, grad=True), 2.5])
case("rsub/int", "rsub", lambda x, v: v - x, [T(3, dtype=i64, values=[1, 2, 3]), 10])
case("rsub/int_float", "rsub", lambda x, v: v - x, [T(3, dtype=i64, values=[1, 2, 3]), 0.5])

# division rounding modes, negative operands, division by zero
DA = [-7., 7., -7., 7., 0., -0., 5.5, -5.5, inf, -inf, nan, 1., 3., -3., 0., 1e-30]
DB = [2., -2., -2., 2., 0., 0., 0., 0., 2., 3., 1., inf, -inf, inf, -2., 1e30]
for mode in [None, "trunc", "floor"]:
    label = mode or "true"
    case("div/%s_special_f32" % label, "div", torch.div, [T(16, values=DA), T(16, values=DB)],
         {"rounding_mode": mode})
    case("div/%s_special_f64" % label, "div", torch.div, [T(16, dtype=f64, values=DA), T(16, dtype=f64, values=DB)],
         {"rounding_mode": mode})
    case("div/%s_int_signs" % label, "div", torch.div, [T(6, dtype=i64, values=[-7, 7, -7, 7, 0, -1]),
                                                         T(6, dtype=i64, values=[2, -2, -2, 2, 3, 5])],
         {"rounding_mode": mode})
    case("div/%s_int_by_zero" % label, "div", torch.div, [T(2, dtype=i64, values=[3, 4]), T(2, dtype=i64, values=[1, 0])],
         {"rounding_mode": mode}, check_message=True)
    case("div/%s_grad" % label, "div", torch.div, [T(3, 4, grad=True), T(4, kind="positive", grad=True)],
         {"rounding_mode": mode})
    case("div/%s_scalar_int" % label, "div", torch.div, [T(4, dtype=i64, values=[-7, 7, 8, -8]), 3],
         {"rounding_mode": mode})
    case("div/%s_scalar_float" % label, "div", torch.div, [T(4, values=[-7., 7., 8., -8.]), -2.5],
         {"rounding_mode": mode})
    case("div/%s_u8" % label, "div", torch.div, [T(3, dtype=u8, values=[5, 6, 255]), T(3, dtype=u8, values=[2, 4, 16])],
         {"rounding_mode": mode})
    case("div/%s_i32_by_scalar_zero" % label, "div", torch.div, [T(2, dtype=i32, values=[3, -4]), 0],
         {"rounding_mode": mode}, check_message=True)
case("div/bad_rounding_mode", "div", torch.div, [T(2), T(2)], {"rounding_mode": "round"}, check_message=True)
case("div/floor_bool_error", "div", torch.div, [T(2, dtype=b8, kind="bool"), T(2, dtype=b8, values=[True, True])],
     {"rounding_mode": "floor"})
case("floorDivide/int", "floorDivide", torch.floor_divide, [T(4, dtype=i64, values=[-7, 7, 8, -8]),
                                                            T(4, dtype=i64, values=[2, 2, -3, -3])])
case("floorDivide/float_scalar", "floorDivide", torch.floor_divide, [T(4, values=[-7., 7., 8.5, -8.]), 2.0])
case("floorDivide/int_scalar", "floorDivide", torch.floor_divide, [T(4, dtype=i64, values=[-7, 7, 8, -8]), 2])

# pow
case("pow/scalar_2", "pow", torch.pow, [T(3, 4, grad=True), 2])
case("pow/scalar_3", "pow", torch.pow, [T(3, 4, grad=True), 3])
case("pow/scalar_half", "pow", torch.pow, [T(3, 4, kind="positive", grad=True), 0.5])
case("pow/scalar_neg_half", "pow", torch.pow, [T(3, 4, kind="positive", grad=True), -0.5])
case("pow/scalar_neg1", "pow", torch.pow, [T(3, 4, kind="positive", grad=True), -1])
case("pow/scalar_neg2", "pow", torch.pow, [T(3, 4, kind="positive", grad=True), -2])
case("pow/scalar_2.7", "pow", torch.pow, [T(3, 4, kind="positive", grad=True), 2.7])
case("pow/scalar_0", "pow", torch.pow, [T(3, 4, grad=True), 0])
case("pow/scalar_1", "pow", torch.pow, [T(3, 4, grad=True), 1])
case("pow/scalar_f64", "pow", torch.pow, [T(3, 4, dtype=f64, kind="positive", grad=True), 1.3])
case("pow/neg_base_frac_exp", "pow", torch.pow, [T(6, values=[-2., -0.5, 2., 0., -inf, -0.]), 0.5])
case("pow/neg_half_special", "pow", torch.pow, [T(5, values=[-inf, inf, 0., -0., -4.]), -0.5])
case("pow/neg1_special", "pow", torch.pow, [T(4, values=[-0., 0., inf, -2.]), -1])
case("pow/neg_base_int_exp", "pow", torch.pow, [T(4, values=[-2., -0.5, 2., 0.]), 3])
case("pow/zero_zero", "pow", torch.pow, [T(3, values=[0., -0., 1.]), 0])
case("pow/special_tensor", "pow", torch.pow,
     [T(12, values=[0., 0., 0., -2., -2., 1., 1., -1., nan, inf, -inf, 2.]),
      T(12, values=[0., -1., 2.5, 3., 0.5, nan, inf, inf, 0., -1., 3., -inf])])
case("pow/special_long", "pow", torch.pow, [T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])
case("pow/int_int", "pow", torch.pow, [T(5, dtype=i64, values=[2, -3, 0, 5, 7]), T(5, dtype=i64, values=[3, 3, 0, 1, 20])])
case("pow/int_scalar", "pow", torch.pow, [T(4, dtype=i64, values=[2, -3, 0, 5]), 3])
case("pow/int_neg_scalar_error", "pow", torch.pow, [T(2, dtype=i64, values=[2, 3]), -1], check_message=True)
case("pow/u8_neg_scalar_error", "pow", torch.pow, [T(2, dtype=u8, values=[2, 3]), -2], check_message=True)
case("pow/int_neg_tensor_exp", "pow", torch.pow,
     [T(5, dtype=i64, values=[1, -1, -1, 2, 0]), T(5, dtype=i64, values=[-3, -3, -2, -1, -1])])
case("pow/int_float_scalar", "pow", torch.pow, [T(3, dtype=i64, values=[1, 2, 4]), 0.5])
case("pow/int_base_float_exp", "pow", torch.pow, [T(3, dtype=i32, values=[1, 2, 4]), T(3, values=[0.5, 2., -1.])])
case("pow/float_base_0d_int_exp", "pow", torch.pow, [T(3, values=[1.5, 2., 4.]), T(dtype=i64, values=2)])
case("pow/bool_scalar", "pow", torch.pow, [T(2, dtype=b8, values=[True, False]), 2])
case("pow/f16_scalar", "pow", torch.pow, [T(3, dtype=f16, values=[1.5, 2., -3.]), 2])
case("pow/tensor_exp_grad_zero_base", "pow", torch.pow,
     [T(4, values=[0., 0., 2., 3.], grad=True), T(4, values=[2., 0., 0., 1.5], grad=True)], gradcheck=False)
case("pow_/scalar", "pow_", inplace("pow_"), [T(3, 4, kind="positive", grad=True), 1.5])
case("pow_/tensor", "pow_", inplace("pow_"), [T(3, 4, kind="positive", grad=True), T(4, grad=True)])
# PyTorch words this one "Found dtype Long but expected Float"; jtorch gives its usual cast message
case("pow_/int_by_float_error", "pow_", inplace("pow_"), [T(3, dtype=i64, values=[1, 2, 3]), 0.5])

# remainder / fmod signs
RA = [-7., 7., -7., 7., 5.5, -5.5, 3., -3., 0., -0., inf, nan, 1., 2.]
RB = [2., -2., -2., 2., 2., 2., inf, inf, 3., 3., 2., 1., 0., -0.]
for op in ["remainder", "fmod"]:
    fn = getattr(torch, op)
    case(op + "/signs_f32", op, fn, [T(14, values=RA), T(14, values=RB)])
    case(op + "/signs_f64", op, fn, [T(14, dtype=f64, values=RA), T(14, dtype=f64, values=RB)])
    case(op + "/int_signs", op, fn, [T(6, dtype=i64, values=[-7, 7, -7, 7, 0, 9]), T(6, dtype=i64, values=[2, -2, -2, 2, 5, 9])])
    case(op + "/int_by_zero", op, fn, [T(2, dtype=i64, values=[3, 4]), T(2, dtype=i64, values=[1, 0])], check_message=True)
    case(op + "/int_scalar", op, fn, [T(4, dtype=i32, values=[-7, 7, 8, -8]), 3])
    case(op + "/float_scalar", op, fn, [T(4, values=[-7., 7., 8.5, -8.]), -2.5])
    case(op + "/int_by_float_scalar", op, fn, [T(4, dtype=i64, values=[-7, 7, 8, -8]), 2.5])
    case(op + "/scalar_grad", op, fn, [T(3, 4, kind="uniform", low=-6, high=6, grad=True), 1.5])
    case(op + "/bool_error", op, fn, [T(2, dtype=b8, kind="bool"), T(2, dtype=b8, values=[True, True])])
    case(op + "/u8", op, fn, [T(3, dtype=u8, values=[200, 7, 9]), T(3, dtype=u8, values=[7, 200, 3])])

# maximum / minimum: NaN propagation, ties (gradient split in half), mixed dtypes
for op in ["maximum", "minimum"]:
    fn = getattr(torch, op)
    case(op + "/nan", op, fn, [T(6, values=[nan, 1., nan, -inf, inf, 0.]), T(6, values=[1., nan, nan, 0., 3., -0.])])
    case(op + "/ties_grad", op, fn, [T(5, values=[1., 2., 3., -1., 0.5], grad=True),
                                      T(5, values=[1., 0., 3., -1., 0.7], grad=True)], gradcheck=False)
    case(op + "/nan_grad", op, fn, [T(3, values=[nan, 1., 2.], grad=True), T(3, values=[1., nan, 3.], grad=True)],
         gradcheck=False)
    case(op + "/int", op, fn, [T(4, dtype=i64, values=[1, -5, 3, 9]), T(4, dtype=i64, values=[2, -7, 3, 0])])
    case(op + "/int_float", op, fn, [T(3, dtype=i64, values=[1, 2, 3]), T(3, values=[1.5, 0.5, nan])])
    case(op + "/bool", op, fn, [T(4, dtype=b8, values=[True, True, False, False]), T(4, dtype=b8, values=[True, False, True, False])])
    case(op + "/f16_bf16", op, fn, [T(3, dtype=f16, values=[1., 2., 3.]), T(3, dtype=bf16, values=[3., 2., 1.])])
    case(op + "/long_vector", op, fn, [T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])

case("atan2/special", "atan2", torch.atan2,
     [T(10, values=[0., -0., 0., -0., 1., -1., inf, -inf, nan, 1.]),
      T(10, values=[0., 0., -0., -0., 0., 0., inf, inf, 1., -inf])])
case("atan2/int", "atan2", torch.atan2, [T(3, dtype=i64, values=[1, -1, 0]), T(3, dtype=i64, values=[2, 2, -1])])
case("atan2/bool", "atan2", torch.atan2, [T(1, dtype=b8, values=[True]), T(1, dtype=b8, values=[False])])
case("atan2/f64_grad", "atan2", torch.atan2, [T(2, 3, dtype=f64, grad=True), T(3, dtype=f64, grad=True)])

# in-place binary forms
for op in ["add_", "sub_", "mul_", "div_"]:
    case(op + "/broadcast_other", op, inplace(op), [T(2, 3, grad=True), T(3, kind="positive", grad=True)])
    case(op + "/nograd", op, inplace(op), [T(4, 9), T(9, kind="positive")])
    case(op + "/float_scalar", op, inplace(op), [T(2, 3), 2.5])
    case(op + "/int_scalar", op, inplace(op), [T(2, 3, dtype=i64, kind="int", low=1, high=9), 3])
    case(op + "/broadcast_self_error", op, inplace(op), [T(3), T(2, 3)], check_message=True)
    case(op + "/int_by_float_scalar_error", op, inplace(op), [T(3, dtype=i64, values=[1, 2, 3]), 2.5],
         check_message=True)
    case(op + "/int_by_float_0d_error", op, inplace(op), [T(3, dtype=i32, values=[1, 2, 3]), T(values=2.0)],
         check_message=True)
    case(op + "/float_by_f64", op, inplace(op), [T(3, values=[1., 2., 3.]), T(3, dtype=f64, values=[0.1, 0.2, 0.3])])
    case(op + "/f16_self", op, inplace(op), [T(3, dtype=f16, values=[1., 2., 3.]), T(3, values=[0.1, 0.2, 0.3])])
case("add_/alpha", "add_", inplace("add_"), [T(2, 3, grad=True), T(3, grad=True)], {"alpha": 2.0})
case("sub_/alpha", "sub_", inplace("sub_"), [T(2, 3, grad=True), T(3, grad=True)], {"alpha": -0.5})
case("div_/int_by_int_error", "div_", inplace("div_"), [T(3, dtype=i64, values=[1, 2, 3]), 2], check_message=True)
case("div_/floor_int", "div_", inplace("div_"), [T(3, dtype=i64, values=[-7, 2, 3]), T(3, dtype=i64, values=[2, 2, 2])],
     {"rounding_mode": "floor"})
case("add_/bool_self_int_error", "add_", inplace("add_"), [T(2, dtype=b8, values=[True, False]), 1], check_message=True)
case("mul_/u8_self_i64_dim", "mul_", inplace("mul_"),
     [T(2, dtype=u8, values=[1, 2]), T(2, dtype=i64, values=[3, 4])])
case("mul_/u8_self_i64_0d", "mul_", inplace("mul_"), [T(2, dtype=u8, values=[100, 2]), T(dtype=i64, values=3)])
case("remainder_/float", "remainder_", inplace("remainder_"), [T(2, 3, kind="uniform", low=-6, high=6), T(3, kind="positive")])
case("fmod_/float", "fmod_", inplace("fmod_"), [T(2, 3, kind="uniform", low=-6, high=6), T(3, kind="positive")])
case("remainder_/int_scalar", "remainder_", inplace("remainder_"), [T(3, dtype=i64, values=[-7, 7, 8]), 3])
case("fmod_/int_scalar", "fmod_", inplace("fmod_"), [T(3, dtype=i64, values=[-7, 7, 8]), 3])

# ---------------------------------------------------------------- clamp

case("clamp/both", "clamp", torch.clamp, [T(3, 5, grad=True)], {"min": -0.5, "max": 0.5})
case("clamp/min_only", "clamp", torch.clamp, [T(3, 5, grad=True)], {"min": 0.1})
case("clamp/max_only", "clamp", torch.clamp, [T(3, 5, grad=True)], {"max": 0.1})
case("clamp/f64_long", "clamp", torch.clamp, [T(70, dtype=f64, grad=True)], {"min": -1.0, "max": 0.3})
case("clamp/min_gt_max", "clamp", torch.clamp, [T(3, 4, grad=True)], {"min": 1.0, "max": -1.0})
case("clamp/nan_input", "clamp", torch.clamp, [T(5, values=[nan, -2., 0.5, 2., inf], grad=True)],
     {"min": -1.0, "max": 1.0}, gradcheck=False)
case("clamp/nan_min", "clamp", torch.clamp, [T(3, values=[-2., 0.5, 2.])], {"min": nan})
case("clamp/nan_max", "clamp", torch.clamp, [T(3, values=[-2., 0.5, 2.])], {"max": nan})
case("clamp/none_error", "clamp", torch.clamp, [T(3)], check_message=True)
case("clamp/int_int_bounds", "clamp", torch.clamp, [T(5, dtype=i64, values=[-5, -1, 0, 3, 9])], {"min": -1, "max": 3})
case("clamp/int_float_bound", "clamp", torch.clamp, [T(5, dtype=i64, values=[-5, -1, 0, 3, 9])], {"min": -1.5, "max": 3})
case("clamp/int_float_integral_bound", "clamp", torch.clamp, [T(3, dtype=i64, values=[-5, 0, 9])], {"min": 1.0})
case("clamp/i32_min", "clamp", torch.clamp, [T(3, dtype=i32, values=[-5, 0, 9])], {"min": 1})
case("clamp/u8_neg_bound", "clamp", torch.clamp, [T(3, dtype=u8, values=[0, 100, 255])], {"min": 50, "max": 200})
case("clamp/bool", "clamp", torch.clamp, [T(2, dtype=b8, values=[True, False])], {"min": 0})
# PyTorch 1.13 has no CPU Half clamp; its Half kernels compute in float and round once
case("clamp/f16_via_float", "clamp", lambda x, **kw: torch.clamp(x.float(), **kw).half(),
     [T(3, dtype=f16, values=[-2., 0.5, 2.])], {"min": -1.0, "max": 1.0})
case("clamp/special_long", "clamp", torch.clamp, [T(40, values=SPECIAL)], {"min": -3.0, "max": 50.0})
case("clamp/empty", "clamp", torch.clamp, [T(0, 2)], {"min": 0.0})
case("clampMin/f32", "clampMin", torch.clamp_min, [T(3, 4, grad=True), 0.0])
case("clampMin/int", "clampMin", torch.clamp_min, [T(3, dtype=i64, values=[-1, 0, 1]), 0])
case("clampMin/int_float", "clampMin", torch.clamp_min, [T(3, dtype=i64, values=[-1, 0, 1]), 0.5])
case("clampMax/f32", "clampMax", torch.clamp_max, [T(3, 4, grad=True), 0.2])
case("clampMax/int", "clampMax", torch.clamp_max, [T(3, dtype=i64, values=[-1, 0, 1]), 0])
case("clamp_/f32", "clamp_", inplace("clamp_"), [T(3, 4, grad=True)], {"min": -0.3, "max": 0.3})
case("clamp_/nograd", "clamp_", inplace("clamp_"), [T(4, 9)], {"min": -0.3, "max": 0.3})
# PyTorch prints the C++ type name here ("... output type long int"); jtorch says "Long" as everywhere else
case("clamp_/int_float_bound_error", "clamp_", inplace("clamp_"), [T(3, dtype=i64, values=[1, 2, 3])], {"min": 0.5})
case("clamp_/int_int_bound", "clamp_", inplace("clamp_"), [T(3, dtype=i64, values=[1, 2, 3])], {"min": 2})
case("clampMin_/f32", "clampMin_", inplace("clamp_min_"), [T(3, 4, grad=True), 0.0])
case("clampMax_/f32", "clampMax_", inplace("clamp_max_"), [T(3, 4, grad=True), 0.0])

# ---------------------------------------------------------------- comparison and logic

CMP = ["eq", "ne", "lt", "le", "gt", "ge"]
CA = [1., 2., nan, inf, -inf, 0., -0., 3.]
CB = [1., 3., nan, inf, inf, -0., 0., 2.]
for op in CMP:
    fn = getattr(torch, op)
    case(op + "/f32", op, fn, [T(8, values=CA), T(8, values=CB)])
    case(op + "/broadcast", op, fn, [T(3, 1, dtype=f64), T(4)])
    case(op + "/int_float", op, fn, [T(4, dtype=i64, values=[1, 2, 3, 4]), T(4, values=[1., 2.5, 2.5, 4.])])
    case(op + "/scalar_float", op, fn, [T(4, values=[1., 2.5, 3., nan]), 2.5])
    case(op + "/scalar_int", op, fn, [T(4, dtype=i64, values=[1, 2, 3, 4]), 2])
    case(op + "/int_vs_float_scalar", op, fn, [T(4, dtype=i32, values=[1, 2, 3, 4]), 2.5])
    case(op + "/bool", op, fn, [T(4, dtype=b8, values=[True, True, False, False]),
                                T(4, dtype=b8, values=[True, False, True, False])])
    case(op + "/u8_neg_scalar_wraps", op, fn, [T(3, dtype=u8, values=[255, 1, 0]), -1])
    case(op + "/f32_vs_f64_0d", op, fn, [T(3, values=[0.1, 0.2, 0.3]), T(dtype=f64, values=0.1)])
    case(op + "/i64_vs_float_scalar_rounds", op, fn, [T(2, dtype=i64, values=[16777217, 16777216]), 16777216.0])
    case(op + "/i64_big_exact", op, fn, [T(2, dtype=i64, values=[2 ** 53 + 1, 5]), T(2, dtype=i64, values=[2 ** 53, 5])])
    case(op + "/long_vector", op, fn, [T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])
    case(op + "/empty", op, fn, [T(0, 3), T(3)])
    case(op + "/shape_error", op, fn, [T(2, 3), T(4)], check_message=True)
    case(op + "/grad_input_no_grad_output", op, fn, [T(3, grad=True), T(3)])

LOGIC = {"logicalAnd": torch.logical_and, "logicalOr": torch.logical_or, "logicalXor": torch.logical_xor}
for op, fn in LOGIC.items():
    case(op + "/bool", op, fn, [T(4, dtype=b8, values=[True, True, False, False]),
                                T(4, dtype=b8, values=[True, False, True, False])])
    case(op + "/float_int", op, fn, [T(5, values=[0., -0., 1.5, nan, 2.]), T(5, dtype=i64, values=[1, 1, 0, 1, 0])])
    case(op + "/broadcast", op, fn, [T(3, 1, dtype=i32, values=[[0], [1], [2]]), T(2, dtype=b8, values=[True, False])])
    case(op + "/u8_f64", op, fn, [T(3, dtype=u8, values=[0, 1, 255]), T(3, dtype=f64, values=[0.5, 0., 0.])])
    case(op + "/shape_error", op, fn, [T(2), T(3)], check_message=True)
for dt in ALL:
    case("logicalNot/" + nm(dt), "logicalNot", torch.logical_not, [T(3, dtype=dt, values=[0, 1, 1])])
case("logicalNot/nan_negzero", "logicalNot", torch.logical_not, [T(4, values=[nan, -0., inf, 0.1])])

for op, fn in [("isnan", torch.isnan), ("isinf", torch.isinf), ("isfinite", torch.isfinite)]:
    case(op + "/f32", op, fn, [T(40, values=SPECIAL)])
    case(op + "/f64", op, fn, [T(2, 4, dtype=f64, values=[[nan, inf, -inf, 0.], [1., -1e308, 1e-320, nan]])])
    case(op + "/f16", op, fn, [T(4, dtype=f16, values=[nan, inf, 65504., 1.])])
    case(op + "/bf16", op, fn, [T(3, dtype=bf16, values=[nan, -inf, 3.])])
    case(op + "/i64", op, fn, [T(3, dtype=i64, values=[1, 2, 3])])
    case(op + "/bool", op, fn, [T(2, dtype=b8, values=[True, False])])
    case(op + "/0d", op, fn, [T(values=nan)])

ICA = [1., nan, inf, -inf, 1e-9, 100., 1., inf, 0., nan]
ICB = [1.00001, nan, inf, inf, 0., 100.001, 1.0000001, -inf, 1e-8, 1.]
case("isclose/default", "isclose", torch.isclose, [T(10, values=ICA), T(10, values=ICB)])
case("isclose/equal_nan", "isclose", torch.isclose, [T(10, values=ICA), T(10, values=ICB)], {"equal_nan": True})
case("isclose/tols", "isclose", torch.isclose, [T(10, values=ICA), T(10, values=ICB)], {"rtol": 1e-3, "atol": 0.0})
case("isclose/f64", "isclose", torch.isclose, [T(10, dtype=f64, values=ICA), T(10, dtype=f64, values=ICB)],
     {"rtol": 1e-7, "atol": 1e-9})
case("isclose/broadcast", "isclose", torch.isclose, [T(3, 1, values=[[1.], [2.], [3.]]), T(2, values=[1., 2.000001])])
case("isclose/int", "isclose", torch.isclose, [T(3, dtype=i64, values=[1, 2, 10]), T(3, dtype=i64, values=[1, 3, 11])],
     {"rtol": 0.1, "atol": 0.0})
case("isclose/bool", "isclose", torch.isclose, [T(2, dtype=b8, values=[True, False]), T(2, dtype=b8, values=[True, True])])
case("isclose/dtype_mismatch_error", "isclose", torch.isclose, [T(2, dtype=i64, values=[1, 2]), T(2)],
     check_message=True)
case("allclose/true", "allclose", torch.allclose, [T(3, values=[1., 2., 3.]), T(3, values=[1., 2.00001, 3.])])
case("allclose/false", "allclose", torch.allclose, [T(3, values=[1., 2., 3.]), T(3, values=[1., 2.1, 3.])])
case("allclose/nan", "allclose", torch.allclose, [T(2, values=[nan, 1.]), T(2, values=[nan, 1.])])
case("allclose/nan_equal", "allclose", torch.allclose, [T(2, values=[nan, 1.]), T(2, values=[nan, 1.])],
     {"equal_nan": True})
case("allclose/broadcast", "allclose", torch.allclose, [T(2, 3), T(values=0.5)])
case("allclose/tols", "allclose", torch.allclose, [T(2, values=[1., 2.]), T(2, values=[1.05, 2.1])],
     {"rtol": 0.06, "atol": 0.0})
case("equal/same", "equal", torch.equal, [T(2, 3, values=[[1, 2, 3], [4, 5, 6]]), T(2, 3, values=[[1, 2, 3], [4, 5, 6]])])
case("equal/differ", "equal", torch.equal, [T(3, values=[1., 2., 3.]), T(3, values=[1., 2., 4.])])
case("equal/shape", "equal", torch.equal, [T(2, values=[1., 2.]), T(1, 2, values=[[1., 2.]])])
case("equal/nan", "equal", torch.equal, [T(1, values=[nan]), T(1, values=[nan])])
case("equal/int_float", "equal", torch.equal, [T(2, dtype=i64, values=[1, 2]), T(2, values=[1., 2.])])
case("equal/empty", "equal", torch.equal, [T(0), T(0)])

# where
case("where/same", "where", torch.where, [T(3, 4, kind="bool", dtype=b8), T(3, 4, grad=True), T(3, 4, grad=True)])
case("where/broadcast3", "where", torch.where, [T(3, 1, kind="bool", dtype=b8), T(1, 4, grad=True), T(4, grad=True)])
case("where/broadcast_cond", "where", torch.where, [T(4, kind="bool", dtype=b8), T(2, 1, grad=True), T(2, 4, grad=True)])
case("where/0d_branch", "where", torch.where, [T(2, 3, kind="bool", dtype=b8), T(grad=True), T(2, 3, grad=True)])
case("where/scalar_y", "where", torch.where, [T(2, 3, kind="bool", dtype=b8), T(2, 3, grad=True), 0.5])
case("where/scalar_x", "where", torch.where, [T(2, 3, kind="bool", dtype=b8), -1.5, T(2, 3, grad=True)])
case("where/int_float_scalar", "where", torch.where, [T(2, dtype=b8, values=[True, False]), T(2, dtype=i64, values=[1, 2]), 2.5])
case("where/int_int_scalar", "where", torch.where, [T(2, dtype=b8, values=[True, False]), T(2, dtype=i64, values=[1, 2]), 7])
case("where/f16_scalar", "where", torch.where, [T(2, dtype=b8, values=[True, False]), T(2, dtype=f16, values=[1., 2.]), 2.5])
case("where/int_float_tensors", "where", torch.where,
     [T(2, dtype=b8, values=[True, False]), T(2, dtype=i64, values=[1, 2]), T(2, values=[1.5, 2.5])])
case("where/f32_f64", "where", torch.where,
     [T(2, dtype=b8, values=[True, False]), T(2, values=[1., 2.]), T(2, dtype=f64, values=[0.1, 0.2])])
case("where/i64_big", "where", torch.where,
     [T(2, dtype=b8, values=[True, False]), T(2, dtype=i64, values=[2 ** 62 + 1, 1]), T(2, dtype=i64, values=[0, -(2 ** 60) - 1])])
case("where/u8_i8", "where", torch.where,
     [T(2, dtype=b8, values=[True, False]), T(2, dtype=u8, values=[200, 1]), T(2, dtype=i8, values=[-5, -100])])
case("where/non_bool_cond_error", "where", torch.where, [T(2, dtype=i64, values=[1, 0]), T(2), T(2)], check_message=True)
case("where/shape_error", "where", torch.where, [T(3, dtype=b8, kind="bool"), T(2), T(3)])
case("where/nan_branch_grad", "where", torch.where,
     [T(3, dtype=b8, values=[True, False, True]), T(3, values=[1., nan, 2.], grad=True), T(3, values=[nan, 1., inf], grad=True)],
     gradcheck=False)
case("where/long_vector", "where", torch.where, [T(40, kind="bool", dtype=b8), T(40, values=SPECIAL), T(40, values=SPECIAL[::-1])])

# ---------------------------------------------------------------- type promotion matrix

def values_for(dt, vals):
    if dt == b8:
        return [bool(v % 2) for v in vals]
    return vals


for da in ALL:
    for db in ALL:
        pair = "%s_%s" % (nm(da), nm(db))
        x = T(3, dtype=da, values=values_for(da, [1, 2, 3]))
        case("promote/add_dim_dim/" + pair, "add", torch.add, [x, T(3, dtype=db, values=values_for(db, [3, 1, 5]))])
        case("promote/mul_dim_0d/" + pair, "mul", torch.mul, [x, T(dtype=db, values=values_for(db, [3])[0])])
        case("promote/div_0d_dim/" + pair, "div", torch.div, [T(dtype=da, values=values_for(da, [3])[0]),
                                                               T(3, dtype=db, values=values_for(db, [3, 1, 5]))])
for da in ALL:
    for v in [2, 2.5]:
        case("promote/add_dim_scalar/%s_%s" % (nm(da), v), "add", torch.add,
             [T(3, dtype=da, values=values_for(da, [1, 2, 3])), v])
        case("promote/mul_0d_scalar/%s_%s" % (nm(da), v), "mul", torch.mul,
             [T(dtype=da, values=values_for(da, [3])[0]), v])
    case("promote/add_0d_0d/%s_f64" % nm(da), "add", torch.add,
         [T(dtype=da, values=values_for(da, [3])[0]), T(dtype=f64, values=0.5)])
    case("promote/add_0d_0d/%s_i16" % nm(da), "add", torch.add,
         [T(dtype=da, values=values_for(da, [3])[0]), T(dtype=i16, values=7)])
case("promote/u8_plus_1000_wraps", "add", torch.add, [T(2, dtype=u8, values=[1, 2]), 1000])
case("promote/u8_plus_0d_i64_wraps", "add", torch.add, [T(2, dtype=u8, values=[1, 2]), T(dtype=i64, values=1000)])
case("promote/three_ranks_where", "where", torch.where,
     [T(2, dtype=b8, values=[True, False]), T(dtype=f64, values=0.5), T(2, dtype=i32, values=[1, 2])])
for name, v in [("float", 2.5), ("int", 3)]:
    case("fill_/" + name, "fill_", lambda x, v: x.clone().fill_(v), [T(2, 3, grad=True), v])
# erfinv (added with trunc_normal_, after the other families so their random inputs stay as they were)
ERFINV = dict(kind="uniform", low=-0.95, high=0.95)
case("erfinv/f32", "erfinv", torch.erfinv, [T(3, 5, grad=True, **ERFINV)])
case("erfinv/f64_long", "erfinv", torch.erfinv, [T(70, dtype=f64, grad=True, **ERFINV)])
case("erfinv/0d", "erfinv", torch.erfinv, [T(dtype=f32, grad=True, **ERFINV)])
case("erfinv/empty", "erfinv", torch.erfinv, [T(0, 3, grad=True, **ERFINV)])
case("erfinv/special_f32", "erfinv", torch.erfinv, [T(40, values=SPECIAL)])
case("erfinv/special_f64", "erfinv", torch.erfinv, [T(5, 8, dtype=f64, values=SPECIAL)])
case("erfinv/tails_f64", "erfinv", torch.erfinv,
     [T(8, dtype=f64, values=[0.999, -0.999, 0.9999999, -0.9999, 1e-300, 0.7, -0.7, 0.70000001])])
case("erfinv/tails_f32", "erfinv", torch.erfinv, [T(6, values=[0.999, -0.999, 0.99999, 0.7, -0.70001, 1e-30])])
case("erfinv/i64", "erfinv", torch.erfinv, [T(3, dtype=i64, values=[-1, 0, 1])])
case("erfinv/bool", "erfinv", torch.erfinv, [T(3, dtype=b8, values=[True, False, True])])
case("erfinv_/f32", "erfinv_", inplace("erfinv_"), [T(3, 4, grad=True, **ERFINV)])
case("erfinv_/f32_nograd", "erfinv_", inplace("erfinv_"), [T(4, 9, **ERFINV)])
case("erfinv_/i64", "erfinv_", inplace("erfinv_"), [T(3, dtype=i64, values=[1, 2, 3])], check_message=True)
# a number raised to a tensor: PyTorch's pow.Scalar overload (PowBackward2)
case("pow/number_base", "pow_number_base", torch.pow, [2.0, T(3, 4, grad=True)])
case("pow/number_base_f64", "pow_number_base", torch.pow, [1.5, T(3, 4, dtype=f64, grad=True)])
case("pow/number_base_int_exp", "pow_number_base", torch.pow, [2.0, T(4, dtype=i64, values=[0, 1, 2, 3])])
# a zero base: ln 0 is masked where the exponent is >= 0; 0 ** x has no finite derivative at 0, so no gradcheck
case("pow/number_base_zero", "pow_number_base", torch.pow, [0.0, T(4, values=[0., 2., 0.5, 3.], grad=True)],
     gradcheck=False)
write("pointwise")
