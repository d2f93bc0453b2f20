"""Fixtures for jtorch.optim.lr: PyTorch 1.13's learning-rate sequences over 40 epochs.
Writes jtorch-core/src/test/resources/fixtures/optim/lr_scheduler.json; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/lr_scheduler.py

Each case {name, optimizer ("SGD" with momentum 0.9 or "Adam"), lrs: [[lr per group] after construction and after
each of 40 steps], momentum: [...] (SGD: group 0's momentum; Adam: beta1)}. Two groups: lr 0.1 and 0.05.
The JUnit test (LrSchedulerFixtureTest) builds the same scheduler by name.
ReduceLROnPlateau is fed METRICS, one per epoch.

Each case also has "state": the scheduler's state_dict() after STATE_AT steps, as JSON (a Counter as
{"__counter__": [[key, count], ...]}, a function as "__callable__"); and lr_scheduler_states.pt holds, per case,
{"optimizer": ..., "scheduler": ...} state dicts at that step as torch.save writes them, except CyclicLR (1.13
cannot pickle its WeakMethod) and OneCycleLR (its state_dict holds a bound method, which pickles the whole
scheduler and optimizer objects; jtorch's restricted unpickler refuses those by design). LrSchedulerStateTest
checks jtorch's stateDict() against "state" and continues PyTorch's saved states; check_jtorch_files.py
continues jtorch's in PyTorch (BUILDERS is shared with it).
"""
import collections
import json
import math
import os
import warnings
import weakref

import torch
from torch.optim import lr_scheduler as L

warnings.simplefilter("ignore")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "optim", "lr_scheduler.json")
EPOCHS = 40
STATE_AT = 13
STATES = os.path.join(os.path.dirname(OUT), "lr_scheduler_states.pt")
METRICS = [1.0, 0.9, 0.85, 0.86, 0.84, 0.84, 0.85, 0.83, 0.83, 0.83, 0.84, 0.83, 0.8, 0.8, 0.8, 0.8, 0.81, 0.8,
           0.8, 0.79, 0.79, 0.79, 0.79, 0.79, 0.79, 0.79, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
           0.5, 0.5, 0.5]
cases = []
BUILDERS = {}
saved_states = collections.OrderedDict()


def make_opt(kind):
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(3, requires_grad=True)
    groups = [{"params": [a]}, {"params": [b], "lr": 0.05}]
    if kind == "Adam":
        return torch.optim.Adam(groups, lr=0.1)
    return torch.optim.SGD(groups, lr=0.1, momentum=0.9)


def warm_up_cosine(warm_up, epochs):
    # the seed's schedule (003: 不同层设置不同的学习率 / warm-up + cosine)
    return lambda epoch: (epoch + 1) / warm_up if epoch < warm_up else \
        0.5 * (math.cos((epoch - warm_up) / (epochs - warm_up) * math.pi) + 1)


def jsonable(v):
    if isinstance(v, collections.Counter):
        return {"__counter__": [[k, c] for k, c in v.items()]}
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if callable(v) or isinstance(v, weakref.ref):
        return "__callable__"
    return v


def run(name, epochs, opt, sched, plateau, epoch0=0):
    """Steps as the cases do (optimizer.step(), then scheduler.step()); the lrs after each step."""
    lrs = []
    for epoch in range(epoch0, epoch0 + epochs):
        opt.step()
        sched.step(METRICS[epoch]) if plateau else sched.step()
        lrs.append([g["lr"] for g in opt.param_groups])
    return lrs


def case(name, build, kind="SGD", plateau=False):
    BUILDERS[name] = (build, kind, plateau)
    if __name__ != "__main__":
        return
    opt = make_opt(kind)
    sched = build(opt)

    def mom():
        g = opt.param_groups[0]
        return g["betas"][0] if kind == "Adam" else g["momentum"]

    lrs = [[g["lr"] for g in opt.param_groups]]
    moms = [mom()]
    for epoch in range(EPOCHS):
        opt.step()
        if plateau:
            sched.step(METRICS[epoch])
        else:
            sched.step()
        lrs.append([g["lr"] for g in opt.param_groups])
        moms.append(mom())
        if not plateau:
            assert sched.get_last_lr() == lrs[-1], name
        if epoch + 1 == STATE_AT:
            state = jsonable(sched.state_dict())
            if not name.startswith(("CyclicLR", "OneCycleLR")):
                saved_states[name] = {"optimizer": opt.state_dict(), "scheduler": sched.state_dict()}
    cases.append({"name": name, "optimizer": kind, "lrs": lrs, "momentum": moms, "state": state})


