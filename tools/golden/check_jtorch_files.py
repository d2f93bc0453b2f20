"""Loads the files jtorch writes (SerializationWriteTest with -Djtorch.serialization.out: JtorchFiles.java and the ZIP64 case) in PyTorch 1.13
and checks every value against what PyTorch computes itself from the same seeds. Run:

    D=/tmp/jtorch-files
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -q -o -pl jtorch-core test \
        -Dtest=SerializationWriteTest -Djtorch.serialization.out=$D
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/check_jtorch_files.py $D

State dicts load with weights_only=True; optimizer state and whole checkpoints with plain torch.load (1.13's
weights_only unpickler rejects Python floats such as lr). Exits non-zero on the first mismatch.
"""
import collections
import math
import os
import sys
import weakref

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
import safetensors_spec  # noqa: E402
import lr_scheduler  # noqa: E402  (BUILDERS only: the fixture is written when run as a script)

D = sys.argv[1]


def same(a, b, what):
    assert isinstance(b, torch.Tensor), what
    assert a.dtype == b.dtype and a.shape == b.shape, f"{what}: {a.dtype}{tuple(a.shape)} vs {b.dtype}{tuple(b.shape)}"
    assert a.stride() == b.stride() or a.numel() <= 1, f"{what}: stride {a.stride()} vs {b.stride()}"
    ab, bb = a.contiguous(), b.contiguous()
    if a.dtype == torch.bfloat16:
        ab, bb = ab.view(torch.int16), bb.view(torch.int16)
    assert ab.numpy().tobytes() == bb.numpy().tobytes(), f"{what}: values differ\n{a}\n{b}"


def tiny():
    return nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))


def load(name, weights_only):
    return torch.load(os.path.join(D, name), weights_only=weights_only)


torch.manual_seed(42)
ref = tiny().state_dict()
sd = load("jt_state_dict.pt", True)
assert isinstance(sd, collections.OrderedDict) and list(sd) == list(ref), list(sd)
for k in ref:
    same(ref[k], sd[k], k)
tiny().load_state_dict(sd)
st = safetensors_spec.load_file(os.path.join(D, "jt_weights.safetensors"))
for k in ref:
    same(ref[k], st[k], "safetensors " + k)
print("jt_state_dict.pt, jt_weights.safetensors: OK")

base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
views = {"base": base, "t": base.t(), "row": base[1], "col": base[:, 2], "narrow": base[1:3, 2:5],
         "strided": base[::2, ::3], "flat_tail": base.view(-1)[20:]}
got = load("jt_views.pt", True)
for k, v in views.items():
    same(v, got[k], k)
    assert got[k].storage_offset() == v.storage_offset(), k
    assert got[k].storage().data_ptr() == got["base"].storage().data_ptr(), f"{k} does not share base's storage"
got["row"].add_(100)
assert got["col"][1].item() == 108.0
print("jt_views.pt: OK (one storage, PyTorch's offsets and strides)")
got = load("jt_zip64.pt", True)  # the same views in the ZIP64 layout jtorch uses beyond 4 GB, forced small
for k, v in views.items():
    same(v, got[k], "zip64 " + k)
print("jt_zip64.pt: OK (ZIP64 records and end records)")

special = [0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), float("nan"), 65504.0, 1e-3]
dt = {"f32": torch.tensor(special, dtype=torch.float64).reshape(3, 3).float(),
      "f64": torch.tensor(special, dtype=torch.float64),
      "f16": torch.tensor(special, dtype=torch.float64).half(),
      "bf16": torch.tensor(special, dtype=torch.float64).bfloat16(),
      "i8": torch.tensor([-128, -1, 0, 1, 127], dtype=torch.int8),
      "i16": torch.tensor([-32768, -1, 0, 300, 32767], dtype=torch.int16),
      "i32": torch.tensor([-2 ** 31, -1, 0, 70000, 2 ** 31 - 1], dtype=torch.int32),
      "i64": torch.tensor([-2 ** 63, -1, 0, 2 ** 40, 2 ** 63 - 1]),
      "u8": torch.tensor([0, 1, 127, 128, 255], dtype=torch.uint8),
      "bool": torch.tensor([[True, False], [False, True]]),
      "scalar": torch.tensor(3.5), "empty": torch.zeros(0, 3)}
got = load("jt_dtypes.pt", True)
assert list(got) == list(dt)
for k, v in dt.items():
    same(v, got[k], k)
print("jt_dtypes.pt: OK (10 dtypes bit for bit, 0-d and empty)")

