"""Fixtures for every loss of torch.nn (issue 15), torchvision's sigmoid_focal_loss and the seed's
multi-class focal loss (composed from PyTorch ops): jtorch.internal.ops.LossOps via
jtorch.nn.functional.F and the loss modules of jtorch.nn. Replayed by jtorch.nn.LossFixtureTest.

Conventions of this family (on top of golden.py's format):
  * an op's main arguments come first; optional tensor keywords (weight, pos_weight, ...) follow as
    (name, tensor) pairs of positional args, so the Java side knows which keyword each tensor is;
  * ops named "nn.<Module>" build the module with the case's kwargs and call it;
  * "gradgrad": true marks cases whose float64 second derivatives PyTorch itself supports
    (torch.autograd.gradgradcheck passed here), and the Java harness gradgradchecks those too;
  * grad_fn is kept only where jtorch records the same node as PyTorch (its primitives:
    nll_loss, nll_loss2d, mse_loss, binary_cross_entropy(_with_logits), _ctc_loss); compositions
    end in other nodes than PyTorch's fused kernels.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/losses.py
"""
import json
import math
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

import golden
from golden import T, case, write

warnings.filterwarnings("ignore")
f64, i64 = torch.float64, torch.int64
REDS = ["none", "mean", "sum"]
KEEP_GRAD_FN = {"NllLossBackward0", "NllLoss2DBackward0", "MseLossBackward0", "BinaryCrossEntropyBackward0",
                "BinaryCrossEntropyWithLogitsBackward0", "CtcLossBackward0"}


def _split(args):
    """Main args, then (keyword name, tensor) pairs."""
    main, extra, i = [], {}, 0
    while i < len(args):
        if isinstance(args[i], str) and i + 1 < len(args) and (args[i + 1] is None or torch.is_tensor(args[i + 1])):
            extra[args[i]] = args[i + 1]
            i += 2
        else:
            main.append(args[i])
            i += 1
    return main, extra


def fn_of(f):
    def call(*args, **kw):
        main, extra = _split(args)
        return f(*main, **extra, **kw)
    return call


def module_of(cls):
    def call(*args, **kw):
        main, extra = _split(args)
        return cls(**extra, **kw)(*main)
    return call


def _gradgrad_ok(fn, c_args, kwargs):
    """Whether PyTorch's float64 gradgradcheck passes for this case (None: not applicable)."""
    made = []
    for a in c_args:
        if isinstance(a, dict) and "tensor" in a:
            t = torch.tensor([golden_num(v) for v in a["tensor"]["data"]]).reshape(a["tensor"]["shape"])
            if a["tensor"]["dtype"] in ("int64",):
                t = t.to(i64)
            elif a["tensor"]["dtype"] == "bool":
                t = t.bool()
            else:
                t = t.to(f64)
                if a["grad"]:
                    t.requires_grad_(True)
            made.append(t)
        else:
            made.append(a["value"])
    leaves = [m for m in made if torch.is_tensor(m) and m.requires_grad]
    if not leaves:
        return None
    try:
        return bool(torch.autograd.gradgradcheck(lambda *ls: _rebind(fn, made, ls, kwargs), leaves, atol=1e-5,
                                                 rtol=1e-3, raise_exception=False))
    except Exception:
        return False


def _rebind(fn, made, ls, kwargs):
    it = iter(ls)
    args = [next(it) if torch.is_tensor(m) and m.requires_grad else m for m in made]
    return fn(*args, **kwargs)


def golden_num(v):
    return float(v) if not isinstance(v, str) else float(v.replace("inf", "inf"))


def L(name, op, f, args, kwargs=None, gradgrad=True, **opts):
    """A loss case; f is the PyTorch callable taking (main..., name, tensor, ...) args."""
    kwargs = kwargs or {}
    case(name, op, f, args, kwargs, **opts)
    c = golden._cases[-1]
    if "nan" in json.dumps(c.get("out", {})) or "nan" in json.dumps(c.get("grads", [])):
        c["gradcheck"] = False  # finite differences of nan say nothing; the gradients are still compared
    if c.get("grad_fn") not in KEEP_GRAD_FN:
        c.pop("grad_fn", None)
    if gradgrad and "grads" in c and c.get("gradcheck"):
        ok = _gradgrad_ok(f, c["args"], kwargs)
        if ok:
            c["gradgrad"] = True


def probs(*shape, dim=-1):
    t = torch.randn(shape, generator=golden._gen, dtype=f64).softmax(dim)
    return t


def V(t, grad=False, dtype=torch.float32):
    return T(*t.shape, values=t.reshape(-1).tolist(), dtype=dtype, grad=grad)


def logp(*shape, dim=1, grad=True):
    return V(torch.randn(shape, generator=golden._gen, dtype=f64).log_softmax(dim), grad=grad)


def cls(*shape, high, low=0):
    return T(*shape, dtype=i64, kind="int", low=low, high=high)


def ints(vals, *shape):
    return T(*shape, dtype=i64, values=vals)


# ---------------------------------------------------------------- L1, MSE, smooth L1, Huber, soft margin
for red in REDS:
    L("l1_loss/" + red, "l1_loss", fn_of(F.l1_loss), [T(3, 4, grad=True), T(3, 4, grad=True)], {"reduction": red})
    L("mse_loss/" + red, "mse_loss", fn_of(F.mse_loss), [T(3, 4, grad=True), T(3, 4, grad=True)], {"reduction": red})
    for beta in [1.0, 0.5, 0.0]:
        L("smooth_l1_loss/beta%g_%s" % (beta, red), "smooth_l1_loss", fn_of(F.smooth_l1_loss),
          [T(4, 5, grad=True), T(4, 5, grad=True)], {"reduction": red, "beta": beta})
    for delta in [1.0, 0.5, 2.0]:
        L("huber_loss/delta%g_%s" % (delta, red), "huber_loss", fn_of(F.huber_loss),
          [T(4, 5, grad=True), T(4, 5, grad=True)], {"reduction": red, "delta": delta})
    L("soft_margin_loss/" + red, "soft_margin_loss", fn_of(F.soft_margin_loss),
      [T(3, 4, grad=True), T(3, 4, dtype=torch.float32, values=[1., -1., -1., 1.] * 3)], {"reduction": red})
