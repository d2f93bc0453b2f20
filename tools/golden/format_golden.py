#!/usr/bin/env python3
# Writes jtorch-core/src/test/resources/fixtures/format.json: golden cases for
# jtorch.TensorFormatter, produced by PyTorch 1.13 (Debian build, torch.__version__ 1.13.0a0).
#
# Each case records the tensor's dtype, shape, exact flat row-major element values (floats as
# Python floats, written as JSON numbers or "nan"/"inf"/"-inf"; integers as JSON integers; bools as
# JSON booleans), the default dtype, meta flag, grad_fn name / requires_grad, non-default print
# options, and PyTorch's repr(t).
#
# Run from the repository root:  OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/format_golden.py
import json
import math
import os

import torch

OUT = os.path.join("jtorch-core", "src", "test", "resources", "fixtures", "format.json")

cases = []


def reset_options():
    torch.set_printoptions(profile="default", sci_mode=None)


def encode(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def add(name, t, options=None, default_dtype=torch.float32):
    """Records repr(t). `t` must have been built under `default_dtype`."""
    reset_options()
    torch.set_default_dtype(default_dtype)
    try:
        if options:
            torch.set_printoptions(**options)
        text = repr(t)
    finally:
        reset_options()
        torch.set_default_dtype(torch.float32)
    meta = t.is_meta
    values = [] if meta else [encode(v) for v in t.detach().reshape(-1).tolist()]
    cases.append({
        "name": name,
        "dtype": str(t.dtype),
        "shape": list(t.shape),
        "values": values,
        "default_dtype": str(default_dtype),
        "meta": meta,
        "grad_fn": type(t.grad_fn).__name__ if t.grad_fn is not None else None,
        "requires_grad": t.requires_grad,
        "options": options,
        "repr": text,
    })


def with_default(dtype, build):
    torch.set_default_dtype(dtype)
    try:
        return build()
    finally:
        torch.set_default_dtype(torch.float32)


torch.manual_seed(1234)
f32, f64 = torch.float32, torch.float64
nan, inf = float("nan"), float("inf")

# --- ordinary floats -------------------------------------------------------------------------
add("randn_5", torch.randn(5))
add("randn_3x4", torch.randn(3, 4))
add("randn_2x3x4", torch.randn(2, 3, 4))
add("randn_2x2x2x3", torch.randn(2, 2, 2, 3))
add("randn_1x1x1x1x2", torch.randn(1, 1, 1, 1, 2))
add("rand_6", torch.rand(6))
add("rand_4x4_x100", torch.rand(4, 4) * 100)
add("randn_neg_mixed", torch.tensor([-1.25, 3.5, -0.0625, 7.0]))
add("randn_1x5", torch.randn(1, 5))
add("randn_5x1", torch.randn(5, 1))
add("arange_float_step", torch.arange(0, 1, 0.1))
add("linspace", torch.linspace(-3, 3, 7))

# --- scientific mode -------------------------------------------------------------------------
add("tiny", torch.randn(4) * 1e-5)
add("huge", torch.randn(4) * 1e9)
add("ratio_over_1000", torch.tensor([1e-3, 10.0]))
add("ratio_exactly_1000_f64", torch.tensor([1e-3, 1.0], dtype=f64))
add("ratio_exactly_1000_f32", torch.tensor([1e-3, 1.0]))
add("min_1e-4_f32", torch.tensor([1e-4, 2e-4]))
add("min_1e-4_f64", torch.tensor([1e-4, 2e-4], dtype=f64))
add("max_over_1e8_frac", torch.tensor([1.5e8, 2.5e8]))
add("sci_mixed_signs", torch.tensor([-1.2345e-7, 3.0, -4.5e10]))
add("sci_big_exponent_f64", torch.tensor([1e-300, 1e300, -2.5], dtype=f64))
add("subnormal_f32", torch.tensor([1e-45, 1.0]))
add("sci_rounds_up", torch.tensor([9.99996e-6, 1.0]))
add("sci_2d", torch.randn(3, 3) * 1e-6)

# --- nan / inf --------------------------------------------------------------------------------
add("nan_inf_mixed", torch.tensor([nan, 1.5, inf, -inf]))
add("all_nan", torch.tensor([nan, nan]))
add("inf_only", torch.tensor([inf, -inf]))
add("int_mode_with_nan", torch.tensor([nan, 1.0, 2.0]))
add("int_mode_with_inf", torch.tensor([-inf, 10.0, 200.0]))
add("zero_and_nan", torch.tensor([0.0, nan]))
add("sci_with_nonfinite", torch.tensor([1e-6, inf, nan, -inf]))
add("nan_2d", torch.tensor([[nan, 0.5], [inf, -2.25]]))

# --- integer-valued floats -------------------------------------------------------------------
add("int_valued", torch.tensor([1.0, 2.0, 3.0]))
add("int_valued_neg", torch.tensor([-1.0, 100.0, 0.0]))
add("int_valued_ratio_1000", torch.tensor([1.0, 1000.0]))
add("int_valued_ratio_1001", torch.tensor([1.0, 1001.0]))
add("int_valued_1e5", torch.tensor([1.0, 1e5]))
add("int_valued_over_1e8", torch.tensor([1e8, 2e8]))
add("int_valued_exact_1e8", torch.tensor([1e8, 5e7]))
add("int_valued_1e9", torch.tensor([1.0, 1e9]))
add("all_zero", torch.zeros(3))
add("all_zero_2d", torch.zeros(2, 2))
add("neg_zero_int_mode", torch.tensor([-0.0, 1.0]))
add("neg_zero_frac", torch.tensor([-0.0, 1.5]))
add("neg_zero_only", torch.tensor([-0.0, 0.0]))
add("neg_zero_0d", torch.tensor(-0.0))
add("neg_rounds_to_zero", torch.tensor([-0.00001, 1.0, 2.5], dtype=f64))
add("arange_float_int_valued", torch.arange(12.0).reshape(3, 4))

# --- rounding of exact binary values -----------------------------------------------------------
add("half_even_prec2", torch.tensor([0.125, 0.375, 0.625, 2.5]), {"precision": 2})
add("binary_rounding_f64", torch.tensor([1.00005, 2.00015, 0.30005, 1.23445], dtype=f64))
add("binary_rounding_f32", torch.tensor([1.00005, 2.00015, 0.30005, 1.23445]))
add("prec0_half_even", torch.tensor([0.5, 1.5, 2.5, 3.25]), {"precision": 0})
add("prec0_sci", torch.tensor([1.5e-7, 2.5e3]), {"precision": 0})

# --- summarization ----------------------------------------------------------------------------
add("arange_2000_float", torch.arange(2000.0))
add("randn_2000", torch.randn(2000))
add("randn_40x40", torch.randn(40, 40))
add("randn_3x4x500", torch.randn(3, 4, 500))
add("randn_1100x3", torch.randn(1100, 3))
add("arange_1001_int64", torch.arange(1001))
add("randn_10x10x11", torch.randn(10, 10, 11))
add("summarized_outliers_hidden", torch.cat([torch.tensor([1.0, 2.0, 3.0]), torch.full((1000,), 1e-9), torch.tensor([4.0, 5.0, 6.0])]))
add("summarized_bool", torch.rand(1200) > 0.5)
add("summarized_threshold5", torch.arange(10), {"threshold": 5})
add("summarized_edge1", torch.randn(6, 6), {"threshold": 10, "edgeitems": 1})
add("summarized_edge0_1d", torch.arange(10.0), {"threshold": 5, "edgeitems": 0})
add("summarized_4d", torch.randn(7, 2, 8, 3), {"threshold": 50, "edgeitems": 2})
add("summarized_exactly_threshold", torch.arange(1000))

# --- line wrapping ----------------------------------------------------------------------------
add("wrap_randn_30", torch.randn(30))
add("wrap_arange_50", torch.arange(50))
add("wrap_3x20", torch.randn(3, 20))
add("wrap_2x2x15", torch.randn(2, 2, 15))
add("wrap_linewidth40", torch.randn(12), {"linewidth": 40})
add("wrap_linewidth10", torch.randn(2, 4), {"linewidth": 10})
add("wrap_sci", torch.randn(20) * 1e-7)

# --- 0-d of every dtype -------------------------------------------------------------------------
add("scalar_f32", torch.tensor(3.5))
add("scalar_f64", torch.tensor(3.5, dtype=f64))
add("scalar_f16", torch.tensor(3.14159, dtype=torch.float16))
add("scalar_bf16", torch.tensor(3.14159, dtype=torch.bfloat16))
add("scalar_int_valued", torch.tensor(3.0))
add("scalar_bool", torch.tensor(True))
add("scalar_uint8", torch.tensor(200, dtype=torch.uint8))
add("scalar_int8", torch.tensor(-100, dtype=torch.int8))
add("scalar_int16", torch.tensor(-30000, dtype=torch.int16))
add("scalar_int32", torch.tensor(3, dtype=torch.int32))
add("scalar_int64", torch.tensor(-7))
add("scalar_nan", torch.tensor(nan))
add("scalar_neg_inf", torch.tensor(-inf))
add("scalar_tiny", torch.tensor(1.5e-9))
add("scalar_requires_grad", torch.tensor(2.0, requires_grad=True))

# --- empty --------------------------------------------------------------------------------------
add("empty_f32", torch.tensor([]))
add("empty_0x3", torch.zeros(0, 3))
add("empty_int64", torch.zeros(0, dtype=torch.int64))
add("empty_2x0x3", torch.zeros(2, 0, 3))
add("empty_bool", torch.zeros(0, dtype=torch.bool))
add("empty_f64", torch.zeros(0, dtype=f64))
add("empty_requires_grad", torch.zeros(0, requires_grad=True))
add("empty_int32_2d", torch.zeros(3, 0, dtype=torch.int32))

# --- nesting ------------------------------------------------------------------------------------
add("nest_3d_int", torch.arange(24).reshape(2, 3, 4))
add("nest_4d", torch.randn(2, 2, 2, 2))
add("nest_5d_int", torch.arange(32).reshape(2, 2, 2, 2, 2))
add("nest_3d_single", torch.randn(1, 1, 3))

# --- every dtype ----------------------------------------------------------------------------------
add("dtype_bool", torch.tensor([True, False]))
add("dtype_bool_2d", torch.tensor([[True, False, True], [False, False, True]]))
add("dtype_bool_all_true", torch.tensor([True, True]))
add("dtype_uint8", torch.tensor([0, 7, 255], dtype=torch.uint8))
add("dtype_int8", torch.tensor([-128, 0, 127], dtype=torch.int8))
add("dtype_int16", torch.tensor([-32768, 5, 32767], dtype=torch.int16))
add("dtype_int32", torch.tensor([1, 2], dtype=torch.int32))
add("dtype_int64", torch.tensor([1, 2]))
add("dtype_int64_extreme", torch.tensor([-9223372036854775808, 0, 9223372036854775807]))
add("dtype_f16", torch.randn(5).to(torch.float16))
add("dtype_f16_large", torch.tensor([65504.0, 0.1, -2.0], dtype=torch.float16))
add("dtype_f16_int_valued", torch.tensor([1.0, 2.0, 2048.0], dtype=torch.float16))
add("dtype_bf16", torch.randn(5).to(torch.bfloat16))
add("dtype_bf16_huge", torch.tensor([1e30, -3.0], dtype=torch.bfloat16))
add("dtype_f32", torch.tensor([1.0, 2.0]))
add("dtype_f64", torch.tensor([1.0, 2.0], dtype=f64))
add("dtype_f64_randn", torch.randn(4, dtype=f64))

# --- default dtype float64 ------------------------------------------------------------------------
add("default64_randn", with_default(f64, lambda: torch.randn(3)), default_dtype=f64)
add("default64_f32", torch.tensor([1.5, 2.0], dtype=f32), default_dtype=f64)
add("default64_empty_f32", torch.zeros(0, dtype=f32), default_dtype=f64)
add("default64_empty_f64", torch.zeros(0, dtype=f64), default_dtype=f64)
add("default64_meta_f32", torch.empty(2, device="meta", dtype=f32), default_dtype=f64)
add("default64_int32", torch.tensor([1, 2], dtype=torch.int32), default_dtype=f64)
add("default64_int64", torch.tensor([1, 2]), default_dtype=f64)

# --- meta ---------------------------------------------------------------------------------------------
add("meta_2x3", torch.empty(2, 3, device="meta"))
add("meta_int64", torch.empty(4, device="meta", dtype=torch.int64))
add("meta_0d", torch.empty((), device="meta"))
add("meta_f64", torch.empty(5, 1, device="meta", dtype=f64))
add("meta_requires_grad", torch.empty(3, device="meta", requires_grad=True))
add("meta_empty", torch.empty(0, device="meta"))
add("meta_grad_fn", torch.empty(2, 2, device="meta", requires_grad=True) * 2)

# --- print options --------------------------------------------------------------------------------------
add("prec2", torch.randn(5), {"precision": 2})
add("prec2_sci", torch.randn(3) * 1e-6, {"precision": 2})
add("prec8_f64", torch.randn(3, dtype=f64), {"precision": 8})
add("prec10_f32", torch.randn(3), {"precision": 10})
add("sci_false_tiny", torch.randn(4) * 1e-6, {"sci_mode": False})
add("sci_false_huge_int", torch.tensor([1e20, 1.0]), {"sci_mode": False})
add("sci_false_huge_frac", torch.tensor([1.5e12, 0.25]), {"sci_mode": False})
add("sci_true_normal", torch.randn(4), {"sci_mode": True})
add("sci_true_int_valued", torch.tensor([1.0, 2.0, -30.0]), {"sci_mode": True})
add("sci_true_all_zero", torch.zeros(3), {"sci_mode": True})
add("sci_true_nan", torch.tensor([nan, 1.5]), {"sci_mode": True})
add("sci_true_ints", torch.tensor([1, 2, 3]), {"sci_mode": True})

# --- autograd suffixes ---------------------------------------------------------------------------------
x = torch.randn(3, requires_grad=True)
add("requires_grad_leaf", x)
add("grad_fn_mul", x * 1)
add("grad_fn_add", x + 1)
add("grad_fn_sum", x.sum())
x64 = torch.randn(3, dtype=f64, requires_grad=True)
add("f64_requires_grad", x64)
add("f64_grad_fn", x64 * 2)
add("suffix_wrap_long_row", torch.randn(8, dtype=f64, requires_grad=True) * 3)
add("suffix_wrap_2d", torch.randn(2, 7, requires_grad=True) * 3)
add("suffix_wrap_f16", (torch.randn(9) * 100).to(torch.float16))
add("suffix_wrap_linewidth", torch.tensor([1, 2], dtype=torch.int32), {"linewidth": 20})
add("grad_fn_0d_f64", (torch.tensor(2.0, dtype=f64, requires_grad=True) * 3))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as fh:
    fh.write("[\n" + ",\n".join(json.dumps(c, allow_nan=False) for c in cases) + "\n]\n")
print(f"wrote {len(cases)} cases to {OUT} (torch {torch.__version__})")
