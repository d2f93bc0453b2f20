"""Fixtures for flip, fliplr, flipud, roll, rot90 (jtorch.internal.ops.FlipRollOps) and diagonal, diag,
diag_embed, trace, tril, triu (DiagonalOps). Writes jtorch-core/src/test/resources/fixtures/ops/flips_diagonals.json;
run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/flips_diagonals.py

Op names are the jtorch method names; a trailing "_" is the in-place form (on a clone when the input requires
grad). "diagonalView" checks that the diagonal is a view: it writes through it and returns the base.
"""
import torch
from golden import T, case, write

f32, f64, i64, b8, bf16 = torch.float32, torch.float64, torch.int64, torch.bool, torch.bfloat16

# ---------------------------------------------------------------- flip / fliplr / flipud
for dims in [(0,), (1,), (-1,), (0, 2), (2, 0, 1), ()]:
    case("flip/dims%s" % "_".join(map(str, dims)), "flip", torch.flip, [T(2, 3, 4, grad=True), list(dims)])
case("flip/f64", "flip", torch.flip, [T(3, 5, dtype=f64, grad=True), [1]])
case("flip/i64", "flip", torch.flip, [T(2, 3, dtype=i64, kind="int"), [0, 1]])
case("flip/bool", "flip", torch.flip, [T(4, dtype=b8, kind="bool"), [0]])
case("flip/0d", "flip", torch.flip, [T(grad=True), [0]])
case("flip/empty", "flip", torch.flip, [T(0, 3, grad=True), [0, 1]])
case("flip/repeated", "flip", torch.flip, [T(2, 3), [0, -2]], check_message=True)
case("flip/bad_dim", "flip", torch.flip, [T(2, 3), [2]], check_message=True)
case("fliplr/2d", "fliplr", torch.fliplr, [T(3, 4, grad=True)])
case("fliplr/3d", "fliplr", torch.fliplr, [T(2, 3, 2, grad=True)])
case("fliplr/1d", "fliplr", torch.fliplr, [T(3)], check_message=True)
case("flipud/1d", "flipud", torch.flipud, [T(5, grad=True)])
case("flipud/2d", "flipud", torch.flipud, [T(3, 4, dtype=f64, grad=True)])
case("flipud/0d", "flipud", torch.flipud, [T()], check_message=True)

# ---------------------------------------------------------------- roll
case("roll/flat", "roll", torch.roll, [T(3, 4, grad=True), 5])
case("roll/flat_negative", "roll", torch.roll, [T(3, 4, grad=True), -7])
case("roll/dim0", "roll", torch.roll, [T(3, 4, grad=True), 1, 0])
case("roll/dim_last_big_shift", "roll", torch.roll, [T(3, 4, grad=True), 9, -1])
case("roll/two_dims", "roll", torch.roll, [T(2, 3, 4, dtype=f64, grad=True), [1, -2], [0, 2]])
case("roll/same_dim_twice", "roll", torch.roll, [T(5, grad=True), [1, 2], [0, 0]])
case("roll/zero", "roll", torch.roll, [T(3, 2, grad=True), 0, 1])
case("roll/i64", "roll", torch.roll, [T(6, dtype=i64, kind="int"), 2])
case("roll/empty", "roll", torch.roll, [T(0, 3), 1, 0])
case("roll/misaligned", "roll", torch.roll, [T(3, 4), [1, 2], [0]], check_message=True)

# ---------------------------------------------------------------- rot90
for k in (1, 2, 3, 0, -1, 5):
    case("rot90/k%d" % k, "rot90", torch.rot90, [T(3, 4, grad=True), k, [0, 1]])
case("rot90/3d_dims", "rot90", torch.rot90, [T(2, 3, 4, dtype=f64, grad=True), 1, [2, 0]])
case("rot90/neg_dims", "rot90", torch.rot90, [T(2, 3, 4, grad=True), 3, [-1, -2]])
case("rot90/default", "rot90", torch.rot90, [T(2, 3, grad=True)])
case("rot90/one_dim", "rot90", torch.rot90, [T(3, 4), 1, [0]], check_message=True)
case("rot90/1d", "rot90", torch.rot90, [T(4), 1, [0, 1]], check_message=True)
case("rot90/same_dims", "rot90", torch.rot90, [T(3, 4), 1, [1, 1]], check_message=True)
case("rot90/same_dims_wrapped", "rot90", torch.rot90, [T(3, 4), 1, [0, -2]], check_message=True)
case("rot90/dim_out_of_range", "rot90", torch.rot90, [T(3, 4), 1, [0, 2]], check_message=True)

