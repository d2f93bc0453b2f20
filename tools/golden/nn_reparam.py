"""Fixtures for torch.nn.utils' reparametrisations (jtorch.nn.utils.WeightNorm, SpectralNorm, Prune): weight_norm /
remove_weight_norm, spectral_norm / remove_spectral_norm and prune's identity, l1_unstructured, random_unstructured,
ln_structured, random_structured, global_unstructured, custom_from_mask (and pruning a tensor again), remove and
is_pruned; and load_state_dict into reparametrised modules. Writes jtorch-core/src/test/resources/fixtures/nn_reparam.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_reparam.py

One case: torch.manual_seed(seed), build the module (optionally in float64, optionally with its weight replaced by
given values or by a column-major copy), then the calls in order, all drawing from the default generator in
PyTorch's order (spectral_norm's u and v, random_unstructured's rand_like). Recorded after the calls: the state dict
(keys, order, values), named parameters and buffers, repr, the reparametrised attribute, is_pruned; then forwards
(train or eval; output, gradients w.r.t. the input and every named parameter for a random grad_output, the attribute
and state afterwards); then optional later calls (remove_*), with the state and one forward after them. A call PyTorch
refuses records its error type and message instead, and the case stops there.
"""
import json
import os

import torch
import torch.nn as nn
from torch.nn.utils import weight_norm, remove_weight_norm, spectral_norm, remove_spectral_norm, prune

from golden import enc as _enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn_reparam.json")
_gen = torch.Generator().manual_seed(20261207)
f32, f64 = torch.float32, torch.float64
_cases = []
_seed = [500]


def enc(t):
    """golden.enc, with float32 values printed to 9 significant digits (enough to round-trip)."""
    e = _enc(t)
    if e["dtype"] == "float32":
        e["data"] = [float("%.9g" % x) if isinstance(x, float) else x for x in e["data"]]
    return e


def rand(*shape, dtype=f32):
    return torch.randn(shape, generator=_gen, dtype=f64).to(dtype)


def build(spec):
    t, args = spec["type"], spec.get("args", [])
    if t == "Sequential":
        return nn.Sequential(*[build(s) for s in spec["children"]])
    return getattr(nn, t)(*args, **spec.get("kwargs", {}))


FNS = {
    "weight_norm": weight_norm, "remove_weight_norm": remove_weight_norm,
    "spectral_norm": spectral_norm, "remove_spectral_norm": remove_spectral_norm,
    "identity": prune.identity, "l1_unstructured": prune.l1_unstructured,
    "random_unstructured": prune.random_unstructured, "custom_from_mask": prune.custom_from_mask,
    "ln_structured": prune.ln_structured, "random_structured": prune.random_structured,
    "prune_remove": prune.remove,
}


def global_unstructured(m, parameters, method, amount, importance_scores=None):
    """prune.global_unstructured with (module path, name) pairs and the method's class name."""
    params = [(m.get_submodule(t), n) for t, n in parameters]
    scores = None
    if importance_scores is not None:
        scores = {(m.get_submodule(t), n): torch.tensor(e["data"], dtype=f64).reshape(e["shape"]).to(
            getattr(torch, e["dtype"])) for t, n, e in importance_scores}
    prune.global_unstructured(params, getattr(prune, method), importance_scores=scores, amount=amount)


def call(m, c):
    kw = dict(c.get("kwargs", {}))
    if c["fn"] == "global_unstructured":
        global_unstructured(m, **kw)
        return
    for key in ("importance_scores", "mask"):
        if key in kw:
            kw[key] = torch.tensor(kw[key]["data"], dtype=f64).reshape(kw[key]["shape"]).to(
                getattr(torch, kw[key]["dtype"]))
    if isinstance(kw.get("n"), str):  # an infinite norm order travels as "inf" / "-inf"
        kw["n"] = float(kw["n"])
    target = m.get_submodule(c.get("target", ""))
    FNS[c["fn"]](target, **kw)


