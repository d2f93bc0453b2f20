"""Fixtures for jtorch.serialization: files written by PyTorch 1.13 itself, plus what jtorch must read from them.
Writes jtorch-core/src/test/resources/fixtures/serialization/; run with Debian's PyTorch:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/serialization.py

Files: lenet.pt (the seed notes' LeNet state_dict, zip format) and lenet_legacy.pt (the same,
_use_new_zipfile_serialization=False); sgd_momentum.pt (SGD with momentum, two parameter groups, after 3 steps);
checkpoint.pt (epoch, best metric, model/optimizer/scheduler state dicts, nested lists, tuple, big int, str);
dtypes.pt and dtypes_legacy.pt (every dtype, with -0.0/inf/nan, a 0-d and an empty tensor); views.pt (views of one
storage: transpose, row, column, narrow, step slices); rng.pt (torch.get_rng_state() after draws that leave a cached
normal sample); param.pt (an nn.Parameter with requires_grad); evil.pt (a pickle whose reduce names os.system — never
run: jtorch must refuse it); sample.safetensors (written by safetensors_spec.py from the format's specification).

expected.json: {file: {key path: {"dtype", "shape", "stride", "offset", "hex" | "sha256", "data"?}}, ...} where hex
is the contiguous little-endian bytes of the tensor (bit-exact values) and sha256 their digest for big tensors;
"scalars" holds the non-tensor values of checkpoint.pt; "lenet_io" the fixture input and PyTorch's output; "rng_next"
the numbers PyTorch draws after restoring rng.pt; "pickle_bytes" the data.pkl PyTorch writes for objects the JUnit
tests rebuild with the same values (so jtorch's pickles are compared byte for byte with PyTorch's).
"""
import collections
import hashlib
import io
import json
import os
import sys
import zipfile

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from golden import enc  # noqa: E402
import safetensors_spec  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "serialization")
os.makedirs(OUT, exist_ok=True)
expected = {}


def tbytes(t):
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().tobytes()
    return t.numpy().tobytes()


def describe(t, full=True):
    d = {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape), "stride": list(t.stride()),
         "offset": t.storage_offset(), "requires_grad": t.requires_grad}
    b = tbytes(t)
    if full and len(b) <= 4096:
        d["hex"] = b.hex()
        d["data"] = enc(t)["data"]
    else:
        d["sha256"] = hashlib.sha256(b).hexdigest()
    return d


def walk(obj, prefix, out):
    """Tensors of a nested structure by key path ("model/fc.weight", "history/1/2")."""
    if isinstance(obj, torch.Tensor):
        out[prefix] = describe(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, f"{prefix}/{k}" if prefix else str(k), out)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            walk(v, f"{prefix}/{i}" if prefix else str(i), out)
    return out


def save(obj, name, legacy=False):
    torch.save(obj, os.path.join(OUT, name), _use_new_zipfile_serialization=not legacy)
    expected[name] = walk(obj, "", {})


class Net(nn.Module):
    """The seed notes' LeNet (001_6d82f735346a2cd8.txt)."""

    def __init__(self):
        super().__init__()
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


torch.manual_seed(0)
net = Net()
save(net.state_dict(), "lenet.pt")
save(net.state_dict(), "lenet_legacy.pt", legacy=True)
for k in list(expected["lenet.pt"]):
    expected["lenet.pt"][k] = describe(net.state_dict()[k], full=False)
    expected["lenet_legacy.pt"][k] = expected["lenet.pt"][k]
x = torch.randn(2, 1, 32, 32, generator=torch.Generator().manual_seed(1))
expected["lenet_io"] = {"input": enc(x), "output": enc(net(x))}


def tiny():
    torch.manual_seed(3)
    return nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))


model = tiny()
opt = torch.optim.SGD([{"params": model[0].parameters()},
                       {"params": model[2].parameters(), "lr": 0.1}],
                      lr=0.01, momentum=0.9, weight_decay=1e-4)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
data = torch.randn(5, 4, generator=torch.Generator().manual_seed(5))
target = torch.randn(5, 2, generator=torch.Generator().manual_seed(6))
for _ in range(3):
    opt.zero_grad()
    F.mse_loss(model(data), target).backward()
    opt.step()
    sched.step()
save(opt.state_dict(), "sgd_momentum.pt")
expected["sgd_params_after_3_steps"] = {k: describe(v) for k, v in model.state_dict().items()}

ckpt = {"epoch": 7, "best_acc": 0.875, "model": model.state_dict(), "optimizer": opt.state_dict(),
        "scheduler": sched.state_dict(), "history": [[1, 2.5], [2, 1.25, [3, "x", None, True]]],
        "big": 2 ** 40, "huge": 2 ** 70, "neg": -5, "name": "run-1 ✓", "shape": (1, 2.0, "three")}
