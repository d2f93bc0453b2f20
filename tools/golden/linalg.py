"""Fixtures for torch.linalg (jtorch.linalg.Linalg; jtorch.internal.ops.DecompositionOps and MatrixFunctionOps) and
the torch.* / Tensor forms det, logdet, slogdet, inverse, pinverse, cholesky, qr, svd, matrix_power and cross. Writes
jtorch-core/src/test/resources/fixtures/ops/linalg.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/linalg.py

Op names are the jtorch method names (Linalg's, or Tensor's for the torch.* forms, prefixed "torch."). Eigenvectors
and singular vectors are unique only up to the sign of each column (PyTorch's documentation), so those ops are
recorded through sign-invariant functions of them: "...Abs" ops return |V| (|U|, |Vh|) beside the values, and the
"...Gauge" ops differentiate functions of squared vectors. Inputs that must be symmetric (positive definite) are made
inside the op from a random X ("...Sym": X + X^T; "...Gram": X X^T + n I) so that float64 gradcheck perturbs only
symmetric inputs; explicit SPD values test the factorizations on their own.
"""
import torch
import torch.linalg as LA
from golden import T, case, write

f32, f64, i64 = torch.float32, torch.float64, torch.int64
inf = float("inf")
_g = torch.Generator().manual_seed(7)


def spd(*shape, dtype=f32, grad=False):
    """Explicit values of a well-conditioned symmetric positive-definite (batch of) matrix."""
    n = shape[-1]
    x = torch.randn(*shape, generator=_g, dtype=f64)
    a = x @ x.mT + n * torch.eye(n, dtype=f64)
    return T(*shape, dtype=dtype, grad=grad, values=a.reshape(-1).tolist())


def sym(*shape, dtype=f32, grad=False):
    x = torch.randn(*shape, generator=_g, dtype=f64)
    return T(*shape, dtype=dtype, grad=grad, values=(x + x.mT).reshape(-1).tolist())


def gram(x):
    n = x.shape[-1]
    return x @ x.mT + n * torch.eye(n, dtype=x.dtype)


def dtype_kw(fn):
    """fn with its dtype keyword given by name (the fixture records "float64", PyTorch takes torch.float64)."""
    def wrapped(*args, **kw):
        if "dtype" in kw:
            kw = dict(kw, dtype=getattr(torch, kw["dtype"]))
        return fn(*args, **kw)
    return wrapped


vector_norm, matrix_norm = dtype_kw(LA.vector_norm), dtype_kw(LA.matrix_norm)


def symmetrize(x):
    return x + x.mT


# ---------------------------------------------------------------- vector_norm / matrix_norm / norm
for ord_ in (2, 1, inf, -inf, 0, 3, 0.5, -1.5):
    case("vectorNorm/ord%s" % ord_, "vectorNorm", vector_norm, [T(3, 4, grad=True)], {"ord": ord_},
         gradcheck=ord_ != 0)
case("vectorNorm/default", "vectorNorm", vector_norm, [T(2, 3, 4, dtype=f64, grad=True)])
case("vectorNorm/dim", "vectorNorm", vector_norm, [T(2, 3, 4, grad=True)], {"ord": 2, "dim": 1})
case("vectorNorm/dims_keepdim", "vectorNorm", vector_norm, [T(2, 3, 4, dtype=f64, grad=True)],
     {"ord": 3, "dim": [0, 2], "keepdim": True})
case("vectorNorm/dtype", "vectorNorm", vector_norm, [T(3, 4, grad=True)], {"ord": 2, "dtype": "float64"})
case("vectorNorm/zero_grad", "vectorNorm", vector_norm, [T(2, 2, grad=True, values=[0.0, 0.0, 0.0, 0.0])],
     gradcheck=False)
case("vectorNorm/special", "vectorNorm", vector_norm, [T(4, values=[1.0, float("nan"), 2.0, 0.0])])
case("vectorNorm/inf_value", "vectorNorm", vector_norm, [T(3, values=[1.0, float("inf"), -2.0])], {"ord": 1})
case("vectorNorm/empty", "vectorNorm", vector_norm, [T(0, 3)])
case("vectorNorm/empty_inf", "vectorNorm", vector_norm, [T(0, 3)], {"ord": inf}, check_message=True)
case("vectorNorm/int", "vectorNorm", vector_norm, [T(3, dtype=i64, kind="int")], check_message=True)
case("vectorNorm/int_dtype", "vectorNorm", vector_norm, [T(3)], {"dtype": "int64"}, check_message=True)

for ord_ in ("fro", "nuc", inf, -inf, 1, -1, 2, -2):
    case("matrixNorm/ord%s" % ord_, "matrixNorm", matrix_norm, [T(3, 4, grad=True)], {"ord": ord_})
case("matrixNorm/default_batched", "matrixNorm", matrix_norm, [T(2, 3, 3, dtype=f64, grad=True)])
case("matrixNorm/nuc_dims_keepdim", "matrixNorm", matrix_norm, [T(3, 2, 4, dtype=f64, grad=True)],
     {"ord": "nuc", "dim": [0, 2], "keepdim": True})
case("matrixNorm/inf_dims_keepdim", "matrixNorm", matrix_norm, [T(3, 2, 4, grad=True)],
     {"ord": inf, "dim": [2, 0], "keepdim": True})