L("l1_loss/broadcast", "l1_loss", fn_of(F.l1_loss), [T(3, 1, grad=True), T(3, 4, grad=True)])
L("l1_loss/f64", "l1_loss", fn_of(F.l1_loss), [T(2, 3, dtype=f64, grad=True), T(2, 3, dtype=f64)])
L("mse_loss/broadcast", "mse_loss", fn_of(F.mse_loss), [T(4, grad=True), T(3, 4, grad=True)])
L("smooth_l1_loss/broadcast", "smooth_l1_loss", fn_of(F.smooth_l1_loss), [T(3, 1, grad=True), T(3, 4)])
L("smooth_l1_loss/negative_beta", "smooth_l1_loss", fn_of(F.smooth_l1_loss), [T(3), T(3)], {"beta": -1.0},
  check_message=True)
L("huber_loss/zero_delta", "huber_loss", fn_of(F.huber_loss), [T(3), T(3)], {"delta": 0.0}, check_message=True)
L("soft_margin_loss/extreme", "soft_margin_loss", fn_of(F.soft_margin_loss),
  [T(4, values=[100., -100., 30., -30.], grad=True), T(4, values=[1., 1., -1., 1.])])
L("l1_loss/bad_reduction", "l1_loss", fn_of(F.l1_loss), [T(3), T(3)], {"reduction": "avg"}, check_message=True)
L("mse_loss/size_mismatch", "mse_loss", fn_of(F.mse_loss), [T(3, 4), T(3, 5)], check_message=True)

# ---------------------------------------------------------------- NLL
for red in REDS:
    for w in [False, True]:
        extra = ["weight", T(4, kind="positive")] if w else []
        tag = ("weight_" if w else "") + red
        L("nll_loss/" + tag, "nll_loss", fn_of(F.nll_loss), [logp(5, 4), cls(5, high=4)] + extra, {"reduction": red})
        L("nll_loss/ignore1_" + tag, "nll_loss", fn_of(F.nll_loss),
          [logp(6, 4), ints([1, 0, 1, 3, 2, 1], 6)] + extra, {"reduction": red, "ignore_index": 1})
        L("nll_loss/all_ignored_" + tag, "nll_loss", fn_of(F.nll_loss),
          [logp(3, 4), ints([-100, -100, -100], 3)] + extra, {"reduction": red})
        L("nll_loss/kdim3_" + tag, "nll_loss", fn_of(F.nll_loss),
          [logp(2, 4, 3), ints([0, -100, 3, 1, 2, 2], 2, 3)] + extra, {"reduction": red})
        L("nll_loss/kdim4_" + tag, "nll_loss", fn_of(F.nll_loss),
          [logp(2, 4, 2, 3), cls(2, 2, 3, high=4)] + extra, {"reduction": red, "ignore_index": 2})
        L("nll_loss/kdim5_" + tag, "nll_loss", fn_of(F.nll_loss),
          [logp(2, 4, 2, 1, 2), cls(2, 2, 1, 2, high=4)] + extra, {"reduction": red})
    L("nll_loss/unbatched_" + red, "nll_loss", fn_of(F.nll_loss), [logp(4, dim=0), T(dtype=i64, values=2)], {"reduction": red})
L("nll_loss/ignore_negative_index", "nll_loss", fn_of(F.nll_loss), [logp(4, 3), ints([-1, 0, -1, 2], 4)],
  {"ignore_index": -1})
L("nll_loss/f64_weight", "nll_loss", fn_of(F.nll_loss),
  [T(4, 3, dtype=f64, grad=True), cls(4, high=3), "weight", T(3, dtype=f64, kind="positive")])
L("nll_loss/target_out_of_range", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), ints([0, 4, 1], 3)],
  check_message=True)
L("nll_loss/target_negative", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), ints([0, -2, 1], 3)],
  check_message=True)
L("nll_loss/kdim_target_out_of_range", "nll_loss", fn_of(F.nll_loss), [logp(2, 4, 3), ints([0, 5, 1, 1, 1, 1], 2, 3)],
  check_message=True)
L("nll_loss/batch_mismatch", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), ints([0, 1], 2)], check_message=True)
L("nll_loss/bad_weight", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), ints([0, 1, 2], 3), "weight", T(3)],
  check_message=True)
L("nll_loss/multi_target", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), ints([0, 1, 2, 0, 1, 2], 3, 2)],
  check_message=True)
L("nll_loss/kdim_target_shape", "nll_loss", fn_of(F.nll_loss), [logp(2, 4, 3), ints([0, 1, 2, 0], 2, 2)],
  check_message=True)
L("nll_loss/0d_input", "nll_loss", fn_of(F.nll_loss), [T(), T(dtype=i64, values=0)], check_message=True)
L("nll_loss/float_target", "nll_loss", fn_of(F.nll_loss), [logp(3, 4), T(3)])

