"""Fixtures for the recurrent layers (jtorch.nn.RNN/LSTM/GRU and RNNCell/LSTMCell/GRUCell).

Module-level format (not the op format): each case builds a module after torch.manual_seed(seed) and
records its initial parameters (names, order, values: PyTorch's default init), its repr, then runs
forward on fixed inputs and records every output and the gradients of
sum(output_i * grad_out_i) w.r.t. the input, the initial states and every parameter.

Case fields:
  name, module ("RNN" | "LSTM" | "GRU" | "RNNCell" | "LSTMCell" | "GRUCell"), config (constructor
  kwargs), seed, dtype ("float32" | "float64", the module is converted after init), train (bool),
  forward_seed (re-seeds the default generator right before forward: train-mode dropout),
  repr, params: [[name, T]...] (the repr_* cases stop here),
  input: T, hx: T | null, cx: T | null (LSTM / LSTMCell),
  out: [[name, T]...] (RNN/GRU: output, h_n; LSTM: output, h_n, c_n; cells: h (and c)),
  grad_out: [[name, T]...], grads: [[name, T]...] (input, hx, cx when given, then parameters);
  or error: PyTorch's message (forward raised), or ctor_error (the constructor raised).
T is golden.py's tensor encoding.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_rnn.py
"""
import json
import os
import sys

import torch
import torch.nn as nn
from golden import enc as _enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn_rnn.json")
_gen = torch.Generator().manual_seed(20261130)
_cases = []
_seed = [100]

SEQ = {"RNN", "LSTM", "GRU"}
L, N, H_IN, H = 4, 2, 3, 5


def enc(t):
    """golden.enc, with float32 values printed to 9 significant digits (enough to round-trip)."""
    e = _enc(t)
    if e["dtype"] == "float32":
        e["data"] = [float("%.9g" % v) if isinstance(v, float) else v for v in e["data"]]
    return e


def rand(*shape, dtype=torch.float32):
    return torch.randn(shape, generator=_gen, dtype=torch.float64).to(dtype)


def build(module, config):
    cls = getattr(nn, module)
    kw = dict(config)
    return cls(kw.pop("input_size"), kw.pop("hidden_size"), **kw)


def next_seed():
    _seed[0] += 1
    return _seed[0]


def run(module, out, hx, cx):
    """Calls the module and names its outputs like the Java records."""
    if module in ("RNN", "GRU"):
        o, h_n = out(hx)
        return [("output", o), ("h_n", h_n)]
    if module == "LSTM":
        o, (h_n, c_n) = out(None if hx is None else (hx, cx))
        return [("output", o), ("h_n", h_n), ("c_n", c_n)]
    if module == "LSTMCell":
        h, c = out(None if hx is None else (hx, cx))
        return [("h", h), ("c", c)]
    return [("h", out(hx))]


def case(name, module, config, input_shape, hx_shape=None, cx_shape=None, train=False, forward_seed=None,
         dtype=torch.float32, input_dtype=None):
    seed = next_seed()
    c = {"name": name, "module": module, "config": config, "seed": seed, "dtype": str(dtype).replace("torch.", ""),
         "train": train}
    torch.manual_seed(seed)
    try:
        m = build(module, config)
    except Exception as e:
        c["ctor_error"] = str(e).split("\n")[0]
        _cases.append(c)
        return
    init = [[k, enc(p)] for k, p in m.named_parameters()]
    c["repr"] = repr(m)
    if input_shape is None:  # construction only: repr and initial parameters
        c["params"] = init
        _cases.append(c)
        return
    m = m.to(dtype)
    m.train(train)
    x = rand(*input_shape, dtype=input_dtype or dtype).requires_grad_()
    hx = None if hx_shape is None else rand(*hx_shape, dtype=dtype).requires_grad_()
    cx = None if cx_shape is None else rand(*cx_shape, dtype=dtype).requires_grad_()
    c["input"] = enc(x)
    c["hx"] = None if hx is None else enc(hx)
    c["cx"] = None if cx is None else enc(cx)
    if forward_seed is not None:
        c["forward_seed"] = forward_seed
        torch.manual_seed(forward_seed)
    try:
        outs = run(module, lambda h: m(x, h) if h is not None else m(x), hx, cx)
    except Exception as e:
        c["error"] = str(e).split("\n")[0]
        _cases.append(c)
        return
    c["params"] = init
    c["out"] = [[k, enc(v)] for k, v in outs]
    gos = [(k, rand(*v.shape, dtype=v.dtype)) for k, v in outs]
    c["grad_out"] = [[k, enc(g)] for k, g in gos]
    wrt = [("input", x)] + ([("hx", hx)] if hx is not None else []) + ([("cx", cx)] if cx is not None else [])
    wrt += list(m.named_parameters())
    gs = torch.autograd.grad([v for _, v in outs], [t for _, t in wrt], [g for _, g in gos], allow_unused=True)
    c["grads"] = [[k, None if g is None else enc(g)] for (k, _), g in zip(wrt, gs)]
    _cases.append(c)


