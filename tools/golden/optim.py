"""Fixtures for jtorch.optim: PyTorch 1.13's single-tensor optimizers on a fixed objective with two
parameter groups. Writes jtorch-core/src/test/resources/fixtures/optim/optim.json; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/optim.py

Step cases {name, optimizer, kwargs, group1 (overrides of the second group), init: [T], steps: [{grads: [T|null],
params: [T]}]}: three parameters w1 (3x4), b1 (4) in group 0 and w2 (5) in group 1; before each step the gradient of
the objective at the current parameters is recorded (w2's is None at step 3, so the optimizer must skip it), the
JUnit test installs the same gradients and compares the parameters after each of the 6 steps.
LBFGS cases {name, kwargs, init: [T], steps: [{params: [T], loss}]} minimise smooth(x) (see the test) through closures.
Error cases {name, optimizer, kwargs, error}. T as in golden.py.
"""
import json
import os

import torch
from golden import enc, _num

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "optim", "optim.json")
O = torch.optim
cases = []


def objective(w1, b1, w2):
    x = torch.linspace(-1, 1, 6, dtype=w1.dtype).reshape(2, 3)
    h = torch.tanh(x @ w1 + b1)
    return (h ** 2).sum() + (w2 - 0.3).pow(2).mul(torch.arange(1, 6, dtype=w1.dtype)).sum() + w2.sin().sum()


def init_params(dtype):
    g = torch.Generator().manual_seed(7)
    return [torch.randn(3, 4, generator=g, dtype=torch.float64).to(dtype).requires_grad_(),
            torch.randn(4, generator=g, dtype=torch.float64).to(dtype).requires_grad_(),
            torch.randn(5, generator=g, dtype=torch.float64).to(dtype).requires_grad_()]


def kw_json(kwargs):
    return {k: (list(v) if isinstance(v, tuple) else _num(v)) for k, v in kwargs.items()}


def step_case(name, cls, kwargs, group1=None, dtype=torch.float32):
    group1 = group1 or {}
    ps = init_params(dtype)
    c = {"name": name, "optimizer": cls.__name__, "kwargs": kw_json(kwargs), "group1": kw_json(group1),
         "init": [enc(p) for p in ps], "steps": []}
    opt = cls([{"params": ps[:2]}, dict(params=ps[2:], **group1)], **kwargs)
    for step in range(6):
        opt.zero_grad(set_to_none=True)
        objective(*ps).backward()
        if step == 3:
            ps[2].grad = None
        grads = [None if p.grad is None else enc(p.grad) for p in ps]
        opt.step()
        c["steps"].append({"grads": grads, "params": [enc(p) for p in ps]})
    cases.append(c)


def error_case(name, cls, kwargs):
    p = torch.zeros(2, requires_grad=True)
    try:
        cls([p], **kwargs)
        raise AssertionError("no error for " + name)
    except ValueError as e:
        cases.append({"name": name, "optimizer": cls.__name__, "kwargs": kw_json(kwargs), "error": str(e)})


step_case("SGD/plain", O.SGD, dict(lr=0.1), dict(lr=0.3))
step_case("SGD/momentum_dampening_wd", O.SGD, dict(lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01),
          dict(lr=0.05))
step_case("SGD/nesterov_maximize", O.SGD, dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=1e-3,
                                               maximize=True), dict(lr=0.01))
step_case("SGD/momentum_f64", O.SGD, dict(lr=0.1, momentum=0.9), dict(lr=0.2), dtype=torch.float64)
step_case("ASGD/default", O.ASGD, dict(), dict(lr=0.05))
step_case("ASGD/t0_wd", O.ASGD, dict(lr=0.05, lambd=1e-3, alpha=0.5, t0=3, weight_decay=0.01), dict(lr=0.1))
step_case("Rprop/default", O.Rprop, dict(), dict(lr=0.05))
step_case("Rprop/etas_sizes_maximize", O.Rprop, dict(lr=0.02, etas=(0.4, 1.3), step_sizes=(1e-4, 0.05),
                                                     maximize=True), dict(lr=0.01))
step_case("Adagrad/default", O.Adagrad, dict(), dict(lr=0.05))
step_case("Adagrad/decay_init", O.Adagrad, dict(lr=0.1, lr_decay=0.01, weight_decay=0.01,
                                                initial_accumulator_value=0.1, eps=1e-8), dict(lr=0.3))
step_case("Adadelta/default", O.Adadelta, dict(), dict(lr=0.5))
step_case("Adadelta/rho_wd_maximize", O.Adadelta, dict(lr=0.5, rho=0.8, eps=1e-5, weight_decay=0.01,
                                                       maximize=True), dict(lr=2.0))
