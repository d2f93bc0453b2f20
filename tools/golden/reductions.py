"""Fixtures for reductions, sorting and scans (jtorch.internal.ops.ReductionOps, jtorch.internal.ops.SortOps).
Writes jtorch-core/src/test/resources/fixtures/ops/reductions.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/reductions.py

Calling conventions (mirrored by jtorch.internal.ops.ReductionFixtureTest):
  sum/mean/prod/logsumexp/count_nonzero/std/var/norm/any/all/argmax/argmin: (x, **kw) with kw among
    dim (int or list), keepdim, dtype (a dtype name), correction, unbiased, p (number, "inf", "-inf", "fro")
  max/min: (x) whole-tensor, or (x, dim=, keepdim=) returning (values, indices)
  sort/argsort: (x, dim=, descending=); topk: (x, k, dim=, largest=, sorted=); kthvalue: (x, k, dim=, keepdim=)
  cumsum/cumprod: (x, dim, dtype=)
  grad_of/<op>: (x, grad_output) -> torch.autograd.grad(<op>(x), x, grad_output, create_graph=True)[0], so the
    harness's gradients and gradcheck of these cases check second derivatives.
"""
import torch
from golden import T, case, write

f32, f64, f16, i64, i32, u8, b8 = torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.uint8, torch.bool
NAN, INF = float("nan"), float("inf")


def dt(name):
    return None if name is None else getattr(torch, name)


def p_of(p):
    return {"inf": INF, "-inf": -INF}.get(p, p) if isinstance(p, str) else p


# ---------------------------------------------------------------- op wrappers (keyword names as in the JSON)

def sum_(x, dim=None, keepdim=False, dtype=None):
    if dim is None:
        return torch.sum(x, dtype=dt(dtype))
    return torch.sum(x, dim, keepdim=keepdim, dtype=dt(dtype))


def mean_(x, dim=None, keepdim=False):
    return torch.mean(x) if dim is None else torch.mean(x, dim, keepdim=keepdim)


def prod_(x, dim=None, keepdim=False):
    return torch.prod(x) if dim is None else torch.prod(x, dim, keepdim=keepdim)


def maxmin(fn):
    def f(x, dim=None, keepdim=False):
        return fn(x) if dim is None else fn(x, dim, keepdim=keepdim)
    return f


def arg(fn):
    def f(x, dim=None, keepdim=False):
        return fn(x, dim=dim, keepdim=keepdim)
    return f


def stdvar(fn):
    def f(x, dim=None, correction=None, unbiased=None, keepdim=False):
        if unbiased is not None:
            return fn(x, unbiased) if dim is None else fn(x, dim, unbiased, keepdim)
        if correction is None:
            return fn(x) if dim is None else fn(x, dim, keepdim=keepdim)
        return fn(x, dim=dim, correction=correction, keepdim=keepdim)
    return f


def norm_(x, p=None, dim=None, keepdim=False):
    if p is None:
        return x.norm() if dim is None else x.norm(dim=dim, keepdim=keepdim)
    return x.norm(p_of(p)) if dim is None and not keepdim else x.norm(p_of(p), dim, keepdim)


def logsumexp_(x, dim, keepdim=False):
    return torch.logsumexp(x, dim, keepdim=keepdim)


def count_nonzero_(x, dim=None):
    return torch.count_nonzero(x) if dim is None else torch.count_nonzero(x, dim)


def anyall(fn):
    def f(x, dim=None, keepdim=False):
        return fn(x) if dim is None else fn(x, dim, keepdim=keepdim)
    return f


def sort_(x, dim=-1, descending=False, stable=None):
    if stable is None:
        return torch.sort(x, dim, descending)
    return torch.sort(x, dim=dim, descending=descending, stable=stable)


def argsort_(x, dim=-1, descending=False, stable=None):
    if stable is None:
        return torch.argsort(x, dim, descending)
    return torch.argsort(x, dim=dim, descending=descending, stable=stable)


def topk_(x, k, dim=-1, largest=True, sorted=True):
    return torch.topk(x, k, dim, largest, sorted)


def kthvalue_(x, k, dim=-1, keepdim=False):
    return torch.kthvalue(x, k, dim, keepdim)


def scan(fn):
    def f(x, dim, dtype=None):
        return fn(x, dim, dtype=dt(dtype))
    return f


OPS = {
    "sum": sum_, "mean": mean_, "prod": prod_, "max": maxmin(torch.max), "min": maxmin(torch.min),
    "argmax": arg(torch.argmax), "argmin": arg(torch.argmin), "std": stdvar(torch.std), "var": stdvar(torch.var),
    "norm": norm_, "logsumexp": logsumexp_, "count_nonzero": count_nonzero_, "any": anyall(torch.any),
    "all": anyall(torch.all), "sort": sort_, "argsort": argsort_, "topk": topk_, "kthvalue": kthvalue_,
    "cumsum": scan(torch.cumsum), "cumprod": scan(torch.cumprod),
}


def c(name, op, args, kw=None, **opts):
    case(name, op, OPS[op], args, kw, **opts)


