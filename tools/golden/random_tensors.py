"""Tensor-level random factories after torch.manual_seed (Torch.rand/randn/randint/randperm/*_like and the
in-place uniform_/normal_/bernoulli_/random_), recorded as one sequence per seed so state continuity across
calls is pinned too. Writes jtorch-core/src/test/resources/fixtures/random_tensors.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/random_tensors.py
"""
import json
import os

import torch

from golden import enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
steps = [
    ("rand", lambda: torch.rand(2, 3)),
    ("randn", lambda: torch.randn(4, 5)),
    ("randn_small", lambda: torch.randn(3)),
    ("randint", lambda: torch.randint(0, 10, (7,))),
    ("randint_neg", lambda: torch.randint(-5, 5, (2, 2))),
    ("randperm", lambda: torch.randperm(10)),
    ("uniform_", lambda: torch.empty(20).uniform_(-2, 3)),
    ("normal_", lambda: torch.empty(17).normal_(1, 0.5)),
    ("bernoulli_", lambda: torch.empty(30).bernoulli_(0.3)),
    ("rand_f64", lambda: torch.rand(3, dtype=torch.float64)),
    ("randn_f64", lambda: torch.randn(3, 4, dtype=torch.float64)),
    ("rand_like", lambda: torch.rand_like(torch.zeros(2, 2))),
    ("randn_like", lambda: torch.randn_like(torch.zeros(5))),
    ("random_", lambda: torch.empty(6, dtype=torch.int64).random_(3, 9)),
    ("randn_big", lambda: torch.randn(64, 10)),
]
cases = []
for seed in [0, 1, 42, 123456789]:
    torch.manual_seed(seed)
    cases.append({"seed": seed, "steps": [{"name": n, "out": enc(f())} for n, f in steps]})
path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "random_tensors.json")
with open(path, "w") as fh:
    json.dump({"generator": "tools/golden/random_tensors.py", "torch": torch.__version__, "cases": cases}, fh)
print("wrote", path)
