"""Fixtures for elementwise math, comparisons and type promotion (jtorch.ops.PointwiseOps).
Writes jtorch-core/src/test/resources/fixtures/ops/pointwise.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/pointwise.py
"""
import torch
from golden import T, case, write

f32, f64, i64, i32 = torch.float32, torch.float64, torch.int64, torch.int32

for shape_a, shape_b, label in [((3, 4), (3, 4), "same"), ((3, 4), (4,), "row"), ((2, 1, 4), (3, 1), "ranks"),
                                ((), (2, 3), "0d")]:
    case("add/" + label, "add", torch.add, [T(*shape_a, grad=True), T(*shape_b, grad=True)])
    case("add_alpha/" + label, "add", torch.add, [T(*shape_a, grad=True), T(*shape_b, grad=True)], {"alpha": 2.5})
    case("mul/" + label, "mul", torch.mul, [T(*shape_a, grad=True), T(*shape_b, grad=True)])
    case("div/" + label, "div", torch.div, [T(*shape_a, grad=True), T(*shape_b, kind="positive", grad=True)])

case("exp/f32", "exp", torch.exp, [T(3, 5, grad=True)])
case("exp/int_to_float", "exp", torch.exp, [T(4, dtype=i64, kind="int")])
case("add/int_float_promotes", "add", torch.add, [T(3, dtype=i64, kind="int"), T(3, dtype=f32)])
case("add/shape_mismatch", "add", torch.add, [T(3, 4), T(5)], check_message=True)
write("pointwise")
