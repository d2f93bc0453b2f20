"""Module-level fixtures for jtorch.nn (layers, containers, the seed notes' classes): for each module built
after torch.manual_seed(seed), its repr, parameter count and state dict (keys in order, with values, so
the initial weights are pinned), and forward passes with the output and the gradients of the input and of
every parameter. Also container reprs and traversal orders, load_state_dict messages and full backward
hooks. Writes jtorch-core/src/test/resources/fixtures/nn/nn_modules.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_modules.py

"layers" entries: {name, ctor: {type, args, kwargs}, seed, repr, num_params, state: [[key, T]...],
forwards: [{train, seed (set right before the call, for dropout), clone_input (in-place layers get a
copy), inputs: [T], out: T, grad_output: T, input_grads: [T|null], param_grads: [[key, T]...]}]}.
"""
import json
import math
import os
import warnings
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

from golden import enc
from module_fixtures import layer, layers, rand, run_forward, state
from nn_summary import enc_any

warnings.simplefilter("ignore")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn", "nn_modules.json")
f64, i64 = torch.float64, torch.int64

layer("linear_784_256", "Linear", (784, 256), seed=0, forwards=[dict(inputs=[rand(2, 784)])])
layer("linear_10_3_nobias", "Linear", (10, 3), {"bias": False}, seed=1,
      forwards=[dict(inputs=[rand(4, 10)]), dict(inputs=[rand(2, 3, 10)])])
layer("linear_4_3_3d", "Linear", (4, 3), seed=2, forwards=[dict(inputs=[rand(2, 5, 4)]), dict(inputs=[rand(4)])])
layer("bilinear_2_3_4", "Bilinear", (2, 3, 4), seed=3, forwards=[dict(inputs=[rand(5, 2), rand(5, 3)])])
layer("bilinear_nobias", "Bilinear", (3, 3, 2), {"bias": False}, seed=4,
      forwards=[dict(inputs=[rand(2, 4, 3), rand(2, 4, 3)])])
IDX = torch.tensor([[1, 2, 4, 5], [4, 3, 2, 9]])
layer("embedding_10_3", "Embedding", (10, 3), seed=5, forwards=[dict(inputs=[IDX])])
layer("embedding_padding", "Embedding", (10, 3), {"padding_idx": 2}, seed=6, forwards=[dict(inputs=[IDX])])
layer("embedding_negative_padding_freq", "Embedding", (10, 3), {"padding_idx": -1, "scale_grad_by_freq": True},
      seed=7, forwards=[dict(inputs=[torch.tensor([9, 1, 1, 0, 9])])])
layer("identity", "Identity", forwards=[dict(inputs=[rand(2, 3)])])
layer("flatten", "Flatten", forwards=[dict(inputs=[rand(2, 3, 4)])])
layer("flatten_0_1", "Flatten", (0, 1), forwards=[dict(inputs=[rand(2, 3, 4)])])
layer("unflatten", "Unflatten", (1, (2, 5)), forwards=[dict(inputs=[rand(3, 10)])])
layer("dropout", "Dropout", forwards=[dict(inputs=[rand(4, 6)], seed=8), dict(inputs=[rand(4, 6)], train=False)])
layer("dropout_0.2_inplace", "Dropout", (0.2, True),
      forwards=[dict(inputs=[rand(3, 7)], seed=9, clone_input=True)])
layer("dropout_int_p", "Dropout", (0,), forwards=[dict(inputs=[rand(3)], seed=1)])
layer("dropout2d", "Dropout2d", (0.3,),
      forwards=[dict(inputs=[rand(2, 5, 3, 3)], seed=10), dict(inputs=[rand(2, 5, 3, 3)], train=False)])
