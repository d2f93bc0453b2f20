"""What the module fixture scripts share (nn_modules.py, nn_layers.py): random inputs from one generator, and
`layer(...)`, which builds a torch.nn module after a seed and records its repr, parameter count, state dict and
forward passes (output, input and parameter gradients) into `layers`. The format is nn_modules.py's.
"""
import torch
import torch.nn as nn

from golden import enc
from nn_summary import enc_any

_gen = torch.Generator().manual_seed(20261124)


def rand(*shape, dtype=torch.float32):
    return torch.randn(shape, generator=_gen, dtype=torch.float64).to(dtype)


def state(m):
    return [[k, enc_any(v)] for k, v in m.state_dict().items()]


def run_forward(m, inputs, train=True, seed=None, clone_input=False, grad=True):
    m.train(train)
    leaves = [x.clone().requires_grad_(x.dtype.is_floating_point) for x in inputs]
    args = [x.clone() if clone_input else x for x in leaves]
    if seed is not None:
        torch.manual_seed(seed)
    out = m(*args)
    f = {"train": train, "seed": seed, "clone_input": clone_input, "inputs": [enc(x) for x in inputs],
         "out": enc_any(out)}
    if grad and out.requires_grad:
        go = torch.randn(out.shape, generator=_gen, dtype=torch.float64).to(out.dtype)
        params = [p for p in m.parameters()]
        wanted = [x for x in leaves if x.requires_grad] + params
        grads = torch.autograd.grad(out, wanted, go, allow_unused=True)
        it = iter(grads)
        f["grad_output"] = enc(go)
        f["input_grads"] = [(lambda g: None if g is None else enc_any(g))(next(it)) if x.requires_grad else None
                            for x in leaves]
        names = [n for n, _ in m.named_parameters()]
        f["param_grads"] = [[n, None if g is None else enc_any(g)] for n, g in zip(names, it)]
    return f


layers = []


def layer(name, ctor, args=(), kwargs=None, seed=0, forwards=(), state_after=False):
    """state_after: also record the state dict after the forwards (running statistics)."""
    kwargs = kwargs or {}
    torch.manual_seed(seed)
    m = getattr(nn, ctor)(*args, **kwargs)
    entry = {"name": name, "ctor": {"type": ctor, "args": list(args), "kwargs": kwargs}, "seed": seed,
             "repr": repr(m), "num_params": sum(p.numel() for p in m.parameters()), "state": state(m),
             "forwards": [run_forward(m, **fw) for fw in forwards]}
    if state_after:
        entry["state_after"] = state(m)
    layers.append(entry)
