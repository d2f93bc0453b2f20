"""Fixtures for torch.nn.init (jtorch.nn.init.Init): for a seed, a shape and a dtype, the values each init
function leaves in a tensor, plus a draw made right after it (torch.rand(3)), which pins how many numbers
the function took from the default generator; calculate_gain for every nonlinearity; PyTorch's errors.
Writes jtorch-core/src/test/resources/fixtures/nn/nn_init.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_init.py

Case format: {name, fn, shape, dtype, seed, args: {python keyword args}, out: T, next: T} or
{name, fn, shape, dtype, args, error, check_message}; T as in golden.py.
"""
import json
import math
import os
import warnings

import torch
import torch.nn as nn
from nn_summary import enc_any

warnings.simplefilter("ignore")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn", "nn_init.json")
cases = []
f32, f64 = torch.float32, torch.float64


def init_case(name, fn, shape, args=None, dtype=f32, seed=0, check_message=True):
    args = args or {}
    c = {"name": name, "fn": fn, "shape": list(shape), "dtype": str(dtype).replace("torch.", ""), "seed": seed,
         "args": args, "check_message": check_message}
    t = torch.zeros(shape, dtype=dtype)
    torch.manual_seed(seed)
    try:
        r = getattr(nn.init, fn)(t, **args)
        assert r is t
    except Exception as e:
        c["error"] = str(e).split("\n")[0]
        cases.append(c)
        return
    c["out"] = enc_any(t)
    c["next"] = enc_any(torch.rand(3))
    cases.append(c)


SHAPES = [(3, 5), (5, 3), (100,), (6, 3, 5, 5), (2, 4, 3)]
for i, s in enumerate(SHAPES):
    init_case("uniform_/%s" % "x".join(map(str, s)), "uniform_", s, seed=i)
    init_case("normal_/%s" % "x".join(map(str, s)), "normal_", s, seed=i)
    init_case("trunc_normal_/%s" % "x".join(map(str, s)), "trunc_normal_", s, seed=i)
init_case("uniform_/bounds", "uniform_", (4, 4), {"a": -2.0, "b": 3.0}, seed=5)
init_case("uniform_/f64", "uniform_", (4, 5), {"a": -1.0, "b": 1.0}, dtype=f64, seed=6)
# the message is Tensor.uniform_'s, which prints the bounds as C++ does ("from=1"); not init's own
init_case("uniform_/bad_bounds", "uniform_", (2,), {"a": 1.0, "b": 0.0}, check_message=False)
init_case("normal_/mean_std", "normal_", (20,), {"mean": 0.1, "std": 0.01}, seed=7)
init_case("normal_/small_scalar_path", "normal_", (7,), {"mean": -1.0, "std": 2.0}, seed=8)
init_case("normal_/f64", "normal_", (3, 7), {"mean": 0.0, "std": 3.0}, dtype=f64, seed=9)
init_case("normal_/seed_note_0.1", "normal_", (1, 10), {"mean": 0.1}, seed=10)
init_case("trunc_normal_/bounds", "trunc_normal_", (40,), {"mean": 1.0, "std": 2.0, "a": -1.0, "b": 3.0}, seed=11)
init_case("trunc_normal_/f64", "trunc_normal_", (6, 6), {"std": 0.02, "a": -0.04, "b": 0.04}, dtype=f64, seed=12)
init_case("constant_/0.3", "constant_", (3, 4), {"val": 0.3})
init_case("constant_/f64", "constant_", (3,), {"val": -1.5}, dtype=f64)
init_case("ones_/2x3", "ones_", (2, 3))
init_case("zeros_/2x3", "zeros_", (2, 3))
init_case("eye_/3x5", "eye_", (3, 5))
init_case("eye_/5x3", "eye_", (5, 3))
init_case("eye_/3d_error", "eye_", (2, 3, 4))
init_case("dirac_/3d", "dirac_", (4, 3, 3))
init_case("dirac_/4d", "dirac_", (3, 5, 3, 3))
init_case("dirac_/4d_groups", "dirac_", (6, 2, 3, 3), {"groups": 2})
init_case("dirac_/5d", "dirac_", (2, 2, 3, 3, 3))
init_case("dirac_/2d_error", "dirac_", (3, 3))
init_case("dirac_/groups_error", "dirac_", (5, 2, 3), {"groups": 2})
for fn in ["xavier_uniform_", "xavier_normal_"]:
    init_case(fn + "/3x5", fn, (3, 5), seed=13)
    init_case(fn + "/conv", fn, (6, 3, 5, 5), seed=14)
    init_case(fn + "/gain_relu", fn, (8, 4), {"gain": nn.init.calculate_gain("relu")}, seed=15)
    init_case(fn + "/f64", fn, (4, 9), dtype=f64, seed=16)
    init_case(fn + "/1d_error", fn, (5,))