def hidden_shape(config, batch):
    dirs = 2 if config.get("bidirectional") else 1
    size = config.get("proj_size") or config["hidden_size"]
    return (config.get("num_layers", 1) * dirs,) + ((batch,) if batch is not None else ()) + (size,)


def cell_shape(config, batch):
    dirs = 2 if config.get("bidirectional") else 1
    return (config.get("num_layers", 1) * dirs,) + ((batch,) if batch is not None else ()) + (config["hidden_size"],)


KINDS = [("RNN", {}), ("RNN_relu", {"nonlinearity": "relu"}), ("LSTM", {}), ("GRU", {})]


def module_of(kind):
    return kind.split("_")[0]


# ---------------------------------------------------------------- the full grid
for kind, extra in KINDS:
    module = module_of(kind)
    for layers in (1, 2):
        for bidir in (False, True):
            for batch_first in (False, True):
                for with_h0 in (False, True):
                    cfg = dict(input_size=H_IN, hidden_size=H, **extra)
                    if layers != 1:
                        cfg["num_layers"] = layers
                    if bidir:
                        cfg["bidirectional"] = True
                    if batch_first:
                        cfg["batch_first"] = True
                    shape = (N, L, H_IN) if batch_first else (L, N, H_IN)
                    hs = hidden_shape(cfg, N) if with_h0 else None
                    cs = cell_shape(cfg, N) if with_h0 and module == "LSTM" else None
                    name = "%s/l%d_%s_%s_%s" % (kind, layers, "bi" if bidir else "uni",
                                                "batch_first" if batch_first else "seq_first",
                                                "h0" if with_h0 else "no_h0")
                    case(name, module, cfg, shape, hs, cs)

# ---------------------------------------------------------------- unbatched, options, dtypes, dropout
for kind, extra in KINDS:
    module = module_of(kind)
    lstm = module == "LSTM"
    for layers, bidir in ((1, False), (2, True)):
        cfg = dict(input_size=H_IN, hidden_size=H, num_layers=layers, bidirectional=bidir, **extra)
        case("%s/unbatched_l%d_%s_no_h0" % (kind, layers, "bi" if bidir else "uni"), module, cfg, (L, H_IN))
        case("%s/unbatched_l%d_%s_h0" % (kind, layers, "bi" if bidir else "uni"), module, cfg, (L, H_IN),
             hidden_shape(cfg, None), cell_shape(cfg, None) if lstm else None)
    cfg = dict(input_size=H_IN, hidden_size=H, batch_first=True, **extra)
    case("%s/unbatched_batch_first" % kind, module, cfg, (L, H_IN), hidden_shape(cfg, None),
         cell_shape(cfg, None) if lstm else None)
    cfg = dict(input_size=H_IN, hidden_size=H, num_layers=2, bias=False, **extra)
    case("%s/no_bias" % kind, module, cfg, (L, N, H_IN), hidden_shape(cfg, N), cell_shape(cfg, N) if lstm else None)
    cfg = dict(input_size=H_IN, hidden_size=H, num_layers=3, dropout=0.5, bidirectional=True, **extra)
    case("%s/dropout_eval" % kind, module, cfg, (L, N, H_IN))
    case("%s/dropout_train" % kind, module, cfg, (L, N, H_IN), train=True, forward_seed=7)
    cfg = dict(input_size=H_IN, hidden_size=H, num_layers=2, dropout=1.0, **extra)
    case("%s/dropout_one_train" % kind, module, cfg, (L, N, H_IN), train=True, forward_seed=8)
    cfg = dict(input_size=H_IN, hidden_size=H, num_layers=2, bidirectional=True, **extra)
    case("%s/float64" % kind, module, cfg, (L, N, H_IN), hidden_shape(cfg, N), cell_shape(cfg, N) if lstm else None,
         dtype=torch.float64)
    cfg = dict(input_size=H_IN, hidden_size=H, **extra)
    case("%s/seq_len_1" % kind, module, cfg, (1, N, H_IN))
    case("%s/batch_1" % kind, module, cfg, (L, 1, H_IN))
    case("%s/long_seq" % kind, module, dict(cfg, num_layers=2), (12, N, H_IN))
    case("%s/wide" % kind, module, dict(input_size=6, hidden_size=8, num_layers=2, batch_first=True,
                                        bidirectional=True, **extra), (3, 5, 6))

