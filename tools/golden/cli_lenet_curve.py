"""Fixture for jtorch.cli.train.LeNetCurveTest: `jtorch train`'s default recipe in PyTorch — LeNet-5 (the seed's
Net) on the bundled Fashion-MNIST test split, random_split 8:1:1 with torch.Generator().manual_seed(0), ToTensor +
Normalize(train mean, train std) + Pad(2), torch.manual_seed(0), shuffled batches of 64, CrossEntropyLoss, SGD
lr 0.05 momentum 0.9 — with augmentation (per sample RandomCrop(32, padding=2) then RandomHorizontalFlip, drawn
from the global generator in DataLoader order) and dropout 0.2 after fc1 and fc2 (as jtorch's LeNet(1, 10, 0.2)),
and its per-step training losses for the first 200 steps.

Why the tolerance is not PyTorch's 1- vs 2-thread spread. That spread is 0 for the first ~25 steps and stays
below ~1e-5 only because PyTorch's kernels for these sizes round the same way with 1 and 2 threads; it does not
measure how far a different float32 implementation drifts. This recipe is chaotic: nudging ONE weight of PyTorch's
own initial model by one ulp (relative 6e-8) gives losses 3e-5 apart by step 36 and 1e-2 apart by step 56 (see
`ulp_runs` below). jtorch's kernels on identical inputs differ from PyTorch's by float32 rounding only (conv2, fc1
and fc3 GEMMs: ~4e-7 relative, other summation order; conv1, max-pool, fc2 bit-identical; cross-entropy 1-2 ulp
on identical logits), so its curve is held to PyTorch's spread under rounding-sized perturbations: the fixture
has, per step, the largest |loss - reference| over ULP_RUNS PyTorch runs in which every initial weight was
nudged by at most one ulp (independent random nudges, drawn from a separate generator so that the training
stream is untouched), alongside the 1- vs 2-thread spread, and those runs' losses (`ulp_losses`), from which the
test takes its window-mean check.

Writes jtorch-cli/src/test/resources/fixtures/lenet_curve.json.

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/cli_lenet_curve.py
"""
import gzip
import json
import os

import numpy as np
import torch
import torch.nn.functional as F
import torchvision.transforms as T
from torch import nn
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "jtorch-cli/src/main/resources/jtorch/cli/data/fashion-mnist")
STEPS = 200
DROPOUT = 0.2
ULP_RUNS = 8


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
        self.drop = nn.Dropout(DROPOUT)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 5 * 5)
        x = self.drop(F.relu(self.fc1(x)))
        x = self.drop(F.relu(self.fc2(x)))
        return self.fc3(x)


class Augmented(Dataset):
    """The normalised, padded images with per-sample augmentation (the transforms draw from torch's stream)."""

    def __init__(self, x, y):
        self.x, self.y = x, y
        self.t = T.Compose([T.RandomCrop(32, padding=2), T.RandomHorizontalFlip()])

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.t(self.x[i]), self.y[i]


def data():
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
    return xin, y[train], mean, std, parts[0].indices[:10]


def nudge(net, seed):
    """Every float32 weight moved to a neighbouring float (up, down or not at all, uniformly)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in net.parameters():
            way = torch.randint(-1, 2, p.shape, generator=g)
            up = torch.nextafter(p, torch.full_like(p, float("inf")))
            down = torch.nextafter(p, torch.full_like(p, float("-inf")))
            p.copy_(torch.where(way > 0, up, torch.where(way < 0, down, p)))


def curve(threads, nudge_seed=None):
    torch.set_num_threads(threads)
    xin, ytr, mean, std, first = data()
    torch.manual_seed(0)
    net = Net()
    if nudge_seed is not None:
        nudge(net, nudge_seed)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=0)
    loader = DataLoader(Augmented(xin, ytr), batch_size=64, shuffle=True)
    criterion = nn.CrossEntropyLoss()
    losses = []
    while len(losses) < STEPS:
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = criterion(net(xb), yb)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            if len(losses) == STEPS:
                break
    return {"mean": mean, "std": std, "first_train_indices": first, "losses": losses}


if __name__ == "__main__":
    one = curve(1)
    two = curve(2)
    thread_spread = [abs(a - b) for a, b in zip(one["losses"], two["losses"])]
    ulp = [curve(2, nudge_seed=s)["losses"] for s in range(ULP_RUNS)]
    ulp_spread = [max(abs(r[i] - two["losses"][i]) for r in ulp) for i in range(STEPS)]
    out = dict(two, dropout=DROPOUT, losses_1_thread=one["losses"], thread_spread=thread_spread,
               max_thread_spread=max(thread_spread), ulp_runs=ULP_RUNS, ulp_spread=ulp_spread, ulp_losses=ulp)
    path = os.path.join(ROOT, "jtorch-cli/src/test/resources/fixtures/lenet_curve.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(out, f)
    print("mean", two["mean"], "std", two["std"], "loss[0]", two["losses"][0], "loss[199]", two["losses"][-1])
    for s in range(0, STEPS, 10):
        print("step %3d  1 vs 2 threads %.2e   one-ulp nudges (max of %d) %.2e" % (s, thread_spread[s], ULP_RUNS,
                                                                                ulp_spread[s]))
