"""torch.distributions (Normal, Uniform, Bernoulli, Categorical, Exponential) after torch.manual_seed: samples and
reparameterised samples per seed, log_prob, entropy, mean/variance/stddev, batch/event shapes, KL divergences of the
registered pairs, gradients through rsample/log_prob/kl, and the validation errors. Writes
jtorch-core/src/test/resources/fixtures/distributions.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/distributions.py
"""
import json
import os

import torch
from torch.distributions import Bernoulli, Categorical, Exponential, Normal, Uniform, kl_divergence

from golden import enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
t = torch.tensor
f64 = torch.float64

# name -> (constructor, a valid value for log_prob); RandomDistributionsTest/DistributionsTest hold the same names
DISTS = {
    "normal": (lambda: Normal(t([0., 1., -2.]), t([1., 0.5, 2.])), t([0.5, 1., -3.])),
    "normal_scalar": (lambda: Normal(0., 1.), t(0.25)),
    "normal_f64_broadcast": (lambda: Normal(t([[0.], [1.]], dtype=f64), t([1., 2., 3.], dtype=f64)),
                             t([[0.5, -1., 2.], [1., 1., 1.]], dtype=f64)),
    "uniform": (lambda: Uniform(t([0., -1.]), t([1., 3.])), t([0.5, 2.9])),
    "uniform_scalar": (lambda: Uniform(-2., 5.), t(0.)),
    "bernoulli_probs": (lambda: Bernoulli(t([0.1, 0.5, 0.9, 0.0, 1.0])), t([1., 0., 1., 0., 1.])),
    "bernoulli_logits": (lambda: Bernoulli(logits=t([-2., 0., 3.])), t([0., 1., 1.])),
    "bernoulli_scalar": (lambda: Bernoulli(0.3), t(1.)),
    "categorical_probs": (lambda: Categorical(t([[1., 2., 3., 4.], [0.5, 0., 0.25, 0.25]])), t([3, 0])),
    "categorical_logits": (lambda: Categorical(logits=t([0.1, -1., 2.])), t([[0], [2]])),
    "categorical_other": (lambda: Categorical(t([[0., 1., 1., 2.], [1., 1., 1., 1.]])), t([1, 1])),
    "exponential": (lambda: Exponential(t([0.5, 1., 4.])), t([0., 1., 0.25])),
    "exponential_scalar": (lambda: Exponential(2.), t(3.)),
}
KL = [("normal", "normal_f64_broadcast"), ("normal", "normal_scalar"), ("uniform", "uniform_scalar"),
      ("uniform_scalar", "uniform"), ("uniform", "normal_scalar"), ("uniform", "exponential_scalar"),
      ("uniform_scalar", "exponential_scalar"), ("bernoulli_probs", "bernoulli_probs"),
      ("bernoulli_logits", "bernoulli_scalar"), ("bernoulli_probs", "bernoulli_scalar"),
      ("categorical_probs", "categorical_other"), ("categorical_other", "categorical_probs"), ("categorical_logits", "categorical_logits"),
      ("exponential", "exponential_scalar"), ("exponential", "normal"), ("exponential", "uniform_scalar"),
      ("normal", "exponential"), ("normal_scalar", "uniform")]


def opt(f):
    try:
        return enc(f())
    except NotImplementedError:
        return None


out = {"generator": "tools/golden/distributions.py", "torch": torch.__version__, "dists": {}, "kl": [], "errors": []}
for name, (make, value) in DISTS.items():
    d = make()
    rec = {"batch_shape": list(d.batch_shape), "event_shape": list(d.event_shape), "has_rsample": d.has_rsample,
           "mean": enc(d.mean), "variance": enc(d.variance), "stddev": enc(d.stddev), "entropy": enc(d.entropy()),
           "value": enc(value), "log_prob": enc(d.log_prob(value)), "repr": repr(make()), "samples": []}
    probs = torch.full(tuple(d.batch_shape), 0.3)
    rec["cdf"] = opt(lambda: d.cdf(value))
    rec["icdf"] = opt(lambda: d.icdf(probs))
    rec["icdf_probs"] = enc(probs)
    for seed in (0, 7, 123):
        torch.manual_seed(seed)
        s = {"seed": seed, "sample_3": enc(d.sample((3,))), "sample": enc(d.sample()),
             "sample_2x20": enc(d.sample((2, 20)))}
        if d.has_rsample:
            s["rsample_2"] = enc(d.rsample((2,)))
        rec["samples"].append(s)
    out["dists"][name] = rec
for a, b in KL:
    out["kl"].append({"p": a, "q": b, "out": enc(kl_divergence(DISTS[a][0](), DISTS[b][0]()))})

# gradients: rsample and log_prob of Normal, KL of two Normals, Exponential's rsample
loc = t([0., 1., -2.], requires_grad=True)
scale = t([1., 0.5, 2.], requires_grad=True)
torch.manual_seed(3)
Normal(loc, scale).rsample((4,)).pow(2).sum().backward()
grads = {"normal_rsample": [enc(loc.grad), enc(scale.grad)]}
loc.grad = scale.grad = None
Normal(loc, scale).log_prob(t([0.5, 1., -3.])).sum().backward()
grads["normal_log_prob"] = [enc(loc.grad), enc(scale.grad)]
loc.grad = scale.grad = None
kl_divergence(Normal(loc, scale), Normal(t(0.5), t(1.5))).sum().backward()
grads["normal_kl"] = [enc(loc.grad), enc(scale.grad)]
rate = t([0.5, 1., 4.], requires_grad=True)
torch.manual_seed(3)
Exponential(rate).rsample((5,)).sum().backward()
grads["exponential_rsample"] = [enc(rate.grad)]
out["grads"] = grads

errors = [
    ("normal_bad_scale", lambda: Normal(torch.zeros(2), t([1., -1.]))),
    ("normal_scalar_bad_scale", lambda: Normal(0., -1.)),
    ("exponential_bad_rate", lambda: Exponential(t([-1.]))),
    ("bernoulli_bad_probs", lambda: Bernoulli(t([1.5]))),
    ("bernoulli_neither", lambda: Bernoulli()),
    ("bernoulli_both", lambda: Bernoulli(t([0.5]), t([0.1]))),
    ("categorical_bad_probs", lambda: Categorical(t([-1., 2.]))),
    ("categorical_scalar_probs", lambda: Categorical(t(1.))),
    ("uniform_low_not_below_high", lambda: Uniform(t(1.), t(0.))),
    ("exponential_value_outside_support", lambda: Exponential(torch.ones(3)).log_prob(t([-1., 1, 1]))),
    ("bernoulli_value_outside_support", lambda: Bernoulli(torch.ones(2) * 0.5).log_prob(t([0.5, 1.]))),
    ("categorical_value_outside_support", lambda: Categorical(torch.ones(3)).log_prob(t([3]))),
    ("uniform_value_outside_support", lambda: Uniform(0., 1.).log_prob(t(1.5))),
    ("normal_value_not_broadcastable", lambda: Normal(torch.zeros(2), torch.ones(2)).log_prob(torch.zeros(3))),
]
for name, f in errors:
    try:
        f()
    except ValueError as e:
        out["errors"].append({"name": name, "message": str(e)})
    else:
        raise AssertionError(name)
path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "distributions.json")
with open(path, "w") as fh:
    json.dump(out, fh)
print("wrote", path)
