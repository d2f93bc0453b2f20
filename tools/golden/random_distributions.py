"""Random samplers after torch.manual_seed, recorded as one sequence per seed (so the generator state carried from
call to call, including the cached Box-Muller sample, is pinned too): Tensor.exponential_/geometric_/log_normal_/
cauchy_, torch.bernoulli (tensor and float p, in place with a broadcast tensor p), torch.normal (every overload),
torch.poisson, torch.binomial, torch.multinomial (with and without replacement), torch._standard_gamma and
torch._sample_dirichlet; strided targets and inputs; sizes below and above 16 (PyTorch's batched normal path).
Also PyTorch's error message for each misuse. Writes jtorch-core/src/test/resources/fixtures/random_distributions.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/random_distributions.py
"""
import json
import os

import torch

from golden import enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
f32, f64, i64 = torch.float32, torch.float64, torch.int64
RATES = [0.0, 0.5, 3.0, 9.9, 10.0, 25.0, 100.0, 1e4]
COUNTS = [10.0, 100.0, 1000.0, 5.0, 50.0, 0.0, 20.0, 7.0, 30.0]
PROBS = [0.3, 0.5, 0.9, 0.99, 0.01, 0.5, 0.0, 1.0, 0.7]
ALPHAS = [0.3, 1.0, 2.5, 0.05, 7.0, 1e-3, 100.0, 0.0]

# name -> function; the Java test holds the same names (RandomDistributionsTest.STEPS)
steps = [
    ("exponential_f64", lambda: torch.empty(5, dtype=f64).exponential_(2.0)),
    ("exponential_f32_big", lambda: torch.empty(40).exponential_()),
    ("exponential_strided", lambda: torch.empty(4, 6).t().exponential_(0.5)),
    ("geometric_f32", lambda: torch.empty(20).geometric_(0.3)),
    ("geometric_i64", lambda: torch.empty(7, dtype=i64).geometric_(0.05)),
    ("log_normal_small", lambda: torch.empty(3).log_normal_()),
    ("log_normal_f64_big", lambda: torch.empty(21, dtype=f64).log_normal_(0.5, 0.25)),
    ("cauchy_f32", lambda: torch.empty(18).cauchy_()),
    ("cauchy_f64", lambda: torch.empty(2, 3, dtype=f64).cauchy_(1.0, 2.0)),
    ("bernoulli_tensor_f32", lambda: torch.bernoulli(torch.linspace(0, 1, 30))),
    ("bernoulli_tensor_f64", lambda: torch.bernoulli(torch.linspace(0, 1, 17, dtype=f64))),
    ("bernoulli_tensor_strided", lambda: torch.bernoulli(torch.linspace(0, 1, 12).view(3, 4).t())),
    ("bernoulli_p", lambda: torch.bernoulli(torch.zeros(3, 7), 0.4)),
    ("bernoulli_method_p", lambda: torch.zeros(5, dtype=f64).bernoulli(0.7)),
    ("bernoulli_inplace_broadcast", lambda: torch.zeros(4, 5).bernoulli_(torch.tensor([0.1, 0.5, 0.9, 0.3, 0.7]))),
    ("bernoulli_inplace_i64", lambda: torch.zeros(6, dtype=i64).bernoulli_(torch.full((6,), 0.5, dtype=f64))),
    ("bernoulli__strided_scalar", lambda: torch.zeros(5, 4).t().bernoulli_(0.5)),
    ("normal_tensor_tensor", lambda: torch.normal(torch.arange(20.).view(4, 5), torch.linspace(0.1, 2, 20).view(4, 5))),
    ("normal_tensor_tensor_small", lambda: torch.normal(torch.zeros(3), torch.ones(3) * 2)),
    ("normal_tensor_tensor_broadcast", lambda: torch.normal(torch.zeros(2, 1), torch.ones(3))),
    ("normal_tensor_float", lambda: torch.normal(torch.arange(6.), 0.5)),
    ("normal_tensor_default", lambda: torch.normal(torch.arange(17., dtype=f64))),
    ("normal_float_tensor", lambda: torch.normal(1.0, torch.linspace(0, 3, 18))),
    ("normal_size", lambda: torch.normal(2., 3., (5,))),
    ("normal_size_f64", lambda: torch.normal(-1., 0.5, (4, 5), dtype=f64)),
    ("normal__strided", lambda: torch.empty(6, 4).t().normal_()),
    ("uniform__strided", lambda: torch.empty(3, 5).t().uniform_()),
    ("poisson_f64", lambda: torch.poisson(torch.tensor(RATES * 3, dtype=f64))),
    ("poisson_f32", lambda: torch.poisson(torch.tensor(RATES, dtype=f32).view(2, 4))),
    ("poisson_strided", lambda: torch.poisson(torch.tensor(RATES, dtype=f32).view(2, 4).t())),
    ("binomial_f64", lambda: torch.binomial(torch.tensor(COUNTS * 2, dtype=f64), torch.tensor(PROBS * 2, dtype=f64))),
    ("binomial_f32", lambda: torch.binomial(torch.tensor(COUNTS), torch.tensor(PROBS))),
    ("multinomial_replacement_1d", lambda: torch.multinomial(torch.tensor([0.1, 0.2, 0.3, 0.4]), 10, True)),
    ("multinomial_replacement_2d_f64",
     lambda: torch.multinomial(torch.tensor([[1., 0, 2, 5], [0.5, 0.5, 0, 0]], dtype=f64), 7, True)),
    ("multinomial_no_replacement", lambda: torch.multinomial(torch.tensor([1., 2, 3, 4, 5]), 3)),
    ("multinomial_one_sample", lambda: torch.multinomial(torch.tensor([[1., 2, 3], [3, 2, 1]]), 1)),
    ("multinomial_one_sample_replacement", lambda: torch.multinomial(torch.tensor([[1., 2, 3], [3, 2, 1]]), 1, True)),
    ("multinomial_no_replacement_big", lambda: torch.multinomial(torch.arange(1., 41.), 20)),
    ("multinomial_column_major", lambda: torch.multinomial(torch.arange(1., 13.).view(3, 4).t(), 2)),
    ("standard_gamma_f64", lambda: torch._standard_gamma(torch.tensor(ALPHAS * 2, dtype=f64))),
    ("standard_gamma_f32", lambda: torch._standard_gamma(torch.tensor(ALPHAS * 2))),
    ("dirichlet_f64", lambda: torch._sample_dirichlet(torch.tensor([[0.5, 1, 2], [3, 0.1, 4]], dtype=f64))),
    ("dirichlet_f32", lambda: torch._sample_dirichlet(torch.tensor([[0.5, 1, 2, 0.01], [3, 0.1, 4, 1]]))),
    ("empty_exponential", lambda: torch.empty(0, 3).exponential_()),
    ("empty_poisson", lambda: torch.poisson(torch.empty(0))),
]

