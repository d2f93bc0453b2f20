"""The seed's two-layer network (notes 002) in both forms — hand-written backprop and autograd — from
torch.manual_seed(0), 500 steps, lr 1e-6, float32. Records the loss of every step, and final weights'
sums. Writes jtorch-core/src/test/resources/fixtures/seed_two_layer.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/seed_programs.py
"""
import json
import os

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
N, D_in, H, D_out = 64, 1000, 100, 10
lr = 1e-6


def manual():
    torch.manual_seed(0)
    x = torch.randn(N, D_in)
    y = torch.randn(N, D_out)
    w1 = torch.randn(D_in, H)
    w2 = torch.randn(H, D_out)
    losses = []
    for t in range(500):
        h = x.mm(w1)
        h_relu = h.clamp(min=0)
        y_pred = h_relu.mm(w2)
        losses.append((y_pred - y).pow(2).sum().item())
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.t().mm(grad_y_pred)
        grad_h_relu = grad_y_pred.mm(w2.t())
        grad_h = grad_h_relu.clone()
        grad_h[h < 0] = 0
        grad_w1 = x.t().mm(grad_h)
        w1 -= lr * grad_w1
        w2 -= lr * grad_w2
    return losses, w1.sum().item(), w2.sum().item()


def autograd():
    torch.manual_seed(0)
    x = torch.randn(N, D_in)
    y = torch.randn(N, D_out)
    w1 = torch.randn(D_in, H, requires_grad=True)
    w2 = torch.randn(H, D_out, requires_grad=True)
    losses = []
    for t in range(500):
        y_pred = x.mm(w1).clamp(min=0).mm(w2)
        loss = (y_pred - y).pow(2).sum()
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w1 -= lr * w1.grad
            w2 -= lr * w2.grad
            w1.grad.zero_()
            w2.grad.zero_()
    return losses, w1.sum().item(), w2.sum().item()


out = {"generator": "tools/golden/seed_programs.py", "torch": torch.__version__}
for name, fn in [("manual", manual), ("autograd", autograd)]:
    losses, s1, s2 = fn()
    out[name] = {"losses": losses, "w1_sum": s1, "w2_sum": s2}
path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "seed_two_layer.json")
with open(path, "w") as fh:
    json.dump(out, fh)
print("wrote", path, "first/last loss", out["autograd"]["losses"][0], out["autograd"]["losses"][-1])