def attr_name(calls):
    for c in calls:
        if c["fn"] == "global_unstructured":
            return tuple(c["kwargs"]["parameters"][0])
        if "name" in c.get("kwargs", {}):
            return c.get("target", ""), c["kwargs"]["name"]
    return calls[0].get("target", ""), "weight"


def snapshot(m, where, name):
    target = m.get_submodule(where)
    return {"state": [[k, enc(v)] for k, v in m.state_dict().items()],
            "params": [k for k, _ in m.named_parameters()],
            "buffers": [k for k, _ in m.named_buffers()],
            "repr": repr(m),
            "attr": enc(getattr(target, name)),
            "is_pruned": prune.is_pruned(m)}


def forward(m, x, train, where, name):
    m.train(train)
    leaf = x.clone().requires_grad_(x.is_floating_point())
    out = m(leaf)
    f = {"train": train, "input": enc(x), "out": enc(out)}
    go = rand(*out.shape, dtype=out.dtype)
    named = list(m.named_parameters())
    wanted = ([leaf] if leaf.requires_grad else []) + [p for _, p in named]
    gs = torch.autograd.grad(out, wanted, go, allow_unused=True)
    f["grad_output"] = enc(go)
    if leaf.requires_grad:
        f["input_grad"] = enc(gs[0])
        gs = gs[1:]
    f["grads"] = [[k, None if g is None else enc(g)] for (k, _), g in zip(named, gs)]
    f["attr"] = enc(getattr(m.get_submodule(where), name))
    f["state"] = [[k, enc(v)] for k, v in m.state_dict().items()]
    return f


def case(name, module, calls, inputs=(), later=(), dtype=f32, weight=None, column_major=False, seed=None,
         jtorch_expect=None):
    """inputs: [(train, tensor)]; weight: values for the (first) module's weight; later: calls after the forwards;
    seed: reuse a seed (default: the next one); jtorch_expect: where jtorch deliberately differs, the case whose
    results jtorch gives instead of this case's error."""
    if seed is None:
        _seed[0] += 1
        seed = _seed[0]
    c = {"name": name, "module": module, "seed": seed, "dtype": str(dtype).replace("torch.", ""),
         "calls": calls, "later": list(later)}
    if jtorch_expect:
        c["jtorch_expect"] = jtorch_expect
    torch.manual_seed(seed)
    m = build(module).to(dtype)
    target0 = m.get_submodule(calls[0].get("target", ""))
    if weight is not None:
        c["weight"] = weight
        with torch.no_grad():
            target0.weight.copy_(torch.tensor(weight, dtype=f64).reshape(target0.weight.shape))
    if column_major:
        c["column_major"] = True
        target0.weight = nn.Parameter(target0.weight.detach().t().contiguous().t())
    where, attr = attr_name(calls)
    for i, k in enumerate(calls):
        try:
            call(m, k)
        except Exception as e:
            c["error"] = {"call": i, "type": type(e).__name__, "message": str(e).split("\n")[0]}
            _cases.append(c)
            return
    c["after"] = snapshot(m, where, attr)
    c["forwards"] = [forward(m, x.to(dtype) if x.is_floating_point() else x, train, where, attr) for train, x in inputs]
    if later:
        for i, k in enumerate(later):
            try:
                call(m, k)
            except Exception as e:
                c["later_error"] = {"call": i, "type": type(e).__name__, "message": str(e).split("\n")[0]}
                _cases.append(c)
                return
        c["after_later"] = {"state": [[k, enc(v)] for k, v in m.state_dict().items()],
                            "params": [k for k, _ in m.named_parameters()], "repr": repr(m),
                            "is_pruned": prune.is_pruned(m)}
        if inputs:
            x = inputs[0][1]
            m.train(inputs[0][0])
            c["after_later"]["out"] = enc(m(x.to(dtype) if x.is_floating_point() else x))
    _cases.append(c)


def lin(i, o, **kw):
    return {"type": "Linear", "args": [i, o], "kwargs": kw}