errors = [
    ("exponential_negative", lambda: torch.empty(3).exponential_(-1.0)),
    ("exponential_int", lambda: torch.empty(3, dtype=i64).exponential_()),
    ("geometric_zero", lambda: torch.empty(3).geometric_(0.0)),
    ("geometric_one", lambda: torch.empty(3).geometric_(1.0)),
    ("log_normal_zero_std", lambda: torch.empty(3).log_normal_(0.0, 0.0)),
    ("cauchy_int", lambda: torch.empty(3, dtype=i64).cauchy_()),
    ("bernoulli_tensor_p_above_one", lambda: torch.bernoulli(torch.tensor([0.5, 1.5]))),
    ("bernoulli_tensor_int", lambda: torch.bernoulli(torch.tensor([0, 1]))),
    ("normal_negative_std_tensor", lambda: torch.normal(torch.zeros(2), torch.tensor([1.0, -1.0]))),
    ("normal_negative_std_float", lambda: torch.normal(torch.zeros(2), -1.0)),
    ("poisson_negative", lambda: torch.poisson(torch.tensor([1.0, -1.0]))),
    ("poisson_int", lambda: torch.poisson(torch.tensor([1, 2]))),
    ("binomial_mixed_dtypes", lambda: torch.binomial(torch.tensor([1.0]), torch.tensor([0.5], dtype=f64))),
    ("multinomial_3d", lambda: torch.multinomial(torch.ones(2, 2, 2), 1)),
    ("multinomial_int", lambda: torch.multinomial(torch.tensor([1, 2]), 1)),
    ("multinomial_zero_samples", lambda: torch.multinomial(torch.ones(3), 0)),
    ("multinomial_too_many", lambda: torch.multinomial(torch.ones(3), 4)),
    ("multinomial_negative", lambda: torch.multinomial(torch.tensor([1.0, -1.0, 2.0]), 2)),
    ("multinomial_zero_sum", lambda: torch.multinomial(torch.zeros(3), 2)),
    ("multinomial_zero_sum_replacement", lambda: torch.multinomial(torch.zeros(3), 2, True)),
    ("multinomial_negative_replacement", lambda: torch.multinomial(torch.tensor([1.0, -1.0, 2.0]), 2, True)),
    ("multinomial_inf_replacement", lambda: torch.multinomial(torch.tensor([1.0, float("inf")]), 2, True)),
]

cases = []
for seed in [0, 1, 42, 123456789]:
    torch.manual_seed(seed)
    cases.append({"seed": seed, "steps": [{"name": n, "out": enc(f())} for n, f in steps]})
messages = []
for name, f in errors:
    try:
        f()
    except RuntimeError as e:
        messages.append({"name": name, "message": str(e).split("\n")[0]})
    else:
        raise AssertionError(name + " did not fail")
path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "random_distributions.json")
with open(path, "w") as fh:
    json.dump({"generator": "tools/golden/random_distributions.py", "torch": torch.__version__, "cases": cases,
               "errors": messages}, fh)
print("wrote", path)