def grad_of(name, op, x, kw=None, tol=None):
    """Second-order case: the output is the first-order gradient (built with create_graph)."""
    kw = kw or {}
    fn = OPS[op]

    def f(xx, go, **k):
        out = fn(xx, **k)
        out = out[0] if isinstance(out, tuple) else out
        return torch.autograd.grad(out, xx, go, create_graph=True)[0]

    probe = x.make()
    out = fn(probe, **kw)
    out = out[0] if isinstance(out, tuple) else out
    go = T(*out.shape, dtype=probe.dtype)
    x.values = probe.tolist() if probe.dim() > 0 else probe.item()
    case(name, "grad_of/" + op, f, [x, go], kw, tol=tol)


def g(*shape, **kw):
    """A float input that requires grad."""
    return T(*shape, grad=True, **kw)


def vals(values, dtype=f32, grad=True):
    t = torch.tensor(values, dtype=dtype)
    return T(*t.shape, dtype=dtype, values=values, grad=grad)


# ---------------------------------------------------------------- sum / mean

for shape, dims, label in [((3, 4), None, "all"), ((3, 4), 1, "dim1"), ((3, 4), -2, "dim_neg"),
                           ((2, 3, 4), [0, 2], "dims_list"), ((2, 3, 4), [-1, 0], "dims_neg_list"),
                           ((2, 3, 4), [], "dims_empty"), ((2, 3, 4), [0, 1, 2], "dims_every"), ((), None, "0d"),
                           ((), 0, "0d_dim"), ((5,), 0, "1d")]:
    kw = {} if dims is None else {"dim": dims}
    c("sum/" + label, "sum", [g(*shape)], kw)
    c("mean/" + label, "mean", [g(*shape)], kw)
    if dims is not None:
        c("sum/" + label + "_keepdim", "sum", [g(*shape)], dict(kw, keepdim=True))
        c("mean/" + label + "_keepdim", "mean", [g(*shape)], dict(kw, keepdim=True))
c("sum/f64", "sum", [g(4, 5, dtype=f64)], {"dim": 1})
c("sum/large_inner", "sum", [g(3, 300)], {"dim": 1})
c("sum/large_outer", "sum", [g(300, 3)], {"dim": 0})
c("sum/int64", "sum", [T(3, 4, dtype=i64, kind="int", low=-100, high=100)], {"dim": 0})
c("sum/int64_big", "sum", [vals([2 ** 60, 2 ** 60 + 1, -7], i64, False)])
c("sum/int32_to_int64", "sum", [T(3, 4, dtype=i32, kind="int")])
c("sum/uint8_to_int64", "sum", [T(3, 4, dtype=u8, kind="int", low=0, high=200)], {"dim": 1})
c("sum/bool", "sum", [T(3, 4, dtype=b8, kind="bool")], {"dim": 1, "keepdim": True})
c("sum/dtype_f64", "sum", [g(3, 4)], {"dtype": "float64"})
c("sum/dim_dtype_f64", "sum", [g(3, 4)], {"dim": 0, "dtype": "float64"})
c("sum/int_dtype_f32", "sum", [T(3, 4, dtype=i64, kind="int")], {"dim": 1, "dtype": "float32"})
c("sum/float_dtype_int32", "sum", [T(3, 4, dtype=f32, kind="uniform")], {"dtype": "int32"})
c("sum/f16", "sum", [T(3, 4, dtype=f16)], {"dim": 1})
c("sum/empty", "sum", [g(0)])
c("sum/empty_dim", "sum", [g(0, 3)], {"dim": 0})
c("sum/empty_keep", "sum", [g(2, 0)], {"dim": 1, "keepdim": True})
c("sum/nan_inf", "sum", [vals([[1.0, NAN], [INF, 2.0], [INF, -INF]])], {"dim": 1}, gradcheck=False)
c("sum/dim_out_of_range", "sum", [T(2, 3)], {"dim": 2}, check_message=True)
c("sum/dim_repeated", "sum", [T(2, 3)], {"dim": [0, -2]}, check_message=True)
c("mean/f64", "mean", [g(4, 5, dtype=f64)], {"dim": [0, 1], "keepdim": True})
c("mean/empty", "mean", [T(0)])
c("mean/int_error", "mean", [T(3, dtype=i64, kind="int")], check_message=True)
c("mean/bool_error", "mean", [T(3, dtype=b8, kind="bool")], check_message=True)

# ---------------------------------------------------------------- prod

