"""The autograd examples of the seed notes (004, section 4): MSE with autograd.grad and backward,
softmax gradients, single- and multi-output perceptrons, from fixed seeds. Writes
jtorch-core/src/test/resources/fixtures/seed_autograd.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/seed_autograd.py
"""
import json
import os

import torch
import torch.nn.functional as F

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
out = {"generator": "tools/golden/seed_autograd.py", "torch": torch.__version__}

x = torch.ones(1)
w = torch.full([1], 2.)
w.requires_grad_()
mse = F.mse_loss(torch.ones(1), x * w)
out["mse_grad"] = torch.autograd.grad(mse, [w])[0].tolist()
mse = F.mse_loss(torch.ones(1), x * w)
mse.backward()
out["mse_backward"] = w.grad.tolist()

torch.manual_seed(0)
a = torch.rand(3)
a.requires_grad_()
p = F.softmax(a, dim=0)
out["softmax_p"] = p.tolist()
out["softmax_dp1"] = torch.autograd.grad(p[1], [a], retain_graph=True)[0].tolist()
out["softmax_dp2"] = torch.autograd.grad(p[2], [a])[0].tolist()

torch.manual_seed(1)
x = torch.randn(1, 10)
w = torch.randn(1, 10, requires_grad=True)
o = torch.sigmoid(x @ w.t())
loss = F.mse_loss(torch.ones(1, 1), o)
loss.backward()
out["perceptron1"] = {"o": o.tolist(), "loss": loss.item(), "wgrad": w.grad.tolist()}

torch.manual_seed(2)
x = torch.randn(1, 10)
w = torch.randn(2, 10, requires_grad=True)
o = torch.sigmoid(x @ w.t())
loss = F.mse_loss(torch.ones(1, 1), o)
loss.backward()
out["perceptron2"] = {"o": o.tolist(), "loss": loss.item(), "wgrad": w.grad.tolist()}

a = torch.linspace(-100, 100, 10)
out["sigmoid_linspace"] = torch.sigmoid(a).tolist()
out["relu_linspace"] = torch.relu(torch.linspace(-1, 1, 10)).tolist()

path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "seed_autograd.json")
with open(path, "w") as fh:
    json.dump(out, fh)
print("wrote", path)