case("matrixNorm/one_dims", "matrixNorm", matrix_norm, [T(3, 2, 4, grad=True)], {"ord": 1, "dim": [2, 0]})
case("matrixNorm/two_wide_f64", "matrixNorm", matrix_norm, [T(2, 3, 5, dtype=f64, grad=True)], {"ord": 2})
case("matrixNorm/minus2_tall", "matrixNorm", matrix_norm, [T(5, 3, grad=True)], {"ord": -2})
case("matrixNorm/dtype", "matrixNorm", matrix_norm, [T(3, 3)], {"ord": "fro", "dtype": "float64"})
case("matrixNorm/bad_ord", "matrixNorm", matrix_norm, [T(3, 3)], {"ord": 3}, check_message=True)
case("matrixNorm/bad_str", "matrixNorm", matrix_norm, [T(3, 3)], {"ord": "foo"}, check_message=True)
case("matrixNorm/1d", "matrixNorm", matrix_norm, [T(3)], check_message=True)
case("matrixNorm/same_dims", "matrixNorm", matrix_norm, [T(3, 3)], {"dim": [1, -1]}, check_message=True)
case("matrixNorm/int", "matrixNorm", matrix_norm, [T(3, 3, dtype=i64, kind="int")], check_message=True)

case("norm/default_flat", "norm", LA.norm, [T(2, 3, 4, grad=True)])
case("norm/vector_ord", "norm", LA.norm, [T(5, dtype=f64, grad=True)], {"ord": 3})
case("norm/matrix_ord", "norm", LA.norm, [T(3, 4, grad=True)], {"ord": inf})
case("norm/matrix_str", "norm", LA.norm, [T(3, 4, grad=True)], {"ord": "nuc"})
case("norm/one_dim", "norm", LA.norm, [T(2, 3, 4, grad=True)], {"ord": 1, "dim": 1, "keepdim": True})
case("norm/two_dims", "norm", LA.norm, [T(2, 3, 4, grad=True)], {"ord": -1, "dim": [0, 1]})
case("norm/3d_ord", "norm", LA.norm, [T(2, 3, 4)], {"ord": 2}, check_message=True)
case("norm/str_vector", "norm", LA.norm, [T(4)], {"ord": "fro"}, check_message=True)

# ---------------------------------------------------------------- det / slogdet / logdet
case("det/f32", "det", LA.det, [T(3, 3, grad=True)])
case("det/batched_f64", "det", LA.det, [T(2, 3, 4, 4, dtype=f64, grad=True)])
case("det/1x1", "det", LA.det, [T(1, 1, grad=True)])
# 1.13's gradient at an exactly singular matrix is zero (g * det times the LU solve), not adj(A)^T: no gradcheck
case("det/singular", "det", LA.det, [T(3, 3, grad=True, values=[1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 1.0, 0.0, 1.0])],
     gradcheck=False)
case("det/empty", "det", LA.det, [T(0, 0)])
case("det/empty_batch", "det", LA.det, [T(0, 2, 2)])
case("det/nan", "det", LA.det, [T(2, 2, values=[1.0, float("nan"), 2.0, 3.0])])
case("det/nonsquare", "det", LA.det, [T(2, 3)], check_message=True)
case("det/1d", "det", LA.det, [T(3)], check_message=True)
case("det/int", "det", LA.det, [T(2, 2, dtype=i64, kind="int")], check_message=True)
case("torch.det/f64", "torch.det", torch.det, [T(4, 4, dtype=f64, grad=True)])
case("slogdet/f32", "slogdet", LA.slogdet, [T(3, 3, grad=True)])
case("slogdet/batched_f64", "slogdet", LA.slogdet, [T(3, 4, 4, dtype=f64, grad=True)])
case("slogdet/logabsdet_grad", "slogdetLogabs", lambda a: LA.slogdet(a)[::-1], [T(2, 3, 3, dtype=f64, grad=True)])
case("slogdet/singular", "slogdet", LA.slogdet, [T(2, 2, values=[1.0, 2.0, 2.0, 4.0])])
case("slogdet/nonsquare", "slogdet", LA.slogdet, [T(2, 3)], check_message=True)
case("torch.slogdet/f32", "torch.slogdet", torch.slogdet, [T(3, 3)])
case("torch.logdet/positive", "torch.logdet", torch.logdet, [spd(3, 3, dtype=f64, grad=True)])
case("torch.logdet/batched_signs", "torch.logdet", torch.logdet, [T(4, 3, 3, grad=True)], gradcheck=False)

# ---------------------------------------------------------------- inv / inv_ex / inverse / solve
case("inv/f32", "inv", LA.inv, [T(3, 3, grad=True)])
case("inv/batched_f64", "inv", LA.inv, [T(2, 2, 4, 4, dtype=f64, grad=True)])
case("inv/empty", "inv", LA.inv, [T(0, 0)])
case("inv/singular", "inv", LA.inv, [T(3, 3, values=[1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 1.0, 0.0, 1.0])],
     check_message=True)
case("inv/singular_batched", "inv", LA.inv, [T(2, 2, 2, values=[1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0])],
     check_message=True)
case("inv/nonsquare", "inv", LA.inv, [T(2, 3)], check_message=True)
case("inv/int", "inv", LA.inv, [T(2, 2, dtype=i64, kind="int")], check_message=True)
case("invEx/f64", "invEx", LA.inv_ex, [T(3, 3, dtype=f64, grad=True)])
case("invEx/singular_info", "invExInfo", lambda a: LA.inv_ex(a).info,
     [T(2, 2, 2, values=[1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0])])
