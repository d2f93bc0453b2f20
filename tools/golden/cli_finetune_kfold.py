"""Fixtures for jtorch.cli.train.FineTuneKFoldTest (`jtorch train --finetune` and `--kfold`).

- lenet5cls_state_dict.pt: `torch.save(Net().state_dict(), f)` of the seed's Net (LeNet-5, 1 channel) with a
  5-class head, after torch.manual_seed(0) and one SGD step on a fixed batch (so the weights are not jtorch's own
  seeded initialisation): the PyTorch-written state dict `--finetune` must load into a 10-class LeNet (IDX data
  has 10 classes), all but its fc3.
- kfold.json: the folds of KFold.folds(n, k, seed) as PyTorch draws them: perm = torch.randperm(n,
  generator=torch.Generator().manual_seed(seed)), cut into k consecutive parts, the first n % k one longer
  (sklearn's KFold sizes).

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/cli_finetune_kfold.py
"""
import json
import os

import torch
import torch.nn.functional as F
from torch import nn

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-cli/src/test/resources/fixtures")


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 5)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def folds(n, k, seed):
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed)).tolist()
    out, start = [], 0
    for f in range(k):
        size = n // k + (1 if f < n % k else 0)
        out.append(perm[start:start + size])
        start += size
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    net = Net()
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    x = torch.randn(8, 1, 32, 32)
    y = torch.randint(0, 5, (8,))
    F.cross_entropy(net(x), y).backward()
    opt.step()
    torch.save(net.state_dict(), os.path.join(OUT, "lenet5cls_state_dict.pt"))
    cases = [(270, 5, 3), (10, 3, 0), (7, 7, 1), (101, 4, 12345)]
    with open(os.path.join(OUT, "kfold.json"), "w") as f:
        json.dump([{"n": n, "k": k, "seed": s, "folds": folds(n, k, s)} for n, k, s in cases], f)
        f.write("\n")


if __name__ == "__main__":
    main()