# ---------------------------------------------------------------- cross entropy
for red in REDS:
    for w in [False, True]:
        extra = ["weight", T(4, kind="positive")] if w else []
        tag = ("weight_" if w else "") + red
        L("cross_entropy/" + tag, "cross_entropy", fn_of(F.cross_entropy), [T(5, 4, grad=True), cls(5, high=4)] + extra,
          {"reduction": red})
        L("cross_entropy/ignore_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(6, 4, grad=True), ints([1, 0, 3, 3, 2, 1], 6)] + extra, {"reduction": red, "ignore_index": 3})
        L("cross_entropy/smooth0.1_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(5, 4, grad=True), cls(5, high=4)] + extra, {"reduction": red, "label_smoothing": 0.1})
        L("cross_entropy/smooth0.3_ignore_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(6, 4, grad=True), ints([1, -100, 3, 0, -100, 2], 6)] + extra, {"reduction": red, "label_smoothing": 0.3})
        L("cross_entropy/probs_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(5, 4, grad=True), V(probs(5, 4), grad=True)] + extra, {"reduction": red})
        L("cross_entropy/probs_smooth0.2_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(5, 4, grad=True), V(probs(5, 4), grad=True)] + extra, {"reduction": red, "label_smoothing": 0.2})
        L("cross_entropy/kdim4_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(2, 4, 3, 2, grad=True), ints([0, 1, 2, 3, -100, 1, 2, 2, 0, 3, 3, 1], 2, 3, 2)] + extra,
          {"reduction": red})
        L("cross_entropy/kdim3_smooth_ignore_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(2, 4, 3, grad=True), ints([0, 1, 1, 3, 1, 2], 2, 3)] + extra,
          {"reduction": red, "label_smoothing": 0.15, "ignore_index": 1})
        L("cross_entropy/kdim3_probs_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(2, 4, 3, grad=True), V(probs(2, 4, 3, dim=1), grad=True)] + extra, {"reduction": red})
        L("cross_entropy/extreme_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(3, 4, values=[100., -100., 0., 50., -100., 100., -100., 100., 0., 0., 100., -100.], grad=True),
           ints([1, 0, 3], 3)] + extra, {"reduction": red})
        L("cross_entropy/all_ignored_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(3, 4, grad=True), ints([2, 2, 2], 3)] + extra, {"reduction": red, "ignore_index": 2})
        L("cross_entropy/all_ignored_smooth_" + tag, "cross_entropy", fn_of(F.cross_entropy),
          [T(3, 4, grad=True), ints([2, 2, 2], 3)] + extra,
          {"reduction": red, "ignore_index": 2, "label_smoothing": 0.1})
    L("cross_entropy/unbatched_" + red, "cross_entropy", fn_of(F.cross_entropy), [T(4, grad=True), T(dtype=i64, values=3)],
      {"reduction": red})
    L("cross_entropy/unbatched_probs_" + red, "cross_entropy", fn_of(F.cross_entropy),
      [T(4, grad=True), V(probs(4), grad=True)], {"reduction": red})
L("cross_entropy/f64", "cross_entropy", fn_of(F.cross_entropy), [T(3, 5, dtype=f64, grad=True), cls(3, high=5)])
L("cross_entropy/target_out_of_range", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), ints([0, 4, 1], 3)],
  check_message=True)
L("cross_entropy/target_negative", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), ints([0, -3, 1], 3)],
  check_message=True)
L("cross_entropy/smoothing_too_large", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), ints([0, 1, 1], 3)],
  {"label_smoothing": 1.5}, check_message=True)
L("cross_entropy/probs_smoothing_too_large", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), V(probs(3, 4))],
  {"label_smoothing": 1.5}, check_message=True)
L("cross_entropy/probs_ignore_index", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), V(probs(3, 4))],
  {"ignore_index": 1}, check_message=True)
L("cross_entropy/probs_int_target", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), cls(3, 4, high=2)],
  check_message=True)
L("cross_entropy/probs_bad_weight", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), V(probs(3, 4)), "weight", T(3)],
  check_message=True)
L("cross_entropy/batch_mismatch", "cross_entropy", fn_of(F.cross_entropy), [T(3, 4), ints([0, 1], 2)],
  check_message=True)
# the seed's imbalanced-classes example: 4 classes weighted 1, 10, 100, 100 (inverse to their frequency)
for red in REDS:
    L("seed/weighted_ce_" + red, "cross_entropy", fn_of(F.cross_entropy),
      [T(8, 4, grad=True), ints([0, 0, 0, 0, 1, 1, 2, 3], 8), "weight", T(4, values=[1., 10., 100., 100.])],
      {"reduction": red})

# ---------------------------------------------------------------- Poisson NLL, Gaussian NLL, KL divergence
for red in REDS:
    for log_input in [True, False]:
        for full in [False, True]:
            inp = T(3, 4, grad=True) if log_input else T(3, 4, kind="positive", grad=True)
            L("poisson_nll_loss/log%s_full%s_%s" % (log_input, full, red), "poisson_nll_loss",
              fn_of(F.poisson_nll_loss), [inp, T(3, 4, values=[0., 1., 2., 3., 5., 0.5, 1.5, 4., 7., 0., 2., 9.],
                                                 grad=True)],
              {"log_input": log_input, "full": full, "reduction": red})
    L("poisson_nll_loss/eps_" + red, "poisson_nll_loss", fn_of(F.poisson_nll_loss),
      [T(5, values=[0., 0.5, 1., 2., 3.], grad=True), T(5, kind="positive")],
      {"log_input": False, "eps": 0.1, "reduction": red})
    for var_shape, tag in [((4, 3), "hetero"), ((4,), "homo_short"), ((4, 1), "homo_one")]:
        for full in [False, True]:
            L("gaussian_nll_loss/%s_full%s_%s" % (tag, full, red), "gaussian_nll_loss", fn_of(F.gaussian_nll_loss),
              [T(4, 3, grad=True), T(4, 3, grad=True), T(*var_shape, kind="positive", grad=True)],
              {"full": full, "reduction": red})
    for log_target in [False, True]:
        for r in (REDS + ["batchmean"] if red == "none" else [red]):
            tgt = V(probs(3, 4).log(), grad=True) if log_target else V(probs(3, 4), grad=True)
            L("kl_div/log_target%s_%s" % (log_target, r), "kl_div", fn_of(F.kl_div),
              [V(probs(3, 4).log(), grad=True), tgt], {"reduction": r, "log_target": log_target})