case("torch.inverse/f32", "torch.inverse", torch.inverse, [T(4, 4, grad=True)])
case("solve/matrix", "solve", LA.solve, [T(3, 3, grad=True), T(3, 2, grad=True)])
case("solve/vector", "solve", LA.solve, [T(3, 3, dtype=f64, grad=True), T(3, dtype=f64, grad=True)])
case("solve/batched_vector", "solve", LA.solve, [T(2, 3, 3, dtype=f64, grad=True), T(2, 3, dtype=f64, grad=True)])
case("solve/broadcast", "solve", LA.solve, [T(3, 3, dtype=f64, grad=True), T(2, 3, 4, dtype=f64, grad=True)])
case("solve/broadcast_a", "solve", LA.solve, [T(2, 1, 3, 3, dtype=f64, grad=True), T(3, 3, 2, dtype=f64, grad=True)])
case("solve/right", "solve", LA.solve, [T(3, 3, dtype=f64, grad=True), T(2, 3, dtype=f64, grad=True)],
     {"left": False})
case("solve/singular", "solve", LA.solve, [T(2, 2, values=[1.0, 2.0, 2.0, 4.0]), T(2, 1)], check_message=True)
case("solve/mismatch", "solve", LA.solve, [T(3, 3), T(2, 2)], check_message=True)
case("solve/dtypes", "solve", LA.solve, [T(3, 3), T(3, 2, dtype=f64)], check_message=True)

# ---------------------------------------------------------------- cholesky
case("cholesky/spd", "cholesky", LA.cholesky, [spd(4, 4, grad=True)], gradcheck=False)
case("cholesky/upper_reads_upper", "cholesky", LA.cholesky,
     [T(3, 3, values=[4.0, 2.0, 0.4, 99.0, 5.0, 1.0, 99.0, 99.0, 6.0])], {"upper": True})
case("cholesky/lower_reads_lower", "cholesky", LA.cholesky,
     [T(3, 3, values=[4.0, 99.0, 99.0, 2.0, 5.0, 99.0, 0.4, 1.0, 6.0])])
case("cholesky/gram", "choleskyGram", lambda x: LA.cholesky(gram(x)), [T(3, 3, dtype=f64, grad=True)])
case("cholesky/gram_upper_batched", "choleskyGram", lambda x: LA.cholesky(gram(x), upper=True),
     [T(2, 3, 3, dtype=f64, grad=True)], {})
case("cholesky/not_pd", "cholesky", LA.cholesky, [T(3, 3, values=[1.0, 2.0, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0, 1.0])],
     check_message=True)
case("cholesky/not_pd_batched", "cholesky", LA.cholesky,
     [T(2, 2, 2, values=[1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, -1.0])], check_message=True)
case("cholesky/nonsquare", "cholesky", LA.cholesky, [T(2, 3)], check_message=True)
case("torch.cholesky/gram", "torch.choleskyGram", lambda x: torch.cholesky(gram(x)), [T(3, 3, dtype=f64, grad=True)])
case("torch.cholesky/upper", "torch.cholesky", torch.cholesky, [spd(3, 3), True])
case("torch.cholesky/not_pd", "torch.cholesky", torch.cholesky,
     [T(2, 2, values=[1.0, 2.0, 2.0, 1.0])], check_message=True)

# ---------------------------------------------------------------- qr
for mode in ("reduced", "complete", "r"):
    for shape in ((5, 3), (3, 5), (4, 4)):
        differentiable = mode == "reduced" or (mode == "complete" and shape[0] <= shape[1])
        case("qr/%s_%dx%d" % (mode, shape[0], shape[1]), "qr", LA.qr, [T(*shape, grad=differentiable)], {"mode": mode})
case("qr/batched_f64", "qr", LA.qr, [T(2, 4, 3, dtype=f64, grad=True)])
case("qr/r_grad", "qrR", lambda a: LA.qr(a)[::-1], [T(4, 3, dtype=f64, grad=True)])
case("qr/r_grad_wide", "qrR", lambda a: LA.qr(a)[::-1], [T(3, 5, dtype=f64, grad=True)])
case("qr/zero_column", "qr", LA.qr, [T(3, 2, values=[0.0, 1.0, 0.0, 2.0, 0.0, 3.0])])
case("qr/bad_mode", "qr", LA.qr, [T(3, 3)], {"mode": "foo"}, check_message=True)
case("qr/1d", "qr", LA.qr, [T(3)], check_message=True)
case("torch.qr/some", "torch.qr", torch.qr, [T(4, 3, grad=True)])
case("torch.qr/complete", "torch.qr", torch.qr, [T(4, 3), False])

# ---------------------------------------------------------------- eigh / eigvalsh
for uplo in ("L", "U"):
    case("eigh/uplo_%s" % uplo, "eighAbs", lambda a, UPLO: (lambda r: (r[0], r[1].abs()))(LA.eigh(a, UPLO=UPLO)),
         [T(4, 4), uplo])
    case("eigvalsh/uplo_%s" % uplo, "eigvalsh", LA.eigvalsh, [T(4, 4, dtype=f64), uplo])
case("eigh/sym_f32", "eighSymAbs", lambda x: (lambda r: (r[0], r[1].abs()))(LA.eigh(symmetrize(x))),
     [T(4, 4, grad=True)])
case("eigh/sym_batched_f64", "eighSymAbs", lambda x: (lambda r: (r[0], r[1].abs()))(LA.eigh(symmetrize(x))),
     [T(2, 3, 3, dtype=f64, grad=True)])