layer("relu", "ReLU", forwards=[dict(inputs=[rand(3, 4)])])
layer("relu_inplace", "ReLU", (True,), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("leaky_relu", "LeakyReLU", forwards=[dict(inputs=[rand(3, 4)])])
layer("leaky_relu_0.2_inplace", "LeakyReLU", (0.2, True), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("elu", "ELU", forwards=[dict(inputs=[rand(3, 4)])])
layer("elu_0.5", "ELU", (0.5,), forwards=[dict(inputs=[rand(3, 4)])])
layer("gelu", "GELU", forwards=[dict(inputs=[rand(3, 4)])])
layer("gelu_tanh", "GELU", ("tanh",), forwards=[dict(inputs=[rand(3, 4)])])
layer("silu", "SiLU", forwards=[dict(inputs=[rand(3, 4)])])
layer("sigmoid", "Sigmoid", forwards=[dict(inputs=[rand(3, 4)])])
layer("tanh", "Tanh", forwards=[dict(inputs=[rand(3, 4)])])
layer("softmax_dim1", "Softmax", (), {"dim": 1}, forwards=[dict(inputs=[rand(3, 4)])])
layer("softmax_legacy_dim", "Softmax", forwards=[dict(inputs=[rand(2, 3, 4)]), dict(inputs=[rand(3, 4)])])
layer("log_softmax", "LogSoftmax", (), {"dim": -1}, forwards=[dict(inputs=[rand(3, 4)])])
layer("softplus", "Softplus", forwards=[dict(inputs=[rand(3, 4) * 10])])
layer("softplus_2_10", "Softplus", (2.0, 10), forwards=[dict(inputs=[rand(3, 4) * 5])])
layer("hardtanh", "Hardtanh", forwards=[dict(inputs=[rand(3, 4)])])
layer("hardtanh_0_6", "Hardtanh", (0, 6), forwards=[dict(inputs=[rand(3, 4) * 4])])
layer("prelu", "PReLU", seed=11, forwards=[dict(inputs=[rand(3, 4)])])
layer("prelu_3_0.1", "PReLU", (3, 0.1), seed=12, forwards=[dict(inputs=[rand(2, 3, 4)])])

# ---------------------------------------------------------------- the seed notes' classes


class MLP(nn.Module):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.hidden = nn.Linear(784, 256)
        self.act = nn.ReLU()
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        o = self.act(self.hidden(x))
        return self.output(o)


class MyLayer(nn.Module):
    def __init__(self, **kwargs):
        super(MyLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean()


class MyListDense(nn.Module):
    def __init__(self):
        super(MyListDense, self).__init__()
        self.params = nn.ParameterList([nn.Parameter(torch.randn(4, 4)) for i in range(3)])
        self.params.append(nn.Parameter(torch.randn(4, 1)))

    def forward(self, x):
        for i in range(len(self.params)):
            x = torch.mm(x, self.params[i])
        return x


class MyDictDense(nn.Module):
    def __init__(self):
        super(MyDictDense, self).__init__()
        self.params = nn.ParameterDict({
            'linear1': nn.Parameter(torch.randn(4, 4)),
            'linear2': nn.Parameter(torch.randn(4, 1))
        })
        self.params.update({'linear3': nn.Parameter(torch.randn(4, 2))})  # 新增

    def forward(self, x, choice='linear1'):
        return torch.mm(x, self.params[choice])


def program(name, build, seed, forwards):
    torch.manual_seed(seed)
    m = build()
    return {"name": name, "seed": seed, "repr": repr(m), "num_params": sum(p.numel() for p in m.parameters()),
            "state": state(m), "forwards": [run_forward(m, **fw) for fw in forwards]}


programs = [
    program("MLP", MLP, 0, [dict(inputs=[rand(2, 784)])]),
    program("MyLayer", MyLayer, 0, [dict(inputs=[torch.tensor([1, 2, 3, 4, 5], dtype=torch.float)])]),
    program("MyListDense", MyListDense, 1, [dict(inputs=[rand(1, 4)])]),
    program("MyDictDense", MyDictDense, 2, [dict(inputs=[rand(1, 4)])]),
]
# MyDictDense with the other choices (forward(x, choice))
torch.manual_seed(2)
dd = MyDictDense()
x = rand(1, 4)
choices = {c: enc_any(dd(x, c)) for c in ["linear1", "linear2", "linear3"]}


def initialize_weights(self):
    # the seed's loop, restricted to the layers this family provides (its Conv2d/BatchNorm2d branches
    # need layers from another family)
    for m in self.modules():
        if isinstance(m, nn.Linear):
            torch.nn.init.normal_(m.weight.data, 0.1)
            if m.bias is not None:
                torch.nn.init.zeros_(m.bias.data)


def initialize_weights_003(self):
    for m in self.modules():
        if isinstance(m, nn.Linear):
            torch.nn.init.normal_(m.weight.data, 0, 0.01)
            m.bias.data.zero_()


torch.manual_seed(3)
mlp = MLP()
initialize_weights(mlp)
init_001 = state(mlp)
torch.manual_seed(4)
mlp = MLP()
initialize_weights_003(mlp)
init_003 = state(mlp)

# ---------------------------------------------------------------- containers: reprs and traversal orders

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(1, 2), nn.Sequential(nn.ReLU(), nn.Linear(2, 2)), nn.Dropout(0.1))
named = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 3)),
    ('relu1', nn.ReLU()),
    ('fc2', nn.Linear(3, 2)),
    ('relu2', nn.ReLU())
]))
ml = nn.ModuleList([nn.Linear(2, 2), nn.Tanh()])
ml.append(nn.Sequential(nn.Linear(2, 1)))
md = nn.ModuleDict({'b': nn.ReLU(), 'a': nn.Linear(1, 1)})
md.update({'c': nn.Identity()})
pl = nn.ParameterList([nn.Parameter(torch.randn(4, 4)), nn.Parameter(torch.randn(3, dtype=f64)),
                       nn.Parameter(torch.randn(()))])