L("gaussian_nll_loss/eps_clamps", "gaussian_nll_loss", fn_of(F.gaussian_nll_loss),
  [T(3, grad=True), T(3), T(3, values=[1e-8, 0.5, 0.0], grad=True)], {"eps": 1e-3}, gradcheck=False)
L("gaussian_nll_loss/bad_var_size", "gaussian_nll_loss", fn_of(F.gaussian_nll_loss), [T(4, 3), T(4, 3), T(3, 4)],
  check_message=True)
L("gaussian_nll_loss/negative_var", "gaussian_nll_loss", fn_of(F.gaussian_nll_loss),
  [T(3), T(3), T(3, values=[1., -1., 1.])], check_message=True)
L("gaussian_nll_loss/bad_reduction", "gaussian_nll_loss", fn_of(F.gaussian_nll_loss), [T(3), T(3), T(3, kind="positive")],
  {"reduction": "avg"}, check_message=True)
L("kl_div/zero_target", "kl_div", fn_of(F.kl_div), [V(probs(2, 3).log(), grad=True),
                                                    T(2, 3, values=[0., 0.5, 0.5, 1., 0., 0.])], {"reduction": "sum"})
L("poisson_nll_loss/bad_reduction", "poisson_nll_loss", fn_of(F.poisson_nll_loss), [T(3), T(3)],
  {"reduction": "avg"}, check_message=True)

# ---------------------------------------------------------------- binary cross entropy (+ logits)
for red in REDS:
    p = torch.randn(3, 4, generator=golden._gen, dtype=f64).sigmoid()
    L("binary_cross_entropy/" + red, "binary_cross_entropy", fn_of(F.binary_cross_entropy),
      [V(p, grad=True), T(3, 4, kind="uniform", low=0, high=1, grad=True)], {"reduction": red})
    L("binary_cross_entropy/weight_" + red, "binary_cross_entropy", fn_of(F.binary_cross_entropy),
      [V(p, grad=True), T(3, 4, kind="uniform", low=0, high=1, grad=True), "weight", T(4, kind="positive")],
      {"reduction": red})
    L("binary_cross_entropy/edges_" + red, "binary_cross_entropy", fn_of(F.binary_cross_entropy),
      [T(5, values=[0., 1., 1e-30, 1. - 1e-7, 0.5], grad=True), T(5, values=[1., 0., 1., 0., 1.])],
      {"reduction": red}, gradcheck=False)
    for w, pw in [(False, False), (True, False), (False, True), (True, True)]:
        extra = (["weight", T(3, 1, kind="positive")] if w else []) + (["pos_weight", T(4, kind="positive")] if pw else [])
        L("binary_cross_entropy_with_logits/w%s_pw%s_%s" % (w, pw, red), "binary_cross_entropy_with_logits",
          fn_of(F.binary_cross_entropy_with_logits),
          [T(3, 4, grad=True), T(3, 4, kind="uniform", low=0, high=1, grad=True)] + extra, {"reduction": red})
    L("binary_cross_entropy_with_logits/extreme_" + red, "binary_cross_entropy_with_logits",
      fn_of(F.binary_cross_entropy_with_logits),
      [T(6, values=[100., -100., 100., -100., 0., 30.], grad=True), T(6, values=[1., 0., 0., 1., 1., 0.5], grad=True),
       "pos_weight", T(6, values=[2., 2., 0.5, 3., 1., 1.])], {"reduction": red})
L("binary_cross_entropy/out_of_range", "binary_cross_entropy", fn_of(F.binary_cross_entropy),
  [T(3, values=[0.5, 1.5, 0.2]), T(3, values=[1., 0., 1.])], check_message=True)
L("binary_cross_entropy/negative", "binary_cross_entropy", fn_of(F.binary_cross_entropy),
  [T(3, values=[0.5, -0.1, 0.2]), T(3, values=[1., 0., 1.])], check_message=True)
L("binary_cross_entropy/size_mismatch", "binary_cross_entropy", fn_of(F.binary_cross_entropy),
  [T(3, values=[0.5, 0.1, 0.2]), T(3, 1, values=[1., 0., 1.])], check_message=True)
L("binary_cross_entropy_with_logits/size_mismatch", "binary_cross_entropy_with_logits",
  fn_of(F.binary_cross_entropy_with_logits), [T(3), T(4)], check_message=True)
L("binary_cross_entropy_with_logits/f64", "binary_cross_entropy_with_logits", fn_of(F.binary_cross_entropy_with_logits),
  [T(2, 3, dtype=f64, grad=True), T(2, 3, dtype=f64, kind="uniform", low=0, high=1)])