case("StepLR", lambda o: L.StepLR(o, 7, gamma=0.5))
case("StepLR/default_gamma", lambda o: L.StepLR(o, 10))
case("MultiStepLR", lambda o: L.MultiStepLR(o, [5, 12, 12, 30], gamma=0.3))
case("ExponentialLR", lambda o: L.ExponentialLR(o, 0.9))
case("CosineAnnealingLR", lambda o: L.CosineAnnealingLR(o, 10, eta_min=0.001))
case("CosineAnnealingLR/periodic", lambda o: L.CosineAnnealingLR(o, 7))
case("LambdaLR/seed_warmup_cosine", lambda o: L.LambdaLR(o, [warm_up_cosine(5, EPOCHS), warm_up_cosine(5, EPOCHS)]))
case("LambdaLR/two_lambdas", lambda o: L.LambdaLR(o, [lambda e: 0.95 ** e, lambda e: 1.0 / (e + 1)]))
case("MultiplicativeLR", lambda o: L.MultiplicativeLR(o, lambda e: 0.97))
case("ConstantLR", lambda o: L.ConstantLR(o, factor=0.25, total_iters=6))
case("ConstantLR/default", lambda o: L.ConstantLR(o))
case("LinearLR", lambda o: L.LinearLR(o, start_factor=0.1, end_factor=0.9, total_iters=12))
case("LinearLR/default", lambda o: L.LinearLR(o))
case("PolynomialLR", lambda o: L.PolynomialLR(o, total_iters=30, power=2.0))
case("PolynomialLR/default", lambda o: L.PolynomialLR(o))
case("CosineAnnealingWarmRestarts", lambda o: L.CosineAnnealingWarmRestarts(o, 5, T_mult=2, eta_min=0.01))
case("CosineAnnealingWarmRestarts/tmult1", lambda o: L.CosineAnnealingWarmRestarts(o, 7))
case("CyclicLR/triangular", lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=5))
case("CyclicLR/triangular2", lambda o: L.CyclicLR(o, [0.01, 0.02], [0.1, 0.2], step_size_up=4, step_size_down=6,
                                                  mode="triangular2"))
case("CyclicLR/exp_range", lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=3, mode="exp_range", gamma=0.95,
                                                cycle_momentum=False))
case("OneCycleLR/cos", lambda o: L.OneCycleLR(o, 0.5, total_steps=40))
case("OneCycleLR/linear_three_phase", lambda o: L.OneCycleLR(o, [0.4, 0.2], epochs=4, steps_per_epoch=10,
                                                             anneal_strategy="linear", three_phase=True))
case("OneCycleLR/adam", lambda o: L.OneCycleLR(o, 0.01, total_steps=45, pct_start=0.25), kind="Adam")
case("SequentialLR", lambda o: L.SequentialLR(o, [L.LinearLR(o, 0.1, 1.0, 5), L.ExponentialLR(o, 0.9)], [5]))
case("SequentialLR/three", lambda o: L.SequentialLR(o, [L.ConstantLR(o, 0.5, 4), L.StepLR(o, 3, 0.7),
                                                        L.CosineAnnealingLR(o, 8)], [6, 20]))
case("ChainedScheduler", lambda o: L.ChainedScheduler([L.ConstantLR(o, 0.5, 4), L.ExponentialLR(o, 0.9)]))
case("ReduceLROnPlateau", lambda o: L.ReduceLROnPlateau(o, factor=0.5, patience=2), plateau=True)
case("ReduceLROnPlateau/abs_cooldown_minlr", lambda o: L.ReduceLROnPlateau(
    o, factor=0.3, patience=1, threshold=0.02, threshold_mode="abs", cooldown=2, min_lr=[0.005, 0.004]),
    plateau=True)
case("ReduceLROnPlateau/max_eps", lambda o: L.ReduceLROnPlateau(o, mode="max", factor=0.5, patience=0,
                                                                eps=0.02), plateau=True)

if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "epochs": EPOCHS, "metrics": METRICS, "state_at": STATE_AT,
                   "cases": cases}, f)
        f.write("\n")
    torch.save(saved_states, STATES)
    print(len(cases), "cases ->", OUT, ";", len(saved_states), "saved states ->", STATES)
