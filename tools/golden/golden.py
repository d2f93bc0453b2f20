"""Shared helpers for jtorch's PyTorch fixture scripts.

Each family script (tools/golden/<family>.py) declares cases with `case(...)` and calls
`write("<family>")`, producing jtorch-core/src/test/resources/fixtures/ops/<family>.json, which the
JUnit harness (jtorch.testing.OpFixtures) replays. Run with Debian's PyTorch:

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/<family>.py

Format of one case:
  name, op, args: [{"tensor": T, "grad": bool} | {"tensors": [T...]} | {"value": v}], kwargs: {k: v},
  out: {"tensor": T} | {"list": [out...]} | {"value": v}      (absent when PyTorch raised)
  error: PyTorch's message (first line), check_message: bool
  grad_output: T, grads: [T | null per arg]    (gradient of output 0 w.r.t. tensor args with grad)
  gradcheck: bool (the harness also runs float64 gradcheck), tol: {rtol, atol} overrides
where T = {"dtype": "float32", "shape": [..], "data": [flat row-major values]}; non-finite floats
are the strings "nan", "inf", "-inf".
"""
import json
import math
import os
import sys

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT_DIR = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "ops")
_cases = []
_gen = torch.Generator().manual_seed(20261123)


def _num(x):
    if isinstance(x, bool):
        return x
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
    return x


def enc(t):
    t = t.detach()
    dtype = str(t.dtype).replace("torch.", "")
    if t.dtype in (torch.float16, torch.bfloat16):
        vals = [float(v) for v in t.float().reshape(-1).tolist()]
    elif t.dtype == torch.bool:
        vals = [bool(v) for v in t.reshape(-1).tolist()]
    else:
        vals = t.reshape(-1).tolist()
    return {"dtype": dtype, "shape": list(t.shape), "data": [_num(v) for v in vals]}


class T:
    """An input tensor spec: random values of a kind, or explicit values."""

    def __init__(self, *shape, dtype=torch.float32, kind="normal", grad=False, low=-5, high=5, values=None):
        self.shape, self.dtype, self.kind, self.grad = shape, dtype, kind, grad
        self.low, self.high, self.values = low, high, values

    def make(self):
        if self.values is not None:
            return torch.tensor(self.values, dtype=self.dtype).reshape(self.shape)
        if self.kind == "normal":
            t = torch.randn(self.shape, generator=_gen, dtype=torch.float64)
        elif self.kind == "uniform":
            t = torch.rand(self.shape, generator=_gen, dtype=torch.float64) * (self.high - self.low) + self.low
        elif self.kind == "positive":
            t = torch.rand(self.shape, generator=_gen, dtype=torch.float64) * 4 + 0.1
        elif self.kind == "int":
            t = torch.randint(self.low, self.high, self.shape, generator=_gen)
        elif self.kind == "bool":
            t = torch.rand(self.shape, generator=_gen) < 0.5
        else:
            raise ValueError(self.kind)
        return t.to(self.dtype)


def _enc_out(o):
    if isinstance(o, torch.Tensor):
        return {"tensor": enc(o)}
    if isinstance(o, (tuple, list)):
        return {"list": [_enc_out(x) for x in o]}
    if isinstance(o, torch.Size):
        return {"value": list(o)}
    return {"value": _num(o)}


def case(name, op, fn, args, kwargs=None, grad=True, gradcheck=True, check_message=False, tol=None):
    """Runs fn(*args, **kwargs) in PyTorch and records inputs, output, gradients or the error.

    `op` is the name the Java harness looks up; `fn` is the PyTorch callable it must mirror.
    Args may be T specs, lists of T specs (tensor lists) or plain values.
    """
    kwargs = kwargs or {}
    made, enc_args = [], []
    for a in args:
        if isinstance(a, T):
            t = a.make()
            if a.grad and t.dtype.is_floating_point:
                t.requires_grad_(True)
            made.append(t)
            enc_args.append({"tensor": enc(t), "grad": bool(t.requires_grad)})
        elif isinstance(a, list) and a and all(isinstance(x, T) for x in a):
            ts = [x.make() for x in a]
            for x, spec in zip(ts, a):
                if spec.grad and x.dtype.is_floating_point:
                    x.requires_grad_(True)
            made.append(ts)
            enc_args.append({"tensors": [enc(x) for x in ts], "grads": [bool(x.requires_grad) for x in ts]})
        else:
            made.append(a)
            enc_args.append({"value": a})
    c = {"name": name, "op": op, "args": enc_args, "kwargs": kwargs, "gradcheck": gradcheck}
    if tol:
        c["tol"] = tol
    try:
        out = fn(*made, **kwargs)
    except Exception as e:  # PyTorch raised: the Java side must raise too
        c["error"] = str(e).split("\n")[0]
        c["check_message"] = check_message
        _cases.append(c)
        return
    c["out"] = _enc_out(out)
    first = out[0] if isinstance(out, (tuple, list)) and out else out
    if isinstance(first, torch.Tensor) and first.grad_fn is not None:
        c["grad_fn"] = type(first.grad_fn).__name__  # the Java op must record the same node
    leaves = []
    for m in made:
        if isinstance(m, torch.Tensor):
            leaves.append(m if m.requires_grad else None)
        elif isinstance(m, list) and m and isinstance(m[0], torch.Tensor):
            leaves.extend(x if x.requires_grad else None for x in m)
    wanted = [l for l in leaves if l is not None]
    if grad and wanted and isinstance(first, torch.Tensor) and first.requires_grad:
        go = torch.randn(first.shape, generator=_gen, dtype=torch.float64).to(first.dtype)
        gs = torch.autograd.grad(first, wanted, go, allow_unused=True)
        it = iter(gs)
        c["grad_output"] = enc(go)
        c["grads"] = [None if l is None else (lambda g: None if g is None else enc(g))(next(it)) for l in leaves]
    _cases.append(c)


def write(family):
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, family + ".json")
    doc = {"generator": "tools/golden/" + os.path.basename(sys.argv[0]), "torch": torch.__version__,
           "cases": _cases}
    with open(path, "w") as f:
        f.write('{"generator": %s, "torch": %s, "cases": [\n' % (json.dumps(doc["generator"]), json.dumps(doc["torch"])))
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in _cases))
        f.write("\n]}\n")
    print("wrote %d cases to %s" % (len(_cases), os.path.relpath(path, ROOT)))