# ---------------------------------------------------------------- margin losses
for red in REDS:
    for margin in [0.0, 0.5]:
        L("margin_ranking_loss/m%g_%s" % (margin, red), "margin_ranking_loss", fn_of(F.margin_ranking_loss),
          [T(5, grad=True), T(5, grad=True), T(5, values=[1., -1., 1., 1., -1.], grad=True)],
          {"margin": margin, "reduction": red})
    for margin in [1.0, 2.0]:
        L("hinge_embedding_loss/m%g_%s" % (margin, red), "hinge_embedding_loss", fn_of(F.hinge_embedding_loss),
          [T(3, 4, grad=True), T(3, 4, values=[1., -1., -1., 1., 1., 1., -1., -1., 1., -1., 1., -1.])],
          {"margin": margin, "reduction": red})
        L("cosine_embedding_loss/m%g_%s" % (margin - 1.0 + 0.3 * (margin > 1), red), "cosine_embedding_loss",
          fn_of(F.cosine_embedding_loss), [T(4, 5, grad=True), T(4, 5, grad=True), T(4, values=[1., -1., -1., 1.])],
          {"margin": margin - 1.0 + 0.3 * (margin > 1), "reduction": red})
    L("multilabel_margin_loss/" + red, "multilabel_margin_loss", fn_of(F.multilabel_margin_loss),
      [T(3, 5, grad=True), ints([3, 0, -1, 1, 4,  1, 2, 3, 4, 0,  2, 2, -1, 0, 0], 3, 5)], {"reduction": red},
      gradgrad=False)
    L("multilabel_margin_loss/unbatched_" + red, "multilabel_margin_loss", fn_of(F.multilabel_margin_loss),
      [T(4, grad=True), ints([3, 0, -1, 1], 4)], {"reduction": red}, gradgrad=False)
    for w in [False, True]:
        extra = ["weight", T(4, kind="positive")] if w else []
        L("multilabel_soft_margin_loss/w%s_%s" % (w, red), "multilabel_soft_margin_loss",
          fn_of(F.multilabel_soft_margin_loss), [T(3, 4, grad=True), T(3, 4, kind="uniform", low=0, high=1, grad=True)]
          + extra, {"reduction": red})
        for p in [1, 2]:
            for margin in [1.0, 0.5]:
                L("multi_margin_loss/p%d_m%g_w%s_%s" % (p, margin, w, red), "multi_margin_loss",
                  fn_of(F.multi_margin_loss), [T(5, 4, grad=True), cls(5, high=4)] + extra,
                  {"p": p, "margin": margin, "reduction": red}, gradgrad=False)
    L("multi_margin_loss/unbatched_" + red, "multi_margin_loss", fn_of(F.multi_margin_loss),
      [T(4, grad=True), T(dtype=i64, values=1)], {"reduction": red}, gradgrad=False)
    for p, eps, swap, margin in [(2, 1e-6, False, 1.0), (1, 1e-6, False, 0.5), (3, 1e-3, True, 2.0), (2, 1e-6, True, 1.0)]:
        L("triplet_margin_loss/p%d_eps%g_swap%s_m%g_%s" % (p, eps, swap, margin, red), "triplet_margin_loss",
          fn_of(F.triplet_margin_loss), [T(4, 5, grad=True), T(4, 5, grad=True), T(4, 5, grad=True)],
          {"p": p, "eps": eps, "swap": swap, "margin": margin, "reduction": red})
    for dist in ["pairwise", "cosine", "l1"]:
        for swap in [False, True]:
            df = {"pairwise": None, "cosine": lambda a, b: 1.0 - F.cosine_similarity(a, b),
                  "l1": lambda a, b: (a - b).abs().sum(-1)}[dist]
            L("triplet_margin_with_distance_loss/%s_swap%s_%s" % (dist, swap, red), "triplet_margin_with_distance_loss",
              (lambda df: lambda a, p_, n, distance, **kw: F.triplet_margin_with_distance_loss(
                  a, p_, n, distance_function=df, **kw))(df),
              [T(4, 5, grad=True), T(4, 5, grad=True), T(4, 5, grad=True), dist],
              {"swap": swap, "margin": 0.7 if swap else 1.0, "reduction": red})
L("multi_margin_loss/bad_p", "multi_margin_loss", fn_of(F.multi_margin_loss), [T(3, 4), cls(3, high=4)], {"p": 3},
  check_message=True)
L("multi_margin_loss/target_out_of_range", "multi_margin_loss", fn_of(F.multi_margin_loss), [T(3, 4), ints([0, 4, 1], 3)],
  check_message=True)
L("multi_margin_loss/bad_target_shape", "multi_margin_loss", fn_of(F.multi_margin_loss), [T(3, 4), ints([0, 1], 2)],
  check_message=True)
L("multilabel_margin_loss/bad_target_shape", "multilabel_margin_loss", fn_of(F.multilabel_margin_loss),
  [T(3, 4), ints([0, 1, -1, 0], 1, 4)], check_message=True)
L("multilabel_margin_loss/target_out_of_range", "multilabel_margin_loss", fn_of(F.multilabel_margin_loss),
  [T(2, 3), ints([0, 3, -1, 1, -1, 0], 2, 3)], check_message=True)
L("margin_ranking_loss/dim_mismatch", "margin_ranking_loss", fn_of(F.margin_ranking_loss), [T(3), T(3), T(3, 1)],
  check_message=True)
L("cosine_embedding_loss/unbatched", "cosine_embedding_loss", fn_of(F.cosine_embedding_loss),
  [T(5, grad=True), T(5, grad=True), T(values=-1.)], {"margin": 0.1})
L("cosine_embedding_loss/bad_dims", "cosine_embedding_loss", fn_of(F.cosine_embedding_loss),
  [T(5), T(5), T(3)], check_message=True)
L("cosine_embedding_loss/multi_target", "cosine_embedding_loss", fn_of(F.cosine_embedding_loss),
  [T(2, 5), T(2, 5), T(2, 1)], check_message=True)
L("triplet_margin_loss/dim_mismatch", "triplet_margin_loss", fn_of(F.triplet_margin_loss), [T(3, 4), T(3, 4), T(4)],
  check_message=True)
L("triplet_margin_with_distance_loss/dim_mismatch", "triplet_margin_with_distance_loss",
  lambda a, p_, n, distance, **kw: F.triplet_margin_with_distance_loss(a, p_, n, **kw),
  [T(3, 4), T(3, 4), T(4), "pairwise"], check_message=True)
L("triplet_margin_with_distance_loss/bad_margin", "triplet_margin_with_distance_loss",
  lambda a, p_, n, distance, **kw: F.triplet_margin_with_distance_loss(a, p_, n, **kw),
  [T(3, 4), T(3, 4), T(3, 4), "pairwise"], {"margin": 0.0}, check_message=True)
L("hinge_embedding_loss/unbatched", "hinge_embedding_loss", fn_of(F.hinge_embedding_loss),
  [T(4, grad=True), T(4, values=[1., -1., 1., -1.])])

# ---------------------------------------------------------------- CTC


