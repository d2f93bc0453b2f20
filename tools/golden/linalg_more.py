"""Fixtures for the linalg-flavoured names of issue 21: dist and renorm(_) (jtorch.internal.ops.DistRenormOps), adjoint,
Tensor.mH and Tensor.H (views), fill_diagonal_ (DiagonalOps), lu, lu_solve, lu_unpack (LuOps) and geqrf, orgqr, ormqr
(HouseholderOps). Writes jtorch-core/src/test/resources/fixtures/ops/linalg_more.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/linalg_more.py

Op names are the jtorch method names ("torch.x" for a Torch static). LU pivots and the geqrf reflectors that lu_solve,
lu_unpack, orgqr and ormqr take are PyTorch's own, computed here from fixed matrices and passed as explicit values.
geqrf and ormqr record nodes whose derivatives PyTorch does not implement, so their cases keep the node but no
gradients (LinalgMoreFixtureTest checks the error a backward through them gives).
"""
import warnings

import torch
from golden import T, case, write

warnings.filterwarnings("ignore")
f32, f64, i32, i64 = torch.float32, torch.float64, torch.int32, torch.int64
inf = float("inf")
_g = torch.Generator().manual_seed(11)


def mat(*shape, dtype=f32, grad=False):
    """Explicit values of a well-conditioned (batch of) matrix, so LU pivots are stable under gradcheck's steps."""
    x = torch.randn(*shape, generator=_g, dtype=f64)
    if shape[-1] == shape[-2]:
        x = x + 2 * torch.eye(shape[-1], dtype=f64)
    return T(*shape, dtype=dtype, grad=grad, values=x.reshape(-1).tolist())


def vals(t, dtype=None, grad=False):
    return T(*t.shape, dtype=dtype or t.dtype, grad=grad, values=t.reshape(-1).tolist())


# ---------------------------------------------------------------- dist
for p in (2, 1, 3, 0.5, inf, -inf):
    case("dist/p%s" % p, "dist", torch.dist, [T(3, 4, grad=True), T(3, 4, grad=True), p])
# 1.13's backward of p = 0 fails (norm_backward gives an undefined tensor that dist's formula negates); jtorch gives
# the zero gradient instead (LinalgMoreFixtureTest), so only the value is recorded
case("dist/p0", "dist", torch.dist, [T(3, 4, grad=True), T(3, 4, grad=True), 0], grad=False)
case("dist/default_p", "dist", torch.dist, [T(5, grad=True), T(5, grad=True)])
case("dist/broadcast", "dist", torch.dist, [T(2, 3, grad=True), T(3, grad=True), 2])
case("dist/broadcast_p3_f64", "dist", torch.dist, [T(2, 1, 3, dtype=f64, grad=True), T(4, 1, dtype=f64, grad=True), 3])
case("dist/promote_f32_f64", "dist", torch.dist, [T(4, grad=True), T(4, dtype=f64, grad=True), 2])
case("dist/int_and_float", "dist", torch.dist, [T(4, dtype=i64, kind="int"), T(4, grad=True), 1])
case("dist/same_inputs", "dist", torch.dist, [T(3, grad=True, values=[1., 2., 3.]), T(3, values=[1., 2., 3.]), 2],
     gradcheck=False)
case("dist/special", "dist", torch.dist, [T(3, values=[1., float("nan"), 0.]), T(3, values=[0., 0., inf]), 2])
case("dist/inf_value", "dist", torch.dist, [T(3, values=[1., inf, 0.]), T(3, values=[0., 0., 0.]), 1])
case("dist/empty", "dist", torch.dist, [T(0, grad=True), T(0, grad=True), 2])
case("dist/int", "dist", torch.dist, [T(2, dtype=i64, kind="int"), T(2, dtype=i64, kind="int")], check_message=True)
case("dist/not_broadcastable", "dist", torch.dist, [T(2, 3), T(2)], check_message=True)
case("torch.dist/p3", "torch.dist", torch.dist, [T(2, 3, grad=True), T(2, 3, grad=True), 3])

# ---------------------------------------------------------------- renorm
for p, dim, maxnorm in [(2, 0, 1.5), (1, 1, 2.), (3, -1, 1.), (inf, 0, 1.), (0.5, 1, 3.), (2, 0, 0.)]:
    case("renorm/p%s_dim%d_max%s" % (p, dim, maxnorm), "renorm", torch.renorm, [T(3, 4, grad=True), p, dim, maxnorm])
