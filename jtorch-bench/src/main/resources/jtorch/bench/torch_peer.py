"""PyTorch side of jtorch-bench: times the bench's workloads in one PyTorch thread configuration.

Started by jtorch.bench.PythonPeer as `python3 torch_peer.py THREADS`, with OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS (and for one configuration OMP_WAIT_POLICY) already in the environment, since
they must be set before torch is imported. It first prints {"ready": true, ...}, then reads one
JSON command per line on stdin and answers one JSON line on stdout:

  {"cmd": "setup", "workload": "gemm", "variant": "n=1024", "warmup": 1.0, "rep": 0.25}
      builds the inputs (fixed seed), warms up, sizes a repetition  -> {"ok": true} or {"ok": false, "error": ...}
  {"cmd": "measure"}   times one repetition                         -> {"seconds_per_op": ...}
  {"cmd": "quit"}

The ops mirror jtorch.bench.JtorchPeer exactly.
"""
import json
import os
import sys
import time

import torch

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
    f = torch.nn.functional.max_pool2d if variant.startswith("max") else torch.nn.functional.avg_pool2d
    if not backward:
        return lambda: f(x, 2)
    g = torch.ones(32, 64, 16, 16)

    def step():
        x.grad = None
        f(x, 2).backward(g)
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
        import gzip
        import shutil
        import tempfile
        root = tempfile.mkdtemp(prefix="jtorch-bench-fmnist-")
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
                "softmax_dim1": lambda: torch.softmax(x, 1)}[variant]
    if workload == "pool":
        return pool(variant)
    if workload == "optim":
        return optim_step(variant)
    if workload == "dataload":
        return dataload(variant, cmd["fashion"], cmd["jpegs"])
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
    torch.set_num_threads(int(sys.argv[1]))
    sys.stdout.write(json.dumps({"ready": True, "torch": torch.__version__, "threads": torch.get_num_threads()}) + "\n")
    sys.stdout.flush()
    op, iterations = None, 1
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "quit":
            break
        if cmd["cmd"] == "setup":
            try:
                op = build(cmd["workload"], cmd["variant"], cmd)
                iterations = calibrate(op, cmd["warmup"], cmd["rep"])
                reply = {"ok": True}
            except Exception as e:  # an unsupported case only drops this peer's cell
                op, reply = None, {"ok": False, "error": repr(e)}
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