def ctc(lp, tg, il, tl, **kw):
    return F.ctc_loss(lp, tg, il, tl, **kw)


def ctc_logits(x, tg, il, tl, **kw):
    return F.ctc_loss(x.log_softmax(-1), tg, il, tl, **kw)


for red in REDS:
    for zi in [False, True]:
        kw = {"reduction": red, "zero_infinity": zi}
        sfx = "_zi%s_%s" % (zi, red)
        # padded targets [N, S], lengths as tensors
        L("ctc_loss/padded" + sfx, "ctc_loss", ctc,
          [logp(8, 3, 5, dim=2), ints([1, 2, 2, 4, 3, 1, 0, 0, 4, 4, 1, 2], 3, 4), ints([8, 6, 7], 3), ints([4, 2, 3], 3)],
          kw, gradcheck=False, gradgrad=False)
        # concatenated 1-D targets, lengths as lists
        L("ctc_loss/concat" + sfx, "ctc_loss", ctc,
          [logp(7, 2, 4, dim=2), ints([1, 3, 3, 2, 1], 5), [7, 5], [3, 2]], kw, gradcheck=False, gradgrad=False)
        # impossible alignments: sample 1 needs 5 frames (two repeats need a blank between) but has 3
        L("ctc_loss/impossible" + sfx, "ctc_loss", ctc,
          [logp(6, 2, 4, dim=2), ints([1, 2, 0, 0, 1, 1, 2, 2], 2, 4), [6, 3], [2, 4]], kw, gradcheck=False,
          gradgrad=False)
        L("ctc_loss/logits_gradcheck" + sfx, "ctc_loss_logits", ctc_logits,
          [T(6, 2, 4, grad=True), ints([1, 2, 3, 3, 2, 0], 2, 3), [6, 5], [3, 2]], kw, gradgrad=False)
    L("ctc_loss/blank_last_" + red, "ctc_loss", ctc,
      [logp(6, 2, 4, dim=2), ints([0, 1, 2, 2, 2, 0], 2, 3), [6, 6], [3, 2]], {"reduction": red, "blank": 3},
      gradcheck=False, gradgrad=False)
    L("ctc_loss/unbatched_" + red, "ctc_loss", ctc,
      [logp(6, 4, dim=1), ints([1, 2, 2], 3), [6], [3]], {"reduction": red}, gradcheck=False, gradgrad=False)
    L("ctc_loss/empty_target_" + red, "ctc_loss", ctc,
      [logp(5, 2, 3, dim=2), ints([1, 2, 0, 0], 2, 2), [5, 4], [2, 0]], {"reduction": red}, gradcheck=False,
      gradgrad=False)
L("ctc_loss/f64", "ctc_loss", ctc, [V(torch.randn(5, 2, 4, generator=golden._gen, dtype=f64).log_softmax(2), grad=True,
                                      dtype=f64), ints([1, 2, 3, 1], 2, 2), [5, 5], [2, 2]], gradcheck=False,
  gradgrad=False)
L("ctc_loss/blank_out_of_range", "ctc_loss", ctc, [logp(5, 2, 3, dim=2), ints([1, 2, 1, 1], 2, 2), [5, 5], [2, 2]],
  {"blank": 3}, check_message=True)
L("ctc_loss/input_length_too_long", "ctc_loss", ctc,
  [logp(5, 2, 3, dim=2), ints([1, 2, 1, 1], 2, 2), [6, 5], [2, 2]], check_message=True)
L("ctc_loss/target_length_too_long", "ctc_loss", ctc,
  [logp(5, 2, 3, dim=2), ints([1, 2, 1, 1], 2, 2), [5, 5], [3, 2]], check_message=True)

# ---------------------------------------------------------------- focal loss


def focal_multiclass(x, t, *rest, gamma=2.0, reduction="mean"):
    """The seed's FL(p_t) = -alpha_t (1 - p_t)^gamma log(p_t), composed from PyTorch ops."""
    alpha = rest[1] if rest else None
    logpt = x.log_softmax(1).gather(1, t.unsqueeze(1)).squeeze(1)
    loss = -((1 - logpt.exp()) ** gamma) * logpt
    if alpha is not None:
        loss = alpha[t] * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


for red in REDS:
    for alpha, gamma in [(0.25, 2.0), (-1.0, 2.0), (0.5, 0.0), (0.75, 0.5)]:
        L("sigmoid_focal_loss/a%g_g%g_%s" % (alpha, gamma, red), "sigmoid_focal_loss",
          torchvision.ops.sigmoid_focal_loss, [T(3, 4, grad=True), T(3, 4, kind="int", low=0, high=2)],
          {"alpha": alpha, "gamma": gamma, "reduction": red})
    L("sigmoid_focal_loss/extreme_" + red, "sigmoid_focal_loss", torchvision.ops.sigmoid_focal_loss,
      [T(4, values=[100., -100., 100., -100.], grad=True), T(4, values=[1., 0., 0., 1.])], {"reduction": red})
    for gamma in [0.0, 2.0, 5.0]:
        L("focal_multiclass/g%g_%s" % (gamma, red), "focal_multiclass", focal_multiclass,
          [T(5, 4, grad=True), cls(5, high=4)], {"gamma": gamma, "reduction": red})
        L("focal_multiclass/alpha_g%g_%s" % (gamma, red), "focal_multiclass", focal_multiclass,
          [T(5, 4, grad=True), cls(5, high=4), "alpha", T(4, values=[0.1, 0.2, 0.3, 0.4])],
          {"gamma": gamma, "reduction": red})
    L("focal_multiclass/kdim_" + red, "focal_multiclass", focal_multiclass,
      [T(2, 3, 2, 2, grad=True), cls(2, 2, 2, high=3), "alpha", T(3, values=[0.25, 0.5, 0.25])],
      {"gamma": 1.0, "reduction": red})