def conv(kind, *args, **kw):
    return {"type": kind, "args": list(args), "kwargs": kw}


def K(fn, target="", **kwargs):
    c = {"fn": fn, "kwargs": kwargs}
    if target:
        c["target"] = target
    return c


def tr(*shape):
    return [(True, rand(*shape))]


# ---------------------------------------------------------------- weight_norm
case("wn/linear_default", lin(5, 4), [K("weight_norm")], tr(3, 5) + [(False, rand(2, 5))], [K("remove_weight_norm")])
case("wn/linear_dim1", lin(5, 4), [K("weight_norm", dim=1)], tr(3, 5), [K("remove_weight_norm", name="weight")])
case("wn/linear_dim_none", lin(5, 4), [K("weight_norm", dim=None)], tr(3, 5), [K("remove_weight_norm")])
case("wn/linear_dim_minus1", lin(5, 4), [K("weight_norm", dim=-1)], tr(3, 5))
case("wn/linear_dim_minus2", lin(5, 4), [K("weight_norm", dim=-2)], tr(3, 5))
case("wn/linear_no_bias", lin(5, 4, bias=False), [K("weight_norm")], tr(2, 5), [K("remove_weight_norm")])
case("wn/conv2d_dim0", conv("Conv2d", 2, 3, 3), [K("weight_norm")], tr(2, 2, 5, 5), [K("remove_weight_norm")])
case("wn/conv2d_dim1", conv("Conv2d", 2, 3, 3), [K("weight_norm", dim=1)], tr(1, 2, 4, 4))
case("wn/conv2d_dim2", conv("Conv2d", 2, 3, (3, 2)), [K("weight_norm", dim=2)], tr(1, 2, 4, 4))
case("wn/conv2d_dim3", conv("Conv2d", 2, 3, (2, 3)), [K("weight_norm", dim=3)], tr(1, 2, 4, 4))
case("wn/conv1d", conv("Conv1d", 3, 2, 2), [K("weight_norm")], tr(2, 3, 6))
case("wn/conv_transpose2d", conv("ConvTranspose2d", 3, 2, 3), [K("weight_norm")], tr(1, 3, 3, 3))
case("wn/embedding", {"type": "Embedding", "args": [6, 3]}, [K("weight_norm", dim=1)],
     [(True, torch.tensor([[0, 2, 5], [1, 1, 4]]))])
case("wn/bias", lin(5, 4), [K("weight_norm", name="bias")], tr(3, 5), [K("remove_weight_norm", name="bias")])
case("wn/bias_and_weight", lin(5, 4), [K("weight_norm"), K("weight_norm", name="bias")], tr(3, 5),
     [K("remove_weight_norm"), K("remove_weight_norm", name="bias")])
case("wn/f64", lin(4, 3), [K("weight_norm")], tr(2, 4), [K("remove_weight_norm")], dtype=f64)
case("wn/column_major_weight", lin(5, 4), [K("weight_norm")], tr(3, 5), column_major=True)
case("wn/zero_row", lin(3, 2), [K("weight_norm")], tr(2, 3), weight=[0.0, 0.0, 0.0, 0.5, -1.0, 2.0])
case("wn/nan_inf", lin(3, 2), [K("weight_norm")], tr(2, 3), weight=[float("nan"), 1.0, 2.0, float("inf"), -1.0, 2.0])
case("wn/empty", lin(0, 3), [K("weight_norm")], tr(2, 0))
case("wn/sequential", {"type": "Sequential", "children": [lin(4, 3), {"type": "ReLU"}, lin(3, 2)]},
     [K("weight_norm", target="0"), K("weight_norm", target="2", dim=None)], tr(2, 4))