case("eigh/gauge", "eighSymGauge", lambda x: (lambda r: r[1].square() * r[0].unsqueeze(-2))(LA.eigh(symmetrize(x))),
     [T(2, 4, 4, dtype=f64, grad=True)])
case("eigvalsh/sym_grad", "eigvalshSym", lambda x: LA.eigvalsh(symmetrize(x)), [T(3, 3, dtype=f64, grad=True)])
case("eigvalsh/repeated", "eigvalsh", LA.eigvalsh, [T(3, 3, values=[2.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 1.0]), "L"])
case("eigh/bad_uplo", "eighAbs", lambda a, UPLO: LA.eigh(a, UPLO=UPLO), [T(3, 3), "X"], check_message=True)
case("eigh/nonsquare", "eighAbs", lambda a, UPLO: LA.eigh(a, UPLO=UPLO), [T(3, 2), "L"], check_message=True)


# ---------------------------------------------------------------- svd / svdvals / torch.svd
def svd_abs(a, full_matrices=True):
    u, s, vh = LA.svd(a, full_matrices=full_matrices)
    k = s.shape[-1]
    return (u[..., :, :k].abs(), s, vh[..., :k, :].abs(), u.mT @ u, vh @ vh.mT)


for full in (True, False):
    for shape in ((5, 3), (3, 5), (4, 4), (2, 4, 3)):
        case("svd/full%s_%s" % (full, "x".join(map(str, shape))), "svdAbs", svd_abs, [T(*shape)],
             {"full_matrices": full})
case("svd/f64", "svdAbs", svd_abs, [T(6, 4, dtype=f64)], {"full_matrices": False})
# rank 2 of 3: the null vectors are still unique up to sign
case("svd/rank_deficient", "svdAbs", svd_abs,
     [T(3, 3, values=[1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 1.0, 0.0, 1.0])])
# all singular vectors of a zero matrix are arbitrary: only S and orthonormality are PyTorch's
case("svd/zero", "svdOrtho", lambda a: (lambda r: (r[1], r[0].mT @ r[0], r[2] @ r[2].mT))(LA.svd(a)),
     [T(3, 2, values=[0.0] * 6)])
for shape in ((5, 3), (3, 5), (2, 4, 4)):
    case("svd/gauge_%s" % "x".join(map(str, shape)), "svdGauge",
         lambda a: (lambda r: (r[0].square() * r[1].unsqueeze(-2)) @ r[2].square())(LA.svd(a, full_matrices=False)),
         [T(*shape, dtype=f64, grad=True)])
case("svd/gauge_full", "svdGaugeFull",
     lambda a: (lambda r: (r[0][..., :3].square() * r[1].unsqueeze(-2)) @ r[2][..., :3, :].square())(LA.svd(a)),
     [T(5, 3, dtype=f64, grad=True)])
case("svdvals/f32", "svdvals", LA.svdvals, [T(4, 3, grad=True)])
case("svdvals/batched_f64", "svdvals", LA.svdvals, [T(2, 3, 5, dtype=f64, grad=True)])
case("svdvals/int", "svdvals", LA.svdvals, [T(3, 3, dtype=i64, kind="int")], check_message=True)
case("torch.svd/some", "torch.svdAbs", lambda a: (lambda r: (r[0].abs(), r[1], r[2].abs()))(torch.svd(a)),
     [T(5, 3)])
case("torch.svd/not_some", "torch.svdAbs",
     lambda a, some: (lambda r: (r[0][:, :3].abs(), r[1], r[2].abs()))(torch.svd(a, some)), [T(5, 3), False])
case("torch.svd/no_uv", "torch.svd", torch.svd, [T(4, 3, grad=True), True, False])

# ---------------------------------------------------------------- lstsq
case("lstsq/tall", "lstsq", LA.lstsq, [T(5, 3, grad=True), T(5, 2, grad=True)])
case("lstsq/tall_f64_batched", "lstsq", LA.lstsq, [T(2, 5, 3, dtype=f64, grad=True), T(2, 5, 2, dtype=f64, grad=True)])
case("lstsq/wide", "lstsq", LA.lstsq, [T(3, 5, dtype=f64, grad=True), T(3, 2, dtype=f64, grad=True)])
# 1.13 fails in the backward of a vector B (IndexError in linalg_lstsq_backward): forward only
case("lstsq/vector", "lstsq", LA.lstsq, [T(5, 3, dtype=f64), T(5, dtype=f64)])
case("lstsq/batched_vector", "lstsq", LA.lstsq, [T(2, 5, 3, dtype=f64), T(2, 5, dtype=f64)])
case("lstsq/rank_deficient", "lstsq", LA.lstsq,
     [T(4, 3, dtype=f64, values=[1.0, 2.0, 3.0, 2.0, 1.0, 3.0, 0.0, 1.0, 1.0, 1.0, 1.0, 2.0]), T(4, 2, dtype=f64)])
# an explicit rcond is recorded with gelsd only: 1.13's gelsy with rcond gives a different rank from run to run
# (e.g. 1 or 2 for this matrix and rcond=0.01)
case("lstsq/rcond", "lstsq", LA.lstsq, [T(4, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1e-3,
                                                                    1.0, 1.0, 1e-3]), T(4, 1, dtype=f64), 0.01],
     {"driver": "gelsd"})
for driver in ("gels", "gelsd", "gelss"):
    case("lstsq/%s" % driver, "lstsq", LA.lstsq, [T(2, 5, 3, dtype=f64, grad=True), T(2, 5, 2, dtype=f64)],
         {"driver": driver})
