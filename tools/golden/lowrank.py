"""Fixtures for torch.svd_lowrank, torch.pca_lowrank and torch.lobpcg (jtorch.internal.ops.LowRankOps). Writes
jtorch-core/src/test/resources/fixtures/ops/lowrank.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/lowrank.py

Each op seeds the global generator (kwarg "seed") right before the call, so jtorch draws the same torch.randn
matrices; gradcheck re-seeds on every evaluation the same way. Singular and eigen vectors are unique only up to a sign
per column (LAPACK's and jtorch's conventions may differ): both sides flip each column of V (svd) or X (lobpcg) so
its largest-magnitude entry is positive, and U's column with it. "first" names the output listed first (the one
whose gradient the case records).
"""
import torch
from golden import T, case, write

f32, f64 = torch.float32, torch.float64


def signs(v):
    # per column: the sign of its largest-magnitude entry
    idx = v.abs().argmax(-2, keepdim=True)
    return v.gather(-2, idx).sign()


def ordered(outs, first):
    names = list(outs)
    names.remove(first)
    return [outs[first]] + [outs[n] for n in names]


def svdl(A, M=None, seed=0, first="U", **kw):
    torch.manual_seed(seed)
    U, S, V = torch.svd_lowrank(A, M=M, **kw)
    s = signs(V)
    return ordered({"U": U * s, "S": S, "V": V * s}, first)


def pcal(A, seed=0, first="U", **kw):
    torch.manual_seed(seed)
    U, S, V = torch.pca_lowrank(A, **kw)
    s = signs(V)
    return ordered({"U": U * s, "S": S, "V": V * s}, first)


def lob(A, seed=0, first="E", **kw):
    torch.manual_seed(seed)
    E, Xs = torch.lobpcg(A, **kw)
    return ordered({"E": E, "X": Xs * signs(Xs)}, first)


def lob_b(A, B, **kw):
    return lob(A, B=B, **kw)


def lob_x(A, X, **kw):
    return lob(A, X=X, **kw)


def lob_ik(A, iK, **kw):
    return lob(A, iK=iK, **kw)


F32_TOL = {"rtol": 2e-4, "atol": 2e-5}
# ---------------------------------------------------------------- svd_lowrank
case("svdLowrank/tall_q4", "svdLowrank", svdl, [T(20, 8, grad=True)], {"q": 4}, tol=F32_TOL)
case("svdLowrank/tall_q4_f64", "svdLowrank", svdl, [T(20, 8, dtype=f64, grad=True)], {"q": 4})
case("svdLowrank/grad_of_S", "svdLowrank", svdl, [T(12, 7, dtype=f64, grad=True)], {"q": 3, "first": "S"})
case("svdLowrank/grad_of_V", "svdLowrank", svdl, [T(12, 7, dtype=f64, grad=True)], {"q": 3, "first": "V"})
case("svdLowrank/wide", "svdLowrank", svdl, [T(6, 11, dtype=f64, grad=True)], {"q": 4, "seed": 3})
case("svdLowrank/default_q_square", "svdLowrank", svdl, [T(9, 9, dtype=f64, grad=True)])
# q above a side: the subspace iterations' QR keep min(m, n) columns and _lowrank.py's shape assertion fails
case("svdLowrank/q_above_cols", "svdLowrank", svdl, [T(10, 5, dtype=f64)], {"q": 6}, check_message=True)
case("svdLowrank/q_above_cols_niter0", "svdLowrank", svdl, [T(10, 5, dtype=f64, grad=True)], {"q": 6, "niter": 0})
case("svdLowrank/niter0", "svdLowrank", svdl, [T(15, 6, dtype=f64, grad=True)], {"q": 3, "niter": 0})
case("svdLowrank/niter4_f32", "svdLowrank", svdl, [T(15, 6, grad=True)], {"q": 5, "niter": 4}, tol=F32_TOL)
case("svdLowrank/batched", "svdLowrank", svdl, [T(2, 12, 6, dtype=f64, grad=True)], {"q": 3, "seed": 5})
# 1.13's M must be A's shape: the documented (*, 1, n) fails in its matrix products
case("svdLowrank/M", "svdLowrank", svdl, [T(15, 6, dtype=f64, grad=True), T(15, 6, dtype=f64, grad=True)], {"q": 3})
case("svdLowrank/M_wide", "svdLowrank", svdl, [T(5, 9, dtype=f64, grad=True), T(5, 9, dtype=f64)], {"q": 3})
case("svdLowrank/M_row", "svdLowrank", svdl, [T(15, 6, dtype=f64), T(1, 6, dtype=f64)], {"q": 3},
     check_message=True)
case("svdLowrank/q_above_rows", "svdLowrank", svdl, [T(4, 10)], {"q": 6}, check_message=True)
case("svdLowrank/vector", "svdLowrank", svdl, [T(5)], check_message=True)
case("svdLowrank/scalar", "svdLowrank", svdl, [T()], check_message=True)
case("svdLowrank/negative_q", "svdLowrank", svdl, [T(8, 5)], {"q": -1}, check_message=True)