L("sigmoid_focal_loss/default", "sigmoid_focal_loss", torchvision.ops.sigmoid_focal_loss,
  [T(2, 3, grad=True), T(2, 3, kind="uniform", low=0, high=1)])
# the seed's focal-loss curve: FL = -(1 - pt)^gamma log(pt) at pt = 0.1 ... 0.9 for each gamma
PT = [0.1 * k for k in range(1, 10)]
for gamma in [0.0, 0.5, 1.0, 2.0, 5.0]:
    L("seed/focal_curve_g%g" % gamma, "focal_curve", lambda pt, gamma: -((1 - pt) ** gamma) * pt.log(),
      [T(9, values=PT, dtype=f64, grad=True), gamma])
    L("seed/focal_curve_sigmoid_g%g" % gamma, "focal_curve_sigmoid",
      lambda pt, gamma: -((1 - pt) ** gamma) * pt.log(), [T(9, values=PT, dtype=f64, grad=True), gamma])

# ---------------------------------------------------------------- modules (defaults, options, legacy arguments)
M = module_of
L("nn.L1Loss/default", "nn.L1Loss", M(nn.L1Loss), [T(3, 4, grad=True), T(3, 4)])
L("nn.L1Loss/legacy_reduce_false", "nn.L1Loss", M(nn.L1Loss), [T(3, 4, grad=True), T(3, 4)], {"reduce": False})
L("nn.L1Loss/legacy_size_average_false", "nn.L1Loss", M(nn.L1Loss), [T(3, 4, grad=True), T(3, 4)],
  {"size_average": False})
L("nn.MSELoss/default", "nn.MSELoss", M(nn.MSELoss), [T(3, 4, grad=True), T(3, 4)])
L("nn.MSELoss/legacy_both", "nn.MSELoss", M(nn.MSELoss), [T(3, 4, grad=True), T(3, 4)],
  {"size_average": False, "reduce": True, "reduction": "none"})
L("nn.MSELoss/legacy_reduce_false_overrides", "nn.MSELoss", M(nn.MSELoss), [T(3, 4, grad=True), T(3, 4)],
  {"size_average": True, "reduce": False})
L("nn.CrossEntropyLoss/default", "nn.CrossEntropyLoss", M(nn.CrossEntropyLoss), [T(4, 3, grad=True), cls(4, high=3)])
L("nn.CrossEntropyLoss/options", "nn.CrossEntropyLoss", M(nn.CrossEntropyLoss),
  [T(5, 3, grad=True), ints([0, 1, 2, -1, 1], 5), "weight", T(3, kind="positive")],
  {"ignore_index": -1, "label_smoothing": 0.1, "reduction": "sum"})
L("nn.CrossEntropyLoss/legacy_size_average_false", "nn.CrossEntropyLoss", M(nn.CrossEntropyLoss),
  [T(5, 3, grad=True), cls(5, high=3), "weight", T(3, kind="positive")], {"size_average": False})
L("nn.NLLLoss/default", "nn.NLLLoss", M(nn.NLLLoss), [logp(4, 3), cls(4, high=3)])
L("nn.NLLLoss/options", "nn.NLLLoss", M(nn.NLLLoss), [logp(4, 3, 2), cls(4, 2, high=3), "weight",
                                                      T(3, kind="positive")], {"ignore_index": 0, "reduction": "none"})
L("nn.NLLLoss/legacy_reduce_false", "nn.NLLLoss", M(nn.NLLLoss), [logp(4, 3), cls(4, high=3)], {"reduce": False})
L("nn.PoissonNLLLoss/default", "nn.PoissonNLLLoss", M(nn.PoissonNLLLoss), [T(3, 4, grad=True), T(3, 4, kind="positive")])
L("nn.PoissonNLLLoss/options", "nn.PoissonNLLLoss", M(nn.PoissonNLLLoss),
  [T(3, 4, kind="positive", grad=True), T(3, 4, kind="positive")],
  {"log_input": False, "full": True, "eps": 1e-4, "reduction": "sum"})
L("nn.GaussianNLLLoss/default", "nn.GaussianNLLLoss", M(nn.GaussianNLLLoss),
  [T(3, 4, grad=True), T(3, 4), T(3, 4, kind="positive", grad=True)])
L("nn.GaussianNLLLoss/options", "nn.GaussianNLLLoss", M(nn.GaussianNLLLoss),
  [T(3, 4, grad=True), T(3, 4), T(3, kind="positive", grad=True)], {"full": True, "eps": 1e-3, "reduction": "none"})
L("nn.KLDivLoss/default", "nn.KLDivLoss", M(nn.KLDivLoss), [V(probs(3, 4).log(), grad=True), V(probs(3, 4))])
L("nn.KLDivLoss/batchmean_log_target", "nn.KLDivLoss", M(nn.KLDivLoss),
  [V(probs(3, 4).log(), grad=True), V(probs(3, 4).log())], {"reduction": "batchmean", "log_target": True})
L("nn.BCELoss/default", "nn.BCELoss", M(nn.BCELoss), [V(torch.rand(3, 4, generator=golden._gen), grad=True),
                                                     T(3, 4, kind="int", low=0, high=2, dtype=torch.float32)])
L("nn.BCELoss/weight", "nn.BCELoss", M(nn.BCELoss), [V(torch.rand(3, 4, generator=golden._gen), grad=True),
                                                    T(3, 4, kind="uniform", low=0, high=1), "weight",
                                                    T(4, kind="positive")], {"reduction": "sum"})
L("nn.BCEWithLogitsLoss/default", "nn.BCEWithLogitsLoss", M(nn.BCEWithLogitsLoss),
  [T(3, 4, grad=True), T(3, 4, kind="uniform", low=0, high=1)])
