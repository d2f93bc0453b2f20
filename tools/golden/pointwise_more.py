"""Fixtures for the elementwise ops issue 21 adds: the inverse trigonometric and hyperbolic functions
(jtorch.internal.ops.TrigOps) and their arc* aliases; lerp, addcmul, addcdiv, hypot, logaddexp, logaddexp2, xlogy,
copysign (BinaryMathOps); logit, nan_to_num, round(decimals) (UnaryMathOps). Writes
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

# ---------------------------------------------------------------- lerp, addcmul, addcdiv
BSHAPES = [((3, 4), (3, 4), "same"), ((3, 4), (4,), "row"), ((3, 1), (1, 4), "outer"), ((), (2, 3), "0d_left")]
for sa, sb, label in BSHAPES:
    for w in (0.3, 0.5, 0.8, -0.4, 1.7):
        case("lerp/%s_w%s" % (label, w), "lerp", torch.lerp, [T(*sa, grad=True), T(*sb, grad=True), w])
    case("lerp/%s_tensor_weight" % label, "lerp", torch.lerp,
         [T(*sa, grad=True), T(*sb, grad=True), T(*sb, kind="uniform", low=-0.5, high=1.5, grad=True)])
    case("addcmul/" + label, "addcmul", torch.addcmul, [T(*sa, grad=True), T(*sb, grad=True), T(*sa, grad=True)],
         {"value": 0.7})
    case("addcdiv/" + label, "addcdiv", torch.addcdiv,
         [T(*sa, grad=True), T(*sb, grad=True), T(*sa, kind="positive", grad=True)], {"value": -1.5})
case("lerp/f64", "lerp", torch.lerp, [T(4, dtype=f64, grad=True), T(4, dtype=f64, grad=True), 0.25])
case("lerp/f64_tensor_weight", "lerp", torch.lerp, [T(4, dtype=f64, grad=True), T(4, dtype=f64, grad=True),
                                                    T(4, dtype=f64, grad=True)])
case("lerp/special", "lerp", torch.lerp, [T(6, values=[nan, inf, -inf, 1.0, 0.0, inf]),
                                          T(6, values=[1.0, 1.0, inf, nan, -inf, inf]), 0.5])
case("lerp/bf16", "lerp", torch.lerp, [T(3, dtype=bf16), T(3, dtype=bf16), 0.3])
case("lerp/mixed_dtypes", "lerp", torch.lerp, [T(3), T(3, dtype=f64), 0.3], check_message=True)
case("lerp/weight_dtype", "lerp", torch.lerp, [T(3), T(3), T(3, dtype=f64)], check_message=True)
case("lerp/i64", "lerp", torch.lerp, [T(3, dtype=i64, kind="int"), T(3, dtype=i64, kind="int"), 0.5],
     check_message=True)
case("addcmul/f64_value1", "addcmul", torch.addcmul, [T(3, dtype=f64, grad=True), T(3, dtype=f64, grad=True),
                                                      T(3, dtype=f64, grad=True)])
case("addcmul/i64", "addcmul", torch.addcmul, [T(3, dtype=i64, kind="int"), T(3, dtype=i64, kind="int"),
                                               T(3, dtype=i64, kind="int")], {"value": 2})
case("addcmul/promote_i64_f32", "addcmul", torch.addcmul, [T(3, dtype=i64, kind="int"), T(3), T(3)])
case("addcmul/bool", "addcmul", torch.addcmul, [T(3, dtype=b8, kind="bool"), T(3, dtype=b8, kind="bool"),
                                                T(3, dtype=b8, kind="bool")], check_message=True)
case("addcdiv/i64", "addcdiv", torch.addcdiv, [T(3), T(3, dtype=i64, kind="int"), T(3, dtype=i64, low=1, kind="int")],
     check_message=True)
case("addcdiv/special", "addcdiv", torch.addcdiv, [T(4, values=[1.0, nan, 2.0, inf]), T(4, values=[1.0, 1.0, 0.0, 1.0]),
                                                   T(4, values=[0.0, 1.0, 0.0, 2.0])])
case("addcmul_/f32", "addcmul_", inplace("addcmul_"), [T(3, 4, grad=True), T(4, grad=True), T(3, 4, grad=True)],
     {"value": 2.0})
case("addcdiv_/f32_nograd", "addcdiv_", inplace("addcdiv_"), [T(3, 4), T(4), T(3, 4, kind="positive")], {"value": 0.5})
case("addcmul_/broadcast_self", "addcmul_", inplace("addcmul_"), [T(4), T(3, 4), T(3, 4)], {"value": 1.0},
     check_message=True)

# ---------------------------------------------------------------- hypot, logaddexp(2), xlogy, copysign
for sa, sb, label in BSHAPES:
    case("hypot/" + label, "hypot", torch.hypot, [T(*sa, grad=True), T(*sb, grad=True)])
    case("logaddexp/" + label, "logaddexp", torch.logaddexp, [T(*sa, grad=True), T(*sb, grad=True)])
    case("logaddexp2/" + label, "logaddexp2", torch.logaddexp2, [T(*sa, grad=True), T(*sb, grad=True)])
    case("xlogy/" + label, "xlogy", torch.xlogy, [T(*sa, grad=True), T(*sb, kind="positive", grad=True)])
    case("copysign/" + label, "copysign", torch.copysign, [T(*sa, grad=True), T(*sb, grad=True)])
PAIRS_A = [nan, 1.0, inf, -inf, inf, 0.0, -0.0, 1e30, 1e-30, 3.0, -2.0, 100.0, -100.0, 0.0, 1.0, nan]
PAIRS_B = [1.0, nan, inf, -inf, -inf, 0.0, 0.0, 1e30, 1e-30, 4.0, -0.0, 99.0, 100.0, nan, 0.0, nan]
for op in ("hypot", "logaddexp", "logaddexp2", "xlogy", "copysign"):
    fn = getattr(torch, op)
    case(op + "/special_f32", op, fn, [T(16, values=PAIRS_A), T(16, values=PAIRS_B)])
    case(op + "/special_f64", op, fn, [T(16, dtype=f64, values=PAIRS_A), T(16, dtype=f64, values=PAIRS_B)])
    case(op + "/f64_long", op, fn, [T(40, dtype=f64, grad=True), T(40, dtype=f64, kind="positive", grad=True)])
    case(op + "/mixed_f32_f64", op, fn, [T(3), T(3, dtype=f64)])
    case(op + "/bf16", op, fn, [T(3, dtype=bf16), T(3, dtype=bf16, kind="positive")])
    case(op + "/i64", op, fn, [T(3, dtype=i64, kind="int", low=1), T(3, dtype=i64, kind="int", low=1)],
         check_message=True)
    case(op + "/f16", op, fn, [T(3, dtype=f16), T(3, dtype=f16, kind="positive")], check_message=True)
case("hypot/huge", "hypot", torch.hypot, [T(2, values=[3e38, 1e-40]), T(2, values=[3e38, 1e-40])])
case("xlogy/scalar_other", "xlogy", torch.xlogy, [T(2, 3, grad=True), 2.5])
case("xlogy/scalar_self", "xlogy", torch.xlogy, [3.0, T(2, 3, kind="positive", grad=True)])
case("xlogy/bool", "xlogy", torch.xlogy, [T(3, dtype=b8, kind="bool"), T(3, dtype=b8, kind="bool")])
case("copysign/scalar", "copysign", torch.copysign, [T(2, 3, grad=True), -1.0])
case("copysign/scalar_neg_zero", "copysign", torch.copysign, [T(2, 3, grad=True), -0.0])
case("copysign/zero_grad", "copysign", torch.copysign, [T(4, grad=True, values=[0.0, -0.0, 2.0, -3.0]),
                                                         T(4, grad=True, values=[-1.0, 1.0, -1.0, 1.0])],
     gradcheck=False)  # a kink at 0
case("hypot_/f32", "hypot_", inplace("hypot_"), [T(3, 4, grad=True), T(4, grad=True)])
case("xlogy_/f32", "xlogy_", inplace("xlogy_"), [T(3, 4, grad=True), T(4, kind="positive", grad=True)])
case("copysign_/f32_nograd", "copysign_", inplace("copysign_"), [T(3, 4), T(4)])
case("xlogy_/i64_self", "xlogy_", inplace("xlogy_"), [T(3, dtype=i64, kind="int"), T(3)], check_message=True)

# ---------------------------------------------------------------- logit, nan_to_num, round(decimals)
case("logit/f32", "logit", torch.logit, [T(3, 4, kind="uniform", low=0.05, high=0.95, grad=True)])
case("logit/f64_eps", "logit", torch.logit, [T(20, dtype=f64, kind="uniform", low=-0.1, high=1.1, grad=True)],
     {"eps": 0.2}, gradcheck=False)  # the clamp's kinks may fall between finite-difference steps
case("logit/f64_eps_inside", "logit", torch.logit, [T(20, dtype=f64, kind="uniform", low=0.3, high=0.7, grad=True)],
     {"eps": 0.2})
case("logit/special", "logit", torch.logit, [T(8, values=[nan, 0.0, 1.0, -0.5, 1.5, 0.5, 1e-30, inf])])
case("logit/special_eps", "logit", torch.logit, [T(8, values=[nan, 0.0, 1.0, -0.5, 1.5, 0.5, 1e-30, inf])],
     {"eps": 1e-6})
case("logit/outside_grad", "logit", torch.logit, [T(4, grad=True, values=[-0.5, 1.5, 0.2, 0.7])], gradcheck=False)
case("logit/i64", "logit", torch.logit, [T(3, dtype=i64, values=[0, 1, 2])])
case("logit/bf16", "logit", torch.logit, [T(3, dtype=bf16, kind="uniform", low=0.1, high=0.9)])
case("logit/f16", "logit", torch.logit, [T(3, dtype=f16, kind="uniform", low=0.1, high=0.9)], check_message=True)
case("logit_/f32", "logit_", inplace("logit_"), [T(3, kind="uniform", low=0.1, high=0.9, grad=True)], {"eps": 0.05})
case("logit_/i64", "logit_", inplace("logit_"), [T(3, dtype=i64, values=[0, 1, 2])], check_message=True)
NT = [nan, inf, -inf, 1.0, -2.5, 0.0]
case("nanToNum/default_f32", "nanToNum", torch.nan_to_num, [T(6, values=NT, grad=True)], gradcheck=False)
case("nanToNum/default_f64", "nanToNum", torch.nan_to_num, [T(6, dtype=f64, values=NT)])
case("nanToNum/all_args", "nanToNum", torch.nan_to_num, [T(6, values=NT)], {"nan": 7.0, "posinf": 1e3, "neginf": -5.0})
case("nanToNum/posinf_only", "nanToNum", torch.nan_to_num, [T(6, values=NT)], {"nan": 1.0, "posinf": 9.0})
case("nanToNum/bf16", "nanToNum", torch.nan_to_num, [T(6, dtype=bf16, values=NT)])
case("nanToNum/f16", "nanToNum", torch.nan_to_num, [T(6, dtype=f16, values=NT)])
case("nanToNum/i64", "nanToNum", torch.nan_to_num, [T(3, dtype=i64, kind="int")])
case("nanToNum/f32_grad", "nanToNum", torch.nan_to_num, [T(3, 4, grad=True)])
case("nanToNum_/f32", "nanToNum_", inplace("nan_to_num_"), [T(6, values=NT)], {"nan": 2.0})
ROUND = [0.125, 0.135, 2.5, -2.5, 1234.5678, -0.0051, 1e10 + 0.5, nan, inf, -inf, 0.05, 0.15, 125.0, 135.0, 150.0]
for d in (0, 1, 2, 3, -1, -2):
    case("round/decimals%d" % d, "round", lambda x, decimals: torch.round(x, decimals=decimals),
         [T(len(ROUND), values=ROUND)], {"decimals": d})
    case("round/decimals%d_f64" % d, "round", lambda x, decimals: torch.round(x, decimals=decimals),
         [T(len(ROUND), dtype=f64, values=ROUND)], {"decimals": d})
case("round/decimals_grad", "round", lambda x, decimals: torch.round(x, decimals=decimals), [T(3, 4, grad=True)],
     {"decimals": 1})
case("round/decimals_bf16", "round", lambda x, decimals: torch.round(x, decimals=decimals), [T(4, dtype=bf16)],
     {"decimals": 1})
case("round/decimals_i64", "round", lambda x, decimals: torch.round(x, decimals=decimals),
     [T(3, dtype=i64, kind="int")], {"decimals": 1}, check_message=True)
case("round_/decimals", "round_", inplace("round_"), [T(3, 4)], {"decimals": 2})

# ---------------------------------------------------------------- erfc
ERFC = [nan, inf, -inf, 0.0, -0.0, 0.1, -0.1, 0.5, -0.5, 1.0, 1.9999, 2.0, 2.0001, -2.0, 3.0, -3.0, 5.0, 9.0, 10.0,
        15.0, 26.0, 26.5, 27.0, 30.0, -30.0, 1e-10, 0.47, 0.84, 1.5, 4.0, 6.5, 100.0, 1e-300, 0.9, 3.7, 7.3]
case("erfc/f32", "erfc", torch.erfc, [T(3, 5, grad=True)])
case("erfc/f64_long", "erfc", torch.erfc, [T(70, dtype=f64, kind="uniform", low=-6, high=8, grad=True)])
case("erfc/special_f32", "erfc", torch.erfc, [T(len(ERFC), values=ERFC)])
case("erfc/special_f64", "erfc", torch.erfc, [T(len(ERFC), dtype=f64, values=ERFC)])
case("erfc/0d", "erfc", torch.erfc, [T(grad=True)])
case("erfc/bf16", "erfc", torch.erfc, [T(2, 3, dtype=bf16)])
case("erfc/f16_via_float", "erfc", lambda x: torch.erfc(x.float()).half(), [T(2, 3, dtype=f16)])
case("erfc/i64", "erfc", torch.erfc, [T(4, dtype=i64, values=[-2, 0, 1, 5])])
case("erfc_/f32", "erfc_", inplace("erfc_"), [T(3, 4, grad=True)])
case("erfc_/i64", "erfc_", inplace("erfc_"), [T(3, dtype=i64, values=[1, 2, 3])], check_message=True)

write("pointwise_more")