step_case("RMSprop/default", O.RMSprop, dict(), dict(lr=0.05))
step_case("RMSprop/centered_momentum_wd", O.RMSprop, dict(lr=0.01, alpha=0.9, momentum=0.9, centered=True,
                                                          weight_decay=0.01), dict(lr=0.02))
step_case("RMSprop/centered", O.RMSprop, dict(centered=True, maximize=True), dict(lr=0.001))
step_case("Adam/lr", O.Adam, dict(lr=0.01), dict(lr=0.05))
step_case("Adam/amsgrad_wd", O.Adam, dict(lr=0.02, betas=(0.8, 0.99), weight_decay=0.01, amsgrad=True),
          dict(lr=0.01))
step_case("Adam/maximize_eps", O.Adam, dict(maximize=True, eps=1e-6), dict(lr=0.1))
step_case("Adam/f64", O.Adam, dict(lr=0.01, amsgrad=True), dict(lr=0.03), dtype=torch.float64)
step_case("AdamW/default", O.AdamW, dict(), dict(lr=0.01))
step_case("AdamW/amsgrad_wd", O.AdamW, dict(lr=0.02, amsgrad=True, weight_decay=0.1), dict(lr=0.05))
step_case("Adamax/default", O.Adamax, dict(), dict(lr=0.01))
step_case("Adamax/betas_wd", O.Adamax, dict(lr=0.01, betas=(0.8, 0.9), weight_decay=0.01), dict(lr=0.03))
step_case("NAdam/default", O.NAdam, dict(), dict(lr=0.01))
step_case("NAdam/decay_wd", O.NAdam, dict(lr=0.01, momentum_decay=0.01, weight_decay=0.01), dict(lr=0.05))
step_case("RAdam/default", O.RAdam, dict(), dict(lr=0.01))
step_case("RAdam/rectified", O.RAdam, dict(lr=0.01, betas=(0.9, 0.9), weight_decay=0.01), dict(lr=0.05))
step_case("RAdam/rectified_beta095", O.RAdam, dict(lr=0.02, betas=(0.8, 0.95)), dict(lr=0.01))

def wide_case(name, cls, kwargs, group1=None, steps=3):
    """Parameters wide enough for whole SIMD vectors plus a tail (72, 33 and 150 elements) and random gradients
    (w2's is None at step 1), so the vectorised float32 update loops are checked too, with the strided copies."""
    group1 = group1 or {}
    g = torch.Generator().manual_seed(11)
    ps = [torch.randn(9, 8, generator=g).requires_grad_(), torch.randn(33, generator=g).requires_grad_(),
          torch.randn(150, generator=g).requires_grad_()]
    c = {"name": name, "optimizer": cls.__name__, "kwargs": kw_json(kwargs), "group1": kw_json(group1),
         "init": [enc(p) for p in ps], "steps": []}
    opt = cls([{"params": ps[:2]}, dict(params=ps[2:], **group1)], **kwargs)
    for step in range(steps):
        for p in ps:
            p.grad = None if (step == 1 and p is ps[2]) else torch.randn(p.shape, generator=g)
        grads = [None if p.grad is None else enc(p.grad) for p in ps]
        opt.step()
        c["steps"].append({"grads": grads, "params": [enc(p) for p in ps]})
    cases.append(c)


wide_case("SGD/wide_momentum_wd", O.SGD, dict(lr=0.05, momentum=0.9, weight_decay=1e-4), dict(lr=0.2))
wide_case("SGD/wide_nesterov_maximize", O.SGD, dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=1e-2,
                                                    maximize=True), dict(lr=0.01))
wide_case("SGD/wide_dampening", O.SGD, dict(lr=0.1, momentum=0.5, dampening=0.3), dict(lr=0.3))
wide_case("SGD/wide_plain", O.SGD, dict(lr=0.1, weight_decay=0.01), dict(lr=0.3))
wide_case("Adam/wide", O.Adam, dict(lr=0.01), dict(lr=0.05))
wide_case("Adam/wide_amsgrad_wd_maximize", O.Adam, dict(lr=0.02, betas=(0.8, 0.99), weight_decay=0.01, amsgrad=True,
                                                        maximize=True), dict(lr=0.01))
