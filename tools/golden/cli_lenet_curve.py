"""Fixture for jtorch.cli.train.LeNetCurveTest: `jtorch train`'s default recipe in PyTorch — LeNet-5 (the seed's
Net) on the bundled Fashion-MNIST test split, random_split 8:1:1 with torch.Generator().manual_seed(0), ToTensor +
Normalize(train mean, train std) + Pad(2), torch.manual_seed(0), shuffled batches of 64, CrossEntropyLoss, SGD
lr 0.05 momentum 0.9 — and its per-step training losses for the first 100 steps, with 1 and with 2 threads (their
spread is the float32 drift jtorch is held to). Writes jtorch-cli/src/test/resources/fixtures/lenet_curve.json.

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/cli_lenet_curve.py
"""
import gzip
import json
import os

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "jtorch-cli/src/main/resources/jtorch/cli/data/fashion-mnist")
STEPS = 100


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def curve(threads):
    torch.set_num_threads(threads)
    with gzip.open(os.path.join(DATA, "t10k-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28)
    with gzip.open(os.path.join(DATA, "t10k-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)
    x = torch.tensor(images, dtype=torch.float32)
    y = torch.tensor(labels, dtype=torch.int64)
    parts = random_split(TensorDataset(y), [0.8, 0.1, 0.1], generator=torch.Generator().manual_seed(0))
    train = torch.tensor(parts[0].indices)
    xtr = x[train]
    mean = xtr.div(255.0).mean().item()
    std = xtr.div(255.0).std().item()
    xin = F.pad(xtr.div(255.0).sub(mean).div(std), (2, 2, 2, 2))
    torch.manual_seed(0)
    net = Net()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=0)
    loader = DataLoader(TensorDataset(xin, y[train]), batch_size=64, shuffle=True)
    criterion = nn.CrossEntropyLoss()
    losses = []
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(net(xb), yb)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        if len(losses) == STEPS:
            break
    return {"mean": mean, "std": std, "first_train_indices": parts[0].indices[:10], "losses": losses}


one = curve(1)
two = curve(2)
spread = [abs(a - b) for a, b in zip(one["losses"], two["losses"])]
out = dict(two, losses_1_thread=one["losses"], max_thread_spread=max(spread))
path = os.path.join(ROOT, "jtorch-cli/src/test/resources/fixtures/lenet_curve.json")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    json.dump(out, f)
print("mean", two["mean"], "std", two["std"], "loss[0]", two["losses"][0], "loss[99]", two["losses"][-1],
      "1 vs 2 threads max diff", max(spread), "per step:", [round(s, 8) for s in spread[::10]])