torch.manual_seed(3)
model = tiny()
opt = torch.optim.SGD([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.1}],
                      lr=0.01, momentum=0.9, weight_decay=1e-4)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
torch.manual_seed(5)
data = torch.randn(5, 4)
torch.manual_seed(6)
target = torch.randn(5, 2)
for _ in range(3):
    opt.zero_grad()
    F.mse_loss(model(data), target).backward()
    opt.step()
    sched.step()
got = load("jt_optimizer.pt", False)
want = opt.state_dict()
assert got["param_groups"] == want["param_groups"], (got["param_groups"], want["param_groups"])
assert sorted(got["state"]) == sorted(want["state"])
for i in want["state"]:
    a, b = want["state"][i]["momentum_buffer"], got["state"][i]["momentum_buffer"]
    assert torch.allclose(a, b, rtol=1e-6, atol=1e-7), (i, a, b)
opt2 = torch.optim.SGD([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.1}],
                       lr=0.01, momentum=0.9, weight_decay=1e-4)
opt2.load_state_dict(got)
print("jt_optimizer.pt: OK (param_groups equal, momentum buffers within 1e-6, loads into torch.optim.SGD)")

ck = load("jt_checkpoint.pt", False)
assert ck["epoch"] == 3 and ck["best_acc"] == 0.75 and ck["big"] == 2 ** 40 and ck["none"] is None
assert ck["history"] == [[1, 0.5], [2, 0.25, "x"], []], ck["history"]
assert ck["scheduler"] == sched.state_dict(), (ck["scheduler"], sched.state_dict())
sched2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.5)
sched2.load_state_dict(ck["scheduler"])
assert sched2.state_dict() == sched.state_dict()
for k, v in model.state_dict().items():
    assert torch.allclose(v, ck["model"][k], rtol=1e-6, atol=1e-7), k
torch.manual_seed(7)
torch.rand(3)
want_next = torch.rand(4)
torch.manual_seed(0)
torch.set_rng_state(ck["rng_state"])
same(want_next, torch.rand(4), "rand after set_rng_state")
print("jt_checkpoint.pt: OK (epoch, metric, nested lists, model/optimizer/scheduler, rng state resumes PyTorch's stream)")


def close(a, b, what):
    """a (PyTorch's) equals b (jtorch's) up to the last bits of libm; function-valued attributes jtorch omits."""
    if isinstance(a, dict):
        keys = [k for k, v in a.items() if not (callable(v) or isinstance(v, weakref.ref))]
        assert list(b) == keys, f"{what}: keys {list(b)} vs PyTorch's {keys}"
        for k in keys:
            close(a[k], b[k], f"{what}.{k}")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), f"{what}: {b} vs {a}"
        for i, (x, y) in enumerate(zip(a, b)):
            close(x, y, f"{what}[{i}]")
    elif isinstance(a, float) or isinstance(b, float):
        assert a == b or math.isclose(a, b, rel_tol=1e-15), f"{what}: {b} vs {a}"
    else:
        assert a == b, f"{what}: {b!r} vs {a!r}"


scheds = load("jt_schedulers.pt", False)
assert list(scheds) == list(lr_scheduler.BUILDERS), list(scheds)
for name, st in scheds.items():
    build, kind, plateau = lr_scheduler.BUILDERS[name]
    opt = lr_scheduler.make_opt(kind)
    straight = build(opt)
    want = lr_scheduler.run(name, lr_scheduler.STATE_AT, opt, straight, plateau)
    close(straight.state_dict(), st["scheduler"], name)
    want = lr_scheduler.run(name, lr_scheduler.EPOCHS - lr_scheduler.STATE_AT, opt, straight, plateau,
                            lr_scheduler.STATE_AT)
    opt2 = lr_scheduler.make_opt(kind)
    resumed = build(opt2)
    opt2.load_state_dict(st["optimizer"])
    resumed.load_state_dict(st["scheduler"])
    got = lr_scheduler.run(name, lr_scheduler.EPOCHS - lr_scheduler.STATE_AT, opt2, resumed, plateau,
                           lr_scheduler.STATE_AT)
    close(want, got, name + " continued")
print(f"jt_schedulers.pt: OK ({len(scheds)} schedulers: PyTorch's state_dict keys and values after "
      f"{lr_scheduler.STATE_AT} steps, and loaded into PyTorch's they continue with PyTorch's lrs)")
print("all jtorch files load in PyTorch", torch.__version__)