for bidir in (False, True):
    for batch_first in (False, True):
        cfg = dict(input_size=H_IN, hidden_size=H, proj_size=2, num_layers=2, bidirectional=bidir,
                   batch_first=batch_first)
        shape = (N, L, H_IN) if batch_first else (L, N, H_IN)
        case("LSTM/proj_%s_%s" % ("bi" if bidir else "uni", "batch_first" if batch_first else "seq_first"), "LSTM",
             cfg, shape, hidden_shape(cfg, N), cell_shape(cfg, N))
case("LSTM/proj_no_h0", "LSTM", dict(input_size=H_IN, hidden_size=H, proj_size=3), (L, N, H_IN))
case("LSTM/proj_unbatched", "LSTM", dict(input_size=H_IN, hidden_size=H, proj_size=3, bias=False), (L, H_IN),
     (1, 3), (1, H))

# ---------------------------------------------------------------- cells
CELLS = [("RNNCell", {}), ("RNNCell_relu", {"nonlinearity": "relu"}), ("LSTMCell", {}), ("GRUCell", {})]
for kind, extra in CELLS:
    module = kind.split("_")[0]
    lstm = module == "LSTMCell"
    cfg = dict(input_size=H_IN, hidden_size=H, **extra)
    case("%s/batched_hx" % kind, module, cfg, (N, H_IN), (N, H), (N, H) if lstm else None)
    case("%s/batched_no_hx" % kind, module, cfg, (N, H_IN))
    case("%s/unbatched_hx" % kind, module, cfg, (H_IN,), (H,), (H,) if lstm else None)
    case("%s/unbatched_no_hx" % kind, module, cfg, (H_IN,))
    case("%s/no_bias" % kind, module, dict(cfg, bias=False), (N, H_IN), (N, H), (N, H) if lstm else None)
    case("%s/float64" % kind, module, cfg, (N, H_IN), (N, H), (N, H) if lstm else None, dtype=torch.float64)
    case("%s/wide" % kind, module, dict(cfg, input_size=10, hidden_size=20), (6, 10), (6, 20), (6, 20) if lstm else None)
    # errors
    case("%s/err_3d_input" % kind, module, cfg, (L, N, H_IN))
    case("%s/err_input_size" % kind, module, cfg, (N, 7), (N, H), (N, H) if lstm else None)
    case("%s/err_hx_batch" % kind, module, cfg, (N, H_IN), (N + 1, H), (N + 1, H) if lstm else None)
    case("%s/err_hx_size" % kind, module, cfg, (N, H_IN), (N, H + 1), (N, H + 1) if lstm else None)
    case("%s/err_input_dtype" % kind, module, cfg, (N, H_IN), input_dtype=torch.float64)
    case("%s/empty_batch" % kind, module, cfg, (0, H_IN), (0, H), (0, H) if lstm else None)
case("LSTMCell/err_cx_size", "LSTMCell", dict(input_size=H_IN, hidden_size=H), (N, H_IN), (N, H), (N, H + 2))
case("RNNCell/err_nonlinearity", "RNNCell", dict(input_size=H_IN, hidden_size=H, nonlinearity="gelu"), (N, H_IN))

