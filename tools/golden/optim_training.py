"""Fixtures for jtorch.optim training runs: the seed's Himmelblau example (004, "2D 函数优化实例") from its four
starting points, and the warning of PyTorch 1.13 when a scheduler steps before the optimizer.
Writes jtorch-core/src/test/resources/fixtures/optim/optim_training.json; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/optim_training.py

himmelblau cases {start, log: [{step, x, f}] (the seed's print every 2000 steps: x before the step, f at it),
final: {x, f}}: Adam(lr=1e-3), 20000 steps, float32.
warnings [{name, category, message}]: the warnings each loop order emits (the seed's order steps the scheduler
first).
"""
import json
import os
import warnings

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "optim", "optim_training.json")


def himmelblau(x):
    return (x[0] ** 2 + x[1] - 11) ** 2 + (x[0] + x[1] ** 2 - 7) ** 2


runs = []
for start in ([0., 0.], [1., 0.], [-4., 0.], [4., 0.]):  # the seed's [0, 0] and its commented alternatives
    x = torch.tensor(start, requires_grad=True)
    optimizer = torch.optim.Adam([x], lr=1e-3)
    log = []
    for step in range(20000):
        pred = himmelblau(x)
        optimizer.zero_grad()
        pred.backward()
        if step % 2000 == 0:
            log.append({"step": step, "x": x.tolist(), "f": pred.item()})
        optimizer.step()
    runs.append({"start": start, "log": log, "final": {"x": x.tolist(), "f": himmelblau(x).item()}})


def loop_warnings(name, scheduler_first):
    w = torch.zeros(2, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, 1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            w.sum().backward()
            if scheduler_first:
                sched.step()
                opt.step()
            else:
                opt.step()
                sched.step()
    return [{"name": name, "category": c.category.__name__, "message": str(c.message)} for c in caught]


warns = loop_warnings("scheduler_first", True) + loop_warnings("optimizer_first", False)
assert len(warns) == 1, warns

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"torch": torch.__version__, "himmelblau": runs, "warnings": warns}, f)
    f.write("\n")
print(len(runs), "runs,", len(warns), "warnings ->", OUT)