case("renorm/3d_f64", "renorm", torch.renorm, [T(2, 3, 4, dtype=f64, grad=True), 2, 1, 2.])
case("renorm/all_below", "renorm", torch.renorm, [T(2, 3, grad=True, kind="uniform", low=-0.1, high=0.1), 2, 0, 5.])
case("renorm/zero_slice", "renorm", torch.renorm, [T(2, 2, grad=True, values=[0., 0., 3., 4.]), 2, 0, 1.],
     gradcheck=False)
case("renorm/special", "renorm", torch.renorm, [T(2, 2, values=[float("nan"), 1., inf, 1.]), 2, 0, 1.])
case("renorm/empty", "renorm", torch.renorm, [T(0, 3, grad=True), 2, 0, 1.])
case("torch.renorm/p2", "torch.renorm", torch.renorm, [T(3, 2, grad=True), 2, 1, 1.])


def renorm_(x, p, dim, maxnorm):
    target = x.clone() if x.requires_grad else x
    return target.renorm_(p, dim, maxnorm)


case("renorm_/grad", "renorm_", renorm_, [T(3, 4, grad=True), 2, 0, 1.])
case("renorm_/nograd", "renorm_", renorm_, [T(3, 4), 1, 1, 1.])
case("renorm/negative_maxnorm", "renorm", torch.renorm, [T(2, 2), 2, 0, -1.], check_message=True)
case("renorm/negative_fraction_maxnorm", "renorm", torch.renorm, [T(2, 2), 2, 0, -0.25], check_message=True)
case("renorm/p0", "renorm", torch.renorm, [T(2, 2), 0, 0, 1.], check_message=True)
case("renorm/negative_p", "renorm", torch.renorm, [T(2, 2), -1, 0, 1.], check_message=True)
case("renorm/1d", "renorm", torch.renorm, [T(2), 2, 0, 1.], check_message=True)
case("renorm/0d", "renorm", torch.renorm, [T(), 2, 0, 1.], check_message=True)
case("renorm/bad_dim", "renorm", torch.renorm, [T(2, 2), 2, 2, 1.], check_message=True)
case("renorm/int", "renorm", torch.renorm, [T(2, 2, dtype=i64, kind="int"), 2, 0, 1.], check_message=True)

# ---------------------------------------------------------------- adjoint / mH / H
case("adjoint/2d", "adjoint", torch.Tensor.adjoint, [T(2, 3, grad=True)])
case("adjoint/3d_f64", "adjoint", torch.Tensor.adjoint, [T(2, 3, 4, dtype=f64, grad=True)])
case("adjoint/0d", "adjoint", torch.Tensor.adjoint, [T(grad=True)])
case("adjoint/int", "adjoint", torch.Tensor.adjoint, [T(2, 3, dtype=i64, kind="int")])
case("adjoint/1d", "adjoint", torch.Tensor.adjoint, [T(3)], check_message=True)
case("torch.adjoint/3d", "torch.adjoint", torch.adjoint, [T(4, 2, 3, grad=True)])
case("mH/2d", "mH", lambda x: x.mH, [T(3, 2, grad=True)])
case("mH/4d", "mH", lambda x: x.mH, [T(2, 1, 3, 2, grad=True)])
case("mH/0d", "mH", lambda x: x.mH, [T()])
case("mH/1d", "mH", lambda x: x.mH, [T(3)], check_message=True)
case("H/2d", "H", lambda x: x.H, [T(3, 2, grad=True)])
case("H/0d", "H", lambda x: x.H, [T()])
case("H/1d", "H", lambda x: x.H, [T(3)], check_message=True)
case("H/3d", "H", lambda x: x.H, [T(2, 2, 2)], check_message=True)


def adjoint_view(x):
    base = x.clone()
    base.adjoint().mul_(10)
    return base


case("adjointView/writes_through", "adjointView", adjoint_view, [T(2, 3, grad=True)])


# ---------------------------------------------------------------- fill_diagonal_
def fill_diagonal(x, value, wrap=False):
    target = x.clone() if x.requires_grad else x
    return target.fill_diagonal_(value, wrap=wrap)