c("prod/all", "prod", [g(3, 4, kind="uniform", low=0.5, high=1.5)])
c("prod/dim", "prod", [g(3, 4, kind="uniform", low=-1.5, high=1.5)], {"dim": 1})
c("prod/dim_neg_keepdim", "prod", [g(2, 3, 4, kind="uniform", low=-1.5, high=1.5)], {"dim": -2, "keepdim": True})
c("prod/0d", "prod", [g()])
c("prod/0d_dim", "prod", [g()], {"dim": 0})
c("prod/one_zero_all", "prod", [vals([[1.5, 0.0], [3.0, 2.0]])])
c("prod/two_zeros_all", "prod", [vals([[1.5, 0.0], [3.0, 0.0]])])
c("prod/zeros_dim", "prod", [vals([[1.5, 0.0, 2.0], [0.0, 0.0, 3.0], [1.0, 2.0, -1.0]])], {"dim": 1})
c("prod/zeros_dim0", "prod", [vals([[1.5, 0.0, 2.0], [0.0, 0.0, 3.0], [1.0, 2.0, -1.0]])], {"dim": 0})
c("prod/zeros_keepdim", "prod", [vals([[0.0, 2.0, 3.0, 0.5], [4.0, 0.0, 0.0, 1.0]])], {"dim": 1, "keepdim": True})
c("prod/size1_dim", "prod", [g(3, 1)], {"dim": 1})
c("prod/int64", "prod", [T(3, 4, dtype=i64, kind="int", low=-4, high=5)], {"dim": 1})
c("prod/int32_all", "prod", [T(6, dtype=i32, kind="int", low=1, high=6)])
c("prod/bool", "prod", [T(2, 3, dtype=b8, kind="bool")], {"dim": 1})
c("prod/empty", "prod", [g(0)])
c("prod/empty_dim", "prod", [g(2, 0)], {"dim": 1})
c("prod/f64", "prod", [g(3, 5, dtype=f64, kind="uniform", low=-2, high=2)], {"dim": 0})
c("prod/nan", "prod", [vals([[1.0, NAN], [2.0, 3.0]])], {"dim": 1}, gradcheck=False)

# ---------------------------------------------------------------- max / min (whole tensor and with dim)

for op in ("max", "min"):
    c(op + "/all", op, [g(3, 4)])
    c(op + "/all_ties", op, [vals([[1.0, 3.0, -2.0], [3.0, 0.0, -2.0]])], gradcheck=False)
    c(op + "/all_nan", op, [vals([[1.0, NAN], [3.0, NAN]])], gradcheck=False)
    c(op + "/all_0d", op, [g()])
    c(op + "/all_int64", op, [T(3, 4, dtype=i64, kind="int", low=-1000, high=1000)])
    c(op + "/all_int32", op, [T(7, dtype=i32, kind="int")])
    c(op + "/all_bool", op, [T(5, dtype=b8, kind="bool")])
    c(op + "/all_f64", op, [g(5, 7, dtype=f64)])
    c(op + "/all_long_run", op, [g(3, 100)])
    c(op + "/all_empty", op, [T(0, 3)], check_message=True)
    c(op + "/dim1", op, [g(3, 4)], {"dim": 1})
    c(op + "/dim1_keepdim", op, [g(3, 4)], {"dim": 1, "keepdim": True})
    c(op + "/dim0", op, [g(3, 4)], {"dim": 0})
    c(op + "/dim_neg_3d", op, [g(2, 3, 4)], {"dim": -2})
    c(op + "/dim_neg_3d_keepdim", op, [g(2, 3, 4)], {"dim": -3, "keepdim": True})
    c(op + "/dim_ties_first", op, [vals([[1.0, 3.0, 3.0, 2.0], [0.0, 0.0, -1.0, 0.0], [5.0, 5.0, 5.0, 5.0]])],
      {"dim": 1}, gradcheck=False)
    c(op + "/dim_nan", op, [vals([[1.0, NAN, 3.0, NAN], [NAN, 1.0, 2.0, 0.0], [2.0, 1.0, 0.0, 5.0]])], {"dim": 1},
      gradcheck=False)
    c(op + "/dim_0d", op, [g()], {"dim": 0})
    c(op + "/dim_0d_keepdim", op, [g()], {"dim": -1, "keepdim": True})
    c(op + "/dim_int64", op, [T(4, 5, dtype=i64, kind="int", low=0, high=4)], {"dim": 1})
    c(op + "/dim_int32", op, [T(4, 5, dtype=i32, kind="int", low=0, high=4)], {"dim": 0, "keepdim": True})
    c(op + "/dim_bool", op, [T(3, 4, dtype=b8, kind="bool")], {"dim": 1})
    c(op + "/dim_f16", op, [T(3, 4, dtype=f16)], {"dim": 1})
    c(op + "/dim_empty_other", op, [T(0, 3)], {"dim": 1})
    c(op + "/dim_empty_reduced", op, [T(2, 0)], {"dim": -1}, check_message=True)
    c(op + "/dim_out_of_range", op, [T(2, 3)], {"dim": 2}, check_message=True)
c("max/dim_long_rows", "max", [g(4, 70)], {"dim": 1})
c("min/dim_long_cols", "min", [g(70, 3)], {"dim": 0})

# ---------------------------------------------------------------- argmax / argmin

for op in ("argmax", "argmin"):
    c(op + "/flat", op, [T(3, 4)])
    c(op + "/flat_keepdim", op, [T(3, 4)], {"keepdim": True})
    c(op + "/dim1", op, [T(3, 4)], {"dim": 1})
    c(op + "/dim1_keepdim", op, [T(3, 4)], {"dim": 1, "keepdim": True})
    c(op + "/dim_neg", op, [T(2, 3, 4)], {"dim": -2})
    c(op + "/ties", op, [vals([[1.0, 3.0, 3.0, 1.0], [2.0, 2.0, 2.0, 2.0]], grad=False)], {"dim": 1})
    c(op + "/ties_flat", op, [vals([[1.0, 3.0], [3.0, 1.0]], grad=False)])
    c(op + "/nan", op, [vals([[1.0, NAN, 3.0, NAN], [0.0, 1.0, 2.0, 3.0]], grad=False)], {"dim": 1})
    c(op + "/nan_flat", op, [vals([1.0, 3.0, NAN, 0.0, NAN], grad=False)])
    c(op + "/int64", op, [T(4, 6, dtype=i64, kind="int", low=0, high=3)], {"dim": 1})
    c(op + "/int32_flat", op, [T(4, 6, dtype=i32, kind="int", low=0, high=3)])
    c(op + "/0d", op, [T()])
    c(op + "/0d_dim", op, [T()], {"dim": 0})
    c(op + "/long_rows", op, [T(3, 200)], {"dim": 1})
    c(op + "/bool_error", op, [T(4, dtype=b8, kind="bool")], check_message=True)
    c(op + "/empty_flat", op, [T(0, 3)], check_message=True)
    c(op + "/empty_reduced", op, [T(0, 3)], {"dim": 0}, check_message=True)
    c(op + "/empty_other", op, [T(0, 3)], {"dim": 1})

