"""PyTorch side of jtorch-bench: times the bench's workloads in one PyTorch thread configuration.

Started by jtorch.bench.PythonPeer as `python3 torch_peer.py THREADS`, with OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS (and for one configuration OMP_WAIT_POLICY) already in the environment, since
they must be set before torch is imported. It first prints {"ready": true, ...}, then reads one
JSON command per line on stdin and answers one JSON line on stdout:

  {"cmd": "setup", "workload": "gemm", "variant": "n=1024", "warmup": 1.0, "rep": 0.25}
      builds the inputs (fixed seed), warms up, sizes a repetition  -> {"ok": true} or {"ok": false, "error": ...}
  {"cmd": "measure"}   times one repetition                         -> {"seconds_per_op": ...}
  {"cmd": "quit"}

The workloads measured in a fresh process (coldstart, e2e, mem_resnet18; jtorch.bench.FreshProcess) need no
warm-up: each "measure" starts `python3 torch_peer.py fresh WORKLOAD THREADS [FASHION_ROOT]` (same environment)
and answers {"values": [...]}, one value per case of the run (or {"error": ...}).

The ops mirror jtorch.bench.JtorchPeer and jtorch.bench.ModelWorkloads exactly.
"""
import json
import os
import subprocess
import sys
import time

import torch
from torch import nn
from torch.nn import functional as F

POINTWISE_N = 1 << 22
FASHION_EPOCH = 6400  # DataLoad.FASHION_EPOCH
REDUCE_ROWS, REDUCE_COLS = 4096, 1024


def two_layer():
    x = torch.randn(64, 1000)
    y = torch.randn(64, 10)
    w1 = torch.randn(1000, 100, requires_grad=True)
    w2 = torch.randn(100, 10, requires_grad=True)
    lr = 1e-6

    def step():
        y_pred = x.mm(w1).clamp(min=0).mm(w2)
        loss = (y_pred - y).pow(2).sum()
        loss.backward()
        with torch.no_grad():
            w1.sub_(w1.grad.mul(lr))
            w2.sub_(w2.grad.mul(lr))
            w1.grad.zero_()
            w2.grad.zero_()
        return loss
    return step


def conv2d(backward):
    x = torch.randn(32, 64, 32, 32, requires_grad=backward)
    w = torch.randn(64, 64, 3, 3, requires_grad=backward)
    if not backward:
        return lambda: torch.nn.functional.conv2d(x, w, None, 1, 1)
    g = torch.ones(32, 64, 32, 32)

    def step():
        x.grad = None
        w.grad = None
        torch.nn.functional.conv2d(x, w, None, 1, 1).backward(g)
    return step


def pool(variant):
    backward = variant.endswith("fwd+bwd")
    x = torch.randn(32, 64, 32, 32, requires_grad=backward)
    op = torch.nn.functional.max_pool2d if variant.startswith("max") else torch.nn.functional.avg_pool2d
    args = (3, 2, 1) if "3x3s2" in variant else (2,)
    if not backward:
        return lambda: op(x, *args)
    g = torch.ones(32, 64, 16, 16)

    def step():
        x.grad = None
        op(x, *args).backward(g)
    return step


def batch_norm(backward):
    x = torch.randn(32, 64, 32, 32, requires_grad=backward)
    weight = torch.ones(64, requires_grad=backward)
    bias = torch.zeros(64, requires_grad=backward)
    mean, var = torch.zeros(64), torch.ones(64)

    def bn():
        return torch.nn.functional.batch_norm(x, mean, var, weight, bias, training=True)
    if not backward:
        return bn
    g = torch.randn(32, 64, 32, 32)

    def step():
        x.grad = None
        weight.grad = None
        bias.grad = None
        bn().backward(g)
    return step


def resnet18_shapes():
    """ResNet-18's parameter shapes in torchvision's order, as jtorch.bench.Workloads.resnet18Shapes lists them."""
    shapes = []

    def conv_bn(out, inp, k):
        shapes.extend([(out, inp, k, k), (out,), (out,)])
    conv_bn(64, 3, 7)
    inp = 64
    for width in (64, 128, 256, 512):
        for block in range(2):
            block_in = inp if block == 0 else width
            conv_bn(width, block_in, 3)
            conv_bn(width, width, 3)
            if block_in != width:
                conv_bn(width, block_in, 1)
        inp = width
    return shapes + [(1000, 512), (1000,)]


