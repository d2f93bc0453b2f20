"""Fixtures for the seed notes' convolutional networks, written in Java in jtorch.nn.SeedConvModelsTest:
LeNet `Net` (001_6d82f735346a2cd8.txt), ResidualBlock and ResNet34 with _make_layer (003_ce998acfe9dc3462.txt)
and the U-Net `Up` block with its DoubleConv (001; DoubleConv as in the U-Net code the note quotes).

Case fields: name, model, seed (torch.manual_seed before building), repr, num_params, state_dict_keys,
  params: [[name, T]...] right after construction (PyTorch's seeded init; large tensors as nn_summary
  summaries with SHA-256, so equality is bit for bit),
  state: [[name, T]...] the state dict the forward runs with (loaded into the Java model with
  loadStateDict; absent when the seeded init is used as is), train (bool),
  inputs: [T...] (or input_seed: shapes of torch.randn draws made right after construction, with
  input_summaries),
  out: T, grad_out: T, grads: [[name, T]...] (inputs first as input0, input1, then parameters),
  buffers_after: [[name, T]...].
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/seed_conv_models.py
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F
from golden import enc
from nn_summary import enc_any

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "seed_conv_models.json")
_gen = torch.Generator().manual_seed(20261202)
_cases = []


# ---------------------------------------------------------------- the seed notes' classes

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
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

    def num_flat_features(self, x):
        size = x.size()[1:]
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


class ResidualBlock(nn.Module):
    def __init__(self, inchannel, outchannel, stride=1, shortcut=None):
        super(ResidualBlock, self).__init__()
        self.left = nn.Sequential(
            nn.Conv2d(inchannel, outchannel, 3, stride, 1, bias=False),
            nn.BatchNorm2d(outchannel),
            nn.ReLU(inplace=True),
            nn.Conv2d(outchannel, outchannel, 3, 1, 1, bias=False),
            nn.BatchNorm2d(outchannel))
        self.right = shortcut

    def forward(self, x):
        out = self.left(x)
        residual = x if self.right is None else self.right(x)
        out += residual
        return F.relu(out)


class ResNet34(nn.Module):
    def __init__(self, num_classes=2):
        super(ResNet34, self).__init__()
        self.model_name = 'resnet34'
        self.pre = nn.Sequential(
            nn.Conv2d(3, 64, 7, 2, 3, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(3, 2, 1))
        self.layer1 = self._make_layer(64, 128, 3)
        self.layer2 = self._make_layer(128, 256, 4, stride=2)
        self.layer3 = self._make_layer(256, 512, 6, stride=2)
        self.layer4 = self._make_layer(512, 512, 3, stride=2)
        self.fc = nn.Linear(512, num_classes)

    def _make_layer(self, inchannel, outchannel, block_num, stride=1):
        shortcut = nn.Sequential(
            nn.Conv2d(inchannel, outchannel, 1, stride, bias=False),
            nn.BatchNorm2d(outchannel))
        layers = []
        layers.append(ResidualBlock(inchannel, outchannel, stride, shortcut))
        for i in range(1, block_num):
            layers.append(ResidualBlock(outchannel, outchannel))
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.pre(x)
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.layer4(x)
        x = F.avg_pool2d(x, 7)
        x = x.view(x.size(0), -1)
        return self.fc(x)


class DoubleConv(nn.Module):
    """(convolution => [BN] => ReLU) * 2"""

    def __init__(self, in_channels, out_channels, mid_channels=None):
        super().__init__()
        if not mid_channels:
            mid_channels = out_channels
        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True)
        )

    def forward(self, x):
        return self.double_conv(x)


class Up(nn.Module):
    """Upscaling then double conv"""

    def __init__(self, in_channels, out_channels, bilinear=False):
        super().__init__()
        if bilinear:
            self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
            self.conv = DoubleConv(in_channels, out_channels, in_channels // 2)
        else:
            self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
            self.conv = DoubleConv(in_channels, out_channels)

    def forward(self, x1, x2):
        x1 = self.up(x1)
        diffY = x2.size()[2] - x1.size()[2]
        diffX = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diffX // 2, diffX - diffX // 2,
                        diffY // 2, diffY - diffY // 2])
        x = torch.cat([x2, x1], dim=1)
        return self.conv(x)


# ---------------------------------------------------------------- cases

def rand(*shape):
    return torch.randn(shape, generator=_gen, dtype=torch.float64).float()


def named(pairs):
    return [[k, enc_any(v)] for k, v in pairs]


def randomize_batch_norms(m):
    """Non-trivial affine parameters and running statistics, so evaluation and loading are really tested."""
    with torch.no_grad():
        for mod in m.modules():
            if isinstance(mod, nn.BatchNorm2d):
                mod.weight.copy_(rand(*mod.weight.shape) * 0.3 + 1)
                mod.bias.copy_(rand(*mod.bias.shape) * 0.3)
                mod.running_mean.copy_(rand(*mod.running_mean.shape) * 0.2)
                mod.running_var.copy_(torch.rand(mod.running_var.shape, generator=_gen) + 0.5)


def case(name, model, seed, build, inputs=None, train=True, randomize=False, input_shapes_from_seed=None,
         params_only=False):
    torch.manual_seed(seed)
    m = build()
    c = {"name": name, "model": model, "seed": seed, "repr": repr(m),
         "num_params": sum(p.numel() for p in m.parameters()), "params": named(m.named_parameters()),
         "state_dict_keys": list(m.state_dict().keys()), "train": train}
    if params_only:
        _cases.append(c)
        return
    if input_shapes_from_seed is not None:
        xs = [torch.randn(s) for s in input_shapes_from_seed]
        c["input_seed"] = [list(s) for s in input_shapes_from_seed]
        c["input_summaries"] = [enc_any(x) for x in xs]
    else:
        xs = [rand(*s) for s in inputs]
        c["inputs"] = [enc(x) for x in xs]
    if randomize:
        randomize_batch_norms(m)
        c["state"] = [[k, enc(v)] for k, v in m.state_dict().items()]
    m.train(train)
    xs = [x.requires_grad_(True) for x in xs]
    out = m(*xs)
    go = rand(*out.shape)
    out.backward(go)
    c["out"] = enc_any(out)
    c["grad_out"] = enc(go)
    c["grads"] = named([("input%d" % i, x.grad) for i, x in enumerate(xs)] +
                       [(k, p.grad) for k, p in m.named_parameters()])
    c["buffers_after"] = named(m.named_buffers())
    _cases.append(c)


case("lenet", "Net", 1, Net, input_shapes_from_seed=[(1, 1, 32, 32)])
case("lenet_batch", "Net", 7, Net, inputs=[(4, 1, 32, 32)])
case("lenet_seed0_init", "Net", 0, Net, params_only=True)
case("residual_block_shortcut_train", "ResidualBlock", 3,
     lambda: ResidualBlock(4, 8, 2, nn.Sequential(nn.Conv2d(4, 8, 1, 2, bias=False), nn.BatchNorm2d(8))),
     inputs=[(2, 4, 7, 7)], randomize=True)
case("residual_block_identity_eval", "ResidualBlock", 4, lambda: ResidualBlock(6, 6), inputs=[(2, 6, 5, 5)],
     train=False, randomize=True)
case("resnet34", "ResNet34", 34, ResNet34, input_shapes_from_seed=[(1, 3, 224, 224)])
case("up_bilinear", "Up", 5, lambda: Up(8, 4, bilinear=True), inputs=[(1, 4, 3, 4), (1, 4, 7, 9)], randomize=True)
case("up_transposed", "Up", 6, lambda: Up(8, 4), inputs=[(2, 8, 3, 4), (2, 4, 7, 9)], randomize=True)
case("up_transposed_eval", "Up", 8, lambda: Up(8, 4), inputs=[(1, 8, 2, 2), (1, 4, 4, 5)], train=False,
     randomize=True)

with open(OUT, "w") as f:
    f.write('{"generator": "tools/golden/seed_conv_models.py", "torch": %s, "cases": [\n'
            % json.dumps(torch.__version__))
    f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in _cases))
    f.write("\n]}\n")
print("wrote %d cases to %s" % (len(_cases), os.path.relpath(OUT, ROOT)))