# ---------------------------------------------------------------- std / var

for op in ("std", "var"):
    c(op + "/all", op, [g(3, 4)])
    c(op + "/dim", op, [g(3, 4)], {"dim": 1})
    c(op + "/dim_neg_keepdim", op, [g(2, 3, 4)], {"dim": -1, "keepdim": True})
    c(op + "/dims_list", op, [g(2, 3, 4)], {"dim": [0, 2]})
    c(op + "/correction0", op, [g(3, 4)], {"dim": 1, "correction": 0})
    c(op + "/correction2", op, [g(3, 5)], {"dim": 1, "correction": 2})
    c(op + "/correction_all", op, [g(3, 4)], {"dim": None, "correction": 0})
    c(op + "/correction_all_keepdim", op, [g(3, 4)], {"dim": None, "correction": 2, "keepdim": True})
    c(op + "/unbiased_false", op, [g(3, 4)], {"unbiased": False})
    c(op + "/unbiased_false_dim", op, [g(3, 4)], {"dim": 0, "unbiased": False, "keepdim": True})
    c(op + "/f64", op, [g(4, 6, dtype=f64)], {"dim": 0})
    c(op + "/offset_data", op, [T(2, 50, kind="uniform", low=1000, high=1001, grad=True)], {"dim": 1})
    c(op + "/single_element", op, [g(1)], {"dim": 0}, gradcheck=False)
    c(op + "/0d", op, [g()], gradcheck=False)
    c(op + "/0d_dim", op, [g()], {"dim": 0}, gradcheck=False)
    c(op + "/0d_unbiased_false", op, [g()], {"unbiased": False})
    c(op + "/correction_too_big", op, [vals([[1.0, 2.0, 4.0], [1.0, 1.0, 1.0]])], {"dim": 1, "correction": 5},
      gradcheck=False)
    c(op + "/correction_equals_n", op, [vals([[1.0, 2.0, 4.0], [1.0, 1.0, 1.0]])], {"dim": 1, "correction": 3},
      gradcheck=False)
    c(op + "/empty_dim", op, [T(0, 3)], {"dim": 0})
    c(op + "/empty_other", op, [T(0, 3)], {"dim": 1})
    c(op + "/int_error", op, [T(3, dtype=i64, kind="int")], check_message=True)
c("std/constant", "std", [vals([[1.0, 1.0], [1.0, 2.0]])], {"dim": 1})
c("std/constant_all", "std", [vals([[3.0, 3.0], [3.0, 3.0]])])
c("var/dims_empty_list", "var", [vals([[1.0, 2.0], [3.0, 5.0]])], {"dim": []}, gradcheck=False)
c("std/f16", "std", [T(3, 4, dtype=f16)], {"dim": 1})

# ---------------------------------------------------------------- norm (seed notes: a.norm(1), a.norm(2), a.norm(2, dim=1))

a8 = lambda: g(2, 4)  # noqa: E731 - the seed notes' `a` is an 8-element tensor viewed as 2x4
c("norm/seed_p1", "norm", [a8()], {"p": 1})
c("norm/seed_p2", "norm", [a8()], {"p": 2})
c("norm/seed_p2_dim1", "norm", [a8()], {"p": 2, "dim": 1})
c("norm/default", "norm", [g(3, 4)])
for p in (1, 2, 3, 0.5, 1.5, -1, -2.5, "inf", "-inf", 0):
    kgc = {"gradcheck": p != 0}
    c("norm/p%s_all" % p, "norm", [g(3, 4)], {"p": p}, **kgc)
    c("norm/p%s_dim0" % p, "norm", [g(3, 4)], {"p": p, "dim": 0}, **kgc)
    c("norm/p%s_dim_neg_keepdim" % p, "norm", [g(2, 3, 4)], {"p": p, "dim": -1, "keepdim": True}, **kgc)
    c("norm/p%s_dims_list" % p, "norm", [g(2, 3, 4)], {"p": p, "dim": [0, 2]}, **kgc)
    c("norm/p%s_zero_row" % p, "norm", [vals([[0.0, 0.0, 0.0], [1.0, -2.0, 0.5]])], {"p": p, "dim": 1},
      gradcheck=False)
    c("norm/p%s_with_zero" % p, "norm", [vals([[0.0, 1.5, -2.0], [1.0, -2.0, 0.5]])], {"p": p, "dim": 1},
      gradcheck=False)
    c("norm/p%s_empty" % p, "norm", [T(0, 3)], {"p": p, "dim": 0})