case("wn/lazy_uninitialized", {"type": "LazyLinear", "args": [4]}, [K("weight_norm")])
case("sn/lazy_uninitialized", {"type": "LazyLinear", "args": [4]}, [K("spectral_norm")])
case("wn/twice", lin(5, 4), [K("weight_norm"), K("weight_norm")])
case("wn/remove_without", lin(5, 4), [K("remove_weight_norm")])
case("wn/remove_other_name", lin(5, 4), [K("weight_norm"), K("remove_weight_norm", name="bias")])
case("wn/no_such_attribute", lin(5, 4), [K("weight_norm", name="foo")])
case("wn/dim_out_of_range", lin(5, 4), [K("weight_norm", dim=2)])
case("wn/dim_out_of_range_negative", lin(5, 4), [K("weight_norm", dim=-3)])
case("wn/bias_none", lin(5, 4, bias=False), [K("weight_norm", name="bias")])

# ---------------------------------------------------------------- spectral_norm
case("sn/linear_default", lin(5, 4), [K("spectral_norm")],
     tr(3, 5) + tr(3, 5) + [(False, rand(2, 5))], [K("remove_spectral_norm")])
case("sn/linear_wide_draws", lin(20, 17), [K("spectral_norm")], tr(2, 20), [K("remove_spectral_norm")])
case("sn/n_power_3_eps", lin(5, 4), [K("spectral_norm", n_power_iterations=3, eps=1e-4)], tr(3, 5))
case("sn/dim1", lin(5, 4), [K("spectral_norm", dim=1)], tr(3, 5) + tr(3, 5))
case("sn/eval_first", lin(5, 4), [K("spectral_norm")], [(False, rand(3, 5))] + tr(3, 5), [K("remove_spectral_norm")])
case("sn/conv2d", conv("Conv2d", 2, 3, 3), [K("spectral_norm")], tr(2, 2, 5, 5), [K("remove_spectral_norm")])
case("sn/conv2d_dim2", conv("Conv2d", 2, 3, (3, 2)), [K("spectral_norm", dim=2)], tr(1, 2, 4, 4))
case("sn/conv_transpose2d", conv("ConvTranspose2d", 3, 2, 3), [K("spectral_norm")], tr(1, 3, 3, 3))
case("sn/conv_transpose1d_dim0", conv("ConvTranspose1d", 3, 2, 2), [K("spectral_norm", dim=0)], tr(2, 3, 4))
case("sn/embedding", {"type": "Embedding", "args": [6, 3]}, [K("spectral_norm")],
     [(True, torch.tensor([[0, 2, 5], [1, 1, 4]]))])
case("sn/bias", lin(5, 4), [K("spectral_norm", name="bias")], tr(3, 5), [K("remove_spectral_norm", name="bias")])
case("sn/f64", lin(4, 3), [K("spectral_norm")], tr(2, 4) + tr(2, 4), [K("remove_spectral_norm")], dtype=f64)
case("sn/column_major_weight", lin(5, 4), [K("spectral_norm")], tr(3, 5), column_major=True)
case("sn/zero_weight", lin(3, 2), [K("spectral_norm")], tr(2, 3), weight=[0.0] * 6)
case("sn/twice", lin(5, 4), [K("spectral_norm"), K("spectral_norm")])
case("sn/n_power_0", lin(5, 4), [K("spectral_norm", n_power_iterations=0)])
case("sn/remove_without", lin(5, 4), [K("remove_spectral_norm")])
case("sn/no_such_parameter", lin(5, 4), [K("spectral_norm", name="foo")])
case("sn/bias_none", lin(5, 4, bias=False), [K("spectral_norm", name="bias")])
case("sn/dim_negative", lin(5, 4), [K("spectral_norm", dim=-1)])
case("sn/dim_out_of_range", lin(5, 4), [K("spectral_norm", dim=2)])
case("sn/then_weight_norm", lin(5, 4), [K("spectral_norm"), K("weight_norm", name="weight_orig")], tr(3, 5))