wide_case("AdamW/wide_amsgrad", O.AdamW, dict(lr=0.02, amsgrad=True, weight_decay=0.1, eps=1e-3), dict(lr=0.05))
wide_case("RMSprop/wide", O.RMSprop, dict(lr=0.01), dict(lr=0.02))
wide_case("RMSprop/wide_centered_momentum_wd_maximize", O.RMSprop, dict(lr=0.01, alpha=0.9, momentum=0.9, centered=True,
                                                                        weight_decay=0.01, maximize=True),
          dict(lr=0.005))
wide_case("Adagrad/wide", O.Adagrad, dict(lr=0.1), dict(lr=0.05))
wide_case("Adagrad/wide_decay_wd_maximize", O.Adagrad, dict(lr=0.1, lr_decay=0.05, weight_decay=0.01,
                                                            initial_accumulator_value=0.2, maximize=True), dict(lr=0.3))

error_case("SGD/lr", O.SGD, dict(lr=-0.1))
error_case("SGD/momentum", O.SGD, dict(lr=0.1, momentum=-0.5))
error_case("SGD/weight_decay", O.SGD, dict(lr=0.1, weight_decay=-1e-5))
error_case("SGD/nesterov", O.SGD, dict(lr=0.1, nesterov=True))
error_case("SGD/nesterov_dampening", O.SGD, dict(lr=0.1, momentum=0.9, dampening=0.1, nesterov=True))
error_case("Adam/lr", O.Adam, dict(lr=-0.1))
error_case("Adam/eps", O.Adam, dict(eps=-1e-8))
error_case("Adam/beta0", O.Adam, dict(betas=(1.0, 0.999)))
error_case("Adam/beta1", O.Adam, dict(betas=(0.9, -0.5)))
error_case("Adam/weight_decay", O.Adam, dict(weight_decay=-0.01))
error_case("AdamW/beta1", O.AdamW, dict(betas=(0.9, 1.5)))
error_case("Adamax/eps", O.Adamax, dict(eps=-1e-3))
error_case("NAdam/momentum_decay", O.NAdam, dict(momentum_decay=-4e-3))
error_case("RAdam/lr", O.RAdam, dict(lr=-1e-3))
error_case("Adagrad/lr_decay", O.Adagrad, dict(lr_decay=-1.0))
error_case("Adagrad/initial_accumulator_value", O.Adagrad, dict(initial_accumulator_value=-0.5))
error_case("Adadelta/rho", O.Adadelta, dict(rho=1.5))
error_case("RMSprop/alpha", O.RMSprop, dict(alpha=-0.99))
error_case("RMSprop/momentum", O.RMSprop, dict(momentum=-0.9))
error_case("Rprop/etas", O.Rprop, dict(etas=(1.5, 1.2)))
error_case("ASGD/weight_decay", O.ASGD, dict(weight_decay=-2.0))
error_case("SparseAdam/beta0", O.SparseAdam, dict(betas=(-0.1, 0.999)))

# SparseAdam refuses the dense gradients jtorch has
p = torch.zeros(2, requires_grad=True)
p.grad = torch.ones(2)
try:
    O.SparseAdam([p]).step()
except RuntimeError as e:
    cases.append({"name": "SparseAdam/dense_grad", "optimizer": "SparseAdam", "step_error": str(e)})


def smooth(x):
    # convex and well conditioned, so float rounding differences are not amplified along the trajectory
    w = torch.tensor([1.0, 2.0, 3.0, 0.5])
    return ((x - 0.5) ** 2 * w).sum() + 0.25 * (x ** 4).sum() + x[0] * x[1]


def lbfgs_case(name, kwargs, steps=4):
    x = torch.tensor([-1.5, 2.0, 1.0, -3.0], requires_grad=True)
    c = {"name": name, "kwargs": kw_json(kwargs), "init": [enc(x)], "steps": []}
    opt = O.LBFGS([x], **kwargs)

    def closure():
        opt.zero_grad()
        loss = smooth(x)
        loss.backward()
        return loss

    for _ in range(steps):
        loss = opt.step(closure)
        st = opt.state[x]
        c["steps"].append({"params": [enc(x)], "loss": float(loss), "func_evals": st["func_evals"],
                           "n_iter": st["n_iter"]})
    cases.append(c)


lbfgs_case("LBFGS/default", dict(lr=0.5, max_iter=3))
lbfgs_case("LBFGS/history", dict(lr=0.3, max_iter=4, history_size=2))
lbfgs_case("LBFGS/strong_wolfe", dict(lr=1, max_iter=3, history_size=10, line_search_fn="strong_wolfe"))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"torch": torch.__version__, "cases": cases}, f, indent=None)
    f.write("\n")
print(len(cases), "cases ->", OUT)
