#!/usr/bin/env python3
# Golden data for jtorch.Generator (jtorch-core/src/test/java/jtorch/GeneratorTest.java).
#
# Writes jtorch-core/src/test/resources/fixtures/random.json: a list of cases, each a seed
# followed by a sequence of calls on PyTorch's default CPU generator, with the exact values
# PyTorch produced for every call. Generated with Debian's PyTorch 1.13.1 (python3-torch,
# CPU capability AVX2, no MKL), run as:
#
#     OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/random_golden.py
#
# Ops (the Java method each replays):
#   rand/uniform  -> Generator.uniform(float[]|double[], ..., from, to)   args [from, to]
#   randn/normal  -> Generator.normal(float[]|double[], ..., mean, std)   args [mean, std]
#   randint       -> Generator.randomFromTo(long[], ..., low, high)       args [low, high]
#   bernoulli     -> Generator.bernoulli(float[]|double[], ..., p)        args [p]
#   randperm      -> Generator.randperm(long[], 0, n)
#   uint64        -> Generator.nextUInt64() n times (as signed int64, i.e. the raw bits);
#                    PyTorch: tensor.random_(-2**63, None) on int64 = CPUGeneratorImpl::random64()
#   uint32        -> Generator.nextUInt32() n times; from random64() split hi/lo (hi is the
#                    first mt19937 draw), cross-checked against numpy's mt19937 (same init_genrand)
#   get_state     -> Generator.getState(): torch.get_rng_state() bytes, base64
# float32 values are written as float(x) of the float32 value, so they round-trip exactly.
import base64
import json
import os

import numpy as np
import torch

DT = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "jtorch-core", "src", "test", "resources", "fixtures", "random.json")


