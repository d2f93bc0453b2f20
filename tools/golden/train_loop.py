"""End-to-end fixture: a seeded PyTorch training loop (init, shuffled DataLoader, dropout, CrossEntropyLoss,
SGD with momentum and weight decay, StepLR) whose jtorch translation (jtorch.TrainLoopFixtureTest) must follow
the same loss curve. Writes jtorch-core/src/test/resources/fixtures/train/train_loop.json.

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/train_loop.py
"""
import json
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

torch.manual_seed(0)
x = torch.randn(96, 20)
y = x[:, :4].argmax(1)
net = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, 4))
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
losses = []
for epoch in range(3):
    net.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(net(xb), yb)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    scheduler.step()
net.eval()
with torch.no_grad():
    final = net(x[:4])
out = {"losses": losses, "final": final.flatten().tolist(), "final_shape": list(final.shape)}
with open(os.path.join(ROOT, "jtorch-core/src/test/resources/fixtures/train/train_loop.json"), "w") as f:
    json.dump(out, f)
print(len(losses), losses[0], losses[-1])