def optim_step(variant):
    """One SGD (momentum 0.9, weight decay 1e-4) or Adam step over ResNet-18's shapes, gradients in place;
    "foreach" variants pass foreach=True, the others PyTorch 1.13's default (foreach=None: the for-loop)."""
    kind, _, flag = variant.partition(" ")
    params = []
    for shape in resnet18_shapes():
        p = torch.randn(shape, requires_grad=True)
        p.grad = torch.randn(shape)
        params.append(p)
    assert sum(p.numel() for p in params) == 11_689_512
    foreach = True if flag == "foreach" else None
    if kind == "sgd":
        opt = torch.optim.SGD(params, lr=0.01, momentum=0.9, weight_decay=1e-4, foreach=foreach)
    else:
        opt = torch.optim.Adam(params, lr=1e-3, foreach=foreach)
    return opt.step


class IdxImages(torch.utils.data.Dataset):
    """Fashion-MNIST's IDX files as numpy arrays; a sample is the user function's float image in [0, 1]."""

    def __init__(self, root):
        import gzip
        import numpy as np
        with gzip.open(os.path.join(root, "train-images-idx3-ubyte.gz")) as f:
            self.images = np.frombuffer(bytearray(f.read()), np.uint8, offset=16).reshape(-1, 28, 28)
        with gzip.open(os.path.join(root, "train-labels-idx1-ubyte.gz")) as f:
            self.labels = np.frombuffer(bytearray(f.read()), np.uint8, offset=8)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        img = self.images[i]
        return torch.from_numpy(img).float().div(255).unsqueeze(0), int(self.labels[i])


_FASHION_ROOTS = {}


def torchvision_fashion_root(debian_root):
    """torchvision 0.14's FashionMNIST reads the unpacked files from root/FashionMNIST/raw: gunzip once."""
    if debian_root not in _FASHION_ROOTS:
        import atexit
        import gzip
        import shutil
        import tempfile
        root = tempfile.mkdtemp(prefix="jtorch-bench-fmnist-")
        atexit.register(shutil.rmtree, root, True)  # 53 MB unpacked: gone when the peer quits
        raw = os.path.join(root, "FashionMNIST", "raw")
        os.makedirs(raw)
        for n in os.listdir(debian_root):
            with gzip.open(os.path.join(debian_root, n)) as src, open(os.path.join(raw, n[:-3]), "wb") as dst:
                shutil.copyfileobj(src, dst)
        _FASHION_ROOTS[debian_root] = root
    return _FASHION_ROOTS[debian_root]


def dataload(variant, fashion, jpegs):
    """One epoch of a DataLoader (batch 64, shuffled); mirrors jtorch.bench.DataLoad."""
    import torchvision
    from torchvision import transforms as T
    pipeline, mode = variant.split(" ")
    if mode == "decode":
        from PIL import Image
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(jpegs) for f in fs if f.endswith(".jpg"))

        def decode():
            for p in files:
                with open(p, "rb") as f:
                    Image.open(f).convert("RGB")
        return decode
    workers = int(mode[1:])
    if pipeline == "tensor":
        ds = torch.utils.data.Subset(IdxImages(fashion), range(FASHION_EPOCH))
    elif pipeline == "augment":
        ds = torch.utils.data.Subset(torchvision.datasets.FashionMNIST(
            torchvision_fashion_root(fashion), train=True, transform=T.Compose([
                T.RandomCrop(28, padding=4), T.RandomHorizontalFlip(), T.ToTensor(), T.Normalize((0.2860,), (0.3530,))])),
            range(FASHION_EPOCH))
    elif pipeline == "jpeg":
        ds = torchvision.datasets.ImageFolder(jpegs, transform=T.Compose([
            T.Resize(240), T.RandomResizedCrop(224), T.ColorJitter(0.4, 0.4, 0.4, 0.1), T.ToTensor()]))
    else:
        raise KeyError(pipeline)
    loader = torch.utils.data.DataLoader(ds, batch_size=64, shuffle=True, num_workers=workers,
                                         persistent_workers=workers > 0)

    def epoch():
        for batch in loader:
            pass
        return batch
    return epoch


# ---- model-level workloads (jtorch.bench.ModelWorkloads) ----

CLASSES = 10
LR, MOMENTUM = 0.01, 0.9
FRESH = ("coldstart", "e2e", "mem_resnet18")
MB = float(1 << 20)


