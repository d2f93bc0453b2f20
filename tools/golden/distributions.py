"""torch.distributions (Normal, Uniform, Bernoulli, Categorical, Exponential, Gamma, Beta, Dirichlet, Poisson,
MultivariateNormal) after torch.manual_seed: samples and reparameterised samples per seed, log_prob, entropy,
mean/variance/stddev, batch/event shapes, KL divergences of the registered pairs, gradients through
rsample/log_prob/kl, and the validation errors. Writes jtorch-core/src/test/resources/fixtures/distributions.json,
and the op cases of _standard_gamma (its StandardGammaBackward0 gradient), _standard_gamma_grad and _dirichlet_grad
to jtorch-core/src/test/resources/fixtures/ops/distribution_grads.json.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/distributions.py
"""
import json
import os

import torch
from torch.distributions import (Bernoulli, Beta, Categorical, Dirichlet, Exponential, Gamma, MultivariateNormal,
                                 Normal, Poisson, Uniform, kl_divergence)

from golden import T, case, enc, write

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
    "gamma": (lambda: Gamma(t([0.5, 1., 3.]), t([1., 2., 0.5])), t([0.5, 1., 2.])),
    "gamma_scalar": (lambda: Gamma(2., 3.), t(0.25)),
    "gamma_f64_broadcast": (lambda: Gamma(t([[0.3], [9.]], dtype=f64), t([1., 2.], dtype=f64)),
                            t([[0.1, 0.2], [5., 10.]], dtype=f64)),
    "beta": (lambda: Beta(t([0.5, 2., 10.]), t([1.5, 2., 7.])), t([0.1, 0.5, 0.9])),
    "beta_scalar": (lambda: Beta(2., 3.), t(0.3)),
    "dirichlet": (lambda: Dirichlet(t([[0.5, 1., 2.], [3., 0.2, 7.]])), t([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]])),
    "dirichlet_other": (lambda: Dirichlet(t([1., 2., 1.])), t([0.25, 0.5, 0.25])),
    "dirichlet_f64": (lambda: Dirichlet(t([1., 4.], dtype=f64)), t([0.25, 0.75], dtype=f64)),
    "poisson": (lambda: Poisson(t([0.5, 3., 20., 0.])), t([0., 2., 25., 0.])),
    "poisson_scalar": (lambda: Poisson(4.), t(3.)),
    "uniform_unit": (lambda: Uniform(t([0.1, 0.2, 0.3]), t([0.5, 0.9, 0.4])), t([0.2, 0.5, 0.35])),
    "mvn_cov": (lambda: MultivariateNormal(t([0., 1.]), t([[2., 0.5], [0.5, 1.]])), t([0.5, -1.])),
    "mvn_batched_cov": (lambda: MultivariateNormal(t([0., 0.5]), t([[[1., 0.], [0., 1.]], [[3., -1.], [-1., 2.]]])),
                        t([[1., 1.], [0., -2.]])),
    "mvn_tril": (lambda: MultivariateNormal(t([[0., 1., 2.], [1., 0., -1.]]),
                                            scale_tril=t([[1., 0, 0], [0.5, 2., 0], [-1., 0.3, 0.7]])),
                 t([[0., 0., 0.], [1., 2., 3.]])),
    "mvn_tril_other": (lambda: MultivariateNormal(t([0.5, 0., 0.]), scale_tril=t([[2., 0, 0], [0., 1., 0], [1., 1., 1.]])),
                       t([1., 1., 1.])),
    "mvn_precision": (lambda: MultivariateNormal(t([1., -1.], dtype=f64),
                                                 precision_matrix=t([[3., 1.], [1., 2.]], dtype=f64)),
                      t([0., 0.5], dtype=f64)),
}
KL = [("normal", "normal_f64_broadcast"), ("normal", "normal_scalar"), ("uniform", "uniform_scalar"),
      ("uniform_scalar", "uniform"), ("uniform", "normal_scalar"), ("uniform", "exponential_scalar"),
      ("uniform_scalar", "exponential_scalar"), ("bernoulli_probs", "bernoulli_probs"),
      ("bernoulli_logits", "bernoulli_scalar"), ("bernoulli_probs", "bernoulli_scalar"),
      ("categorical_probs", "categorical_other"), ("categorical_other", "categorical_probs"), ("categorical_logits", "categorical_logits"),
      ("exponential", "exponential_scalar"), ("exponential", "normal"), ("exponential", "uniform_scalar"),
      ("normal", "exponential"), ("normal_scalar", "uniform"),
      ("gamma", "gamma_scalar"), ("gamma_scalar", "gamma"), ("beta", "beta_scalar"), ("beta_scalar", "beta"),
      ("dirichlet", "dirichlet_other"), ("dirichlet_other", "dirichlet"), ("poisson", "poisson_scalar"),
      ("mvn_cov", "mvn_batched_cov"), ("mvn_batched_cov", "mvn_cov"), ("mvn_tril", "mvn_tril_other"),
      ("mvn_tril_other", "mvn_tril"), ("bernoulli_scalar", "poisson"), ("poisson", "bernoulli_scalar"),
      ("beta", "exponential"), ("beta", "gamma"), ("beta", "normal"), ("beta", "uniform_scalar"),
      ("beta_scalar", "uniform"), ("exponential", "beta"), ("exponential", "gamma"), ("gamma", "beta"),
      ("gamma", "uniform_scalar"), ("gamma", "exponential"), ("gamma", "normal"), ("normal", "beta"),
      ("normal", "gamma"), ("uniform", "beta_scalar"), ("uniform_unit", "beta"), ("uniform_unit", "gamma"),
      ("uniform", "gamma_scalar")]


