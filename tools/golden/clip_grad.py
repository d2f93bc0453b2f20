"""Fixtures for jtorch.nn.utils.ClipGrad: torch.nn.utils.clip_grad_norm_ / clip_grad_value_ (PyTorch 1.13).
Writes jtorch-core/src/test/resources/fixtures/optim/clip_grad.json; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/clip_grad.py
Case {name, fn, grads: [T|null], args, out: {total_norm, grads: [T|null]}} or {..., error}; T as in golden.py.
"""
import json
import os

import torch
from golden import enc, _num

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "optim", "clip_grad.json")
cases = []
g = torch.Generator().manual_seed(3)


def grads(nonfinite=None):
    gs = [torch.randn(3, 4, generator=g) * 2, None, torch.randn(5, generator=g)]
    if nonfinite is not None:
        gs[2][1] = nonfinite
    return gs


def case(name, fn, gs, **args):
    ps = []
    for gr in gs:
        p = torch.zeros(gr.shape if gr is not None else (2,), requires_grad=True)
        p.grad = None if gr is None else gr.clone()
        ps.append(p)
    c = {"name": name, "fn": fn, "grads": [None if x is None else enc(x) for x in gs],
         "args": {k: _num(float(v)) if not isinstance(v, bool) else v for k, v in args.items()}}
    try:
        r = getattr(torch.nn.utils, fn)(ps, **args)
        c["out"] = {"total_norm": None if r is None else _num(float(r)),
                    "grads": [None if p.grad is None else enc(p.grad) for p in ps]}
    except RuntimeError as e:
        c["error"] = str(e)
    cases.append(c)


base = grads()
for nt in [2.0, 1.0, 3.0, float("inf")]:
    case("norm/%s/clipped" % nt, "clip_grad_norm_", base, max_norm=1.5, norm_type=nt)
    case("norm/%s/unclipped" % nt, "clip_grad_norm_", base, max_norm=100.0, norm_type=nt)
case("norm/one_grad_inf", "clip_grad_norm_", [base[0]], max_norm=0.5, norm_type=float("inf"))
for v in [float("nan"), float("inf")]:
    gs = grads(v)
    for nt in [2.0, float("inf")]:
        case("norm/nonfinite_%s/%s" % (v, nt), "clip_grad_norm_", gs, max_norm=1.0, norm_type=nt)
        case("norm/nonfinite_%s/%s/error" % (v, nt), "clip_grad_norm_", gs, max_norm=1.0, norm_type=nt,
             error_if_nonfinite=True)
case("value/0.5", "clip_grad_value_", base, clip_value=0.5)
case("value/inf_grad", "clip_grad_value_", grads(float("-inf")), clip_value=1.25)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"torch": torch.__version__, "cases": cases}, f)
    f.write("\n")
print(len(cases), "cases ->", OUT)