c("norm/inf_ties", "norm", [vals([[1.0, -3.0], [3.0, -3.0]])], {"p": "inf", "dim": 1}, gradcheck=False)
c("norm/minus_inf_ties", "norm", [vals([[1.0, -3.0], [3.0, -3.0]])], {"p": "-inf", "dim": 1}, gradcheck=False)
c("norm/nan_inf", "norm", [vals([3.0, NAN], grad=False)], {"p": "inf"})
c("norm/nan_p0", "norm", [vals([3.0, NAN, 0.0], grad=False)], {"p": 0})
c("norm/nan_p2", "norm", [vals([3.0, NAN, 0.0], grad=False)], {"p": 2})
c("norm/0d", "norm", [g()], {"p": 2})
c("norm/0d_dim", "norm", [g()], {"p": 1, "dim": 0, "keepdim": True})
c("norm/f64", "norm", [g(4, 5, dtype=f64)], {"p": 3, "dim": 1})
c("norm/long_rows", "norm", [g(3, 200)], {"p": 2, "dim": 1})
c("norm/fro", "norm", [g(3, 4)], {"p": "fro"})
c("norm/fro_dim", "norm", [g(3, 4)], {"p": "fro", "dim": 1})
c("norm/fro_two_dims", "norm", [g(2, 3, 4)], {"p": "fro", "dim": [0, 2]})
c("norm/fro_two_dims_keepdim", "norm", [g(3, 4)], {"p": "fro", "dim": [0, 1], "keepdim": True})
c("norm/fro_two_dims_zero", "norm", [vals([[0.0, 0.0], [0.0, 0.0]])], {"p": "fro", "dim": [0, 1]}, gradcheck=False)
c("norm/fro_three_dims", "norm", [T(2, 3, 4)], {"p": "fro", "dim": [0, 1, 2]}, check_message=True)
c("norm/fro_same_dims", "norm", [T(2, 3)], {"p": "fro", "dim": [0, -2]}, check_message=True)
c("norm/bad_string", "norm", [T(2, 3)], {"p": "abc"}, check_message=True)
c("norm/int_error", "norm", [T(3, dtype=i64, kind="int")], {"p": 1}, check_message=True)
c("norm/bool_error", "norm", [T(3, dtype=b8, kind="bool")], check_message=True)
c("norm/dims_repeated", "norm", [T(2, 3)], {"p": 2, "dim": [0, 0]}, check_message=True)

# ---------------------------------------------------------------- logsumexp

c("logsumexp/dim", "logsumexp", [g(3, 4)], {"dim": 1})
c("logsumexp/dim_keepdim", "logsumexp", [g(3, 4)], {"dim": 0, "keepdim": True})
c("logsumexp/dims_list", "logsumexp", [g(2, 3, 4)], {"dim": [0, -1]})
c("logsumexp/large", "logsumexp", [T(2, 5, kind="uniform", low=500, high=900, grad=True)], {"dim": 1})
c("logsumexp/f64", "logsumexp", [g(4, 5, dtype=f64)], {"dim": 1})
c("logsumexp/0d", "logsumexp", [g()], {"dim": 0})
c("logsumexp/inf_rows", "logsumexp", [vals([[-INF, -INF], [INF, INF], [INF, 1.0], [INF, -INF], [NAN, 1.0],
                                            [1.0, 2.0]])], {"dim": 1}, gradcheck=False)
c("logsumexp/int", "logsumexp", [T(3, 4, dtype=i64, kind="int")], {"dim": 1})
c("logsumexp/bool", "logsumexp", [T(3, dtype=b8, kind="bool")], {"dim": 0})
c("logsumexp/empty_dim", "logsumexp", [T(0, 3)], {"dim": 0})
c("logsumexp/empty_other", "logsumexp", [T(0, 3)], {"dim": 1})
c("logsumexp/dims_repeated", "logsumexp", [T(2, 3)], {"dim": [0, 0]}, check_message=True)

# ---------------------------------------------------------------- count_nonzero / any / all