# ---------------------------------------------------------------- prune
case("prune/l1_fraction", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/l1_count", lin(5, 4), [K("l1_unstructured", name="weight", amount=3)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/l1_zero_fraction", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.0)], tr(2, 5))
case("prune/l1_zero_count", lin(5, 4), [K("l1_unstructured", name="weight", amount=0)], tr(2, 5))
case("prune/l1_all", lin(5, 4), [K("l1_unstructured", name="weight", amount=1.0)], tr(2, 5))
case("prune/l1_round_half_even_down", lin(5, 2), [K("l1_unstructured", name="weight", amount=0.25)], tr(2, 5))
case("prune/l1_round_half_even_up", lin(5, 2), [K("l1_unstructured", name="weight", amount=0.35)], tr(2, 5))
case("prune/l1_ties", lin(4, 2), [K("l1_unstructured", name="weight", amount=3)], tr(2, 4),
     weight=[1.0, -1.0, 2.0, -2.0, 1.0, 1.0, 3.0, -1.0])
case("prune/l1_nan", lin(3, 2), [K("l1_unstructured", name="weight", amount=2)], tr(2, 3),
     weight=[float("nan"), 0.5, -0.1, float("inf"), 0.2, 3.0])
case("prune/l1_importance_scores", lin(3, 2),
     [K("l1_unstructured", name="weight", amount=2,
        importance_scores=enc(torch.tensor([[5.0, 0.1, 3.0], [-0.2, 4.0, 1.0]])))], tr(2, 3))
case("prune/l1_twice", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3),
                                    K("l1_unstructured", name="weight", amount=0.5)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/l1_three_times", lin(5, 4), [K("l1_unstructured", name="weight", amount=2),
                                          K("l1_unstructured", name="weight", amount=0.25),
                                          K("random_unstructured", name="weight", amount=3)], tr(3, 5))
case("prune/random_fraction", lin(5, 4), [K("random_unstructured", name="weight", amount=0.4)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/random_count", lin(5, 4), [K("random_unstructured", name="weight", amount=7)], tr(3, 5))
case("prune/random_twice", lin(5, 4), [K("random_unstructured", name="weight", amount=0.25),
                                        K("random_unstructured", name="weight", amount=0.5)], tr(3, 5))
case("prune/identity", lin(5, 4), [K("identity", name="weight")], tr(3, 5), [K("prune_remove", name="weight")])
case("prune/identity_then_l1", lin(5, 4), [K("identity", name="weight"),
                                            K("l1_unstructured", name="weight", amount=4)], tr(3, 5))
case("prune/bias", lin(5, 4), [K("l1_unstructured", name="bias", amount=2)], tr(3, 5), [K("prune_remove", name="bias")])
case("prune/weight_and_bias", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.5),
                                           K("random_unstructured", name="bias", amount=1)], tr(3, 5),
     [K("prune_remove", name="bias"), K("prune_remove", name="weight")])
case("prune/conv2d", conv("Conv2d", 2, 3, 3), [K("l1_unstructured", name="weight", amount=0.5)], tr(1, 2, 4, 4),
     [K("prune_remove", name="weight")])
case("prune/f64", lin(4, 3), [K("random_unstructured", name="weight", amount=0.5)], tr(2, 4),
     [K("prune_remove", name="weight")], dtype=f64)
case("prune/sequential", {"type": "Sequential", "children": [lin(4, 3), {"type": "ReLU"}, lin(3, 2)]},
     [K("l1_unstructured", target="2", name="weight", amount=0.5)], tr(2, 4), [K("prune_remove", target="2", name="weight")])
case("prune/weight_norm_after", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3),
                                             K("weight_norm", name="weight_orig")], tr(3, 5))
mask32 = enc(torch.tensor([[1, 0, 1], [0, 1, 1]]))
case("prune/custom_from_mask", lin(3, 2), [K("custom_from_mask", name="weight", mask=mask32)], tr(2, 3),
     [K("prune_remove", name="weight")])
case("prune/l1_then_custom_from_mask", lin(3, 2), [K("l1_unstructured", name="weight", amount=2),
                                                    K("custom_from_mask", name="weight", mask=mask32)], tr(2, 3))