class ResidualBlock(nn.Module):
    """The seed's (note 003) residual block."""

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
    """The seed's (note 003) ResNet34: layer1 64->128, 2 classes, avg_pool2d(7)."""

    def __init__(self, num_classes=2):
        super(ResNet34, self).__init__()
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
        layers = [ResidualBlock(inchannel, outchannel, stride, shortcut)]
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


class Net(nn.Module):
    """The seed's LeNet (jtorch.vision.models.LeNet); conv1 padding 2 for e2e's 28x28 images."""

    def __init__(self, padding=0):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, padding=padding)
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


def resnet34_step(batch=8):
    model = ResNet34()
    x = torch.randn(batch, 3, 224, 224)
    params = list(model.parameters())
    lr = 1e-3

    def step():
        loss = model(x).pow(2).sum()
        loss.backward()
        with torch.no_grad():
            for p in params:
                p.sub_(p.grad.mul(lr))
                p.grad.zero_()
        return loss
    return step


def train_step(model, x, batch):
    """zero_grad, CrossEntropy of model(x) against random classes, backward, SGD(lr 0.01, momentum 0.9) step."""
    y = torch.randint(0, CLASSES, (batch,))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    model.train()

    def step():
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        return loss
    return step


def mlp_step(batch=512):
    model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 64), nn.ReLU(), nn.Linear(64, CLASSES))
    return train_step(model, torch.randn(batch, 784), batch)


def lenet_step(batch=64):
    return train_step(Net(), torch.randn(batch, 1, 32, 32), batch)


def resnet18():
    import torchvision
    return torchvision.models.resnet18(num_classes=CLASSES)


def resnet18_op(variant, batch=32, side=32):
    if variant == "train":
        return train_step(resnet18(), torch.randn(batch, 3, side, side), batch)
    model = resnet18()
    model.eval()
    x = torch.randn(batch, 3, side, side)

    def infer():
        with torch.no_grad():
            return model(x)
    return infer