cnz = lambda: vals([[0.0, 1.0, 0.0], [NAN, 0.0, -2.0]], grad=False)  # noqa: E731
c("count_nonzero/all", "count_nonzero", [cnz()])
c("count_nonzero/dim", "count_nonzero", [cnz()], {"dim": 1})
c("count_nonzero/dims_list", "count_nonzero", [T(2, 3, 4, dtype=i64, kind="int", low=0, high=2)], {"dim": [0, 2]})
c("count_nonzero/dims_empty", "count_nonzero", [T(2, 3, dtype=i64, kind="int", low=0, high=2)], {"dim": []})
c("count_nonzero/bool", "count_nonzero", [T(4, 5, dtype=b8, kind="bool")], {"dim": -1})
c("count_nonzero/0d", "count_nonzero", [T(dtype=i32, kind="int", low=0, high=2)])
c("count_nonzero/empty", "count_nonzero", [T(0, 3)], {"dim": 0})
c("count_nonzero/dims_repeated", "count_nonzero", [T(2, 3)], {"dim": [0, -2]}, check_message=True)
for op in ("any", "all"):
    c(op + "/bool", op, [T(3, 4, dtype=b8, kind="bool")])
    c(op + "/bool_dim", op, [T(3, 4, dtype=b8, kind="bool")], {"dim": 1})
    c(op + "/bool_dim_keepdim", op, [T(3, 4, dtype=b8, kind="bool")], {"dim": 0, "keepdim": True})
    c(op + "/float", op, [vals([[0.0, 1.0], [0.0, 0.0], [2.0, 3.0]], grad=False)], {"dim": 1})
    c(op + "/float_nan", op, [vals([[0.0, NAN], [NAN, NAN]], grad=False)], {"dim": 1})
    c(op + "/int64", op, [T(3, 4, dtype=i64, kind="int", low=0, high=2)], {"dim": -1})
    c(op + "/int32_all", op, [T(5, dtype=i32, kind="int", low=1, high=3)])
    c(op + "/uint8", op, [T(3, 4, dtype=u8, kind="int", low=0, high=2)], {"dim": 1})
    c(op + "/uint8_all", op, [T(3, dtype=u8, kind="int", low=0, high=3)])
    c(op + "/0d", op, [T(dtype=b8, kind="bool")], {"dim": 0})
    c(op + "/empty", op, [T(0, 3)])
    c(op + "/empty_dim", op, [T(0, 3)], {"dim": 0})
    c(op + "/dim_out_of_range", op, [T(2, 3)], {"dim": 2}, check_message=True)

# ---------------------------------------------------------------- sort / argsort

for desc in (False, True):
    s = "_desc" if desc else ""
    c("sort/last" + s, "sort", [g(3, 5)], {"descending": desc})
    c("sort/dim0" + s, "sort", [g(4, 3)], {"dim": 0, "descending": desc})
    c("sort/dim_neg_3d" + s, "sort", [g(2, 4, 3)], {"dim": -2, "descending": desc})
    c("sort/nan" + s, "sort", [vals([[1.0, NAN, 3.0, 2.0, NAN, -1.0]])], {"descending": desc}, gradcheck=False)
    c("sort/inf" + s, "sort", [vals([[1.0, INF, -INF, 2.0, NAN, INF]], grad=False)], {"descending": desc})
    for n in (5, 16, 17, 20, 33, 100, 300):
        c("sort/ties_f32_n%d%s" % (n, s), "sort", [T(2, n, kind="int", low=0, high=3, dtype=f32)], {"descending": desc})
    for n in (20, 64, 257):
        c("sort/ties_i64_n%d%s" % (n, s), "sort", [T(n, dtype=i64, kind="int", low=-2, high=3)], {"descending": desc})
    c("sort/all_equal%s" % s, "sort", [vals([7.0] * 100, grad=False)], {"descending": desc})
    c("sort/ascending_run%s" % s, "sort", [vals([float(i % 10) for i in range(60)], grad=False)],
      {"descending": desc})
    c("sort/organ_pipe%s" % s, "sort", [vals([float(min(i, 99 - i)) for i in range(100)], grad=False)],
      {"descending": desc})
    c("sort/random_large%s" % s, "sort", [T(1000, kind="int", low=0, high=50, dtype=f32)], {"descending": desc})
    c("sort/int32%s" % s, "sort", [T(3, 20, dtype=i32, kind="int", low=0, high=4)], {"descending": desc})
    c("sort/bool%s" % s, "sort", [T(2, 20, dtype=b8, kind="bool")], {"descending": desc})
    c("sort/f64%s" % s, "sort", [g(3, 6, dtype=f64)], {"dim": 1, "descending": desc})
c("sort/0d", "sort", [g()])
c("sort/size1", "sort", [g(3, 1)], {"dim": 1})
c("sort/empty", "sort", [T(0, 3)], {"dim": 0})
c("sort/f16", "sort", [T(2, 9, dtype=f16)])
c("sort/dim_out_of_range", "sort", [T(2, 3)], {"dim": 2}, check_message=True)
for n in (10, 20, 100):
    for desc in (False, True):
        c("sort/stable_n%d%s" % (n, "_desc" if desc else ""), "sort", [T(2, n, kind="int", low=0, high=3, dtype=f32)],
          {"descending": desc, "stable": True})
c("sort/stable_nan", "sort", [vals([[NAN, 1.0, NAN, 0.0, -0.0, 1.0] * 4])], {"stable": True}, gradcheck=False)
c("sort/stable_false", "sort", [T(30, kind="int", low=0, high=3, dtype=i64)], {"stable": False})
c("sort/signed_zeros", "sort", [vals([0.0, -0.0, 1.0, -0.0, 0.0, -1.0] * 4, grad=False)])
c("argsort/stable", "argsort", [T(40, kind="int", low=0, high=4, dtype=f32)], {"stable": True})
c("argsort/stable_desc_i32", "argsort", [T(3, 30, kind="int", low=0, high=4, dtype=i32)],
  {"descending": True, "stable": True, "dim": 1})
c("argsort/last", "argsort", [T(3, 5)])
c("argsort/desc_dim0", "argsort", [T(4, 3)], {"dim": 0, "descending": True})
c("argsort/ties", "argsort", [T(40, kind="int", low=0, high=4, dtype=f32)])
c("argsort/ties_desc", "argsort", [T(40, kind="int", low=0, high=4, dtype=i64)], {"descending": True})

# ---------------------------------------------------------------- topk (seed notes: a.topk(3, dim=1), a.topk(5, dim=1, largest=False))