case("fillDiagonal_/square", "fillDiagonal_", fill_diagonal, [T(3, 3, grad=True), 2.5])
case("fillDiagonal_/wide", "fillDiagonal_", fill_diagonal, [T(2, 5, grad=True), -1.])
case("fillDiagonal_/tall", "fillDiagonal_", fill_diagonal, [T(7, 3, grad=True), 4.])
case("fillDiagonal_/tall_wrap", "fillDiagonal_", fill_diagonal, [T(7, 3, grad=True), 4.], {"wrap": True})
case("fillDiagonal_/tall_by_one_wrap", "fillDiagonal_", fill_diagonal, [T(4, 3), 1.], {"wrap": True})
case("fillDiagonal_/wide_wrap", "fillDiagonal_", fill_diagonal, [T(3, 5), 7.], {"wrap": True})
case("fillDiagonal_/cube", "fillDiagonal_", fill_diagonal, [T(3, 3, 3, dtype=f64, grad=True), 0.5])
case("fillDiagonal_/int", "fillDiagonal_", fill_diagonal, [T(3, 3, dtype=i64, kind="int"), 2.])
case("fillDiagonal_/nan", "fillDiagonal_", fill_diagonal, [T(2, 2), float("nan")])
case("fillDiagonal_/1d", "fillDiagonal_", fill_diagonal, [T(3), 1.], check_message=True)
case("fillDiagonal_/unequal", "fillDiagonal_", fill_diagonal, [T(2, 2, 3), 1.], check_message=True)
case("fillDiagonalLeaf_/leaf", "fillDiagonalLeaf_", lambda x, v: x.fill_diagonal_(v), [T(2, 2, grad=True), 1.],
     check_message=True)

# ---------------------------------------------------------------- lu / lu_solve / lu_unpack
case("lu/square", "lu", torch.lu, [mat(4, 4, grad=True)])
case("lu/square_f64", "lu", torch.lu, [mat(3, 3, dtype=f64, grad=True)])
case("lu/batched", "lu", torch.lu, [mat(2, 3, 3, grad=True)])
case("lu/tall", "lu", torch.lu, [mat(5, 3, dtype=f64, grad=True)])
case("lu/wide", "lu", torch.lu, [mat(3, 5, dtype=f64, grad=True)])
case("lu/singular", "lu", torch.lu, [T(3, 3, values=[1., 2., 3., 2., 4., 6., 1., 0., 1.])])
case("lu/empty", "lu", torch.lu, [T(0, 0)])
case("luInfos/singular_batch", "luInfos", lambda a: torch.lu(a, get_infos=True),
     [T(2, 2, 2, values=[1., 2., 3., 4., 0., 0., 0., 1.])])
case("luInfos/f64", "luInfos", lambda a: torch.lu(a, get_infos=True), [mat(3, 3, dtype=f64, grad=True)])
case("lu/1d", "lu", torch.lu, [T(3)], check_message=True)
case("lu/int", "lu", torch.lu, [T(3, 3, dtype=i64, kind="int")], check_message=True)
case("lu/half", "lu", torch.lu, [T(3, 3, dtype=torch.float16)], check_message=True)
case("luNoPivot/cpu", "luNoPivot", lambda a: torch.lu(a, pivot=False), [T(3, 3)], check_message=True)

A3 = torch.randn(3, 3, generator=_g, dtype=f64) + 2 * torch.eye(3, dtype=f64)
LU3, PIV3 = torch.lu(A3)
AB = torch.randn(2, 3, 3, generator=_g, dtype=f64) + 2 * torch.eye(3, dtype=f64)
LUB, PIVB = torch.lu(AB)
case("luSolve/through_lu", "luSolveOfLu", lambda b, a: torch.lu_solve(b, *torch.lu(a)),
     [T(4, 2, grad=True), mat(4, 4, grad=True)])
case("luSolve/explicit_lu", "luSolve", torch.lu_solve,
     [T(3, 2, dtype=f64, grad=True), vals(LU3, grad=True), vals(PIV3)])
case("luSolve/batched_f32", "luSolve", torch.lu_solve,
     [T(2, 3, 1, grad=True), vals(LUB, dtype=f32, grad=True), vals(PIVB)])
case("luSolve/broadcast_b", "luSolve", torch.lu_solve,
     [T(2, 3, 2, dtype=f64, grad=True), vals(LU3, grad=True), vals(PIV3)])
case("luSolve/broadcast_lu", "luSolve", torch.lu_solve,
     [T(3, 2, dtype=f64, grad=True), vals(LUB, grad=True), vals(PIVB)])