case("prune/custom_from_mask_then_random", lin(3, 2), [K("custom_from_mask", name="weight", mask=mask32),
                                                        K("random_unstructured", name="weight", amount=0.5)], tr(2, 3))
case("prune/custom_from_mask_f64_bool", lin(3, 2), [K("custom_from_mask", name="weight",
                                                       mask=enc(torch.tensor([[True, False, True], [True, True, False]])))],
     tr(2, 3), dtype=f64)
case("prune/ln_l2_dim0", lin(5, 4), [K("ln_structured", name="weight", amount=0.5, n=2, dim=0)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/ln_l1_last_dim_count", lin(5, 4), [K("ln_structured", name="weight", amount=2, n=1, dim=-1)], tr(3, 5))
case("prune/ln_inf_conv", conv("Conv2d", 2, 4, 3), [K("ln_structured", name="weight", amount=0.25, n="inf", dim=0)],
     tr(1, 2, 4, 4))
case("prune/ln_minus_inf_dim1", conv("Conv2d", 3, 2, 2), [K("ln_structured", name="weight", amount=1, n="-inf", dim=1)],
     tr(1, 3, 3, 3))
case("prune/ln_zero_amount", lin(5, 4), [K("ln_structured", name="weight", amount=0.0, n=2, dim=0)], tr(2, 5))
case("prune/ln_all", lin(5, 4), [K("ln_structured", name="weight", amount=1.0, n=2, dim=1)], tr(2, 5))
case("prune/ln_importance_scores", lin(3, 2),
     [K("ln_structured", name="weight", amount=1, n=2, dim=1,
        importance_scores=enc(torch.tensor([[5.0, 0.1, 3.0], [-0.2, 0.4, 1.0]])))], tr(2, 3))
case("prune/ln_twice", lin(5, 4), [K("ln_structured", name="weight", amount=1, n=2, dim=0),
                                    K("ln_structured", name="weight", amount=0.5, n=1, dim=0)], tr(3, 5))
case("prune/l1_then_ln", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.5),
                                      K("ln_structured", name="weight", amount=2, n=2, dim=1)], tr(3, 5))
case("prune/ln_then_l1", lin(5, 4), [K("ln_structured", name="weight", amount=2, n=2, dim=1),
                                      K("l1_unstructured", name="weight", amount=4)], tr(3, 5))
case("prune/random_structured", lin(5, 4), [K("random_structured", name="weight", amount=0.5, dim=0)], tr(3, 5),
     [K("prune_remove", name="weight")])
case("prune/random_structured_count_conv", conv("Conv2d", 2, 4, 3),
     [K("random_structured", name="weight", amount=2, dim=-1)], tr(1, 2, 4, 4))
case("prune/random_structured_twice", lin(6, 4), [K("random_structured", name="weight", amount=2, dim=1),
                                                  K("random_structured", name="weight", amount=0.5, dim=1)], tr(3, 6))
case("prune/ln_on_a_vector", lin(5, 4), [K("ln_structured", name="bias", amount=1, n=2, dim=0)])
case("prune/ln_dim_out_of_range", lin(5, 4), [K("ln_structured", name="weight", amount=1, n=2, dim=2)])
case("prune/ln_count_too_large", lin(5, 4), [K("ln_structured", name="weight", amount=5, n=2, dim=0)])
case("prune/random_structured_on_a_vector", lin(5, 4), [K("random_structured", name="bias", amount=0.5, dim=0)])
two = {"type": "Sequential", "children": [lin(4, 3), {"type": "ReLU"}, lin(3, 2)]}
both = [["0", "weight"], ["2", "weight"]]
case("prune/global_l1_fraction", two, [K("global_unstructured", parameters=both, method="L1Unstructured", amount=0.4)],
     tr(2, 4), [K("prune_remove", target="0", name="weight"), K("prune_remove", target="2", name="weight")])
case("prune/global_l1_count_with_bias", two,
     [K("global_unstructured", parameters=both + [["2", "bias"]], method="L1Unstructured", amount=7)], tr(2, 4))