c("topk/seed_k3_dim1", "topk", [g(4, 10), 3], {"dim": 1})
c("topk/seed_k5_smallest", "topk", [g(4, 10), 5], {"dim": 1, "largest": False})
c("topk/default_dim", "topk", [g(3, 6), 2])
c("topk/dim0", "topk", [g(6, 3), 4], {"dim": 0})
c("topk/dim_neg_3d", "topk", [g(2, 5, 3), 2], {"dim": -2})
c("topk/k0", "topk", [g(3, 4), 0])
c("topk/k_full", "topk", [g(3, 4), 4], {"dim": 1})
c("topk/unsorted", "topk", [g(3, 12), 5], {"sorted": False})
c("topk/unsorted_smallest", "topk", [g(3, 12), 5], {"sorted": False, "largest": False})
for n, k in ((20, 5), (20, 1), (100, 1), (200, 3), (130, 2), (64, 1), (300, 40), (37, 36)):
    for largest in (True, False):
        tag = "" if largest else "_smallest"
        c("topk/ties_n%d_k%d%s" % (n, k, tag), "topk", [T(2, n, kind="int", low=0, high=4, dtype=f32), k],
          {"largest": largest})
        c("topk/ties_unsorted_n%d_k%d%s" % (n, k, tag), "topk", [T(n, kind="int", low=0, high=4, dtype=i64), k],
          {"largest": largest, "sorted": False})
c("topk/nan", "topk", [vals([[1.0, NAN, 3.0, 2.0, NAN, -1.0]]), 3], gradcheck=False)
c("topk/nan_smallest", "topk", [vals([[1.0, NAN, 3.0, 2.0, NAN, -1.0]]), 5], {"largest": False}, gradcheck=False)
c("topk/int32", "topk", [T(3, 9, dtype=i32, kind="int", low=0, high=5), 3])
c("topk/f64", "topk", [g(3, 8, dtype=f64), 3])
c("topk/0d_k1", "topk", [g(), 1])
c("topk/0d_k0", "topk", [g(), 0])
c("topk/0d_k2", "topk", [T(), 2], check_message=True)
c("topk/empty_k0", "topk", [T(0, 3), 0], {"dim": 0})
c("topk/k_too_big", "topk", [T(2, 3), 4], check_message=True)
c("topk/k_negative", "topk", [T(2, 3), -1], check_message=True)
c("topk/bool_error", "topk", [T(2, 3, dtype=b8, kind="bool"), 1], check_message=True)
c("topk/dim_out_of_range", "topk", [T(2, 3), 1], {"dim": 2}, check_message=True)

# ---------------------------------------------------------------- kthvalue (seed notes: a.kthvalue(8, dim=1))

c("kthvalue/seed_k8_dim1", "kthvalue", [g(4, 10), 8], {"dim": 1})
c("kthvalue/default_dim", "kthvalue", [g(3, 5), 2])
c("kthvalue/keepdim", "kthvalue", [g(3, 5), 3], {"dim": 1, "keepdim": True})
c("kthvalue/dim0", "kthvalue", [g(5, 3), 1], {"dim": 0})
c("kthvalue/dim_neg_3d", "kthvalue", [g(2, 5, 3), 5], {"dim": -2})
for n, k in ((20, 3), (20, 10), (41, 20), (41, 41), (100, 1), (100, 57), (7, 4)):
    c("kthvalue/ties_n%d_k%d" % (n, k), "kthvalue", [T(2, n, kind="int", low=0, high=4, dtype=f32), k])
    c("kthvalue/ties_i64_n%d_k%d" % (n, k), "kthvalue", [T(n, kind="int", low=-2, high=2, dtype=i64), k])
c("kthvalue/nan", "kthvalue", [vals([[1.0, NAN, 3.0, 2.0, NAN, -1.0]]), 5], gradcheck=False)
c("kthvalue/nan_low_k", "kthvalue", [vals([[1.0, NAN, 3.0, 2.0, NAN, -1.0]]), 2], gradcheck=False)
c("kthvalue/int32", "kthvalue", [T(3, 9, dtype=i32, kind="int", low=0, high=5), 4])
c("kthvalue/f64", "kthvalue", [g(3, 8, dtype=f64), 6], {"keepdim": True})
c("kthvalue/0d", "kthvalue", [g(), 1])
c("kthvalue/0d_k2", "kthvalue", [T(), 2], check_message=True)
c("kthvalue/k_too_big", "kthvalue", [T(2, 3), 4], check_message=True)
c("kthvalue/k_zero", "kthvalue", [T(2, 3), 0], {"dim": 0}, check_message=True)
c("kthvalue/empty_reduced", "kthvalue", [T(2, 0), 1], check_message=True)
c("kthvalue/empty_other", "kthvalue", [T(0, 3), 1])
c("kthvalue/bool_error", "kthvalue", [T(2, 3, dtype=b8, kind="bool"), 1], check_message=True)

# ---------------------------------------------------------------- cumsum / cumprod

