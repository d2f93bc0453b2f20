"""Fixtures for jtorch.vision.models (jtorch-vision's ModelZooFixtureTest): torchvision 0.14's architectures and
the seed notes' U-Net, built in PyTorch exactly as a user would (`torchvision.models.resnet18(num_classes=10)`).

Full weight files of these models are 10-550 MB each, too large to commit, and the tests do not need them:

1. Seeded initialisation. torch.manual_seed(0), then the model: every state_dict entry (key, order, shape, dtype)
   with its sum, sum of |x| and first and last 16 values. jtorch builds the same model after Torch.manualSeed(0),
   so equal summaries mean the initialisation drew the same numbers in the same order.
   The model's output on a random input (drawn from the same stream right after construction) follows: in eval
   mode, then in train mode (batch statistics, dropout masks drawn from the stream in PyTorch's order).
2. A PyTorch-written state dict. `<name>.pt` is written by torch.save, every key of the model's state_dict with
   its shape and dtype, but each float tensor is a strided view into a few shared random storages (an [O, I, kh,
   kw] weight is a view with first-dim stride 1 and the rest contiguous, so it needs O + I*kh*kw numbers, not
   O*I*kh*kw, and every filter still differs; see compact_state), which keeps each file at 10-200 KB. The model
   loads it with strict=True; the fixture has the eval-mode output PyTorch computes with it.

Files: jtorch-vision/src/test/resources/fixtures/vision/models/<name>.json and <name>.pt.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/vision_models.py [name...]
"""
import json
import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-vision", "src", "test", "resources", "fixtures", "vision", "models")


# ---------------------------------------------------------------- the seed notes' U-Net: their Up block
# (001_6d82f735346a2cd8.txt) with the DoubleConv, Down, OutConv and UNet of the code the note quotes

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


class Down(nn.Module):
    """Downscaling with maxpool then double conv"""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.maxpool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(in_channels, out_channels))

    def forward(self, x):
        return self.maxpool_conv(x)


class OutConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=1)

    def forward(self, x):
        return self.conv(x)