# ---------------------------------------------------------------- tril / triu
for k in (0, 1, -1, 3, -5):
    case("tril/k%d" % k, "tril", torch.tril, [T(4, 5, grad=True), k])
    case("triu/k%d" % k, "triu", torch.triu, [T(4, 5, grad=True), k])
case("tril/batched_f64", "tril", torch.tril, [T(2, 3, 3, dtype=f64, grad=True), 0])
case("triu/batched_wide", "triu", torch.triu, [T(2, 2, 5, grad=True), -1])
case("tril/i64", "tril", torch.tril, [T(3, 3, dtype=i64, kind="int"), 0])
case("triu/bool", "triu", torch.triu, [T(3, 3, dtype=b8, kind="bool"), 0])
case("tril/special", "tril", torch.tril, [T(2, 2, values=[float("nan"), float("inf"), float("nan"), 1.0]), 0])
case("tril/1d", "tril", torch.tril, [T(3), 0], check_message=True)
case("triu/1d", "triu", torch.triu, [T(3), 0], check_message=True)


def inplace(name):
    def fn(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return getattr(target, name)(*rest, **kw)
    return fn


case("tril_/f32", "tril_", inplace("tril_"), [T(3, 4, grad=True), 1])
case("triu_/f32_nograd", "triu_", inplace("triu_"), [T(3, 4), -1])

# ---------------------------------------------------------------- diagonal / diag / diag_embed / trace
for off in (0, 1, -1, 4, -6):
    case("diagonal/off%d" % off, "diagonal", torch.diagonal, [T(4, 5, grad=True), off, 0, 1])
case("diagonal/3d_dims", "diagonal", torch.diagonal, [T(2, 3, 4, dtype=f64, grad=True), 1, 2, 0])
case("diagonal/neg_dims", "diagonal", torch.diagonal, [T(2, 3, 4, grad=True), -1, -1, -2])
case("diagonal/i64", "diagonal", torch.diagonal, [T(3, 3, dtype=i64, kind="int"), 0, 0, 1])
case("diagonal/same_dims", "diagonal", torch.diagonal, [T(3, 3), 0, 1, 1], check_message=True)
case("diagonal/bad_dim", "diagonal", torch.diagonal, [T(3, 3), 0, 0, 2], check_message=True)


def diagonal_view(x):
    base = x.clone()
    base.diagonal().mul_(10)
    return base


case("diagonalView/writes_through", "diagonalView", diagonal_view, [T(3, 4, grad=True)])
for off in (0, 2, -1):
    case("diag/vector_off%d" % off, "diag", torch.diag, [T(3, grad=True), off])
    case("diag/matrix_off%d" % off, "diag", torch.diag, [T(3, 4, grad=True), off])
case("diag/f64", "diag", torch.diag, [T(4, dtype=f64, grad=True), 0])
case("diag/i64", "diag", torch.diag, [T(3, dtype=i64, kind="int"), 1])
case("diag/3d", "diag", torch.diag, [T(2, 2, 2), 0], check_message=True)
case("diag/0d", "diag", torch.diag, [T(), 0], check_message=True)
case("diagEmbed/default", "diagEmbed", torch.diag_embed, [T(2, 3, grad=True)])
case("diagEmbed/offset_dims", "diagEmbed", torch.diag_embed, [T(2, 3, dtype=f64, grad=True)],
     {"offset": -1, "dim1": 0, "dim2": 2})
case("diagEmbed/1d", "diagEmbed", torch.diag_embed, [T(4, grad=True)], {"offset": 2})
case("trace/square", "trace", torch.trace, [T(4, 4, grad=True)])
case("trace/wide_f64", "trace", torch.trace, [T(3, 5, dtype=f64, grad=True)])
# 1.13's trace_backward fills every (cols + 1)-th element, past the diagonal of a tall matrix: not a derivative,
# so no gradcheck, but jtorch gives the same numbers
case("trace/tall", "trace", torch.trace, [T(5, 2, grad=True)], gradcheck=False)
case("trace/i64", "trace", torch.trace, [T(3, 3, dtype=i64, kind="int")])
case("trace/1d", "trace", torch.trace, [T(3)], check_message=True)

write("flips_diagonals")