def opt(f):
    """f's result, or None where PyTorch has no such method (NotImplementedError)."""
    try:
        return enc(f())
    except NotImplementedError:
        return None


out = {"generator": "tools/golden/distributions.py", "torch": torch.__version__, "dists": {}, "kl": [], "errors": []}
for name, (make, value) in DISTS.items():
    d = make()
    rec = {"batch_shape": list(d.batch_shape), "event_shape": list(d.event_shape), "has_rsample": d.has_rsample,
           "mean": enc(d.mean), "variance": enc(d.variance), "stddev": enc(d.stddev), "entropy": opt(d.entropy),
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

# Gamma, Beta, Dirichlet rsample through _standard_gamma / _Dirichlet; log_prob, entropy and KL gradients
conc = t([0.5, 1., 3., 9.], requires_grad=True)
rate = t([1., 2., 0.5, 1.], requires_grad=True)
torch.manual_seed(3)
Gamma(conc, rate).rsample((5,)).sum().backward()
grads["gamma_rsample"] = [enc(conc.grad), enc(rate.grad)]
conc.grad = rate.grad = None
d = Gamma(conc, rate)
(d.log_prob(t([0.5, 1., 2., 8.])).sum() + d.entropy().sum()).backward()
grads["gamma_log_prob_entropy"] = [enc(conc.grad), enc(rate.grad)]
conc.grad = rate.grad = None
kl_divergence(Gamma(conc, rate), Gamma(t(2.), t(1.5))).sum().backward()
grads["gamma_kl"] = [enc(conc.grad), enc(rate.grad)]
c1 = t([0.5, 2., 10., 1.], requires_grad=True)
c0 = t([1.5, 2., 7., 0.3], requires_grad=True)
torch.manual_seed(3)
Beta(c1, c0).rsample((6,)).pow(2).sum().backward()
grads["beta_rsample"] = [enc(c1.grad), enc(c0.grad)]
c1.grad = c0.grad = None
d = Beta(c1, c0)
(d.log_prob(t([0.1, 0.5, 0.9, 0.7])).sum() + d.entropy().sum()).backward()
grads["beta_log_prob_entropy"] = [enc(c1.grad), enc(c0.grad)]
alpha = t([[0.5, 1., 2.], [3., 8., 7.], [0.1, 20., 30.]], requires_grad=True)
torch.manual_seed(3)
Dirichlet(alpha).rsample((4,)).pow(2).mul(t([1., 2., 3.])).sum().backward()
grads["dirichlet_rsample"] = [enc(alpha.grad)]
alpha.grad = None
kl_divergence(Dirichlet(alpha), Dirichlet(t([1., 2., 1.]))).sum().backward()
grads["dirichlet_kl"] = [enc(alpha.grad)]
prate = t([0.5, 3., 20.], requires_grad=True)
Poisson(prate).log_prob(t([0., 2., 25.])).sum().backward()
grads["poisson_log_prob"] = [enc(prate.grad)]
mloc = t([0., 1., 2.], requires_grad=True)
tril = t([[1., 0, 0], [0.5, 2., 0], [-1., 0.3, 0.7]], requires_grad=True)
torch.manual_seed(3)
MultivariateNormal(mloc, scale_tril=tril).rsample((3,)).pow(2).sum().backward()
grads["mvn_rsample"] = [enc(mloc.grad), enc(tril.grad)]
mloc.grad = tril.grad = None
d = MultivariateNormal(mloc, scale_tril=tril)
(d.log_prob(t([[0., 0., 0.], [1., 2., 3.]])).sum() + d.entropy()).backward()
grads["mvn_log_prob_entropy"] = [enc(mloc.grad), enc(tril.grad)]
mloc.grad = tril.grad = None
kl_divergence(MultivariateNormal(mloc, scale_tril=tril),
              MultivariateNormal(t([0.5, 0., 0.]), t([[2., 0.5, 0.], [0.5, 1., 0.], [0., 0., 3.]]))).backward()
grads["mvn_kl"] = [enc(mloc.grad), enc(tril.grad)]
cov = t([[2., 0.5], [0.5, 1.]], requires_grad=True)
MultivariateNormal(t([0., 1.]), cov).log_prob(t([0.5, -1.])).backward()
grads["mvn_covariance_log_prob"] = [enc(cov.grad)]
prec = t([[3., 1.], [1., 2.]], requires_grad=True)
MultivariateNormal(t([0., 1.]), precision_matrix=prec).log_prob(t([0.5, -1.])).backward()
grads["mvn_precision_log_prob"] = [enc(prec.grad)]
out["grads"] = grads
# the node each reparameterised sample hangs from (Dirichlet's and Beta's through the _Dirichlet function)
out["rsample_nodes"] = {
    "gamma": type(Gamma(conc, rate).rsample().grad_fn).__name__,
    "dirichlet": type(Dirichlet(alpha).rsample().grad_fn).__name__,
    "beta_inner": type(Beta(c1, c0).rsample().grad_fn.next_functions[0][0]).__name__,
    "beta": type(Beta(c1, c0).rsample().grad_fn).__name__,
    "mvn": type(MultivariateNormal(mloc, scale_tril=tril).rsample().grad_fn).__name__,
}

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
    ("gamma_bad_concentration", lambda: Gamma(t([1., -1.]), t(1.))),
    ("gamma_scalar_bad_rate", lambda: Gamma(1., 0.)),
    ("gamma_value_outside_support", lambda: Gamma(t(1.), t(1.)).log_prob(t(-1.))),
    ("beta_bad_concentration", lambda: Beta(t([0.]), t([1.]))),
    ("beta_value_outside_support", lambda: Beta(t(1.), t(1.)).log_prob(t(1.5))),
    ("dirichlet_scalar", lambda: Dirichlet(t(1.))),
    ("dirichlet_bad_concentration", lambda: Dirichlet(t([1., -1.]))),
    ("dirichlet_value_outside_support", lambda: Dirichlet(t([1., 1.])).log_prob(t([0.5, 0.6]))),
    ("poisson_bad_rate", lambda: Poisson(t([-1.]))),
    ("poisson_value_not_integer", lambda: Poisson(t([1.])).log_prob(t([0.5]))),
    ("mvn_scalar_loc", lambda: MultivariateNormal(t(0.), torch.eye(1))),
    ("mvn_no_matrix", lambda: MultivariateNormal(torch.zeros(2))),
    ("mvn_two_matrices", lambda: MultivariateNormal(torch.zeros(2), torch.eye(2), scale_tril=torch.eye(2))),
    ("mvn_scale_tril_1d", lambda: MultivariateNormal(torch.zeros(2), scale_tril=torch.ones(2))),
    ("mvn_covariance_1d", lambda: MultivariateNormal(torch.zeros(2), covariance_matrix=torch.ones(2))),
    ("mvn_precision_1d", lambda: MultivariateNormal(torch.zeros(2), precision_matrix=torch.ones(2))),
    ("mvn_covariance_not_symmetric", lambda: MultivariateNormal(torch.zeros(2), t([[1., 2.], [0., 1.]]))),
    ("mvn_covariance_not_positive_definite", lambda: MultivariateNormal(torch.zeros(2), t([[1., 2.], [2., 1.]]))),
    ("mvn_precision_not_positive_definite",
     lambda: MultivariateNormal(torch.zeros(2), precision_matrix=t([[1., 2.], [2., 1.]]))),
    ("mvn_scale_tril_not_lower", lambda: MultivariateNormal(torch.zeros(2), scale_tril=t([[1., 2.], [0., 1.]]))),
    ("mvn_scale_tril_negative_diagonal",
     lambda: MultivariateNormal(torch.zeros(2), scale_tril=t([[1., 0.], [0., -1.]]))),
    ("mvn_value_wrong_event", lambda: MultivariateNormal(torch.zeros(2), torch.eye(2)).log_prob(torch.zeros(3))),
    ("mvn_kl_event_mismatch", lambda: kl_divergence(MultivariateNormal(torch.zeros(2), torch.eye(2)),
                                                    MultivariateNormal(torch.zeros(3), torch.eye(3)))),
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

# ---------------------------------------------------------------- op cases: _standard_gamma, its gradient, _dirichlet_grad


def seeded_gamma(alpha):
    torch.manual_seed(5)
    return torch._standard_gamma(alpha)


# a random op: PyTorch's reparameterised gradient is not the finite difference of re-drawn samples, so no gradcheck
# (StandardGammaGradTest checks _standard_gamma_grad against the incomplete gamma function instead)
case("standardGamma/f32", "standardGamma", seeded_gamma, [T(6, kind="positive", grad=True)], gradcheck=False)
case("standardGamma/f64_small_and_large", "standardGamma", seeded_gamma,
     [T(6, dtype=f64, grad=True, values=[0.05, 0.3, 1., 2.5, 9., 40.])], gradcheck=False)
case("standardGamma/empty", "standardGamma", seeded_gamma, [T(0, grad=True)], gradcheck=False)
case("standardGamma/int", "standardGamma", seeded_gamma, [T(3, dtype=torch.int64, kind="int", low=1)],
     check_message=True)
# (alpha, x) pairs through every branch: x < 0.8 (series), alpha > 8 near and away from x = alpha (saddle point),
# and the rational fit in between
ALPHAS = [0.3, 0.3, 1., 2., 5., 5., 9., 9., 9., 30., 30., 0.5]
XS = [0.1, 2., 0.5, 1.5, 0.9, 8., 9.2, 3., 15., 31., 20., 5.]
case("standardGammaGrad/branches_f32", "standardGammaGrad", torch._standard_gamma_grad,
     [T(12, values=ALPHAS), T(12, values=XS)])
case("standardGammaGrad/branches_f64", "standardGammaGrad", torch._standard_gamma_grad,
     [T(12, dtype=f64, values=ALPHAS), T(12, dtype=f64, values=XS)])
case("standardGammaGrad/broadcast", "standardGammaGrad", torch._standard_gamma_grad,
     [T(3, 1, values=[0.5, 2., 10.]), T(1, 4, values=[0.2, 1., 3., 11.])])
case("standardGammaGrad/special", "standardGammaGrad", torch._standard_gamma_grad,
     [T(4, values=[1., 1., float("nan"), 2.]), T(4, values=[0., float("inf"), 1., float("nan")])])
case("standardGammaGrad/int", "standardGammaGrad", torch._standard_gamma_grad,
     [T(3, dtype=torch.int64, kind="int"), T(3, dtype=torch.int64, kind="int")], check_message=True)
case("standardGammaGrad/mixed_dtypes", "standardGammaGrad", torch._standard_gamma_grad,
     [T(3, kind="positive"), T(3, dtype=f64, kind="positive")], check_message=True)
case("standardGammaGrad/not_broadcastable", "standardGammaGrad", torch._standard_gamma_grad,
     [T(3, kind="positive"), T(2, kind="positive")], check_message=True)
# (x, alpha, total): x near 0 and near 1 (series), alpha and beta > 6 near and away from the mean (saddle point),
# and the rational correction
DX = [0.01, 0.3, 0.99, 0.9, 0.55, 0.3, 0.6, 0.4, 0.5]
DA = [0.5, 1., 2., 0.3, 11., 10., 10., 2., 3.]
DT = [1.5, 1.2, 2.5, 0.6, 20., 20., 20., 5., 4.]
case("dirichletGrad/branches_f32", "dirichletGrad", torch._dirichlet_grad,
     [T(9, values=DX), T(9, values=DA), T(9, values=DT)])
case("dirichletGrad/branches_f64", "dirichletGrad", torch._dirichlet_grad,
     [T(9, dtype=f64, values=DX), T(9, dtype=f64, values=DA), T(9, dtype=f64, values=DT)])
case("dirichletGrad/int", "dirichletGrad", torch._dirichlet_grad,
     [T(2, dtype=torch.int64, kind="int")] * 3, check_message=True)
case("dirichletGrad/shape_mismatch", "dirichletGrad", torch._dirichlet_grad,
     [T(3, kind="positive"), T(2, kind="positive"), T(3, kind="positive")], check_message=True)
write("distribution_grads")