def proc_status_bytes(field):
    """VmRSS / VmHWM of /proc/self/status in bytes (as jtorch.bench.FreshProcess reads VmHWM)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return 1024.0 * int(line.split()[1])
    raise KeyError(field)


def coldstart():
    torch.manual_seed(0)
    step = lenet_step()
    for _ in range(100):
        step()


def e2e(root):
    """LeNet (conv1 padding 2), one shuffled Fashion-MNIST epoch (batch 64, SGD lr 0.01 momentum 0.9) on ToTensor()
    samples, then the test accuracy in eval mode under no_grad: [wall s, peak RSS MB, accuracy %]."""
    import torchvision
    from torchvision import transforms as T
    torch.manual_seed(0)
    t0 = time.perf_counter()
    train = torchvision.datasets.FashionMNIST(root, train=True, transform=T.ToTensor())
    test = torchvision.datasets.FashionMNIST(root, train=False, transform=T.ToTensor())
    model = Net(padding=2)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    model.train()
    for x, y in torch.utils.data.DataLoader(train, batch_size=64, shuffle=True):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, y in torch.utils.data.DataLoader(test, batch_size=1000):
            correct += int(model(x).argmax(1).eq(y).sum())
    wall = time.perf_counter() - t0
    return [wall, proc_status_bytes("VmHWM") / MB, 100.0 * correct / len(test)]


def mem_resnet18(batch=32, side=32):
    """Two resnet18 training steps: [RSS growth from before the model to the peak, peak RSS], in MB."""
    import gc
    import torchvision  # noqa: F401  (loaded before the baseline, as the JVM's classes are outside jtorch's heap)
    gc.collect()
    base = proc_status_bytes("VmRSS")
    torch.manual_seed(0)
    model = resnet18()
    x = torch.randn(batch, 3, side, side)
    y = torch.randint(0, CLASSES, (batch,))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    model.train()
    for _ in range(2):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
    peak = proc_status_bytes("VmHWM")
    return [(peak - base) / MB, peak / MB]


def fresh_child(argv):
    """`torch_peer.py fresh WORKLOAD THREADS [FASHION_ROOT]`: one run, reported on stdout."""
    workload, threads = argv[0], int(argv[1])
    torch.set_num_threads(threads)
    if workload == "coldstart":
        coldstart()
        print("done", flush=True)
        return
    values = e2e(argv[2]) if workload == "e2e" else mem_resnet18()
    print(json.dumps({"values": values}), flush=True)


def run_fresh(workload, threads, root):
    """One run of a fresh-process workload in a new python3 (this environment): its values; coldstart: the seconds
    from starting the interpreter (torch's import included) to the end of the 100th step."""
    args = [sys.executable, os.path.abspath(__file__), "fresh", workload, str(threads)] + ([root] if root else [])
    t0 = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    values = None
    for line in child.stdout:
        if line.strip() == "done":
            values = [time.perf_counter() - t0]
            break
        if line.startswith("{"):
            values = json.loads(line)["values"]
            break
    child.stdout.close()
    code = child.wait()
    if code != 0 or values is None:
        raise RuntimeError("the %s child process ended with exit code %d" % (workload, code))
    return values


def build(workload, variant, cmd):
    torch.manual_seed(0)
    if workload == "gemm":
        n = int(variant.split("=")[1])
        a, b = torch.randn(n, n), torch.randn(n, n)
        return lambda: torch.mm(a, b)
    if workload == "twolayer":
        return two_layer()
    if workload == "conv2d":
        return conv2d(variant == "fwd+bwd")
    if workload == "pointwise":
        a, b = torch.randn(POINTWISE_N), torch.randn(POINTWISE_N)
        return {"add": lambda: torch.add(a, b), "mul": lambda: torch.mul(a, b), "exp": lambda: torch.exp(a),
                "relu": lambda: torch.relu(a), "sigmoid": lambda: torch.sigmoid(a)}[variant]
    if workload == "reduce":
        x = torch.randn(REDUCE_ROWS, REDUCE_COLS)
        return {"sum": lambda: x.sum(), "max_dim1": lambda: x.max(1),
                "softmax_dim1": lambda: torch.softmax(x, 1),
                "log_softmax_dim1": lambda: torch.log_softmax(x, 1)}[variant]
    if workload == "pool":
        return pool(variant)
    if workload == "batchnorm":
        return batch_norm(variant == "fwd+bwd")
    if workload == "optim":
        return optim_step(variant)
    if workload == "dataload":
        return dataload(variant, cmd["fashion"], cmd["jpegs"])
    if workload == "resnet34_step":
        return resnet34_step()
    if workload == "mlp":
        return mlp_step()
    if workload == "lenet":
        return lenet_step()
    if workload == "resnet18":
        return resnet18_op(variant)
    raise KeyError(workload)


def calibrate(op, warmup, rep):
    start = time.perf_counter()
    calls = 0
    while calls < 3 or time.perf_counter() - start < warmup:
        op()
        calls += 1
    probe = max(1, calls // 4)
    t0 = time.perf_counter()
    for _ in range(probe):
        op()
    per_op = (time.perf_counter() - t0) / probe
    return max(1, min(1_000_000, round(rep / per_op)))


def main():
    if sys.argv[1] == "fresh":
        fresh_child(sys.argv[2:])
        return
    threads = int(sys.argv[1])
    torch.set_num_threads(threads)
    sys.stdout.write(json.dumps({"ready": True, "torch": torch.__version__, "threads": torch.get_num_threads()}) + "\n")
    sys.stdout.flush()
    op, iterations, fresh = None, 1, None
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "quit":
            break
        if cmd["cmd"] == "setup":
            try:
                op, fresh = None, None
                if cmd["workload"] in FRESH:
                    # gunzipped for torchvision here, outside the timed run
                    root = torchvision_fashion_root(cmd["fashion"]) if cmd["workload"] == "e2e" else None
                    fresh = (cmd["workload"], root)
                else:
                    op = build(cmd["workload"], cmd["variant"], cmd)
                    iterations = calibrate(op, cmd["warmup"], cmd["rep"])
                reply = {"ok": True}
            except Exception as e:  # an unsupported case only drops this peer's cell
                op, fresh, reply = None, None, {"ok": False, "error": repr(e)}
        elif cmd["cmd"] == "measure" and fresh:
            try:
                reply = {"values": run_fresh(fresh[0], threads, fresh[1])}
            except Exception as e:
                reply = {"error": repr(e)}
        elif cmd["cmd"] == "measure":
            t0 = time.perf_counter()
            for _ in range(iterations):
                op()
            reply = {"seconds_per_op": (time.perf_counter() - t0) / iterations}
        else:
            reply = {"ok": False, "error": "unknown command " + cmd["cmd"]}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