# ---------------------------------------------------------------- sequence-module errors
for kind, extra in KINDS:
    module = module_of(kind)
    lstm = module == "LSTM"
    cfg = dict(input_size=10, hidden_size=20, num_layers=2, **extra)
    case("%s/err_input_size" % kind, module, cfg, (5, 3, 7))
    case("%s/err_4d_input" % kind, module, cfg, (5, 3, 2, 10))
    case("%s/err_1d_input" % kind, module, cfg, (10,))
    case("%s/err_h0_layers" % kind, module, cfg, (5, 3, 10), (1, 3, 20), (2, 3, 20) if lstm else None)
    case("%s/err_h0_batch_first" % kind, module, dict(cfg, batch_first=True), (5, 3, 10), (2, 3, 20),
         (2, 3, 20) if lstm else None)
    case("%s/err_h0_rank_batched" % kind, module, cfg, (5, 3, 10), (3, 20), (3, 20) if lstm else None)
    case("%s/err_h0_rank_unbatched" % kind, module, cfg, (5, 10), (2, 1, 20), (2, 1, 20) if lstm else None)
    case("%s/err_empty_seq" % kind, module, cfg, (0, 3, 10))
    case("%s/err_dropout_range" % kind, module, dict(cfg, dropout=1.5), (5, 3, 10))
    case("%s/err_input_dtype" % kind, module, cfg, (5, 3, 10), input_dtype=torch.float64)
    case("%s/empty_batch" % kind, module, dict(input_size=H_IN, hidden_size=H, num_layers=2, bidirectional=True,
                                               **extra), (L, 0, H_IN))
case("LSTM/err_c0_size", "LSTM", dict(input_size=10, hidden_size=20, num_layers=2), (5, 3, 10), (2, 3, 20), (2, 3, 21))
case("LSTM/err_c0_rank", "LSTM", dict(input_size=10, hidden_size=20), (5, 3, 10), (1, 3, 20), (3, 20))
case("LSTM/err_proj_h0", "LSTM", dict(input_size=10, hidden_size=20, proj_size=5), (5, 3, 10), (1, 3, 20), (1, 3, 20))
case("LSTM/err_proj_too_big", "LSTM", dict(input_size=10, hidden_size=20, proj_size=20), (5, 3, 10))
case("LSTM/err_proj_negative", "LSTM", dict(input_size=10, hidden_size=20, proj_size=-1), (5, 3, 10))
case("RNN/err_nonlinearity", "RNN", dict(input_size=10, hidden_size=20, nonlinearity="gelu"), (5, 3, 10))

# ---------------------------------------------------------------- reprs of common configurations
for module, cfg in [("LSTM", dict(input_size=10, hidden_size=20, num_layers=2, batch_first=True, bidirectional=True)),
                    ("LSTM", dict(input_size=10, hidden_size=20, proj_size=4)),
                    ("GRU", dict(input_size=10, hidden_size=20, bias=False, dropout=0.25, num_layers=3)),
                    ("RNN", dict(input_size=10, hidden_size=20, nonlinearity="relu", dropout=1e-05, num_layers=2)),
                    ("RNNCell", dict(input_size=10, hidden_size=20, bias=False, nonlinearity="relu")),
                    ("LSTMCell", dict(input_size=10, hidden_size=20, bias=False)),
                    ("GRUCell", dict(input_size=10, hidden_size=20))]:
    case("%s/repr_%s" % (module, "_".join("%s=%s" % kv for kv in cfg.items() if kv[0] not in ("input_size",
                                                                                                  "hidden_size"))),
         module, cfg, None)

doc = {"generator": "tools/golden/" + os.path.basename(sys.argv[0]), "torch": torch.__version__}
with open(OUT, "w") as f:
    f.write('{"generator": %s, "torch": %s, "cases": [\n' % (json.dumps(doc["generator"]), json.dumps(doc["torch"])))
    f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in _cases))
    f.write("\n]}\n")
print("wrote %d cases to %s" % (len(_cases), os.path.relpath(OUT, ROOT)))
