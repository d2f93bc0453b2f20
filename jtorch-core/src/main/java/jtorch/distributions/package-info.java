/**
 * Probability distributions with sampling, log densities and KL divergences (PyTorch's {@code
 * torch.distributions}): {@link jtorch.distributions.Normal}, {@link jtorch.distributions.Uniform}, {@link
 * jtorch.distributions.Bernoulli}, {@link jtorch.distributions.Categorical}, {@link jtorch.distributions.Exponential},
 * {@link jtorch.distributions.Gamma}, {@link jtorch.distributions.Beta}, {@link jtorch.distributions.Dirichlet},
 * {@link jtorch.distributions.Poisson} and {@link jtorch.distributions.MultivariateNormal}. Samples draw from the default generator in PyTorch's order, so a seed gives
 * PyTorch's numbers; parameters are validated as PyTorch validates them by default.
 */
package jtorch.distributions;