L("nn.BCEWithLogitsLoss/options", "nn.BCEWithLogitsLoss", M(nn.BCEWithLogitsLoss),
  [T(3, 4, grad=True), T(3, 4, kind="uniform", low=0, high=1), "weight", T(4, kind="positive"), "pos_weight",
   T(4, kind="positive")], {"reduction": "none"})
L("nn.MarginRankingLoss/default", "nn.MarginRankingLoss", M(nn.MarginRankingLoss),
  [T(4, grad=True), T(4, grad=True), T(4, values=[1., -1., -1., 1.])])
L("nn.MarginRankingLoss/options", "nn.MarginRankingLoss", M(nn.MarginRankingLoss),
  [T(4, grad=True), T(4, grad=True), T(4, values=[1., -1., -1., 1.])], {"margin": 0.3, "reduction": "sum"})
L("nn.HingeEmbeddingLoss/default", "nn.HingeEmbeddingLoss", M(nn.HingeEmbeddingLoss),
  [T(4, grad=True), T(4, values=[1., -1., -1., 1.])])
L("nn.HingeEmbeddingLoss/options", "nn.HingeEmbeddingLoss", M(nn.HingeEmbeddingLoss),
  [T(4, grad=True), T(4, values=[1., -1., -1., 1.])], {"margin": 0.5, "reduction": "none"})
L("nn.MultiLabelMarginLoss/default", "nn.MultiLabelMarginLoss", M(nn.MultiLabelMarginLoss),
  [T(2, 4, grad=True), ints([3, 0, -1, 1, 1, 2, 3, 0], 2, 4)], gradgrad=False)
L("nn.SmoothL1Loss/default", "nn.SmoothL1Loss", M(nn.SmoothL1Loss), [T(3, 4, grad=True), T(3, 4)])
L("nn.SmoothL1Loss/options", "nn.SmoothL1Loss", M(nn.SmoothL1Loss), [T(3, 4, grad=True), T(3, 4)],
  {"beta": 0.3, "reduction": "sum"})
L("nn.HuberLoss/default", "nn.HuberLoss", M(nn.HuberLoss), [T(3, 4, grad=True), T(3, 4)])
L("nn.HuberLoss/options", "nn.HuberLoss", M(nn.HuberLoss), [T(3, 4, grad=True), T(3, 4)],
  {"delta": 0.4, "reduction": "none"})
L("nn.SoftMarginLoss/default", "nn.SoftMarginLoss", M(nn.SoftMarginLoss),
  [T(4, grad=True), T(4, values=[1., -1., -1., 1.])])
L("nn.MultiLabelSoftMarginLoss/default", "nn.MultiLabelSoftMarginLoss", M(nn.MultiLabelSoftMarginLoss),
  [T(3, 4, grad=True), T(3, 4, kind="int", low=0, high=2, dtype=torch.float32)])
L("nn.MultiLabelSoftMarginLoss/weight", "nn.MultiLabelSoftMarginLoss", M(nn.MultiLabelSoftMarginLoss),
  [T(3, 4, grad=True), T(3, 4, kind="int", low=0, high=2, dtype=torch.float32), "weight", T(4, kind="positive")],
  {"reduction": "sum"})
L("nn.CosineEmbeddingLoss/default", "nn.CosineEmbeddingLoss", M(nn.CosineEmbeddingLoss),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, values=[1., -1., 1.])])
L("nn.CosineEmbeddingLoss/options", "nn.CosineEmbeddingLoss", M(nn.CosineEmbeddingLoss),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, values=[1., -1., -1.])], {"margin": -0.2, "reduction": "sum"})
L("nn.MultiMarginLoss/default", "nn.MultiMarginLoss", M(nn.MultiMarginLoss), [T(3, 4, grad=True), cls(3, high=4)],
  gradgrad=False)
L("nn.MultiMarginLoss/options", "nn.MultiMarginLoss", M(nn.MultiMarginLoss),
  [T(3, 4, grad=True), cls(3, high=4), "weight", T(4, kind="positive")], {"p": 2, "margin": 0.7, "reduction": "none"},
  gradgrad=False)
L("nn.TripletMarginLoss/default", "nn.TripletMarginLoss", M(nn.TripletMarginLoss),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, 4, grad=True)])
L("nn.TripletMarginLoss/options", "nn.TripletMarginLoss", M(nn.TripletMarginLoss),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, 4, grad=True)],
  {"margin": 0.5, "p": 1.0, "eps": 1e-4, "swap": True, "reduction": "none"})
L("nn.TripletMarginWithDistanceLoss/default", "nn.TripletMarginWithDistanceLoss",
  lambda a, p_, n, dist, **kw: nn.TripletMarginWithDistanceLoss(**kw)(a, p_, n),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, 4, grad=True), "pairwise"])
L("nn.TripletMarginWithDistanceLoss/cosine", "nn.TripletMarginWithDistanceLoss",
  lambda a, p_, n, dist, **kw: nn.TripletMarginWithDistanceLoss(
      distance_function=lambda x, y: 1.0 - F.cosine_similarity(x, y), **kw)(a, p_, n),
  [T(3, 4, grad=True), T(3, 4, grad=True), T(3, 4, grad=True), "cosine"], {"margin": 0.4, "swap": True})
L("nn.CTCLoss/default", "nn.CTCLoss", lambda *a, **kw: nn.CTCLoss(**kw)(*a),
  [logp(6, 2, 4, dim=2), ints([1, 2, 3, 3, 2, 0], 2, 3), ints([6, 5], 2), ints([3, 2], 2)], gradcheck=False,
  gradgrad=False)
L("nn.CTCLoss/options", "nn.CTCLoss", lambda *a, **kw: nn.CTCLoss(**kw)(*a),
  [logp(4, 2, 4, dim=2), ints([1, 2, 0, 0, 2, 1], 2, 3), ints([4, 4], 2), ints([3, 2], 2)],
  {"blank": 3, "zero_infinity": True, "reduction": "sum"}, gradcheck=False, gradgrad=False)
write("losses")
