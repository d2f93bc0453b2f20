"""Fixtures for jtorch.optim.swa_utils: PyTorch 1.13's AveragedModel, SWALR and update_bn.
Writes jtorch-core/src/test/resources/fixtures/optim/swa_utils.json; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/swa_utils.py

The model everywhere is net(): Sequential(Linear(3, 4), BatchNorm1d(4, momentum=0.3), ReLU(), Linear(4, 2),
BatchNorm1d(2)). T as in golden.py.
averaged cases {name, avg_fn ("default" or "ema": 0.1 * averaged + 0.9 * current), use_buffers, init: {key: T}
(the model's state dict when AveragedModel copies it), updates: [{model: {key: T} (the model's state dict before
update_parameters), averaged: {key: T} (the AveragedModel's whole state dict after it, in PyTorch's key order)}],
input: T, output: T (the AveragedModel in eval mode on input after the updates)}.
swalr cases {name, swa_lr (number or list), anneal_epochs, anneal_strategy, swa_start, lrs: [[lr per group] after
construction and after each epoch]}: SGD with two groups (lr 0.1 and 0.05, momentum 0.9); CosineAnnealingLR(T_max=30)
steps the epochs up to swa_start, SWALR the ones after it (the loop of PyTorch's documentation).
swalr errors {name, swa_lr, anneal_epochs, anneal_strategy, error}.
update_bn cases {name, init: {key: T} (including deliberately stale running statistics), batches: [{kind ("tensor" or
"list"), input: T}], training (the model's mode before the call), after: {key: T}, momenta: [momentum per BatchNorm]}.
"""
import json
import math
import os

import torch
from torch import nn
from torch.optim import lr_scheduler as L
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn
from golden import enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "optim", "swa_utils.json")
gen = torch.Generator().manual_seed(20261207)
averaged, swalr, errors, bn = [], [], [], []


def net():
    return nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4, momentum=0.3), nn.ReLU(), nn.Linear(4, 2),
                         nn.BatchNorm1d(2))


def state(m):
    return {k: enc(v) for k, v in m.state_dict().items()}


def randomize(m):
    """New values for every parameter and buffer, as training would leave them (counts grow as integers)."""
    with torch.no_grad():
        for k, v in m.state_dict().items():
            if v.dtype == torch.long:
                v.add_(torch.randint(1, 7, (), generator=gen))
            elif "running_var" in k:
                v.copy_(torch.rand(v.shape, generator=gen) + 0.5)
            else:
                v.copy_(torch.randn(v.shape, generator=gen))


def averaged_case(name, avg, use_buffers, updates=5):
    model = net()
    randomize(model)
    fn = None if avg == "default" else (lambda a, m, n: 0.1 * a + 0.9 * m)
    swa = AveragedModel(model, avg_fn=fn, use_buffers=use_buffers)
    c = {"name": name, "avg_fn": avg, "use_buffers": use_buffers, "init": state(model), "updates": []}
    for _ in range(updates):
        randomize(model)
        swa.update_parameters(model)
        c["updates"].append({"model": state(model), "averaged": state(swa)})
    x = torch.randn(5, 3, generator=gen)
    swa.eval()
    c["input"] = enc(x)
    c["output"] = enc(swa(x))
    averaged.append(c)


averaged_case("default", "default", False)
averaged_case("default/use_buffers", "default", True)
averaged_case("ema/use_buffers", "ema", True)
averaged_case("ema", "ema", False, updates=3)


def swalr_case(name, swa_lr, anneal_epochs, strategy, swa_start, epochs=30):
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(3, requires_grad=True)
    opt = torch.optim.SGD([{"params": [a]}, {"params": [b], "lr": 0.05}], lr=0.1, momentum=0.9)
    sched = L.CosineAnnealingLR(opt, T_max=30)
    swa_sched = SWALR(opt, swa_lr=swa_lr, anneal_epochs=anneal_epochs, anneal_strategy=strategy)
    lrs = [[g["lr"] for g in opt.param_groups]]
    for epoch in range(epochs):
        opt.step()
        if epoch > swa_start:
            swa_sched.step()
            assert swa_sched.get_last_lr() == [g["lr"] for g in opt.param_groups]
        else:
            sched.step()
        lrs.append([g["lr"] for g in opt.param_groups])
    swalr.append({"name": name, "swa_lr": swa_lr, "anneal_epochs": anneal_epochs, "anneal_strategy": strategy,
                  "swa_start": swa_start, "lrs": lrs})


swalr_case("cos", 0.01, 10, "cos", 4)
swalr_case("linear", [0.02, 0.001], 10, "linear", 4)
swalr_case("cos/from_start", 0.05, 8, "cos", -1, epochs=24)
swalr_case("linear/short", 0.005, 3, "linear", 12)
swalr_case("cos/anneal_0", [0.03, 0.2], 0, "cos", 6)
swalr_case("linear/anneal_1", 0.02, 1, "linear", 0, epochs=22)


def error_case(name, swa_lr, anneal_epochs, strategy):
    p = torch.zeros(2, requires_grad=True)
    opt = torch.optim.SGD([{"params": [p]}, {"params": [torch.zeros(1, requires_grad=True)]}], lr=0.1)
    try:
        SWALR(opt, swa_lr=swa_lr, anneal_epochs=anneal_epochs, anneal_strategy=strategy)
    except ValueError as e:
        errors.append({"name": name, "swa_lr": swa_lr, "anneal_epochs": anneal_epochs, "anneal_strategy": strategy,
                       "error": str(e)})
        return
    raise AssertionError(name)


error_case("strategy", 0.05, 10, "cosine")
error_case("anneal_epochs", 0.05, -1, "cos")
error_case("swa_lr_length", [0.05, 0.1, 0.2], 10, "linear")


def bn_case(name, kinds, training):
    model = net()
    randomize(model)  # stale running statistics, which update_bn resets
    init = state(model)
    batches = []
    loader = []
    for i, kind in enumerate(kinds):
        x = torch.randn(4 + i, 3, generator=gen) * 2 + 1
        batches.append({"kind": kind, "input": enc(x)})
        loader.append(x if kind == "tensor" else [x, torch.zeros(4 + i)])
    model.train(training)
    update_bn(loader, model)
    assert model.training == training
    bn.append({"name": name, "init": init, "batches": batches, "training": training, "after": state(model),
               "momenta": [m.momentum for m in model.modules() if isinstance(m, nn.BatchNorm1d)]})


bn_case("tensors", ["tensor", "tensor", "tensor"], True)
bn_case("lists/eval", ["list", "tensor", "list", "list"], False)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"torch": torch.__version__, "averaged": averaged, "swalr": swalr, "swalr_errors": errors,
               "update_bn": bn}, f)
    f.write("\n")
print(len(averaged), len(swalr), len(errors), len(bn), "cases ->", OUT)