case("luSolve/1d_b", "luSolve", torch.lu_solve, [T(3), vals(LU3, dtype=f32), vals(PIV3)], check_message=True)
case("luSolve/bad_rows", "luSolve", torch.lu_solve, [T(2, 1), vals(LU3, dtype=f32), vals(PIV3)], check_message=True)
case("luSolve/not_square", "luSolve", torch.lu_solve, [T(2, 1), T(2, 3), T(2, dtype=i32, values=[1, 2])],
     check_message=True)
case("luSolve/pivots_int64", "luSolve", torch.lu_solve, [T(3, 1), vals(LU3, dtype=f32), vals(PIV3, dtype=i64)],
     check_message=True)
case("luSolve/pivots_count", "luSolve", torch.lu_solve, [T(3, 1), vals(LU3, dtype=f32), vals(PIV3[:2])],
     check_message=True)
case("luSolve/dtypes", "luSolve", torch.lu_solve, [T(3, 1, dtype=f64), vals(LU3, dtype=f32), vals(PIV3)],
     check_message=True)
case("luSolve/int", "luSolve", torch.lu_solve, [T(3, 1, dtype=i64, kind="int"), vals(LU3, dtype=i64), vals(PIV3)],
     check_message=True)

LUT, PIVT = torch.lu(torch.randn(5, 3, generator=_g, dtype=f64))
LUW, PIVW = torch.lu(torch.randn(3, 5, generator=_g, dtype=f64))
case("luUnpack/square", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3)])
case("luUnpack/batched_f32", "luUnpack", torch.lu_unpack, [vals(LUB, dtype=f32), vals(PIVB)])
case("luUnpack/tall", "luUnpack", torch.lu_unpack, [vals(LUT), vals(PIVT)])
case("luUnpack/wide", "luUnpack", torch.lu_unpack, [vals(LUW), vals(PIVW)])
for name, lu_, piv in [("square", LU3, PIV3), ("tall", LUT, PIVT), ("wide", LUW, PIVW), ("batched", LUB, PIVB)]:
    # P has no gradient; L and U first in turn so each one's gradient is recorded
    case("luUnpackL/" + name, "luUnpackL", lambda a, p: torch.lu_unpack(a, p)[1], [vals(lu_, grad=True), vals(piv)])
    case("luUnpackU/" + name, "luUnpackU", lambda a, p: torch.lu_unpack(a, p)[2], [vals(lu_, grad=True), vals(piv)])
case("luUnpack/no_data", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3)], {"unpack_data": False})
case("luUnpack/no_pivots", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3)], {"unpack_pivots": False})
case("luUnpack/neither", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3)],
     {"unpack_data": False, "unpack_pivots": False})
case("luUnpack/no_pivots_int64", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3, dtype=i64)],
     {"unpack_pivots": False})
case("luUnpack/pivots_int64", "luUnpack", torch.lu_unpack, [vals(LU3), vals(PIV3, dtype=i64)], check_message=True)
case("luUnpack/1d", "luUnpack", torch.lu_unpack, [T(3), vals(PIV3)], check_message=True)
case("luUnpack/pivot_zero", "luUnpack", torch.lu_unpack, [vals(LU3), T(3, dtype=i32, values=[0, 1, 2])],
     check_message=True)
case("luUnpack/pivot_too_big", "luUnpack", torch.lu_unpack, [vals(LU3), T(3, dtype=i32, values=[5, 1, 2])],
     check_message=True)

# ---------------------------------------------------------------- geqrf / orgqr / ormqr
case("geqrf/square", "geqrf", torch.geqrf, [T(3, 3, grad=True)], grad=False)
case("geqrf/tall_f64", "geqrf", torch.geqrf, [T(5, 3, dtype=f64, grad=True)], grad=False)
case("geqrf/wide", "geqrf", torch.geqrf, [T(2, 4)])
case("geqrf/batched", "geqrf", torch.geqrf, [T(2, 4, 3)])
case("geqrf/zero_column", "geqrf", torch.geqrf, [T(3, 2, values=[0., 1., 0., 2., 0., 3.])])
case("geqrf/1d", "geqrf", torch.geqrf, [T(3)], check_message=True)
case("geqrf/int", "geqrf", torch.geqrf, [T(3, 3, dtype=i64, kind="int")], check_message=True)