case("lstsq/gelsd_vector", "lstsq", LA.lstsq, [T(5, 3), T(5)], {"driver": "gelsd"})
case("lstsq/gelsd_deficient", "lstsq", LA.lstsq,
     [T(4, 3, dtype=f64, values=[1.0, 2.0, 3.0, 2.0, 1.0, 3.0, 0.0, 1.0, 1.0, 1.0, 1.0, 2.0]), T(4, 2, dtype=f64)],
     {"driver": "gelsd"})
case("lstsq/bad_driver", "lstsq", LA.lstsq, [T(3, 3), T(3, 1)], {"driver": "foo"}, check_message=True)
case("lstsq/rows", "lstsq", LA.lstsq, [T(3, 3), T(4, 1)], check_message=True)
case("lstsq/dtypes", "lstsq", LA.lstsq, [T(3, 3), T(3, 1, dtype=f64)], check_message=True)
case("lstsq/dims", "lstsq", LA.lstsq, [T(3, 3), T(2, 3, 1)], check_message=True)

# ---------------------------------------------------------------- pinv / pinverse / matrix_rank
case("pinv/tall", "pinv", LA.pinv, [T(5, 3, grad=True)])
case("pinv/wide_f64", "pinv", LA.pinv, [T(2, 3, 5, dtype=f64, grad=True)])
case("pinv/hermitian", "pinvSym", lambda x: LA.pinv(symmetrize(x), hermitian=True), [T(4, 4, dtype=f64, grad=True)])
case("pinv/deficient", "pinv", LA.pinv, [T(3, 3, values=[1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 1.0, 0.0, 1.0])])
case("pinv/rtol", "pinv", LA.pinv, [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001])],
     {"rtol": 0.01})
case("pinv/atol", "pinv", LA.pinv, [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001])],
     {"atol": 0.05})
case("pinv/atol_rtol", "pinv", LA.pinv, [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001])],
     {"atol": 0.0001, "rtol": 0.01})
case("pinv/rcond_positional", "pinv", LA.pinv,
     [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001]), 0.01])
case("pinv/rcond_hermitian", "pinv", LA.pinv,
     [T(3, 3, dtype=f64, values=[2.0, 0.0, 0.0, 1.0, -0.1, 0.0, 7.0, 7.0, 0.001]), 0.01, True])
case("torch.pinverse/default", "torch.pinverse", torch.pinverse, [T(4, 3, grad=True)])
case("torch.pinverse/rcond", "torch.pinverse", torch.pinverse,
     [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001]), 0.01])
case("matrixRank/full", "matrixRank", LA.matrix_rank, [T(4, 3)])
case("matrixRank/deficient_batched", "matrixRank", LA.matrix_rank,
     [T(2, 3, 3, values=[1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 1.0, 0.0, 1.0] + [1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 3.0, 6.0, 9.0])])
case("matrixRank/hermitian", "matrixRank", LA.matrix_rank,
     [T(3, 3, values=[1.0, 2.0, 0.0, 2.0, 4.0, 0.0, 0.0, 0.0, -3.0])], {"hermitian": True})
case("matrixRank/atol", "matrixRank", LA.matrix_rank,
     [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001])], {"atol": 0.05})
case("matrixRank/rtol", "matrixRank", LA.matrix_rank,
     [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001])], {"rtol": 0.005})
case("matrixRank/tol_positional", "matrixRank", LA.matrix_rank,
     [T(3, 3, dtype=f64, values=[1.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.001]), 0.05])
case("matrixRank/tol_hermitian", "matrixRank", LA.matrix_rank,
     [T(3, 3, dtype=f64, values=[2.0, 0.0, 0.0, 1.0, -0.1, 0.0, 7.0, 7.0, 0.001]), 0.05, True])
case("matrixRank/int", "matrixRank", LA.matrix_rank, [T(3, 3, dtype=i64, kind="int")], check_message=True)

# ---------------------------------------------------------------- matrix_power / multi_dot / cross / vecdot
for n in (0, 1, 2, 3, 5, 6, -1, -3):
    case("matrixPower/n%d" % n, "matrixPower", LA.matrix_power, [T(3, 3, grad=True), n], gradcheck=n != 0,
         grad=n != 0)
case("matrixPower/batched_f64", "matrixPower", LA.matrix_power, [T(2, 3, 3, dtype=f64, grad=True), 4])
case("matrixPower/int", "matrixPower", LA.matrix_power, [T(2, 2, dtype=i64, kind="int", low=-3, high=3), 3])
case("matrixPower/nonsquare", "matrixPower", LA.matrix_power, [T(2, 3), 2], check_message=True)
case("torch.matrixPower/f64", "torch.matrixPower", torch.matrix_power, [T(3, 3, dtype=f64, grad=True), 2])
case("multiDot/two", "multiDot", LA.multi_dot, [[T(3, 4, grad=True), T(4, 2, grad=True)]])
case("multiDot/three_left", "multiDot", LA.multi_dot, [[T(2, 10, grad=True), T(10, 3, grad=True), T(3, 8, grad=True)]])
case("multiDot/three_right", "multiDot", LA.multi_dot,
     [[T(8, 3, grad=True), T(3, 10, grad=True), T(10, 2, grad=True)]])
case("multiDot/five_vectors", "multiDot", LA.multi_dot,
     [[T(4, dtype=f64, grad=True), T(4, 6, dtype=f64, grad=True), T(6, 2, dtype=f64, grad=True),
       T(2, 5, dtype=f64, grad=True), T(5, dtype=f64, grad=True)]])