# ---------------------------------------------------------------- pca_lowrank
case("pcaLowrank/default", "pcaLowrank", pcal, [T(20, 7, dtype=f64, grad=True)])
case("pcaLowrank/q2_f32", "pcaLowrank", pcal, [T(30, 5, grad=True)], {"q": 2}, tol=F32_TOL)
case("pcaLowrank/q2_grad_of_S", "pcaLowrank", pcal, [T(16, 5, dtype=f64, grad=True)], {"q": 2, "first": "S"})
case("pcaLowrank/not_centered", "pcaLowrank", pcal, [T(12, 6, dtype=f64, grad=True)], {"q": 3, "center": False})
case("pcaLowrank/niter1_wide", "pcaLowrank", pcal, [T(5, 8, dtype=f64, grad=True)], {"q": 4, "niter": 1, "seed": 2})
case("pcaLowrank/batched", "pcaLowrank", pcal, [T(3, 10, 4, dtype=f64, grad=True)], {"q": 2})
case("pcaLowrank/q_too_big", "pcaLowrank", pcal, [T(5, 4)], {"q": 5}, check_message=True)
case("pcaLowrank/q_negative", "pcaLowrank", pcal, [T(5, 4)], {"q": -1}, check_message=True)
case("pcaLowrank/vector", "pcaLowrank", pcal, [T(5)], check_message=True)
case("pcaLowrank/niter_negative", "pcaLowrank", pcal, [T(5, 4)], {"niter": -1}, check_message=True)


# ---------------------------------------------------------------- lobpcg
def spd(m, dtype=f64, seed=0, grad=False, batch=()):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(*batch, m, m, generator=g, dtype=f64)
    a = x @ x.mT / m + torch.diag(torch.linspace(1, 3, m, dtype=f64))
    return T(*a.shape, dtype=dtype, values=a.reshape(-1).tolist(), grad=grad)


LOB_TOL = {"rtol": 1e-6, "atol": 1e-7}
LOB_F32 = {"rtol": 1e-4, "atol": 2e-3}
case("lobpcg/default_k1", "lobpcg", lob, [spd(12, grad=True)], tol=LOB_TOL)
case("lobpcg/k2", "lobpcg", lob, [spd(12, seed=1, grad=True)], {"k": 2}, tol=LOB_TOL)
case("lobpcg/k2_smallest", "lobpcg", lob, [spd(12, seed=2, grad=True)], {"k": 2, "largest": False}, tol=LOB_TOL)
case("lobpcg/basic_k2", "lobpcg", lob, [spd(12, seed=3, grad=True)], {"k": 2, "method": "basic"}, tol=LOB_TOL)
case("lobpcg/basic_smallest", "lobpcg", lob, [spd(15, seed=4, grad=True)], {"k": 2, "largest": False,
                                                                             "method": "basic"}, tol=LOB_TOL)
case("lobpcg/n3_k2", "lobpcg", lob, [spd(12, seed=5, grad=True)], {"k": 2, "n": 3}, tol=LOB_TOL)
case("lobpcg/f32", "lobpcg", lob, [spd(12, dtype=f32, seed=6, grad=True)], {"k": 2}, tol=LOB_F32)
case("lobpcg/niter3", "lobpcg", lob, [spd(12, seed=7)], {"k": 2, "niter": 3}, tol=LOB_TOL)
case("lobpcg/ortho_params", "lobpcg", lob, [spd(12, seed=8)],
     {"k": 2, "ortho_iparams": {"ortho_i_max": 2, "ortho_j_max": 2}, "ortho_fparams": {"ortho_tol": 1e-10}},
     tol=LOB_TOL)
case("lobpcg/vectors_grad", "lobpcg", lob, [spd(9, seed=9, grad=True)], {"k": 1, "tol": 1e-13, "first": "X"},
     tol=LOB_TOL)
case("lobpcg/vectors_grad_smallest_m3", "lobpcg", lob, [spd(3, seed=10, grad=True)],
     {"k": 1, "first": "X", "tol": 1e-13, "largest": False}, tol=LOB_TOL)
case("lobpcg/batched", "lobpcg", lob, [spd(9, seed=11, grad=True, batch=(2,))], {"k": 1}, tol=LOB_TOL)
case("lobpcgB/generalized", "lobpcgB", lob_b, [spd(12, seed=12), spd(12, seed=13)], {"k": 2}, tol=LOB_TOL)
case("lobpcgB/generalized_basic", "lobpcgB", lob_b, [spd(12, seed=14), spd(12, seed=15)],
     {"k": 2, "method": "basic", "largest": False}, tol=LOB_TOL)
case("lobpcgX/given_X", "lobpcgX", lob_x, [spd(12, seed=16, grad=True), T(12, 2, dtype=f64)], tol=LOB_TOL)
case("lobpcgIK/preconditioned", "lobpcgIK", lob_ik,
     [spd(12, seed=17), T(12, 12, dtype=f64, values=torch.diag(torch.linspace(0.5, 1.5, 12, dtype=f64)).reshape(-1)
                          .tolist())], {"k": 2}, tol=LOB_TOL)
case("lobpcg/not_square", "lobpcg", lob, [T(12, 11, dtype=f64)], check_message=True)
case("lobpcg/vector", "lobpcg", lob, [T(12, dtype=f64)], check_message=True)
case("lobpcg/too_many_pairs", "lobpcg", lob, [spd(8)], {"k": 3}, check_message=True)
case("lobpcgB/shape_mismatch", "lobpcgB", lob_b, [spd(9), spd(10)], check_message=True)
case("lobpcgX/bad_X", "lobpcgX", lob_x, [spd(12), T(11, 2, dtype=f64)], check_message=True)

write("lowrank")