QA, QTAU = torch.geqrf(torch.randn(5, 3, generator=_g, dtype=f64))
QSA, QSTAU = torch.geqrf(torch.randn(3, 3, generator=_g, dtype=f64))
QBA, QBTAU = torch.geqrf(torch.randn(2, 4, 3, generator=_g, dtype=f64))
case("orgqr/tall", "orgqr", torch.orgqr, [vals(QA, grad=True), vals(QTAU, grad=True)])
case("orgqr/square_f32", "orgqr", torch.orgqr, [vals(QSA, dtype=f32, grad=True), vals(QSTAU, dtype=f32, grad=True)])
case("orgqr/fewer_reflectors", "orgqr", torch.orgqr, [vals(QA, grad=True), vals(QTAU[:2], grad=True)])
case("orgqr/batched", "orgqr", torch.orgqr, [vals(QBA, grad=True), vals(QBTAU, grad=True)])
case("orgqr/random_values", "orgqr", torch.orgqr, [T(4, 3, dtype=f64, grad=True), T(2, dtype=f64, grad=True)])
case("orgqr/tau_too_long", "orgqr", torch.orgqr, [T(3, 2), T(3)], check_message=True)
case("orgqr/wide", "orgqr", torch.orgqr, [T(2, 3), T(2)], check_message=True)
case("orgqr/1d", "orgqr", torch.orgqr, [T(3), T(1)], check_message=True)
case("orgqr/tau_rank", "orgqr", torch.orgqr, [T(3, 2), T(1, 2)], check_message=True)
case("orgqr/dtypes", "orgqr", torch.orgqr, [T(3, 2), T(2, dtype=f64)], check_message=True)
case("orgqr/batch", "orgqr", torch.orgqr, [T(2, 3, 2), T(3, 2)], check_message=True)
case("orgqr/int", "orgqr", torch.orgqr, [T(3, 2, dtype=i64, kind="int"), T(2, dtype=i64, kind="int")],
     check_message=True)

for left in (True, False):
    for transpose in (False, True):
        other = T(5, 2) if left else T(2, 5)
        case("ormqr/left%s_transpose%s" % (left, transpose), "ormqr", torch.ormqr,
             [vals(QA, dtype=f32, grad=True), vals(QTAU, dtype=f32), other], {"left": left, "transpose": transpose},
             grad=False)
case("ormqr/default", "ormqr", torch.ormqr, [vals(QA), vals(QTAU), T(5, 3, dtype=f64)])
case("ormqr/batched", "ormqr", torch.ormqr, [vals(QBA), vals(QBTAU), T(2, 4, 2, dtype=f64)],
     {"left": True, "transpose": True})
case("ormqr/fewer_reflectors_right", "ormqr", torch.ormqr, [vals(QA), vals(QTAU[:1]), T(3, 5, dtype=f64)],
     {"left": False, "transpose": False})
case("ormqr/1d", "ormqr", torch.ormqr, [T(3), T(1), T(3, 1)], check_message=True)
case("ormqr/other_1d", "ormqr", torch.ormqr, [T(3, 2), T(2), T(3)], check_message=True)
case("ormqr/rows", "ormqr", torch.ormqr, [T(3, 2), T(2), T(4, 1)], check_message=True)
case("ormqr/right_too_few_columns", "ormqr", torch.ormqr, [T(3, 2), T(2), T(4, 1)], {"left": False},
     check_message=True)
case("ormqr/right_columns", "ormqr", torch.ormqr, [T(3, 2), T(2), T(4, 2)], {"left": False}, check_message=True)
case("ormqr/tau_too_long", "ormqr", torch.ormqr, [T(3, 2), T(3), T(3, 3)], check_message=True)
case("ormqr/tau_rank", "ormqr", torch.ormqr, [T(3, 2), T(1, 2), T(3, 1)], check_message=True)
case("ormqr/other_rank", "ormqr", torch.ormqr, [T(2, 3, 2), T(2, 2), T(3, 1)], check_message=True)
case("ormqr/tau_batch", "ormqr", torch.ormqr, [T(2, 3, 2), T(3, 2), T(2, 3, 1)], check_message=True)
case("ormqr/other_batch", "ormqr", torch.ormqr, [T(2, 3, 2), T(2, 2), T(3, 3, 1)], check_message=True)
case("ormqr/tau_dtype", "ormqr", torch.ormqr, [T(3, 2), T(2, dtype=f64), T(3, 1)], check_message=True)
case("ormqr/other_dtype", "ormqr", torch.ormqr, [T(3, 2), T(2), T(3, 1, dtype=f64)], check_message=True)
case("ormqr/int", "ormqr", torch.ormqr,
     [T(3, 2, dtype=i64, kind="int"), T(2, dtype=i64, kind="int"), T(3, 1, dtype=i64, kind="int")],
     check_message=True)

write("linalg_more")