for fn in ["kaiming_uniform_", "kaiming_normal_"]:
    init_case(fn + "/default", fn, (256, 784), seed=17)
    init_case(fn + "/a_sqrt5", fn, (10, 3), {"a": math.sqrt(5)}, seed=18)
    init_case(fn + "/fan_out_relu", fn, (6, 3, 5, 5), {"mode": "fan_out", "nonlinearity": "relu"}, seed=19)
    init_case(fn + "/mode_upper", fn, (4, 6), {"mode": "FAN_OUT"}, seed=20)
    init_case(fn + "/leaky_a", fn, (5, 7), {"a": 0.2, "nonlinearity": "leaky_relu"}, seed=21)
    init_case(fn + "/tanh", fn, (5, 7), {"nonlinearity": "tanh"}, seed=22)
    init_case(fn + "/f64", fn, (3, 8), dtype=f64, seed=23)
    init_case(fn + "/zero_element", fn, (0, 3), seed=24)
    init_case(fn + "/bad_mode", fn, (4, 4), {"mode": "fan_avg"})
    init_case(fn + "/bad_nonlinearity", fn, (4, 4), {"nonlinearity": "softsign"})
    init_case(fn + "/1d_error", fn, (4,))
for s in [(3, 5), (5, 3), (4, 4), (6, 2, 2), (1, 7), (20, 30)]:
    init_case("orthogonal_/%s" % "x".join(map(str, s)), "orthogonal_", s, seed=25)
init_case("orthogonal_/gain", "orthogonal_", (4, 6), {"gain": 2.0}, seed=26)
init_case("orthogonal_/f64", "orthogonal_", (5, 4), dtype=f64, seed=27)
init_case("orthogonal_/1d_error", "orthogonal_", (4,))
init_case("sparse_/10x5", "sparse_", (10, 5), {"sparsity": 0.1}, seed=28)
init_case("sparse_/6x4", "sparse_", (6, 4), {"sparsity": 0.5, "std": 1.0}, seed=29)
init_case("sparse_/full", "sparse_", (3, 3), {"sparsity": 1.0}, seed=30)
init_case("sparse_/3d_error", "sparse_", (2, 2, 2), {"sparsity": 0.1})

gains = []
for nl in ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
           "sigmoid", "tanh", "relu", "leaky_relu", "selu"]:
    gains.append({"nonlinearity": nl, "param": None, "value": nn.init.calculate_gain(nl)})
for p in [0.2, 0.0, 1.0, -0.5]:
    gains.append({"nonlinearity": "leaky_relu", "param": p, "value": nn.init.calculate_gain("leaky_relu", p)})
try:
    nn.init.calculate_gain("softsign")
except ValueError as e:
    gains.append({"nonlinearity": "softsign", "param": None, "error": str(e)})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    f.write('{"generator": "tools/golden/nn_init.py", "torch": %s, "gains": %s, "cases": [\n'
            % (json.dumps(torch.__version__), json.dumps(gains)))
    f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
    f.write("\n]}\n")
print("wrote %d init cases and %d gains to %s" % (len(cases), len(gains), os.path.relpath(OUT, ROOT)))