case("multiDot/one", "multiDot", LA.multi_dot, [[T(3, 3)]], check_message=True)
case("multiDot/3d", "multiDot", LA.multi_dot, [[T(2, 3, 3), T(3, 3)]], check_message=True)
case("multiDot/middle_1d", "multiDot", LA.multi_dot, [[T(3, 3), T(3), T(3, 3)]], check_message=True)
case("multiDot/mismatch", "multiDot", LA.multi_dot, [[T(3, 4), T(3, 3)]], check_message=True)
case("cross/last", "cross", LA.cross, [T(4, 3, grad=True), T(4, 3, grad=True)])
case("cross/dim0_broadcast", "cross", LA.cross, [T(3, 1, 2, dtype=f64, grad=True), T(3, 4, 2, dtype=f64, grad=True)],
     {"dim": 0})
case("cross/int", "cross", LA.cross, [T(2, 3, dtype=i64, kind="int"), T(2, 3, dtype=i64, kind="int")])
case("cross/not3", "cross", LA.cross, [T(2, 4), T(2, 4)], check_message=True)
case("cross/rank", "cross", LA.cross, [T(2, 3), T(3)], check_message=True)
case("torch.cross/default_dim", "torch.cross", torch.cross, [T(3, 3, grad=True), T(3, 3, grad=True)])
case("torch.cross/dim", "torch.cross", torch.cross, [T(2, 3, dtype=f64, grad=True), T(2, 3, dtype=f64, grad=True), 1])
case("vecdot/last", "vecdot", LA.vecdot, [T(4, 3, grad=True), T(4, 3, grad=True)])
case("vecdot/dim_broadcast", "vecdot", LA.vecdot, [T(3, 1, dtype=f64, grad=True), T(3, 4, dtype=f64, grad=True)],
     {"dim": 0})

# ---------------------------------------------------------------- matrix_exp / cholesky_inverse / cholesky_solve
case("matrixExp/f32", "matrixExp", LA.matrix_exp, [T(3, 3, grad=True)])
case("matrixExp/batched_f64", "matrixExp", LA.matrix_exp, [T(2, 4, 4, dtype=f64, grad=True)])
case("matrixExp/large_norm", "matrixExp", LA.matrix_exp, [T(3, 3, dtype=f64, grad=True, low=-8, high=8, kind="uniform")])
case("matrixExp/zero", "matrixExp", LA.matrix_exp, [T(2, 2, values=[0.0] * 4)])
case("matrixExp/1x1", "matrixExp", LA.matrix_exp, [T(1, 1, dtype=f64, grad=True)])
case("matrixExp/empty", "matrixExp", LA.matrix_exp, [T(0, 0)])
case("matrixExp/nonsquare", "matrixExp", LA.matrix_exp, [T(2, 3)], check_message=True)
case("matrixExp/int", "matrixExp", LA.matrix_exp, [T(2, 2, dtype=i64, kind="int")], check_message=True)
case("torch.matrixExp/f32", "torch.matrixExp", torch.matrix_exp, [T(3, 3, grad=True)])
for upper in (False, True):
    case("choleskyInverse/upper%s" % upper, "choleskyInverse", torch.cholesky_inverse,
         [T(3, 3, dtype=f64, grad=True, values=(lambda a: (a.mT if upper else a).reshape(-1).tolist())(
             torch.linalg.cholesky(gram(torch.randn(3, 3, generator=_g, dtype=f64))))), upper])
    case("choleskySolve/upper%s" % upper, "choleskySolve", torch.cholesky_solve,
         [T(3, 2, dtype=f64, grad=True), T(3, 3, dtype=f64, grad=True, values=(lambda a: (a.mT if upper else a)
                                                                              .reshape(-1).tolist())(
             torch.linalg.cholesky(gram(torch.randn(3, 3, generator=_g, dtype=f64))))), upper])
case("choleskyInverse/batched_f32", "choleskyInverse", torch.cholesky_inverse,
     [T(2, 3, 3, grad=True, values=torch.linalg.cholesky(gram(torch.randn(2, 3, 3, generator=_g, dtype=f64)))
        .reshape(-1).tolist()), False])
case("choleskySolve/broadcast", "choleskySolve", torch.cholesky_solve,
     [T(2, 3, 1, dtype=f64, grad=True), T(3, 3, dtype=f64, grad=True, values=torch.linalg.cholesky(
         gram(torch.randn(3, 3, generator=_g, dtype=f64))).reshape(-1).tolist()), False])
case("choleskyInverse/nonsquare", "choleskyInverse", torch.cholesky_inverse, [T(2, 3), False], check_message=True)
case("choleskySolve/nonsquare", "choleskySolve", torch.cholesky_solve, [T(3, 2), T(2, 3), False], check_message=True)