case("prune/global_random", two, [K("global_unstructured", parameters=both, method="RandomUnstructured", amount=0.5)],
     tr(2, 4))
case("prune/global_importance_scores", two,
     [K("global_unstructured", parameters=both, method="L1Unstructured", amount=6,
        importance_scores=[["2", "weight", enc(torch.tensor([[9.0, 0.0, 8.0], [0.01, 7.0, 0.02]]))]])], tr(2, 4))
case("prune/global_after_local", two, [K("l1_unstructured", target="0", name="weight", amount=6),
                                       K("global_unstructured", parameters=both, method="L1Unstructured", amount=0.5)],
     tr(2, 4))
case("prune/global_count_too_large", two,
     [K("global_unstructured", parameters=both, method="L1Unstructured", amount=19)])
case("prune/negative_count", lin(5, 4), [K("l1_unstructured", name="weight", amount=-1)])
case("prune/fraction_above_one", lin(5, 4), [K("l1_unstructured", name="weight", amount=1.5)])
case("prune/negative_fraction", lin(5, 4), [K("random_unstructured", name="weight", amount=-0.1)])
case("prune/count_too_large", lin(5, 4), [K("l1_unstructured", name="weight", amount=21)])
case("prune/twice_count_too_large", lin(5, 4), [K("l1_unstructured", name="weight", amount=15),
                                                 K("l1_unstructured", name="weight", amount=6)])
case("prune/remove_without", lin(5, 4), [K("prune_remove", name="weight")])
case("prune/importance_shape", lin(3, 2), [K("l1_unstructured", name="weight", amount=1,
                                             importance_scores=enc(torch.ones(3, 2)))])
case("prune/no_such_attribute", lin(5, 4), [K("l1_unstructured", name="foo", amount=1)])
# PyTorch 1.13 cannot L1-prune a column-major weight: abs() keeps the layout and .view(-1) refuses it. jtorch prunes
# it, giving what PyTorch gives for the same values stored contiguously (the companion case, same seed and inputs).
x_cm = rand(3, 5)
case("prune/column_major_weight", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3)], [(True, x_cm)],
     [K("prune_remove", name="weight")], column_major=True, jtorch_expect="prune/column_major_weight_contiguous")
case("prune/column_major_weight_contiguous", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3)],
     [(True, x_cm)], [K("prune_remove", name="weight")], seed=_seed[0])

# ---------------------------------------------------------------- load_state_dict into a reparametrised module
# A plain module's state dict into a reparametrised one (strict: PyTorch's message; not strict: the key lists), and
# a reparametrised module's state dict into a fresh reparametrised one (values equal afterwards).
_loads = []


def load_case(name, module, calls):
    _seed[0] += 1
    torch.manual_seed(_seed[0])
    plain = build(module)
    src = build(module)
    for k in calls:
        call(src, k)
    dst = build(module)
    for k in calls:
        call(dst, k)
    c = {"name": name, "module": module, "seed": _seed[0], "calls": calls}
    try:
        dst.load_state_dict(plain.state_dict())
        c["strict_error"] = None
    except RuntimeError as e:
        c["strict_error"] = str(e)
    r = dst.load_state_dict(plain.state_dict(), strict=False)
    c["missing"], c["unexpected"] = list(r.missing_keys), list(r.unexpected_keys)
    dst.load_state_dict(src.state_dict())
    c["state"] = [[k, enc(v)] for k, v in dst.state_dict().items()]
    _loads.append(c)


load_case("load/weight_norm", lin(5, 4), [K("weight_norm")])
load_case("load/spectral_norm", lin(5, 4), [K("spectral_norm")])
load_case("load/prune", lin(5, 4), [K("l1_unstructured", name="weight", amount=0.3)])

with open(OUT, "w") as f:
    json.dump({"torch": torch.__version__, "cases": _cases, "loads": _loads}, f, indent=None, separators=(",", ":"))
    f.write("\n")
print("wrote %d cases and %d load cases to %s" % (len(_cases), len(_loads), OUT))