for op in ("cumsum", "cumprod"):
    kind = {} if op == "cumsum" else {"kind": "uniform", "low": -1.5, "high": 1.5}
    c(op + "/dim1", op, [g(3, 5, **kind), 1])
    c(op + "/dim0", op, [g(4, 3, **kind), 0])
    c(op + "/dim_neg_3d", op, [g(2, 4, 3, **kind), -2])
    c(op + "/0d", op, [g(), 0])
    c(op + "/size1", op, [g(3, 1), 1])
    c(op + "/long", op, [g(2, 100, kind="uniform", low=0.9, high=1.1), 1])
    c(op + "/f64", op, [g(3, 6, dtype=f64, **kind), 1])
    c(op + "/int64", op, [T(3, 5, dtype=i64, kind="int", low=-3, high=4), 1])
    c(op + "/int32_to_int64", op, [T(3, 5, dtype=i32, kind="int", low=-3, high=4), 0])
    c(op + "/bool", op, [T(3, 5, dtype=b8, kind="bool"), 1])
    c(op + "/dtype_f64", op, [g(3, 4, **kind), 1], {"dtype": "float64"})
    c(op + "/int_dtype_f32", op, [T(3, 4, dtype=i64, kind="int", low=-3, high=4), 1], {"dtype": "float32"})
    c(op + "/float_dtype_int32", op, [T(3, 4, kind="uniform", low=-3, high=4), 1], {"dtype": "int32"})
    c(op + "/empty", op, [T(0, 3), 0])
    c(op + "/nan", op, [vals([[1.0, NAN, 2.0], [INF, 1.0, -INF]]), 1], gradcheck=False)
    c(op + "/f16_error", op, [T(3, dtype=f16), 0], check_message=True)
    c(op + "/dim_out_of_range", op, [T(2, 3), 2], check_message=True)
c("cumprod/zeros", "cumprod", [vals([[1.5, 0.0, 2.0, 0.0, 3.0], [0.0, 0.5, 1.0, 2.0, 3.0], [2.0, -1.0, 0.5, 3.0, 0.0],
                                     [0.0, 0.0, 1.0, 2.0, 3.0]]), 1])
c("cumprod/zeros_dim0", "cumprod", [vals([[1.5, 0.0, 2.0], [0.0, 0.5, 1.0], [2.0, 3.0, 0.5]]), 0])

# ---------------------------------------------------------------- seed notes: prob.topk(dim=1, k=3) then gather


def topk_gather(prob, label):
    idx = prob.topk(dim=1, k=3)[1]
    return torch.gather(label.expand(4, 10), dim=1, index=idx.long())


case("topk_gather/seed", "topk_gather", topk_gather, [T(4, 10), T(10, dtype=i64, values=list(range(100, 110)))])


def topk_gather_values(prob):
    v, idx = prob.topk(dim=1, k=3)
    return torch.gather(prob, 1, idx) * v


case("topk_gather/values_grad", "topk_gather_values", topk_gather_values, [g(4, 10)])

# ---------------------------------------------------------------- second derivatives (create_graph)

grad_of("grad_of/sum_dim", "sum", g(3, 4, dtype=f64), {"dim": 1})
grad_of("grad_of/prod_all", "prod", g(3, 4, dtype=f64, kind="uniform", low=0.5, high=1.5))
grad_of("grad_of/prod_dim", "prod", g(3, 4, dtype=f64, kind="uniform", low=-1.5, high=1.5), {"dim": 1})
grad_of("grad_of/prod_one_zero_all", "prod", vals([[1.5, 0.0], [3.0, 2.0]], f64))
grad_of("grad_of/prod_zeros_dim", "prod", vals([[1.5, 0.0, 2.0], [0.0, 0.0, 3.0], [1.0, 2.0, -1.0]], f64), {"dim": 1})
grad_of("grad_of/cumsum", "cumsum", g(3, 5, dtype=f64), {"dim": 1})
grad_of("grad_of/cumprod", "cumprod", g(3, 5, dtype=f64, kind="uniform", low=-1.5, high=1.5), {"dim": 1})
grad_of("grad_of/cumprod_zeros", "cumprod", vals([[1.5, 0.0, 2.0, 0.0, 3.0], [0.0, 0.5, 1.0, 2.0, 3.0],
                                                 [2.0, -1.0, 0.5, 3.0, 0.0]], f64), {"dim": 1})
grad_of("grad_of/max_dim", "max", g(3, 4, dtype=f64), {"dim": 1})
grad_of("grad_of/max_all", "max", g(3, 4, dtype=f64))
grad_of("grad_of/sort", "sort", g(3, 4, dtype=f64), {"dim": 1})
grad_of("grad_of/topk", "topk", g(3, 6, dtype=f64), {"k": 2})
grad_of("grad_of/kthvalue", "kthvalue", g(3, 6, dtype=f64), {"k": 2, "keepdim": True})
grad_of("grad_of/std", "std", g(3, 4, dtype=f64), {"dim": 1})
grad_of("grad_of/var_all", "var", g(3, 4, dtype=f64))
grad_of("grad_of/norm2", "norm", g(3, 4, dtype=f64), {"p": 2, "dim": 1})
grad_of("grad_of/norm3", "norm", g(3, 4, dtype=f64), {"p": 3})
grad_of("grad_of/logsumexp", "logsumexp", g(3, 4, dtype=f64), {"dim": 1})
grad_of("grad_of/mean", "mean", g(3, 4, dtype=f64), {"dim": 0, "keepdim": True})

write("reductions")