# ---------------------------------------------------------------- addmm / addbmm / baddbmm / addmv / addr
def inplace(name):
    def fn(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return getattr(target, name)(*rest, **kw)
    return fn


case("addmm/default", "addmm", torch.addmm, [T(2, 4, grad=True), T(2, 3, grad=True), T(3, 4, grad=True)])
case("addmm/broadcast_scaled", "addmm", torch.addmm, [T(4, dtype=f64, grad=True), T(2, 3, dtype=f64, grad=True),
                                                      T(3, 4, dtype=f64, grad=True)], {"beta": 0.5, "alpha": -2.0})
case("addmm/beta0_nan", "addmm", torch.addmm, [T(2, 2, values=[float("nan")] * 4), T(2, 3), T(3, 2)], {"beta": 0})
case("addmm/int", "addmm", torch.addmm, [T(2, 2, dtype=i64, kind="int"), T(2, 3, dtype=i64, kind="int"),
                                         T(3, 2, dtype=i64, kind="int")], {"beta": 2, "alpha": 3})
# integral tensors take beta and alpha truncated to integers
case("addmm/int_float_scalars", "addmm", torch.addmm, [T(2, 2, dtype=i64, kind="int"),
                                                       T(2, 3, dtype=i64, kind="int"), T(3, 2, dtype=i64, kind="int")],
     {"beta": 2.9, "alpha": 1.7})
case("addmm/dtypes", "addmm", torch.addmm, [T(2, 2), T(2, 3, dtype=i64, kind="int"), T(3, 2, dtype=i64, kind="int")],
     check_message=True)
case("addmm/shapes", "addmm", torch.addmm, [T(2, 2), T(2, 3), T(2, 2)], check_message=True)
# one factor requiring grad: its gradient reads the other, which the node keeps only then
case("addmm/only_mat1", "addmm", torch.addmm, [T(2, 4), T(2, 3, grad=True), T(3, 4)])
case("addbmm/only_batch1", "addbmm", torch.addbmm, [T(2, 4), T(3, 2, 5, grad=True), T(3, 5, 4)])
case("addr/only_vec2", "addr", torch.addr, [T(3, 4), T(3), T(4, grad=True)])
case("addmm_/f32", "addmm_", inplace("addmm_"), [T(2, 4, grad=True), T(2, 3, grad=True), T(3, 4, grad=True)],
     {"alpha": 2.0})
case("addbmm/default", "addbmm", torch.addbmm, [T(2, 4, grad=True), T(3, 2, 5, grad=True), T(3, 5, 4, grad=True)])
case("addbmm/scaled_f64", "addbmm", torch.addbmm, [T(1, 4, dtype=f64, grad=True), T(3, 2, 5, dtype=f64, grad=True),
                                                   T(3, 5, 4, dtype=f64, grad=True)], {"beta": -1.0, "alpha": 0.25})
case("addbmm_/f32", "addbmm_", inplace("addbmm_"), [T(2, 4, grad=True), T(3, 2, 5, grad=True), T(3, 5, 4, grad=True)])
case("baddbmm/default", "baddbmm", torch.baddbmm, [T(3, 2, 4, grad=True), T(3, 2, 5, grad=True), T(3, 5, 4, grad=True)])
case("baddbmm/broadcast_scaled", "baddbmm", torch.baddbmm,
     [T(2, 1, dtype=f64, grad=True), T(3, 2, 5, dtype=f64, grad=True), T(3, 5, 4, dtype=f64, grad=True)],
     {"beta": 2.0, "alpha": 0.5})
case("baddbmm_/f32", "baddbmm_", inplace("baddbmm_"), [T(3, 2, 4, grad=True), T(3, 2, 5, grad=True),
                                                       T(3, 5, 4, grad=True)], {"beta": 0.5})
case("addmv/default", "addmv", torch.addmv, [T(3, grad=True), T(3, 4, grad=True), T(4, grad=True)])
case("addmv/scaled_f64", "addmv", torch.addmv, [T(1, dtype=f64, grad=True), T(3, 4, dtype=f64, grad=True),
                                                T(4, dtype=f64, grad=True)], {"beta": 3.0, "alpha": -1.0})
case("addmv_/f32", "addmv_", inplace("addmv_"), [T(3, grad=True), T(3, 4, grad=True), T(4, grad=True)])
case("addr/default", "addr", torch.addr, [T(3, 4, grad=True), T(3, grad=True), T(4, grad=True)])
case("addr/scaled_f64", "addr", torch.addr, [T(4, dtype=f64, grad=True), T(3, dtype=f64, grad=True),
                                             T(4, dtype=f64, grad=True)], {"beta": 0.5, "alpha": 2.0})
case("addr/2d_vec", "addr", torch.addr, [T(3, 4), T(3, 1), T(4)], check_message=True)
case("addr_/f32", "addr_", inplace("addr_"), [T(3, 4, grad=True), T(3, grad=True), T(4, grad=True)])

# ---------------------------------------------------------------- special values
nan = float("nan")
case("svd/nan", "svdAbs", svd_abs, [T(2, 2, values=[1.0, nan, 2.0, 3.0])], check_message=True)
# NaN makes gesdd fail (PyTorch raises), inf makes it return NaN
case("svdvals/inf", "svdvals", LA.svdvals, [T(2, 2, values=[1.0, inf, 2.0, 3.0])])
case("svd/inf", "svdAbs", svd_abs, [T(2, 2, values=[1.0, inf, 2.0, 3.0])])
case("pinv/inf", "pinv", LA.pinv, [T(2, 2, values=[1.0, inf, 2.0, 3.0])])
case("pinv/nan", "pinv", LA.pinv, [T(2, 2, values=[1.0, nan, 2.0, 3.0])], check_message=True)
case("matrixNorm/nuc_nan", "matrixNorm", matrix_norm, [T(2, 2, values=[1.0, nan, 2.0, 3.0])], {"ord": "nuc"},
     check_message=True)
case("eigvalsh/nan_unread_triangle", "eigvalsh", LA.eigvalsh, [T(2, 2, values=[1.0, nan, 2.0, 3.0]), "L"])
case("inv/nan", "inv", LA.inv, [T(2, 2, values=[1.0, nan, 2.0, 3.0])])
case("qr/nan", "qr", LA.qr, [T(2, 2, values=[1.0, nan, 2.0, 3.0])])
case("solve/nan", "solve", LA.solve, [T(2, 2, values=[1.0, 2.0, 2.0, 3.0]), T(2, values=[nan, 1.0])])
case("det/inf", "det", LA.det, [T(2, 2, values=[1.0, inf, 2.0, 3.0])])

# ---------------------------------------------------------------- torch.norm(p='nuc') (ReductionOps, through matrix_norm)
case("torch.normNuc/2d", "torch.normNuc", lambda x: torch.norm(x, "nuc"), [T(3, 3, grad=True)])
case("torch.normNuc/dims_keepdim", "torch.normNuc", lambda x, dim, keepdim: torch.norm(x, "nuc", dim, keepdim),
     [T(2, 3, 3, dtype=f64, grad=True), [1, 2], True])
case("torch.normNuc/3d", "torch.normNuc", lambda x: torch.norm(x, "nuc"), [T(3, 3, 3)], check_message=True)

# ---------------------------------------------------------------- float16 / bfloat16: norms and products run, LAPACK does not
f16, bf16 = torch.float16, torch.bfloat16
case("vectorNorm/bf16", "vectorNorm", vector_norm, [T(3, 4, dtype=bf16)])
case("vectorNorm/f16_ord1", "vectorNorm", vector_norm, [T(3, 4, dtype=f16)], {"ord": 1})
case("matrixNorm/fro_bf16", "matrixNorm", matrix_norm, [T(3, 4, dtype=bf16)])
case("matrixNorm/ord1_f16", "matrixNorm", matrix_norm, [T(3, 4, dtype=f16)], {"ord": 1})
case("matrixNorm/nuc_bf16", "matrixNorm", matrix_norm, [T(3, 3, dtype=bf16)], {"ord": "nuc"}, check_message=True)
# 1.13's bfloat16 matrix_exp returns NaN (its degree selection breaks in bfloat16); jtorch computes it, unrecorded
case("matrixExp/f16", "matrixExp", LA.matrix_exp, [T(3, 3, dtype=f16)], check_message=True)
case("matrixPower/bf16", "matrixPower", LA.matrix_power, [T(3, 3, dtype=bf16), 2])
for name, op, fn, extra in (("det", "det", LA.det, []), ("inv", "inv", LA.inv, []),
                            ("slogdet", "slogdet", LA.slogdet, []), ("svdvals", "svdvals", LA.svdvals, []),
                            ("qr", "qr", LA.qr, []), ("eigvalsh", "eigvalsh", LA.eigvalsh, ["L"]),
                            ("cholesky", "cholesky", LA.cholesky, []), ("pinv", "pinv", LA.pinv, []),
                            ("matrixRank", "matrixRank", LA.matrix_rank, []),
                            ("choleskyInverse", "choleskyInverse", torch.cholesky_inverse, [False])):
    for dt in (f16, bf16):
        case("%s/%s" % (name, str(dt).replace("torch.", "")), op, fn, [spd(3, 3, dtype=dt)] + extra,
             check_message=True)
case("solve/bf16", "solve", LA.solve, [spd(3, 3, dtype=bf16), T(3, 1, dtype=bf16)], check_message=True)
case("lstsq/f16", "lstsq", LA.lstsq, [T(3, 3, dtype=f16), T(3, 1, dtype=f16)], check_message=True)

# ---------------------------------------------------------------- larger matrices (many Jacobi sweeps, Householder steps)
case("large/det", "det", LA.det, [T(9, 9, dtype=f64, grad=True)], gradcheck=False)
case("large/inv_f32", "inv", LA.inv, [spd(10, 10)], tol={"rtol": 1e-4, "atol": 1e-5})
case("large/qr", "qr", LA.qr, [T(12, 8, dtype=f64, grad=True)], gradcheck=False)
case("large/qr_f32", "qr", LA.qr, [T(10, 10)], tol={"rtol": 1e-4, "atol": 1e-5})
case("large/eigh", "eighSymAbs", lambda x: (lambda r: (r[0], r[1].abs()))(LA.eigh(symmetrize(x))),
     [T(10, 10, dtype=f64, grad=True)], gradcheck=False)
case("large/eigh_f32", "eighSymAbs", lambda x: (lambda r: (r[0], r[1].abs()))(LA.eigh(symmetrize(x))),
     [T(9, 9)], tol={"rtol": 1e-4, "atol": 1e-4})
case("large/svd", "svdAbs", svd_abs, [T(12, 9, dtype=f64)], {"full_matrices": False})
case("large/svd_f32_wide", "svdAbs", svd_abs, [T(7, 11)], {"full_matrices": True}, tol={"rtol": 1e-4, "atol": 1e-4})
case("large/svdvals_grad", "svdvals", LA.svdvals, [T(11, 8, dtype=f64, grad=True)], gradcheck=False)
case("large/lstsq", "lstsq", LA.lstsq, [T(15, 6, dtype=f64, grad=True), T(15, 3, dtype=f64, grad=True)],
     gradcheck=False)
case("large/cholesky", "cholesky", LA.cholesky, [spd(10, 10, dtype=f64, grad=True)], gradcheck=False)
case("large/pinv", "pinv", LA.pinv, [T(9, 12, dtype=f64, grad=True)], gradcheck=False)

write("linalg")