def run(op, dtype, n, args):
    if op == "rand":
        return torch.rand(n, dtype=DT[dtype]).tolist()
    if op == "randn":
        return torch.randn(n, dtype=DT[dtype]).tolist()
    if op == "uniform":
        return torch.empty(n, dtype=DT[dtype]).uniform_(args[0], args[1]).tolist()
    if op == "normal":
        return torch.empty(n, dtype=DT[dtype]).normal_(args[0], args[1]).tolist()
    if op == "randint":
        return torch.randint(args[0], args[1], (n,), dtype=torch.int64).tolist()
    if op == "bernoulli":
        return torch.empty(n, dtype=DT[dtype]).bernoulli_(args[0]).tolist()
    if op == "randperm":
        return torch.randperm(n).tolist()
    if op == "uint64":
        return torch.empty(n, dtype=torch.int64).random_(-2**63, None).tolist()
    if op == "uint32":
        assert n % 2 == 0
        out = []
        for v in torch.empty(n // 2, dtype=torch.int64).random_(-2**63, None).tolist():
            u = v % 2**64
            out += [u >> 32, u & 0xFFFFFFFF]
        return out
    if op == "get_state":
        return base64.b64encode(bytes(torch.get_rng_state().tolist())).decode("ascii")
    raise ValueError(op)


CASES = []


def case(name, seed, calls, default_ctor=False):
    torch.manual_seed(seed)
    out = []
    for c in calls:
        op, dtype, n, args = (list(c) + [[]])[:4]
        out.append({"op": op, "dtype": dtype, "n": n, "args": args,
                    "values": run(op, dtype, n, args)})
    CASES.append({"name": name, "seed": seed % 2**64, "default_ctor": default_ctor, "calls": out})


SIZES = [1, 3, 15, 16, 17, 31, 100, 1000]
for dt in ("float32", "float64"):
    for n in SIZES:
        case(f"rand_{dt}_{n}", 0, [("rand", dt, n)])
        case(f"randn_{dt}_{n}", 1234, [("randn", dt, n)])
    for a, b in [(-3.5, 7.25), (2.0, 2.5), (-1000.0, 1000.0), (0.1, 0.7)]:
        for n in (3, 17, 100):
            case(f"uniform_{dt}_{a}_{b}_{n}", 5, [("uniform", dt, n, [a, b])])
    for m, s in [(2.5, 0.3), (-10.0, 4.0), (0.0, 0.0), (1e3, 1e-2)]:
        for n in (1, 3, 15, 16, 17, 33, 100):
            case(f"normal_{dt}_{m}_{s}_{n}", 77, [("normal", dt, n, [m, s])])
    for p in (0.3, 0.0, 1.0, 0.5):
        case(f"bernoulli_{dt}_{p}", 11, [("bernoulli", dt, 100, [p])])

for lo, hi, n in [(0, 10, 7), (-5, 5, 20), (-100, 3, 50), (0, 1, 5), (0, 2**32 - 1, 10),
                  (0, 2**32, 10), (-2**31, 2**31, 10), (-2**40, 2**40, 20),
                  (-2**63, 2**63 - 1, 10), (10**12, 10**12 + 3, 5), (0, 1000, 1000)]:
    case(f"randint_{lo}_{hi}", 3, [("randint", "int64", n, [lo, hi])])

for n in (0, 1, 2, 10, 1000, 50000):
    case(f"randperm_{n}", 9, [("randperm", "int64", n)])

for seed in (0, 1, 42, 2**40 + 123, 2**64 - 1, 2**63, 67280421310721):
    case(f"raw_{seed}", seed, [("uint64", "int64", 10), ("uint32", "int64", 10),
                               ("rand", "float32", 5), ("rand", "float64", 5)])
case("default_ctor", 67280421310721, [("uint32", "int64", 4), ("randn", "float32", 5)],
     default_ctor=True)

# The sequence from the brief, then longer interleavings exercising the cached Box-Muller
# sample (scalar path for n < 16), which survives across calls and dtypes but not reseeding.
case("brief_sequence", 0, [("rand", "float32", 3), ("randn", "float32", 20),
                           ("randint", "int64", 5, [0, 10]), ("randperm", "int64", 7),
                           ("rand", "float64", 2)])
for seed in (0, 2**40 + 123, 2**64 - 1):
    case(f"interleaved_{seed}", seed, [
        ("randn", "float32", 3), ("get_state", "uint8", 0), ("randn", "float64", 3),
        ("randn", "float32", 1), ("normal", "float64", 5, [1.5, 2.0]), ("rand", "float32", 3),
        ("randn", "float32", 20), ("randn", "float64", 1), ("get_state", "uint8", 0),
        ("randint", "int64", 5, [-7, 7]), ("randn", "float64", 17), ("randn", "float32", 2),
        ("bernoulli", "float32", 9, [0.3]), ("randperm", "int64", 13),
        ("randint", "int64", 4, [0, 2**33]), ("uniform", "float64", 4, [-2.0, 3.0]),
        ("randn", "float32", 15), ("get_state", "uint8", 0), ("randn", "float32", 31),
        ("uint64", "int64", 3), ("randn", "float64", 1000), ("rand", "float32", 1000),
        ("randn", "float32", 3)])
# Enough draws to cross several mt19937 state regenerations (624 words each) mid-call.
case("long_run", 2024, [("rand", "float32", 700), ("randn", "float64", 701),
                        ("randint", "int64", 1300, [0, 2**40]), ("randn", "float32", 5),
                        ("randperm", "int64", 2000), ("get_state", "uint8", 0)])

# Sanity: PyTorch's raw draws equal numpy's mt19937 seeded by init_genrand(seed & 0xffffffff).
for c in CASES:
    if c["name"].startswith("raw_"):
        r = np.random.RandomState(c["seed"] & 0xFFFFFFFF)
        raw = [int(x) for x in r.randint(0, 2**32, size=30, dtype=np.uint64)]
        u64 = [(raw[2 * i] << 32 | raw[2 * i + 1]) for i in range(10)]
        assert [v % 2**64 for v in c["calls"][0]["values"]] == u64, c["name"]
        assert c["calls"][1]["values"] == raw[20:30], c["name"]

with open(OUT, "w") as f:
    json.dump({"torch_version": torch.__version__, "cases": CASES}, f, separators=(",", ":"))
    f.write("\n")
print(f"wrote {len(CASES)} cases to {os.path.normpath(OUT)}")
