"""Fixtures for torch.special.airy_ai (jtorch.internal.ops.SpecialOps, kernel SpecialFunctions.airyAi) and torch.einsum's
sublist form (EinsumOps through Torch.einsum(Object...)). Writes jtorch-core/src/test/resources/fixtures/ops/
airy_einsum.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/airy_einsum.py
"""
import mpmath
import torch
from golden import T, _cases, case, write

f32, f64, i64 = torch.float32, torch.float64, torch.int64
airy = torch.special.airy_ai


def grid(lo, hi, n, dtype=f64):
    v = torch.linspace(lo, hi, n, dtype=f64)
    return T(n, dtype=dtype, values=v.tolist(), grad=dtype.is_floating_point)


# ---------------------------------------------------------------- airy_ai
# Ai oscillates below 0: near its zeros only an absolute tolerance is meaningful (PyTorch's own values are within
# ~1e-15 of the exact ones; the phase 2/3 |x|^1.5 carries a relative rounding error that grows with |x|)
F64_TOL = {"rtol": 1e-12, "atol": 1e-14}
case("airyAi/oscillating_f64", "airyAi", airy, [grid(-150, -10, 281)], tol={"rtol": 1e-10, "atol": 1e-12})
case("airyAi/series_f64", "airyAi", airy, [grid(-2.09, 1, 104)], tol=F64_TOL)
# PyTorch 1.13 is off by up to 2.7e-6 (1e-4 relative) on [-10, -2.09] against 30-digit mpmath (its rational
# approximation there); jtorch computes Ai exactly to ~1e-15, so here the PyTorch fixture holds it to 3e-6 and the
# "airyAiExact" cases below to mpmath's values
case("airyAi/pytorch_inexact_f64", "airyAi", airy, [grid(-10, -2.09, 159)], tol={"rtol": 0, "atol": 3e-6})
case("airyAi/decaying_f64", "airyAi", airy, [grid(1, 103.8, 258)], tol=F64_TOL)
case("airyAi/boundaries", "airyAi", airy,
     [T(12, dtype=f64, values=[-10.000000001, -10.0, -9.999999999, 0.0, -0.0, 1e-300, 0.999999999, 1.0, 1.000000001,
                               103.891, 103.892, 103.893])], tol=F64_TOL)
case("airyAi/special", "airyAi", airy, [T(3, dtype=f64, values=[float("inf"), float("-inf"), float("nan")])])
case("airyAi/f32", "airyAi", airy, [grid(-20, 20, 81, dtype=f32)])
case("airyAi/f32_2d", "airyAi", airy, [T(3, 4, kind="uniform", low=-6, high=6)])
case("airyAi/i64", "airyAi", airy, [T(2, 3, dtype=i64, kind="int")])
case("airyAi/bool", "airyAi", airy, [T(4, dtype=torch.bool, kind="bool")])
case("airyAi/0d", "airyAi", airy, [T(dtype=f64, values=[-1.5])], tol=F64_TOL)
case("airyAi/empty", "airyAi", airy, [T(0, 3)])
case("airyAi/f16", "airyAi", airy, [T(3, dtype=torch.float16)], check_message=True)
case("airyAi/bf16", "airyAi", airy, [T(3, dtype=torch.bfloat16)], check_message=True)



def exact(x):
    # Ai to 30 digits (mpmath), rounded to the input's dtype: the reference where PyTorch 1.13 is inexact
    mpmath.mp.dps = 30
    return torch.tensor([float(mpmath.airyai(v)) for v in x.reshape(-1).tolist()], dtype=x.dtype).reshape(x.shape)


case("airyAiExact/negative", "airyAiExact", exact, [grid(-12, -2, 201)], tol={"rtol": 1e-13, "atol": 1e-15})
case("airyAiExact/wide", "airyAiExact", exact, [grid(-150, 103, 507)], tol={"rtol": 1e-11, "atol": 1e-14})

# ---------------------------------------------------------------- einsum's sublist form
def sub(*args):
    # "..." stands for Python's Ellipsis in a sublist (JSON has no Ellipsis)
    conv = [[Ellipsis if v == "..." else v for v in a] if isinstance(a, list) else a for a in args]
    return torch.einsum(*conv)


def ecase(*args, **kw):
    """einsum is a composite: its last node is an internal detail (PyTorch's and jtorch's differ), so the case keeps
    no grad_fn (gradients are still compared)."""
    case(*args, **kw)
    _cases[-1].pop("grad_fn", None)


ecase("einsumSublist/matmul_implicit", "einsumSublist", sub, [T(2, 3, grad=True), [0, 1], T(3, 4, grad=True), [1, 2]])
ecase("einsumSublist/matmul_output", "einsumSublist", sub,
     [T(2, 3, dtype=f64, grad=True), [0, 1], T(3, 4, dtype=f64, grad=True), [1, 2], [2, 0]])
ecase("einsumSublist/ellipsis_batch", "einsumSublist", sub,
     [T(2, 3, 4, grad=True), ["...", 0, 1], T(4, 5, grad=True), [1, 2], ["...", 0, 2]])
ecase("einsumSublist/ellipsis_implicit", "einsumSublist", sub, [T(2, 3, 4, grad=True), [0, "..."]])
ecase("einsumSublist/trace", "einsumSublist", sub, [T(3, 3, grad=True), [7, 7]])
ecase("einsumSublist/diagonal", "einsumSublist", sub, [T(3, 3, grad=True), [7, 7], [7]])
ecase("einsumSublist/outer", "einsumSublist", sub, [T(3, grad=True), [0], T(4, grad=True), [1]])
ecase("einsumSublist/three_operands", "einsumSublist", sub,
     [T(2, 3, dtype=f64, grad=True), [0, 1], T(3, 4, dtype=f64, grad=True), [1, 2], T(4, dtype=f64, grad=True), [2],
      [0]])
ecase("einsumSublist/lowercase_labels", "einsumSublist", sub, [T(2, 3, grad=True), [26, 51], [51, 26]])
ecase("einsumSublist/i64", "einsumSublist", sub, [T(2, 3, dtype=i64, kind="int"), [0, 1], T(3, dtype=i64, kind="int"),
                                                  [1]])
ecase("einsumSublist/sum_all", "einsumSublist", sub, [T(2, 3, grad=True), [0, 1], []])
ecase("einsumSublist/label_too_big", "einsumSublist", sub, [T(2, 3), [0, 52]], check_message=True)
ecase("einsumSublist/label_negative", "einsumSublist", sub, [T(2, 3), [0, -1]], check_message=True)
ecase("einsumSublist/too_few_labels", "einsumSublist", sub, [T(2, 3), [0]], check_message=True)
ecase("einsumSublist/output_repeated", "einsumSublist", sub, [T(2, 3), [0, 1], [0, 0]], check_message=True)
ecase("einsumSublist/output_unknown", "einsumSublist", sub, [T(2, 3), [0, 1], [3]], check_message=True)
ecase("einsumSublist/operand_only", "einsumSublist", sub, [T(2, 3)], check_message=True)
# an operand where the output sublist belongs: PyTorch fails on the tensor's truth value; jtorch names the position
ecase("einsumSublist/tensor_as_output", "einsumSublist", sub, [T(2, 3), [0, 1], T(3, 4)])


write("airy_einsum")