class UNet(nn.Module):
    def __init__(self, n_channels, n_classes, bilinear=False):
        super(UNet, self).__init__()
        self.n_channels = n_channels
        self.n_classes = n_classes
        self.bilinear = bilinear
        self.inc = DoubleConv(n_channels, 64)
        self.down1 = Down(64, 128)
        self.down2 = Down(128, 256)
        self.down3 = Down(256, 512)
        factor = 2 if bilinear else 1
        self.down4 = Down(512, 1024 // factor)
        self.up1 = Up(1024, 512 // factor, bilinear)
        self.up2 = Up(512, 256 // factor, bilinear)
        self.up3 = Up(256, 128 // factor, bilinear)
        self.up4 = Up(128, 64, bilinear)
        self.outc = OutConv(64, n_classes)

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(x1)
        x3 = self.down2(x2)
        x4 = self.down3(x3)
        x5 = self.down4(x4)
        x = self.up1(x5, x4)
        x = self.up2(x, x3)
        x = self.up3(x, x2)
        x = self.up4(x, x1)
        return self.outc(x)


tv = torchvision.models
# Input sizes: at 32x32 the last stages of ResNet-34/50, MobileNetV2 and DenseNet are 1x1, so train-mode batch
# norm sees two values per channel and the output is ill-conditioned even within PyTorch (float32 and float64
# outputs differ by 6-38%); at 64x64 they agree to 3e-5.
CASES = {
    # name: (builder, input shape)
    "alexnet": (lambda: tv.alexnet(num_classes=10), (2, 3, 64, 64)),
    "vgg11": (lambda: tv.vgg11(num_classes=10), (2, 3, 32, 32)),
    "vgg11_bn": (lambda: tv.vgg11_bn(num_classes=10), (2, 3, 32, 32)),
    "vgg16": (lambda: tv.vgg16(num_classes=10), (2, 3, 32, 32)),
    "vgg16_bn": (lambda: tv.vgg16_bn(num_classes=10), (2, 3, 32, 32)),
    "resnet18": (lambda: tv.resnet18(num_classes=10), (2, 3, 64, 64)),
    "resnet34": (lambda: tv.resnet34(num_classes=10), (2, 3, 64, 64)),
    "resnet50": (lambda: tv.resnet50(num_classes=10), (2, 3, 64, 64)),
    "resnet18_zero_init": (lambda: tv.resnet18(num_classes=10, zero_init_residual=True), (2, 3, 64, 64)),
    "mobilenet_v2": (lambda: tv.mobilenet_v2(num_classes=10), (2, 3, 64, 64)),
    "mobilenet_v2_w05": (lambda: tv.mobilenet_v2(num_classes=10, width_mult=0.5), (2, 3, 64, 64)),
    "googlenet": (lambda: tv.googlenet(num_classes=10), (2, 3, 64, 64)),
    "googlenet_transform": (lambda: tv.googlenet(num_classes=10, aux_logits=False, transform_input=True),
                            (2, 3, 64, 64)),
    "densenet121": (lambda: tv.densenet121(num_classes=10), (2, 3, 64, 64)),
    "unet": (lambda: UNet(3, 2), (2, 3, 32, 32)),
    "unet_bilinear": (lambda: UNet(1, 3, bilinear=True), (2, 1, 32, 32)),
}


def summary(t):
    t = t.detach()
    flat = t.reshape(-1)
    d = flat.double()
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
            "sum": float(d.sum()), "abs_sum": float(d.abs().sum()),
            "head": d[:16].tolist(), "tail": d[-16:].tolist()}


def values(t):
    return {"shape": list(t.shape), "data": t.detach().reshape(-1).double().tolist()}


def outputs(o):
    """A tensor, or GoogLeNet's (logits, aux_logits2, aux_logits1) in training; a large one (U-Net's maps) as
    a summary and every 7th value."""
    def one(t):
        if t.numel() <= 256:
            return values(t)
        return dict(summary(t), every7=t.detach().reshape(-1)[::7].double().tolist())
    return [one(t) for t in o] if isinstance(o, tuple) else [one(o)]


def compact_state(sd, gen):
    """The state dict as views into a few shared random storages (see the module doc): tensors of one kind share
    a storage, each view one element further in than the previous, so all differ. Kinds: weights of one fan-in
    (2+ dims; N(0, 2/fan-in), as He initialisation), batch-norm scales (N(1, 0.2^2)), running variances
    (U(0.5, 1.5)), other vectors (N(0, 0.1^2)); num_batches_tracked is 7."""
    groups = {}
    for k, v in sd.items():
        if v.is_floating_point():
            kind = (("w", v[0].numel()) if v.dim() > 1 else "var" if k.endswith("running_var")
                    else "scale" if k.endswith("weight") else "shift")
            groups.setdefault(kind, []).append(k)
    out = {}
    for kind, keys in groups.items():
        need = max(sd[k].shape[0] + sd[k][0].numel() - 1 for k in keys) + len(keys) - 1
        if kind == "var":
            base = torch.rand(need, generator=gen) + 0.5
        elif kind == "scale":
            base = torch.randn(need, generator=gen) * 0.2 + 1
        elif kind == "shift":
            base = torch.randn(need, generator=gen) * 0.1
        else:
            base = torch.randn(need, generator=gen) * math.sqrt(2.0 / kind[1])
        for j, k in enumerate(keys):
            v = sd[k]
            out[k] = base.as_strided(v.shape, (1,) + v[0].stride(), j)
    for k, v in sd.items():
        if not v.is_floating_point():
            out[k] = torch.full_like(v, 7)
    return {k: out[k] for k in sd}


def run(name):
    build, shape = CASES[name]
    torch.manual_seed(0)
    m = build()
    sd = m.state_dict()
    c = {"name": name, "seed": 0, "input_shape": list(shape),
         "num_params": sum(p.numel() for p in m.parameters()),
         "state": [[k, summary(v)] for k, v in sd.items()]}
    x = torch.randn(shape)
    with torch.no_grad():
        c["eval_out"] = outputs(m.eval()(x))
        c["train_out"] = outputs(m.train()(x))
        c["buffers_after_train"] = [[k, summary(v)] for k, v in m.named_buffers() if v.is_floating_point()][:6]
    gen = torch.Generator().manual_seed(20261203)
    state = compact_state(m.state_dict(), gen)
    path = os.path.join(OUT, name + ".pt")
    torch.save(state, path)
    m2 = build()
    m2.load_state_dict(torch.load(path), strict=True)
    with torch.no_grad():
        c["loaded_eval_out"] = outputs(m2.eval()(x))
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(c, f, separators=(",", ":"))
    print(name, "params", c["num_params"], ".pt bytes", os.path.getsize(path))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for n in sys.argv[1:] or CASES:
        run(n)