pd = nn.ParameterDict({'b': nn.Parameter(torch.randn(2, 2)), 'a': nn.Parameter(torch.randn(3, dtype=f64))})


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(OrderedDict([('fc', nn.Linear(4, 4)), ('act', nn.ReLU())]))
        self.blocks = nn.ModuleList([nn.Linear(4, 4), nn.Sequential(nn.Linear(4, 4), nn.Tanh())])
        self.head = nn.Linear(4, 2)
        self.shared = self.head
        self.register_buffer("steps", torch.zeros(1))

    def forward(self, x):
        return x


net = Net()
containers = {
    "seq_repr": repr(seq), "named_repr": repr(named), "slice_repr": repr(named[1:3]),
    "slice_step_repr": repr(named[::2]), "neg_index_repr": repr(named[-1]), "modulelist_repr": repr(ml),
    "moduledict_repr": repr(md), "parameterlist_repr": repr(pl), "parameterdict_repr": repr(pd),
    "parameter_repr": repr(nn.Parameter(torch.ones(2))), "net_repr": repr(net),
    "named_modules": [n for n, _ in net.named_modules()], "named_children": [n for n, _ in net.named_children()],
    "named_parameters": [n for n, _ in net.named_parameters()], "state_dict": list(net.state_dict().keys()),
    "named_buffers": [n for n, _ in net.named_buffers()],
    "empty_reprs": [repr(nn.Sequential()), repr(nn.ModuleList()), repr(nn.ModuleDict()), repr(nn.ParameterList())],
}
del named[1]
containers["after_delete_repr"] = repr(named)

# ---------------------------------------------------------------- load_state_dict


def load_message(sd, strict=True):
    torch.manual_seed(0)
    m = MLP()
    try:
        r = m.load_state_dict(sd, strict=strict)
        return {"missing": r.missing_keys, "unexpected": r.unexpected_keys, "hidden_bias": enc_any(m.hidden.bias)}
    except RuntimeError as e:
        return {"error": str(e), "hidden_bias": enc_any(m.hidden.bias)}


torch.manual_seed(0)
full = MLP().state_dict()
ones = {k: torch.ones_like(v) for k, v in full.items()}
loads = {
    "ok": load_message(ones),
    "missing_strict": load_message({k: v for k, v in ones.items() if k != "output.bias"}),
    "missing_lenient": load_message({k: v for k, v in ones.items() if k != "output.bias"}, strict=False),
    "unexpected_strict": load_message(dict(ones, **{"extra.weight": torch.ones(1), "hidden.foo": torch.ones(1)})),
    "unexpected_lenient": load_message(dict(ones, **{"extra.weight": torch.ones(1)}), strict=False),
    "size_mismatch": load_message(dict(ones, **{"output.weight": torch.ones(3, 3)}), strict=False),
    "all_three": load_message(dict({k: v for k, v in ones.items() if k != "hidden.weight"},
                                   **{"output.weight": torch.ones(3, 3), "zzz": torch.ones(1)})),
}

# ---------------------------------------------------------------- full backward hooks

torch.manual_seed(5)
lin = nn.Linear(3, 2)
seen = []


def hook(module, grad_input, grad_output):
    seen.append({"grad_input": [None if g is None else enc_any(g) for g in grad_input],
                 "grad_output": [None if g is None else enc_any(g) for g in grad_output]})
    return tuple(None if g is None else g * 2 for g in grad_input)


lin.register_full_backward_hook(hook)
xh = rand(4, 3).requires_grad_()
yh = lin(xh)
goh = rand(4, 2)
yh.backward(goh)
hooks = {"x": enc(xh.detach()), "grad_output": enc(goh), "calls": seen, "x_grad": enc_any(xh.grad),
         "weight_grad": enc_any(lin.weight.grad)}
seen_nograd = []
lin2 = nn.Linear(3, 2)
lin2.register_full_backward_hook(lambda m, gi, go: seen_nograd.append(
    {"grad_input": [None if g is None else enc_any(g) for g in gi], "grad_output": [enc_any(g) for g in go]}))
lin2(rand(4, 3)).backward(goh)
hooks["calls_input_without_grad"] = seen_nograd
hooks["lin2_weight"] = enc_any(lin2.weight.detach())
hooks["lin2_bias"] = enc_any(lin2.bias.detach())

os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc = {"generator": "tools/golden/nn_modules.py", "torch": torch.__version__, "layers": layers,
       "programs": programs, "dict_choices": {"seed": 2, "x": enc(x), "out": choices},
       "initialize_weights": {"001": {"seed": 3, "state": init_001}, "003": {"seed": 4, "state": init_003}},
       "containers": containers, "load_state_dict": loads, "backward_hooks": hooks}
with open(OUT, "w") as f:
    json.dump(doc, f, separators=(",", ":"))
print("wrote %d layers, %d programs to %s" % (len(layers), len(programs), os.path.relpath(OUT, ROOT)))