save(ckpt, "checkpoint.pt")
expected["scalars"] = {"epoch": 7, "best_acc": 0.875, "big": 2 ** 40, "huge": str(2 ** 70), "neg": -5,
                       "name": "run-1 ✓", "history": [[1, 2.5], [2, 1.25, [3, "x", None, True]]],
                       "shape": [1, 2.0, "three"], "scheduler": sched.state_dict(),
                       "param_groups": opt.state_dict()["param_groups"]}

special = [0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), float("nan"), 65504.0, 1e-3]
dtypes = collections.OrderedDict([
    ("f32", torch.tensor(special, dtype=torch.float32).reshape(3, 3)),
    ("f64", torch.tensor(special + [1e300], dtype=torch.float64)),
    ("f16", torch.tensor(special, dtype=torch.float16)),
    ("bf16", torch.tensor(special + [3e38], dtype=torch.bfloat16)),
    ("i8", torch.tensor([-128, -1, 0, 1, 127], dtype=torch.int8)),
    ("i16", torch.tensor([-32768, -1, 0, 300, 32767], dtype=torch.int16)),
    ("i32", torch.tensor([-2 ** 31, -1, 0, 70000, 2 ** 31 - 1], dtype=torch.int32)),
    ("i64", torch.tensor([-2 ** 63, -1, 0, 2 ** 40, 2 ** 63 - 1], dtype=torch.int64)),
    ("u8", torch.tensor([0, 1, 127, 128, 255], dtype=torch.uint8)),
    ("bool", torch.tensor([[True, False], [False, True]])),
    ("scalar", torch.tensor(3.5)),
    ("empty", torch.zeros(0, 3)),
])
save(dtypes, "dtypes.pt")
save(dtypes, "dtypes_legacy.pt", legacy=True)

base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
views = collections.OrderedDict([("base", base), ("t", base.t()), ("row", base[1]), ("col", base[:, 2]),
                                 ("narrow", base[1:3, 2:5]), ("strided", base[::2, ::3]),
                                 ("flat_tail", base.view(-1)[20:])])
save(views, "views.pt")
with zipfile.ZipFile(os.path.join(OUT, "views.pt")) as z:
    expected["views_storage_records"] = sorted(n.split("/", 1)[1] for n in z.namelist())

torch.manual_seed(123)
torch.rand(3)
torch.randn(3)  # scalar Box-Muller path: leaves a cached normal sample in the state
save({"state": torch.get_rng_state()}, "rng.pt")
expected["rng_next"] = {"randn": enc(torch.randn(3)), "rand": enc(torch.rand(5))}

p = nn.Parameter(torch.tensor([[1.0, -2.0], [0.5, 4.0]]))
save({"p": p, "frozen": nn.Parameter(torch.tensor([7.0]), requires_grad=False)}, "param.pt")


class Evil:
    def __reduce__(self):
        return (os.system, ("echo jtorch must never run this",))


torch.save({"payload": Evil()}, os.path.join(OUT, "evil.pt"))

st = collections.OrderedDict([("weight", torch.randn(3, 4, generator=torch.Generator().manual_seed(9))),
                              ("bias", torch.tensor([1.0, -1.0, 0.5], dtype=torch.float64)),
                              ("half", torch.tensor([1.0, 2.0, -0.0], dtype=torch.float16)),
                              ("bf", torch.tensor([1.0, 3e38], dtype=torch.bfloat16)),
                              ("mask", torch.tensor([True, False, True])),
                              ("ids", torch.tensor([[1, 2], [3, 4]], dtype=torch.int64)),
                              ("scalar", torch.tensor(2.5))])
safetensors_spec.save_file(st, os.path.join(OUT, "sample.safetensors"), metadata={"format": "pt"})
expected["sample.safetensors"] = walk(st, "", {})


# data.pkl bytes PyTorch writes for objects the JUnit test rebuilds with the same values
def pickle_bytes(obj):
    buf = io.BytesIO()
    torch.save(obj, buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        return z.read("archive/data.pkl").hex()


torch.manual_seed(0)
a = torch.randn(2, 3)
sd = collections.OrderedDict([("a", a), ("a_t", a.t()), ("b", torch.arange(4)), ("c", torch.tensor(True))])
expected["pickle_bytes"] = {
    "state_dict": pickle_bytes(sd),
    "nested": pickle_bytes({"epoch": 3, "lr": 0.1, "names": ["x", "y"], "none": None, "flag": False,
                            "big": 2 ** 40, "neg": -70000, "sd": collections.OrderedDict([("w", a)])}),
}

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, ensure_ascii=False, allow_nan=False,
              default=lambda o: list(o) if isinstance(o, tuple) else str(o))
    f.write("\n")
print("wrote", sorted(os.listdir(OUT)))
